package rs2go

// The translator's invariant (issue 6), checked on any input bytes: either
// diagnostics whose spans lie inside the file and no Go, or Go that parses
// and type-checks (the self-check, with rt from source) and is the same on
// a second translation. Never a panic escaping Translate, never an
// internal error, never a hang.
//
// FuzzTranslate takes raw bytes; FuzzMutate edits corpus programs token by
// token and line by line (internal/rsfuzz) so that inputs get past the
// parser into lower and codegen. Without -fuzz, `go test` runs both on
// their seeds: every conformance and seed program, the bad-input scripts'
// Rust files, and the regression inputs under testdata/fuzz/.
//
//	go test -run xxx -fuzz FuzzTranslate -fuzztime 10m .
//	go test -run xxx -fuzz FuzzMutate -fuzztime 10m .

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/rs2go/rs2go/frontend/diag"
	"github.com/rs2go/rs2go/internal/rsfuzz"
)

// hangLimit is how long one translation may take before the fuzz target
// reports a hang with every goroutine's stack: 8 seconds in a fuzz worker
// (which itself stops silently, "hung or terminated unexpectedly: exit
// status 2", after 10 seconds on one input; on a loaded machine that is not
// always a hang: re-run the input with go test -run=FuzzX/name), two
// minutes otherwise.
func hangLimit() time.Duration {
	if f := flag.Lookup("test.fuzzworker"); f != nil && f.Value.String() == "true" {
		return 8 * time.Second
	}
	return 2 * time.Minute
}

// Internal errors are failures, except
//   - on a conformance program listed in KNOWN_FAILING (a known bug: its Go
//     may not type-check yet), as it is or, in FuzzMutate, edited; and
//   - while fuzzing, those whose message matches $RS2GO_FUZZ_TOLERATE (a
//     regexp), so that a known class of bugs does not stop the search for
//     others; their inputs are saved in $RS2GO_FUZZ_SINK, a folder, when
//     set.
var (
	fuzzTolerate = sync.OnceValue(func() *regexp.Regexp {
		if re := os.Getenv("RS2GO_FUZZ_TOLERATE"); re != "" {
			return regexp.MustCompile(re)
		}
		return nil
	})
	fuzzSink = os.Getenv("RS2GO_FUZZ_SINK")
)

// checkInvariant translates src and fails t unless the invariant holds.
// base is the corpus program src was made from, if any.
func checkInvariant(t *testing.T, src []byte, base string) {
	t.Helper()
	res := translateWatched(src)
	if internal := internalDiags(res); len(internal) > 0 {
		msg := internal.Format(res.Source)
		switch {
		case fuzzTolerate() != nil && fuzzTolerate().MatchString(msg):
			sinkInput(src, msg)
			return
		case knownFailingSources()[string(src)] || knownFailingSources()[base]:
			t.Logf("known failing program, internal error:\n%s", msg)
			return
		}
		t.Fatalf("internal error on input %q:\n%s", clip(src), msg)
	}
	if res.Failed() {
		if res.Go != nil {
			t.Fatalf("diagnostics and Go for input %q", clip(src))
		}
		for _, d := range res.Diags {
			checkSpan(t, src, d.Span.Start, d.Span.End, d.Msg)
			for _, n := range d.Notes {
				if n.HasSpan {
					checkSpan(t, src, n.Span.Start, n.Span.End, n.Msg)
				}
			}
		}
		return
	}
	if len(res.Go) == 0 {
		t.Fatalf("no Go and no diagnostics for input %q", clip(src))
	}
	again := translateWatched(src)
	if !bytes.Equal(res.Go, again.Go) {
		t.Fatalf("two translations of input %q differ", clip(src))
	}
}

// internalDiags returns the internal errors among res's diagnostics.
func internalDiags(res Result) diag.List {
	var out diag.List
	for _, d := range res.Diags {
		if d.Severity == diag.Internal {
			out = append(out, d)
		}
	}
	return out
}

// sinkInput saves a tolerated input and its errors in fuzzSink.
func sinkInput(src []byte, msg string) {
	if fuzzSink == "" {
		return
	}
	name := filepath.Join(fuzzSink, fmt.Sprintf("%x", sha256.Sum256(src))[:16])
	os.WriteFile(name+".rs", src, 0o644)
	os.WriteFile(name+".err", []byte(msg), 0o644)
}

// knownFailingSources holds the text of every conformance program listed
// in KNOWN_FAILING.
var knownFailingSources = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	data, _ := os.ReadFile("testdata/conformance/KNOWN_FAILING")
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if src, err := os.ReadFile(filepath.Join("testdata/conformance", l+".rs")); err == nil {
			out[string(src)] = true
		}
	}
	return out
})

// translateWatched translates src; a translation that runs longer than
// hangLimit crashes the process with every goroutine's stack, which the
// fuzzer reports with the input.
func translateWatched(src []byte) Result {
	limit := hangLimit()
	timer := time.AfterFunc(limit, func() {
		// A fuzz worker's output is thrown away: the sink keeps the stacks.
		buf := make([]byte, 1<<20)
		sinkInput(src, fmt.Sprintf("Translate hung for %v:\n%s", limit, buf[:runtime.Stack(buf, true)]))
		debug.SetTraceback("all") // the stack of the translation, not only this timer's
		panic(fmt.Sprintf("Translate hung for %v on input %q", limit, clip(src)))
	})
	defer timer.Stop()
	return Translate("fuzz.rs", src, Config{})
}

// checkSpan fails t unless [start, end) lies inside src.
func checkSpan(t *testing.T, src []byte, start, end int, msg string) {
	t.Helper()
	if start < 0 || end < start || end > len(src) {
		t.Fatalf("span [%d, %d) outside the input of %d bytes (%s) for %q", start, end, len(src), msg, clip(src))
	}
}

// clip shortens an input for a failure message.
func clip(src []byte) []byte {
	if len(src) > 2000 {
		return append(src[:2000:2000], "…"...)
	}
	return src
}

// corpusPrograms returns the Rust programs the fuzz targets start from:
// testdata/conformance and testdata/seed, sorted.
var corpusPrograms = sync.OnceValues(func() ([]string, error) {
	var out []string
	for _, pat := range []string{"testdata/conformance/*/*.rs", "testdata/seed/*.rs"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			out = append(out, string(src))
		}
	}
	sort.Strings(out)
	return out, nil
})

// badInputSeeds returns the Rust files of the bad-input scripts
// (testdata/script/bad_*.txtar).
func badInputSeeds(t testing.TB) [][]byte {
	scripts, err := filepath.Glob("testdata/script/bad_*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, s := range scripts {
		a, err := txtar.ParseFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Files {
			if strings.HasSuffix(f.Name, ".rs") {
				out = append(out, f.Data)
			}
		}
	}
	return out
}

// preload loads the self-check's rt and standard library before fuzzing:
// a fuzz worker gives each input 10 seconds, and the first check of a
// process pays the load.
func preload(f *testing.F) {
	if err := goChecker.Load(); err != nil {
		f.Fatal(err)
	}
}

func FuzzTranslate(f *testing.F) {
	preload(f)
	progs, err := corpusPrograms()
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range progs {
		f.Add([]byte(p))
	}
	for _, b := range badInputSeeds(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkInvariant(t, src, "") })
}

func FuzzMutate(f *testing.F) {
	preload(f)
	progs, err := corpusPrograms()
	if err != nil {
		f.Fatal(err)
	}
	if len(progs) == 0 {
		f.Fatal("no corpus programs")
	}
	for i := range progs {
		f.Add(uint16(i), []byte{})
		f.Add(uint16(i), []byte{0, 0, 7, 0, 0})   // delete a token
		f.Add(uint16(i), []byte{9, 0, 5, 0, 9})   // swap two lines
		f.Add(uint16(i), []byte{2, 0, 30, 0, 40}) // swap two tokens
	}
	f.Fuzz(func(t *testing.T, idx uint16, ops []byte) {
		base := progs[int(idx)%len(progs)]
		checkInvariant(t, []byte(rsfuzz.Mutate(base, ops)), base)
	})
}

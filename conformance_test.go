package rs2go_test

// The conformance harness of DESIGN.md ("Testing"), over testdata/conformance
// (a copy of ../shared/conformance). Every program is translated under its
// bare file name (as rustc was given it, so panic locations match), built
// (with -race in the concurrent tiers), run, and compared with the output
// the rustc-built binary produced: stdout (exact, or sorted lines for
// `check: sorted`), exit code, and stderr with thread numbers masked.
// A reject program passes when translation fails with one error equal to
// rustc's. KNOWN_FAILING lists the programs that do not pass yet; the test
// fails when the results disagree with it in either direction.
//
//	go test -run TestConformance .                       # all programs
//	go test -run TestConformance . -conformance.run=chan # a few
//	go test -run TestConformance . -update-known         # rewrite KNOWN_FAILING

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs2go/rs2go"
)

var (
	updateKnown    = flag.Bool("update-known", false, "rewrite testdata/conformance/KNOWN_FAILING from the results")
	conformanceRun = flag.String("conformance.run", "", "run only the conformance programs whose tier/name matches this regexp")
)

const (
	conformanceDir   = "testdata/conformance"
	knownFailingPath = conformanceDir + "/KNOWN_FAILING"
	runTimeout       = 60 * time.Second
	maxBuilds        = 2 // concurrent builds and runs: CI machines have 2 cores
)

// raceTiers are the tiers built with -race: the concurrent ones.
var raceTiers = map[string]bool{"10-threads": true, "20-channels": true, "30-sync": true, "50-programs": true}

// program is one conformance program, tier/name.rs.
type program struct {
	tier, name string
	check      string // exact, sorted or reject
}

func (p program) id() string             { return p.tier + "/" + p.name }
func (p program) file(ext string) string { return filepath.Join(conformanceDir, p.tier, p.name+ext) }

func TestConformance(t *testing.T) {
	progs := loadPrograms(t)
	known := readKnownFailing(t)
	var filter *regexp.Regexp
	if *conformanceRun != "" {
		filter = regexp.MustCompile(*conformanceRun)
	}

	var mu sync.Mutex
	results := map[string]string{} // id → why it failed, "" when it passed
	sem := make(chan struct{}, maxBuilds)
	for _, tier := range tiers(progs) {
		t.Run(tier, func(t *testing.T) {
			for _, p := range progs {
				if p.tier != tier || (filter != nil && !filter.MatchString(p.id())) {
					continue
				}
				t.Run(p.name, func(t *testing.T) {
					t.Parallel()
					why := p.run(t, sem)
					mu.Lock()
					results[p.id()] = why
					mu.Unlock()
					judge(t, p, why, known[p.id()])
				})
			}
		})
	}
	summarize(t, progs, results)
	checkStale(t, progs, known)
	if *updateKnown {
		writeKnownFailing(t, progs, known, results)
	}
}

// judge fails t when the result disagrees with KNOWN_FAILING.
func judge(t *testing.T, p program, why string, listed bool) {
	report := t.Errorf
	if *updateKnown {
		report = t.Logf
	}
	switch {
	case why == "" && listed:
		report("passes, but KNOWN_FAILING lists it: remove the line (or run with -update-known)")
	case why != "" && listed:
		t.Logf("known failing: %s", why)
	case why != "":
		report("fails: %s", why)
	}
}

// run translates, builds, runs and compares p; it returns why p failed,
// or "" when it passed.
func (p program) run(t *testing.T, sem chan struct{}) string {
	src, err := os.ReadFile(p.file(".rs"))
	if err != nil {
		return err.Error()
	}
	res := rs2go.Translate(p.name+".rs", src, rs2go.Config{})
	if p.check == "reject" {
		return p.judgeReject(res)
	}
	if res.Failed() {
		return "translate: " + firstLine(res.Diags.Format(res.Source))
	}
	sem <- struct{}{}
	defer func() { <-sem }()
	dir := t.TempDir()
	if err := rs2go.WriteModule(dir, res.Go); err != nil {
		return err.Error()
	}
	bin := filepath.Join(dir, p.name)
	if err := rs2go.Build(dir, bin, raceTiers[p.tier]); err != nil {
		t.Logf("%v", err)
		return "build: " + firstLine(strings.TrimPrefix(err.Error(), "go build: # "+rs2go.ProgModule+"\n"))
	}
	return p.compare(t, bin)
}

// judgeReject passes a program that rustc rejects when translation fails
// (not internally) with an error whose text after `file.rs:L:C: ` is
// rustc's error line. error[unsupported] never passes.
func (p program) judgeReject(res rs2go.Result) string {
	want, err := os.ReadFile(p.file(".err"))
	if err != nil {
		return err.Error()
	}
	wantErr := strings.TrimSpace(string(want))
	if !res.Failed() {
		return "translated; rustc rejects it with " + wantErr
	}
	text := res.Diags.Format(res.Source)
	if res.Internal() {
		return "internal error: " + firstLine(text)
	}
	head := regexp.MustCompile(`^` + regexp.QuoteMeta(p.name+".rs") + `:\d+:\d+: (error.*)$`)
	var got []string
	for _, line := range strings.Split(text, "\n") {
		if m := head.FindStringSubmatch(line); m != nil {
			if m[1] == wantErr && !strings.HasPrefix(m[1], "error[unsupported]") {
				return ""
			}
			got = append(got, m[1])
		}
	}
	return fmt.Sprintf("rejected with %q, want %q", strings.Join(got, " | "), wantErr)
}

// compare runs bin and compares its stdout, exit code and stderr with the
// expected files.
func (p program) compare(t *testing.T, bin string) string {
	stdout, stderr, code, err := runProgram(bin)
	if err != nil {
		return err.Error()
	}
	var whys []string
	wantOut := p.expected(t, ".stdout")
	if p.check == "sorted" {
		stdout, wantOut = sortLines(stdout), sortLines(wantOut)
	}
	if d := firstDiff(stdout, wantOut); d != "" {
		whys = append(whys, "stdout "+d)
	}
	wantCode := 0
	if s := p.expected(t, ".exit"); s != "" {
		wantCode, _ = strconv.Atoi(strings.TrimSpace(s))
	}
	if code != wantCode {
		whys = append(whys, fmt.Sprintf("exit code %d, want %d", code, wantCode))
	}
	if d := firstDiff(maskThreadIDs(stderr), maskThreadIDs(p.expected(t, ".stderr"))); d != "" {
		whys = append(whys, "stderr "+d)
	}
	if len(whys) > 0 {
		t.Logf("stdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
	return strings.Join(whys, "; ")
}

// expected reads an expected-result file; a missing one is empty.
func (p program) expected(t *testing.T, ext string) string {
	data, err := os.ReadFile(p.file(ext))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return string(data)
}

// runProgram runs bin with no input and RUST_BACKTRACE unset (as the
// expected files were made), within runTimeout.
func runProgram(bin string) (stdout, stderr string, code int, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = progEnv()
	cmd.WaitDelay = 5 * time.Second
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	if ctx.Err() != nil {
		return "", "", 0, fmt.Errorf("timed out after %v", runTimeout)
	}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return "", "", 0, err
	}
	return out.String(), errOut.String(), cmd.ProcessState.ExitCode(), nil
}

// progEnv is the environment for running a program: without
// RUST_BACKTRACE, which would add backtraces to Rust's panic messages (even
// when empty), and, unless GORACE is set, without the race detector's
// second of sleep at exit, during which goroutines would go on running
// (and printing) after main has returned.
func progEnv() []string {
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "RUST_BACKTRACE=")
	})
	if _, ok := os.LookupEnv("GORACE"); !ok {
		env = append(env, "GORACE=atexit_sleep_ms=0")
	}
	return env
}

// threadID is the thread number in a panic message, which differs per run.
var threadID = regexp.MustCompile(`(thread '[^']*') \(\d+\) panicked`)

// maskThreadIDs replaces the thread numbers of panic messages with N.
func maskThreadIDs(s string) string { return threadID.ReplaceAllString(s, "$1 (N) panicked") }

// sortLines sorts the lines of s.
func sortLines(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if n := len(lines); lines[n-1] == "" {
		lines = lines[:n-1]
	}
	sort.Strings(lines)
	return strings.Join(lines, "")
}

// firstDiff describes the first line where got and want differ, or
// returns "" when they are equal.
func firstDiff(got, want string) string {
	if got == want {
		return ""
	}
	g, w := strings.SplitAfter(got, "\n"), strings.SplitAfter(want, "\n")
	for i := 0; ; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d: %q, want %q", i+1, gl, wl)
		}
	}
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

// loadPrograms lists the programs of every tier, with their check mode.
func loadPrograms(t *testing.T) []program {
	files, err := filepath.Glob(filepath.Join(conformanceDir, "*", "*.rs"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance programs in %s (%v)", conformanceDir, err)
	}
	checkLine := regexp.MustCompile(`(?m)^// check: (exact|sorted|reject)$`)
	var progs []program
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := checkLine.FindSubmatch(src)
		if m == nil {
			t.Fatalf("%s has no `// check: exact|sorted|reject` header", f)
		}
		progs = append(progs, program{
			tier:  filepath.Base(filepath.Dir(f)),
			name:  strings.TrimSuffix(filepath.Base(f), ".rs"),
			check: string(m[1]),
		})
	}
	return progs
}

// tiers lists the tiers of progs in order.
func tiers(progs []program) []string {
	var ts []string
	for _, p := range progs {
		if !slices.Contains(ts, p.tier) {
			ts = append(ts, p.tier)
		}
	}
	sort.Strings(ts)
	return ts
}

// summarize prints the counts of the programs that ran, per tier and in
// all, through the test log and stdout.
func summarize(t *testing.T, progs []program, results map[string]string) {
	var b strings.Builder
	total := [2]int{} // passed, failed
	for _, tier := range tiers(progs) {
		n := [2]int{}
		for _, p := range progs {
			if why, ran := results[p.id()]; ran && p.tier == tier {
				n[min(len(why), 1)]++
			}
		}
		if n[0]+n[1] > 0 {
			fmt.Fprintf(&b, "conformance %s: %d passed, %d failed\n", tier, n[0], n[1])
		}
		total[0], total[1] = total[0]+n[0], total[1]+n[1]
	}
	fmt.Fprintf(&b, "conformance: %d passed, %d failed", total[0], total[1])
	t.Log("\n" + b.String())
	fmt.Println(b.String())
}

// readKnownFailing reads the set of tier/name lines of KNOWN_FAILING;
// # starts a comment.
func readKnownFailing(t *testing.T) map[string]bool {
	data, err := os.ReadFile(knownFailingPath)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]bool{}
	}
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if line = strings.TrimSpace(line); line != "" {
			known[line] = true
		}
	}
	return known
}

// checkStale fails t for KNOWN_FAILING lines that name no program.
func checkStale(t *testing.T, progs []program, known map[string]bool) {
	ids := map[string]bool{}
	for _, p := range progs {
		ids[p.id()] = true
	}
	for id := range known {
		if !ids[id] && !*updateKnown {
			t.Errorf("KNOWN_FAILING lists %s, which is not a conformance program", id)
		}
	}
}

// writeKnownFailing rewrites KNOWN_FAILING: the programs that failed, and
// those that did not run but were listed.
func writeKnownFailing(t *testing.T, progs []program, known map[string]bool, results map[string]string) {
	var b strings.Builder
	b.WriteString("# Conformance programs that do not pass yet, one tier/name a line.\n" +
		"# TestConformance fails when a program listed here passes, or one not\n" +
		"# listed fails. Regenerate: go test -run TestConformance . -update-known\n")
	lastTier := ""
	for _, p := range progs {
		why, ran := results[p.id()]
		if (ran && why == "") || (!ran && !known[p.id()]) {
			continue
		}
		if p.tier != lastTier {
			fmt.Fprintf(&b, "\n# %s\n", p.tier)
			lastTier = p.tier
		}
		b.WriteString(p.id() + "\n")
	}
	if err := os.WriteFile(knownFailingPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", knownFailingPath)
}

package rs2go_test

// The performance harness of ../shared/bench (its README.md sets the goal:
// each translation within 1.10x of the hand-written Go's wall time, the
// geometric mean within 1.05x). For every NAME.rs there with a hand-written
// NAME.go, BenchmarkPrograms translates the Rust with Release (like rustc
// -O), builds both programs, checks that they print the same stdout, and
// then runs the two binaries alternately, b.N times each (translated,
// hand-written, translated, ...), timing each whole process. It reports the
// median of the per-pair wall ratios translated/hand-written ("ratio") and
// the median wall seconds of each ("rs2go-s", "go-s"); ns/op is the
// translated program's median. Translation and builds are not timed. Being a
// benchmark, it runs only under -bench, and skips when ../shared/bench is
// absent:
//
//	go test -run '^$' -bench Programs -benchtime 5x .         # 5 paired runs a program
//	go test -run '^$' -bench 'Programs/mutex' -benchtime 5x . # one program

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs2go/rs2go"
)

const benchDir = "../shared/bench"

func BenchmarkPrograms(b *testing.B) {
	sources, _ := filepath.Glob(filepath.Join(benchDir, "*.rs"))
	if len(sources) == 0 {
		b.Skipf("no benchmark programs: %s is absent (it lives outside this repository)", benchDir)
	}
	dir := b.TempDir()
	var summary strings.Builder
	var logSum float64 // of the ratios, for their geometric mean
	n := 0
	for _, rs := range sources {
		name := strings.TrimSuffix(filepath.Base(rs), ".rs")
		hand := strings.TrimSuffix(rs, ".rs") + ".go"
		if _, err := os.Stat(hand); err != nil {
			continue
		}
		b.Run(name, func(b *testing.B) {
			transBin, handBin := buildTranslated(b, dir, rs), buildHandWritten(b, dir, hand)
			if got, want := runBench(b, transBin), runBench(b, handBin); got != want {
				b.Fatalf("the translation's stdout differs from the hand-written Go's: %s", firstDiff(got, want))
			}
			var trans, handTimes, ratios []float64
			for b.Loop() {
				t, h := timeBench(b, transBin), timeBench(b, handBin)
				trans, handTimes, ratios = append(trans, t), append(handTimes, h), append(ratios, t/h)
			}
			ratio := median(ratios)
			b.ReportMetric(ratio, "ratio")
			b.ReportMetric(median(trans), "rs2go-s")
			b.ReportMetric(median(handTimes), "go-s")
			b.ReportMetric(median(trans)*1e9, "ns/op")
			fmt.Fprintf(&summary, "| %s | %.3f | %.3f | %.2f |\n", name, median(trans), median(handTimes), ratio)
			logSum += math.Log(ratio)
			n++
		})
	}
	if n > 0 { // a table for README.md, also without -v
		fmt.Printf("| program | rs2go s | Go s | ratio |\n|---|---:|---:|---:|\n%sgeometric mean of the ratios: %.3f\n",
			summary.String(), math.Exp(logSum/float64(n)))
	}
}

// buildTranslated translates the Rust program rs with Release and builds it
// into dir; it returns the executable's path.
func buildTranslated(b *testing.B, dir, rs string) string {
	src, err := os.ReadFile(rs)
	if err != nil {
		b.Fatal(err)
	}
	base := filepath.Base(rs)
	res := rs2go.Translate(base, src, rs2go.Config{Release: true})
	if res.Failed() {
		b.Fatalf("translate: %s", res.Diags.Format(res.Source))
	}
	mod := filepath.Join(dir, strings.TrimSuffix(base, ".rs")+"-mod")
	if err := os.Mkdir(mod, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := rs2go.WriteModule(mod, res.Go); err != nil {
		b.Fatal(err)
	}
	bin := filepath.Join(dir, strings.TrimSuffix(base, ".rs")+"-rs2go")
	if err := rs2go.Build(mod, bin, false); err != nil {
		b.Fatal(err)
	}
	return bin
}

// buildHandWritten builds the hand-written Go program file (a //go:build
// ignore file, built by its name) into dir; it returns the executable's path.
func buildHandWritten(b *testing.B, dir, file string) string {
	bin := filepath.Join(dir, strings.TrimSuffix(filepath.Base(file), ".go")+"-go")
	cmd := exec.Command("go", "build", "-o", bin, filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build %s: %v\n%s", file, err, out)
	}
	return bin
}

// runBench runs bin and returns its stdout; the run must succeed.
func runBench(b *testing.B, bin string) string {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s: %v\n%s", filepath.Base(bin), err, stderr.Bytes())
	}
	return stdout.String()
}

// timeBench runs bin and returns its wall time in seconds, from start to
// exit.
func timeBench(b *testing.B, bin string) float64 {
	start := time.Now()
	runBench(b, bin)
	return time.Since(start).Seconds()
}

// median returns the median of xs, which must not be empty.
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

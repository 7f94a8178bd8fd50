package rs2go_test

// The seed programs (testdata/seed, from ../shared/seed/rust-threads.md)
// run end to end many times: every run must print output that the Rust
// program could print, and the threads must really run concurrently.
// Where rustc is installed, the same checks run on the rustc-built
// binaries, and the deterministic programs' outputs are compared.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rs2go/rs2go"
	"github.com/rs2go/rs2go/internal/interleave"
)

// seedRuns is how many times each seed program runs.
const seedRuns = 20

// seedProgram is a seed program and what every run of it must print.
type seedProgram struct {
	name string
	seqs []interleave.Seq // each thread's lines; the output interleaves them
	// fixed is the one possible output, for the programs whose threads
	// never print concurrently; seqs is then unused.
	fixed string
	// mustInterleave asks that at least one of the runs mixes the threads'
	// lines, as the Rust builds nearly always do: a spawn that ran its
	// closure inline would never.
	mustInterleave bool
}

// numbered returns "hi number i from the <who> thread!" for i in 1..n.
func numbered(who string, n int) []string {
	var lines []string
	for i := 1; i <= n; i++ {
		lines = append(lines, fmt.Sprintf("hi number %d from the %s thread!", i, who))
	}
	return lines
}

// joinLines joins lines with a newline after each.
func joinLines(lines ...[]string) string {
	var b bytes.Buffer
	for _, ls := range lines {
		for _, l := range ls {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

var seedPrograms = []seedProgram{
	{
		name: "spawn_detached",
		seqs: []interleave.Seq{
			{Name: "main", Lines: numbered("main", 4)},
			// main returns without joining: the process ends, and the
			// spawned thread with it, after any number of its lines.
			{Name: "spawned", Lines: numbered("spawned", 9), Partial: true},
		},
		mustInterleave: true,
	},
	{
		name: "spawn_join",
		seqs: []interleave.Seq{
			{Name: "main", Lines: numbered("main", 4)},
			{Name: "spawned", Lines: numbered("spawned", 9)},
		},
		mustInterleave: true,
	},
	{name: "join_before_main", fixed: joinLines(numbered("spawned", 9), numbered("main", 4))},
	{name: "move_closure", fixed: "Here's a vector: [1, 2, 3]\n"},
}

// check fails t unless out is an output the Rust program could print.
func (sp seedProgram) check(t *testing.T, out string) {
	t.Helper()
	if sp.fixed != "" {
		if out != sp.fixed {
			t.Errorf("stdout:\n%s\nwant:\n%s", out, sp.fixed)
		}
		return
	}
	if err := interleave.Check(interleave.Lines(out), sp.seqs...); err != nil {
		t.Errorf("%v; stdout:\n%s", err, out)
	}
}

// interleaved reports whether out mixes the lines of the threads.
func (sp seedProgram) interleaved(out string) bool {
	return interleave.Runs(interleave.Lines(out), sp.seqs...) > 2
}

func TestSeedPrograms(t *testing.T) {
	for _, sp := range seedPrograms {
		t.Run(sp.name, func(t *testing.T) {
			bin := buildSeed(t, sp.name, true)
			mixed := 0
			for range seedRuns {
				out := runSeed(t, bin)
				sp.check(t, out)
				if sp.interleaved(out) {
					mixed++
				}
			}
			if sp.mustInterleave && mixed == 0 {
				t.Errorf("none of %d runs interleaved the threads' lines: do they run concurrently?", seedRuns)
			}
			if sp.fixed == "" {
				t.Logf("%d runs, %d interleaved", seedRuns, mixed)
			}
		})
	}
}

// TestSeedAgainstRustc checks the rustc-built seed programs with the same
// properties (so the properties are Rust's), and compares the outputs of
// the deterministic ones with rs2go's.
func TestSeedAgainstRustc(t *testing.T) {
	rustc, err := exec.LookPath("rustc")
	if err != nil {
		t.Skip("rustc is not on PATH: skipping the differential test against rustc")
	}
	for _, sp := range seedPrograms {
		t.Run(sp.name, func(t *testing.T) {
			dir := t.TempDir()
			bin := filepath.Join(dir, sp.name)
			cmd := exec.Command(rustc, "--edition", "2021", "-o", bin, seedPath(sp.name))
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("rustc: %v\n%s", err, out)
			}
			rustOut := runSeed(t, bin)
			sp.check(t, rustOut)
			if sp.fixed != "" {
				if goOut := runSeed(t, buildSeed(t, sp.name, false)); goOut != rustOut {
					t.Errorf("rs2go's program printed:\n%s\nrustc's:\n%s", goOut, rustOut)
				}
			}
		})
	}
}

// seedPath is the path of a seed program's source.
func seedPath(name string) string { return filepath.Join("testdata", "seed", name+".rs") }

// buildSeed translates and builds a seed program and returns the binary.
func buildSeed(t *testing.T, name string, race bool) string {
	t.Helper()
	src, err := os.ReadFile(seedPath(name))
	if err != nil {
		t.Fatal(err)
	}
	res := rs2go.Translate(name+".rs", src, rs2go.Config{})
	if res.Failed() {
		t.Fatalf("translate:\n%s", res.Diags.Format(res.Source))
	}
	dir := t.TempDir()
	if err := rs2go.WriteModule(dir, res.Go); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, name)
	if err := rs2go.Build(dir, bin, race); err != nil {
		t.Fatal(err)
	}
	return bin
}

// runSeed runs bin, which must exit 0 with nothing on stderr (a race report
// would show there), and returns its stdout.
func runSeed(t *testing.T, bin string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin)
	cmd.Env = progEnv()
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("%s: %v; stderr:\n%s", filepath.Base(bin), err, stderr.String())
	}
	return stdout.String()
}

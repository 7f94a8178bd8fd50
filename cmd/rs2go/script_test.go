package main

// The testscript tests: testdata/script/*.txtar at the repository root. Each
// script runs the real rs2go binary (this test binary, installed as "rs2go"
// on PATH). `go test ./cmd/rs2go -update` rewrites the golden files that
// `cmp` compares inside the scripts.

import (
	"flag"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/rs2go/rs2go/internal/interleave"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"rs2go": func() { os.Exit(main1()) },
	})
}

func TestScripts(t *testing.T) {
	goEnv := goEnvVars(t, "GOCACHE", "GOMODCACHE", "GOPATH")
	modRoot, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Condition:           scriptCondition,
		Setup: func(env *testscript.Env) error {
			for k, v := range goEnv {
				env.Setenv(k, v)
			}
			env.Setenv("GOPROXY", "off")
			env.Setenv("GOTOOLCHAIN", "local")
			env.Setenv("GOFLAGS", "-mod=mod")
			env.Setenv("MODROOT", modRoot)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode":    cmdExitCode,
			"gen":         cmdGen,
			"gofmtclean":  cmdGofmtClean,
			"interleaved": cmdInterleaved,
		},
	})
}

// goEnvVars returns the values `go env` gives the named variables, so that
// scripts share the build and module caches of the machine.
func goEnvVars(t *testing.T, names ...string) map[string]string {
	out, err := exec.Command("go", append([]string{"env"}, names...)...).Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	vals := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(vals) != len(names) {
		t.Fatalf("go env printed %d lines for %d variables", len(vals), len(names))
	}
	env := map[string]string{}
	for i, name := range names {
		env[name] = vals[i]
	}
	return env
}

// cmdExitCode implements `exitcode N program [args...]`: it runs the program
// like exec and fails unless it exits with status N. stdout and stderr are
// then checked as after exec.
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: bad exit code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			ts.Fatalf("exitcode: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdGofmtClean implements `gofmtclean file`: it fails unless file (or
// stdout, the last command's output) is Go that parses and that gofmt
// leaves as it is.
func cmdGofmtClean(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: gofmtclean file")
	}
	src := ts.ReadFile(args[0])
	formatted, err := format.Source([]byte(src))
	if err != nil {
		ts.Fatalf("%s does not parse as Go: %v", args[0], err)
	}
	if string(formatted) != src {
		ts.Fatalf("%s is not gofmt-clean", args[0])
	}
}

// cmdInterleaved implements
// `interleaved [-prefix=seqfile] file seqfile...`: it checks that the lines
// of file are an interleaving of the seqfiles' lines (each one a thread's
// output, in order, complete; for the -prefix one any prefix, as for a
// detached thread cut short when main returns).
func cmdInterleaved(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("interleaved does not support !")
	}
	fs := flag.NewFlagSet("interleaved", flag.ContinueOnError)
	partial := fs.String("prefix", "", "the seqfile that may be cut short")
	if err := fs.Parse(args); err != nil || fs.NArg() < 2 {
		ts.Fatalf("usage: interleaved [-prefix=seqfile] file seqfile...")
	}
	var seqs []interleave.Seq
	for _, name := range fs.Args()[1:] {
		seqs = append(seqs, interleave.Seq{
			Name:    name,
			Lines:   interleave.Lines(ts.ReadFile(name)),
			Partial: name == *partial,
		})
	}
	out := interleave.Lines(ts.ReadFile(fs.Arg(0)))
	if err := interleave.Check(out, seqs...); err != nil {
		ts.Fatalf("%s is not an interleaving of %s: %v", fs.Arg(0), strings.Join(fs.Args()[1:], ", "), err)
	}
	ts.Logf("%s: %d runs of consecutive lines from one thread", fs.Arg(0), interleave.Runs(out, seqs...))
}

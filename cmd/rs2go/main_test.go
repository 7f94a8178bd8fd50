package main

// In-process tests of the paths that the real translator cannot reach on
// purpose: internal errors, panics, and `run` with a program whose exit code
// and streams are known. They replace translate with a fake.

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/rs2go/rs2go"
	"github.com/rs2go/rs2go/frontend/diag"
)

// fakeTranslate makes translate return goSrc, or diags when there are any,
// for the duration of the test.
func fakeTranslate(t *testing.T, goSrc string, diags ...diag.Diag) {
	old := translate
	t.Cleanup(func() { translate = old })
	translate = func(name string, src []byte, cfg rs2go.Config) rs2go.Result {
		res := rs2go.Result{Source: diag.NewSource(name, src), Diags: diags}
		if len(diags) == 0 {
			res.Go = []byte(goSrc)
		}
		return res
	}
}

// cliResult is what one in-process invocation produced.
type cliResult struct {
	code           int
	stdout, stderr string
}

// runIn runs the command in dir with args and stdin.
func runIn(t *testing.T, dir, stdin string, args ...string) cliResult {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := runCLI(args, strings.NewReader(stdin), &stdout, &stderr)
	return cliResult{code, stdout.String(), stderr.String()}
}

// writeRust writes a small Rust file into a fresh folder and returns it.
func writeRust(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := "fn main() {\n    println!(\"hi\");\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "x.rs"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// echoProg stands in for a translated program: it echoes its argument and
// stdin, writes to stderr and exits 101 like a Rust panic.
const echoProg = `package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	in, _ := io.ReadAll(os.Stdin)
	fmt.Printf("args=%q stdin=%q\n", os.Args[1:], in)
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(101)
}
`

func TestRunPassesStreamsAndExitCode(t *testing.T) {
	fakeTranslate(t, echoProg)
	dir := writeRust(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	r := runIn(t, dir, "some input", "run", "x.rs", "a", "-b")
	if r.code != 101 {
		t.Errorf("exit code %d, want 101; stderr:\n%s", r.code, r.stderr)
	}
	if want := "args=[\"a\" \"-b\"] stdin=\"some input\"\n"; r.stdout != want {
		t.Errorf("stdout %q, want %q", r.stdout, want)
	}
	if r.stderr != "to stderr\n" {
		t.Errorf("stderr %q", r.stderr)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("run left %d entries in TMPDIR, e.g. %s", len(left), left[0].Name())
	}
}

func TestRunSignalExitCode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no signals on windows")
	}
	fakeTranslate(t, `package main

import "syscall"

func main() { syscall.Kill(syscall.Getpid(), syscall.SIGKILL) }
`)
	r := runIn(t, writeRust(t), "", "run", "x.rs")
	if r.code != 128+9 {
		t.Errorf("exit code %d, want 137 (killed by SIGKILL)", r.code)
	}
}

func TestRunBuildFailureIsInternal(t *testing.T) {
	fakeTranslate(t, "package main\n\nfunc main() { undefinedThing() }\n")
	r := runIn(t, writeRust(t), "", "run", "x.rs")
	expectInternal(t, r, `^x\.rs:1:1: internal error: the generated Go does not build:\n`)
	if !strings.Contains(r.stderr, "undefined: undefinedThing") {
		t.Errorf("stderr lacks go build's message:\n%s", r.stderr)
	}
}

func TestPanicIsInternalError(t *testing.T) {
	old := translate
	t.Cleanup(func() { translate = old })
	translate = func(string, []byte, rs2go.Config) rs2go.Result { panic("boom") }
	r := runIn(t, writeRust(t), "", "x.rs")
	expectInternal(t, r, `^x\.rs:1:1: internal error: boom\n`)
}

func TestInternalDiagnostic(t *testing.T) {
	fakeTranslate(t, "", diag.Diag{Span: diag.Span{Start: 16, End: 23}, Severity: diag.Internal, Msg: "no type"})
	r := runIn(t, writeRust(t), "", "x.rs")
	expectInternal(t, r, `^x\.rs:2:5: internal error: no type\n`)
}

func TestNoGoIsInternal(t *testing.T) {
	fakeTranslate(t, "")
	r := runIn(t, writeRust(t), "", "x.rs")
	expectInternal(t, r, `^x\.rs:1:1: internal error: translation produced no Go`)
}

// expectInternal checks an exit 3 whose stderr matches re and holds no Go
// stack trace.
func expectInternal(t *testing.T, r cliResult, re string) {
	t.Helper()
	if r.code != exitInternal {
		t.Errorf("exit code %d, want %d", r.code, exitInternal)
	}
	if !regexp.MustCompile(re).MatchString(r.stderr) {
		t.Errorf("stderr does not match %s:\n%s", re, r.stderr)
	}
	if strings.Contains(r.stderr, "goroutine ") {
		t.Errorf("stderr shows a Go stack trace:\n%s", r.stderr)
	}
}

func TestOutputFileIsAtomic(t *testing.T) {
	const goSrc = "package main\n\nfunc main() {}\n"
	fakeTranslate(t, goSrc)
	dir := writeRust(t)
	r := runIn(t, dir, "", "-o", "out.go", "x.rs")
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("rs2go -o: %+v", r)
	}
	info, err := os.Stat(filepath.Join(dir, "out.go"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("out.go has mode %v, want 0644", info.Mode().Perm())
	}

	// A failed translation leaves the old file alone and no temp file.
	fakeTranslate(t, "", diag.Diag{Code: diag.CodeSyntax, Msg: "bad"})
	r = runIn(t, dir, "", "-o", "out.go", "x.rs")
	if r.code != exitFail || !strings.HasPrefix(r.stderr, "x.rs:1:1: error[syntax]: bad\n") {
		t.Errorf("failed translation: %+v", r)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "out.go"))
	if string(got) != goSrc {
		t.Errorf("out.go changed after a failed translation: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("folder holds %d entries, want x.rs and out.go", len(entries))
	}
}

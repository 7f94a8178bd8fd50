package main

// The bad-input table: inputs rs2go must reject cleanly. Each case runs the
// real command (this test binary, installed as "rs2go" on PATH by
// testscript.Main) in a fresh folder as `rs2go -o out.go in.rs` and checks:
// the exit code (1 or 2: never 3, never a Go panic), a diagnostic whose code
// is the expected one and whose position lies inside the file (or
// `rs2go: error:` for file errors), nothing on stdout, and no output file.
// The wording of messages is the translator's and is not checked.

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rs2go/rs2go/internal/rsfuzz"
)

// badInput is one row of the table.
type badInput struct {
	name string
	src  string // written to in.rs, unless setup says otherwise
	// setup, when set, prepares the folder instead of writing src.
	setup func(t *testing.T, dir string)
	args  []string // default: -o out.go in.rs
	exit  int      // the exit code: 1 unless set
	// code is the diagnostic code the first error must have, as a regexp
	// over what stands between "error[" and "]" (empty: no code, plain
	// "error:"); fileError instead expects `rs2go: error:`.
	code      string
	fileError bool
	pos       string // "L:C" when the position is clear-cut; else any inside the file
}

// badInputs are the cases. Where rustc has an error code, rs2go uses it;
// where rustc has none (most syntax errors), rs2go prints a plain
// `error:` as rustc does; unsupported marks what rs2go does not handle.
var badInputs = []badInput{
	{name: "empty file", src: "", code: "E0601"},
	{name: "only comments", src: "// nothing here\n/* nor here */\n", code: "E0601"},
	{name: "no main", src: "fn helper() {}\n", code: "E0601"},
	{name: "binary garbage", src: garbage(), code: ""},
	{name: "NUL bytes", src: "fn main() {\x00\x00}\n", code: "", pos: "1:12"},
	{name: "invalid UTF-8", src: "fn main() {\n    let s = \"\xff\xfe\";\n}\n", code: "", pos: "2:14"},
	{name: "unterminated string", src: "fn main() {\n    let s = \"abc;\n}\n", code: "E0765", pos: "2:13"},
	{name: "unterminated block comment", src: "fn main() {}\n/* abc\n", code: "E0758", pos: "2:1"},
	{name: "mismatched delimiters", src: "fn main() {\n    let v = (1, 2];\n}\n", code: ""},
	{name: "unclosed brace", src: "fn main() {\n    println!(\"hi\");\n", code: ""},
	{name: "stray closing brace", src: "fn main() {}\n}\n", code: "", pos: "2:1"},
	{name: "syntax error", src: "fn main() {\n    let = 5;\n}\n", code: ""},
	{name: "unknown macro", src: "fn main() {\n    foo!();\n}\n", code: "(unsupported)?", pos: "2:5"},
	// Traits come with a later issue: then swap in an item that stays
	// unsupported.
	{name: "union item", src: "union U { a: i32 }\n\nfn main() {}\n", code: "unsupported", pos: "1:1"},
	{name: "unsafe fn", src: "unsafe fn f() {}\n\nfn main() {}\n", code: "unsupported", pos: "1:1"},
	{name: "extern block", src: "extern \"C\" {\n    fn abs(x: i32) -> i32;\n}\n\nfn main() {}\n", code: "unsupported", pos: "1:1"},
	{name: "macro_rules", src: "macro_rules! m {\n    () => {};\n}\n\nfn main() {}\n", code: "unsupported", pos: "1:1"},
	{name: "10000-deep parentheses", src: deepParens(10000, true), code: "unsupported"},
	{name: "10000 unclosed parentheses", src: deepParens(10000, false), code: ""},
	{name: "huge line", src: "fn main() {\n    let s = \"" + strings.Repeat("a", 1<<20) + "\"; @\n}\n", code: ""},
	{name: "-o into a missing folder", src: "fn main() {}\n", args: []string{"-o", "nowhere/out.go", "in.rs"}, fileError: true},
	{name: "-o onto a directory", src: "fn main() {}\n", args: []string{"-o", ".", "in.rs"}, fileError: true},
	{name: "directory as input", setup: mkdirInput, fileError: true},
	{name: "missing file", setup: func(*testing.T, string) {}, fileError: true},
	{name: "no input file", args: []string{"-o", "out.go"}, exit: exitUsage, fileError: true},
	{name: "unknown flag", args: []string{"-bogus", "in.rs"}, exit: exitUsage, fileError: true},
}

func TestBadInputs(t *testing.T) {
	if _, err := exec.LookPath("rs2go"); err != nil {
		t.Fatalf("rs2go is not on PATH (testscript.Main installs it): %v", err)
	}
	for _, tc := range badInputs {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.check(t)
		})
	}
}

// check runs one case and checks its outcome.
func (tc badInput) check(t *testing.T) {
	dir := t.TempDir()
	if tc.setup != nil {
		tc.setup(t, dir)
	} else if err := os.WriteFile(filepath.Join(dir, "in.rs"), []byte(tc.src), 0o644); err != nil {
		t.Fatal(err)
	}
	before := listDir(t, dir)
	args := tc.args
	if args == nil {
		args = []string{"-o", "out.go", "in.rs"}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "rs2go", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run()
	code := cmd.ProcessState.ExitCode()

	want := tc.exit
	if want == 0 {
		want = exitFail
	}
	errText := stderr.String()
	if len(errText) > 2000 {
		errText = errText[:2000] + "…"
	}
	if code != want {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, want, errText)
	}
	if strings.Contains(errText, "goroutine ") || strings.Contains(errText, "panic:") {
		t.Errorf("a Go panic:\n%s", errText)
	}
	if stdout.Len() > 0 {
		t.Errorf("stdout is not empty: %.200q", stdout.String())
	}
	if after := listDir(t, dir); !slices.Equal(before, after) {
		t.Errorf("the folder changed: %v, then %v", before, after)
	}
	if tc.fileError {
		if !strings.HasPrefix(errText, "rs2go: error: ") {
			t.Errorf("stderr does not start with `rs2go: error: `:\n%s", errText)
		}
		return
	}
	tc.checkDiag(t, errText)
}

// diagHead matches the first line of a diagnostic on in.rs.
var diagHead = regexp.MustCompile(`^in\.rs:(\d+):(\d+): error(?:\[([^\]]*)\])?: \S`)

// checkDiag checks the code and position of the first diagnostic.
func (tc badInput) checkDiag(t *testing.T, stderr string) {
	m := diagHead.FindStringSubmatch(stderr)
	if m == nil {
		t.Errorf("stderr does not start with `in.rs:L:C: error[CODE]: message`:\n%s", stderr)
		return
	}
	if !regexp.MustCompile(`^(?:` + tc.code + `)$`).MatchString(m[3]) {
		t.Errorf("code %q, want %q:\n%s", m[3], tc.code, stderr)
	}
	line, _ := strconv.Atoi(m[1])
	col, _ := strconv.Atoi(m[2])
	if tc.pos != "" && tc.pos != m[1]+":"+m[2] {
		t.Errorf("position %s:%s, want %s", m[1], m[2], tc.pos)
	}
	lines := strings.Split(tc.src, "\n")
	if line < 1 || line > len(lines) {
		t.Errorf("line %d is outside the file's %d lines", line, len(lines))
		return
	}
	if n := utf8.RuneCountInString(lines[line-1]); col < 1 || col > n+1 {
		t.Errorf("column %d is outside line %d, of %d characters", col, line, n)
	}
}

// listDir lists the names in dir, to check that nothing was written.
func listDir(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// mkdirInput makes in.rs a directory.
func mkdirInput(t *testing.T, dir string) {
	if err := os.Mkdir(filepath.Join(dir, "in.rs"), 0o755); err != nil {
		t.Fatal(err)
	}
}

// garbage returns 4 KB of fixed pseudo-random bytes after an ELF magic.
func garbage() string { return string(rsfuzz.Garbage(4096)) }

// deepParens returns a main whose let initialiser nests n parentheses,
// closed or not.
func deepParens(n int, closed bool) string { return string(rsfuzz.DeepParens(n, closed)) }

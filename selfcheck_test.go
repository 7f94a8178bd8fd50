package rs2go

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs2go/rs2go/frontend/diag"
	"github.com/rs2go/rs2go/lower/ir"
)

// The self-check reports Go that does not type-check as internal errors at
// the Rust construct: through the //line directive above the error in the
// same declaration, else through the declaration itself.
func TestSelfCheckPositions(t *testing.T) {
	rust := "static TOTAL: u32 = 0;\n\nfn main() {\n    let x = 1;\n    println!(\"{}\", x);\n}\n"
	src := diag.NewSource("x.rs", []byte(rust))
	at := func(s string) diag.Span {
		i := strings.Index(rust, s)
		return diag.Span{Start: i, End: i + len(s)}
	}
	irf := &ir.File{Source: src, Decls: []ir.Decl{
		&ir.VarDecl{Var: &ir.Var{Name: "TOTAL"}, Span: at("static TOTAL: u32 = 0;")},
		&ir.FuncDecl{Name: "main", Span: at("fn main() {")},
	}}
	goSrc := "package main\n\nvar TOTAL uint32 = \"0\"\n\nfunc main() {\n//line x.rs:4\n\tx := int32(1)\n//line x.rs:5\n\ty := x\n}\n"
	got := selfCheck(irf, []byte(goSrc), Config{}).Format(src)
	want := []string{
		"x.rs:1:1: internal error: the generated Go does not type-check: cannot use \"0\" (untyped string constant) as uint32 value in variable declaration (main.go:3:20)\n",
		"x.rs:5:5: internal error: the generated Go does not type-check: declared and not used: y (main.go:9:2)\n",
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}

	// Without //line directives (Go printed with -noline is printed again
	// with them first; not here), the declaration gives the position.
	got = selfCheck(irf, []byte(strings.ReplaceAll(goSrc, "//line", "//")), Config{}).Format(src)
	if !strings.Contains(got, "x.rs:3:1: internal error: the generated Go does not type-check: declared and not used: y") {
		t.Errorf("without //line directives:\n%s", got)
	}
}

// Translate runs the self-check by default: a program whose Go type-checks
// comes back with no diagnostics.
func TestTranslateSelfChecks(t *testing.T) {
	res := Translate("x.rs", []byte("fn main() {\n    println!(\"hi\");\n}\n"), Config{})
	if res.Failed() {
		t.Fatal(res.Diags.Format(res.Source))
	}
	if _, err := goChecker.Check("main.go", res.Go); err != nil {
		t.Fatal(err)
	}
}

// The self-check must not reject Go that builds: for corpus programs whose
// Go fails it, the same Go (translated without the check) must fail
// `go build` too. (Go it accepts is built by the conformance test.)
func TestSelfCheckAgreesWithGoBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs")
	}
	progs, err := corpusPrograms()
	if err != nil {
		t.Fatal(err)
	}
	const maxBuilds = 4
	built := 0
	for _, src := range progs {
		res := Translate("x.rs", []byte(src), Config{})
		if !res.Internal() || !strings.Contains(res.Diags.Format(res.Source), "does not type-check") {
			continue
		}
		if built == maxBuilds {
			break
		}
		built++
		unchecked := Translate("x.rs", []byte(src), Config{NoSelfCheck: true})
		if unchecked.Failed() {
			continue
		}
		dir := t.TempDir()
		if err := WriteModule(dir, unchecked.Go); err != nil {
			t.Fatal(err)
		}
		if err := Build(dir, filepath.Join(dir, "prog"), false); err == nil {
			first, _, _ := strings.Cut(src, "\n")
			t.Errorf("the self-check rejects Go that builds: %s\n%s", first, res.Diags.Format(res.Source))
		}
	}
	t.Logf("%d programs whose Go fails the self-check also fail go build", built)
}

// This file holds the output self-check: before Translate returns Go, the
// Go is parsed and type-checked (package selfcheck, with rt from the
// embedded source). Go that fails is an rs2go bug: it becomes an internal
// error at the Rust position of the construct whose Go failed, found
// through the //line directives codegen printed, or else through the
// top-level declaration that holds the error.

package rs2go

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/rs2go/rs2go/codegen"
	"github.com/rs2go/rs2go/frontend/diag"
	"github.com/rs2go/rs2go/lower/ir"
	"github.com/rs2go/rs2go/selfcheck"
)

// goChecker checks every translation of the process against one rt,
// loaded on first use.
var goChecker = selfcheck.New(Module+"/rt", runtimeFS, "rt")

// maxSelfCheckDiags caps the internal errors one failed self-check reports.
const maxSelfCheckDiags = 3

// selfCheck type-checks goSrc, the Go printed from irf, and returns the
// internal errors it finds (none when the Go is fine).
func selfCheck(irf *ir.File, goSrc []byte, cfg Config) diag.List {
	errs, err := goChecker.Check("main.go", goSrc)
	if errors.Is(err, selfcheck.ErrNoStd) {
		return nil // no Go installation to check against: translate anyway
	}
	if err != nil {
		return diag.List{{Severity: diag.Internal, Msg: "self-check of the generated Go: " + err.Error()}}
	}
	if len(errs) == 0 {
		return nil
	}
	if cfg.NoLine {
		// Print the same Go with //line directives to find the Rust
		// positions (only comments differ, so the errors are the same).
		if withLines, err := codegen.File(irf, codegen.Config{RtPath: Module + "/rt"}); err == nil {
			if errs2, err := goChecker.Check("main.go", withLines); err == nil && len(errs2) > 0 {
				goSrc, errs = withLines, errs2
			}
		}
	}
	lines := lineDirectives(goSrc, irf.Source.Name)
	var out diag.List
	for _, e := range errs {
		if len(out) == maxSelfCheckDiags {
			break
		}
		out = append(out, diag.Diag{
			Span:     rustSpan(irf, lines, e),
			Severity: diag.Internal,
			Msg:      fmt.Sprintf("the generated Go does not type-check: %s (main.go:%d:%d)", e.Msg, e.Line, e.Col),
		})
	}
	return out
}

// lineDirectives maps each 1-based Go line holding a `//line name:L`
// directive to L.
func lineDirectives(goSrc []byte, name string) map[int]int {
	m := map[int]int{}
	prefix := []byte("//line " + name + ":")
	for i, l := range bytes.Split(goSrc, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(l, prefix); ok {
			if n, err := strconv.Atoi(string(rest)); err == nil {
				m[i+1] = n
			}
		}
	}
	return m
}

// rustSpan finds the Rust construct whose Go holds e: the nearest //line
// directive above e in the same top-level declaration, else the IR
// declaration printed as that Go declaration, else the file's start.
func rustSpan(irf *ir.File, lines map[int]int, e selfcheck.Error) diag.Span {
	top := 1
	if e.Decl != nil {
		top = e.Decl.FirstLine
	}
	for g := e.Line; g >= top; g-- {
		if l, ok := lines[g]; ok {
			return lineSpan(irf.Source, l)
		}
	}
	if e.Decl != nil {
		if s, ok := declSpan(irf, e.Decl); ok {
			return s
		}
	}
	return diag.Span{}
}

// lineSpan is the span of Rust line l without its indentation.
func lineSpan(src *diag.Source, l int) diag.Span {
	start, end := 0, 0
	line := 1
	for i, b := range src.Text {
		if line == l {
			start = i
			break
		}
		if b == '\n' {
			line++
			start = i + 1
		}
	}
	if line != l {
		return diag.Span{}
	}
	end = start
	for end < len(src.Text) && src.Text[end] != '\n' {
		end++
	}
	text := string(src.Text[start:end])
	trimmed := strings.TrimLeft(text, " \t")
	start += len(text) - len(trimmed)
	trimmed = strings.TrimRight(trimmed, " \t\r")
	return diag.Span{Start: start, End: start + len(trimmed)}
}

// declSpan finds the IR declaration that was printed as d.
func declSpan(irf *ir.File, d *selfcheck.Decl) (diag.Span, bool) {
	for _, x := range irf.Decls {
		switch x := x.(type) {
		case *ir.FuncDecl:
			if d.Kind == "func" && x.Name == d.Name && (x.Recv == nil) == (d.Recv == "") &&
				(x.Recv == nil || recvTypeName(x.Recv.Type) == d.Recv) {
				return x.Span, true
			}
		case *ir.TypeDecl:
			if d.Kind == "type" && x.Name == d.Name {
				return x.Span, true
			}
		case *ir.VarDecl:
			if (d.Kind == "var" || d.Kind == "const") && x.Var.Name == d.Name {
				return x.Span, true
			}
		}
	}
	return diag.Span{}, false
}

// recvTypeName is the name of a receiver's base type.
func recvTypeName(t ir.Type) string {
	if p, ok := t.(*ir.Pointer); ok {
		t = p.Elem
	}
	if n, ok := t.(*ir.Named); ok {
		return n.Name
	}
	return ""
}

package frontend

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rs2go/rs2go/frontend/ast"
)

func gen(kind string, items []string, get func(*ast.File) any, wrap func(string) string) string {
	var b strings.Builder
	for _, s := range items {
		src := wrap(s)
		f, d := Parse("t.rs", []byte(src))
		if len(d) > 0 {
			fmt.Fprintf(&b, "\t// ERR %q\n", s)
			continue
		}
		fmt.Fprintf(&b, "\t{%q,\n\t\t%q},\n", s, sexpr(get(f)))
	}
	return b.String()
}

func TestGen(t *testing.T) {
	exprs := strings.Split(os.Getenv("EXPRS"), "\n")
	out := gen("expr", exprs, func(f *ast.File) any {
		return f.Items[0].(*ast.FnDecl).Body.Stmts[0].(*ast.LetStmt).Init
	}, func(s string) string { return "fn main() { let _ = " + s + "; }" })
	os.WriteFile("/tmp/gen_expr.txt", []byte(out), 0o644)
	pats := strings.Split(os.Getenv("PATS"), "\n")
	out = gen("pat", pats, func(f *ast.File) any {
		return f.Items[0].(*ast.FnDecl).Body.Tail.(*ast.MatchExpr).Arms[0].Pat
	}, func(s string) string { return "fn main() { match v { " + s + " => {} } }" })
	os.WriteFile("/tmp/gen_pat.txt", []byte(out), 0o644)
	types := strings.Split(os.Getenv("TYPES"), "\n")
	out = gen("type", types, func(f *ast.File) any {
		return f.Items[0].(*ast.FnDecl).Body.Stmts[0].(*ast.LetStmt).Type
	}, func(s string) string { return "fn main() { let x: " + s + "; }" })
	os.WriteFile("/tmp/gen_type.txt", []byte(out), 0o644)
	stmts := strings.Split(os.Getenv("STMTS"), "\n")
	out = gen("stmt", stmts, func(f *ast.File) any {
		return f.Items[0].(*ast.FnDecl).Body
	}, func(s string) string { return "fn main() { " + s + " }" })
	os.WriteFile("/tmp/gen_stmt.txt", []byte(out), 0o644)
	items := strings.Split(os.Getenv("ITEMS"), "\n")
	out = gen("item", items, func(f *ast.File) any {
		return f.Items[0]
	}, func(s string) string { return s })
	os.WriteFile("/tmp/gen_item.txt", []byte(out), 0o644)
}

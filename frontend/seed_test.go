package frontend

import (
	"os"
	"strings"
	"testing"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// TestParseFileEnv logs the AST of $RS2GO_PARSE (a debugging aid).
func TestParseFileEnv(t *testing.T) {
	f := os.Getenv("RS2GO_PARSE")
	if f == "" {
		t.Skip("RS2GO_PARSE not set")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	file, d := Parse(f, src)
	if len(d) > 0 {
		t.Log(d.Format(diag.NewSource(f, src)))
	}
	if file != nil {
		for _, it := range file.Items {
			t.Log(sexpr(it))
		}
	}
}

// seedPrograms extracts the ```rust blocks of the seed document.
func seedPrograms(t *testing.T) []string {
	b, err := os.ReadFile("../../shared/seed/rust-threads.md")
	if err != nil {
		t.Skip("seed document not found")
	}
	var out []string
	parts := strings.Split(string(b), "``` rust\n")
	for _, p := range parts[1:] {
		if i := strings.Index(p, "```"); i >= 0 {
			out = append(out, p[:i])
		}
	}
	return out
}

func TestSeedPrograms(t *testing.T) {
	for i, prog := range seedPrograms(t) {
		f, d := Parse("seed.rs", []byte(prog))
		if len(d) > 0 {
			t.Errorf("seed %d:\n%s", i, d.Format(diag.NewSource("seed.rs", []byte(prog))))
			continue
		}
		if bad := badNodes(f); len(bad) > 0 {
			t.Errorf("seed %d: %v", i, bad)
		}
	}
}

const seedSpawn = `use std::thread;
use std::time::Duration;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        for i in 1..10 {
            println!("hi {} {:?}", i, v);
            thread::sleep(Duration::from_millis(1));
        }
    });
    thread::spawn(|| {});
    handle.join().unwrap();
}
`

// TestSeedShape checks the exact AST of the seed's constructs.
func TestSeedShape(t *testing.T) {
	f, d := Parse("spawn.rs", []byte(seedSpawn))
	if len(d) > 0 {
		t.Fatal(d)
	}
	if len(f.Items) != 3 {
		t.Fatalf("got %d items", len(f.Items))
	}
	use := f.Items[1].(*ast.UseDecl)
	if got := sexpr(use.Tree); got != `UseTree{Path:[std time Duration]}` {
		t.Errorf("use: %s", got)
	}
	main := f.Items[2].(*ast.FnDecl)
	if main.Name.Name != "main" || main.Body == nil || len(main.Body.Stmts) != 4 {
		t.Fatalf("main: %s", sexpr(main))
	}
	want := []string{
		`LetStmt{Pat:IdentPat{Name:v} Init:MacroExpr{Name:vec Args:[LitExpr{Text:"1"} LitExpr{Text:"2"} LitExpr{Text:"3"}]}}`,
		`LetStmt{Pat:IdentPat{Name:handle} Init:CallExpr{Fun:PathExpr{Path:thread::spawn} Args:[ClosureExpr{Move:true Body:BlockExpr{Tail:ForExpr{Pat:IdentPat{Name:i} Iter:RangeExpr{Lo:LitExpr{Text:"1"} Hi:LitExpr{Text:"10"}} Body:BlockExpr{Stmts:[ExprStmt{X:MacroExpr{Name:println Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"hi {} {:?}\"" Value:"hi {} {:?}"} Pieces:[FmtPiece{Lit:"hi " Arg:-1} FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}} FmtPiece{Lit:" " Arg:-1} FmtPiece{Arg:1 Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1} Verb:"?"}}] Args:[FmtArg{Value:PathExpr{Path:i}} FmtArg{Value:PathExpr{Path:v}}]}} Semi:true} ExprStmt{X:CallExpr{Fun:PathExpr{Path:thread::sleep} Args:[CallExpr{Fun:PathExpr{Path:Duration::from_millis} Args:[LitExpr{Text:"1"}]}]} Semi:true}]}}}}]}}`,
		`ExprStmt{X:CallExpr{Fun:PathExpr{Path:thread::spawn} Args:[ClosureExpr{Body:BlockExpr{}}]} Semi:true}`,
		`ExprStmt{X:MethodCallExpr{Recv:MethodCallExpr{Recv:PathExpr{Path:handle} Name:join} Name:unwrap} Semi:true}`,
	}
	for i, w := range want {
		if got := sexpr(main.Body.Stmts[i]); got != w {
			t.Errorf("stmt %d:\n got %s\nwant %s", i, got, w)
		}
	}
	// Spans point at the source text.
	call := main.Body.Stmts[1].(*ast.LetStmt).Init.(*ast.CallExpr)
	if s := call.Span; seedSpawn[s.Start:s.Start+13] != "thread::spawn" {
		t.Errorf("call span %v", s)
	}
	cl := call.Args[0].(*ast.ClosureExpr)
	mac := cl.Body.(*ast.BlockExpr).Tail.(*ast.ForExpr).Body.Stmts[0].(*ast.ExprStmt).X.(*ast.MacroExpr)
	if s := mac.Format.Pieces[1].Span; seedSpawn[s.Start:s.End] != "{}" {
		t.Errorf("placeholder span %q", seedSpawn[s.Start:s.End])
	}
	if s := mac.Format.Args[1].Value.Pos(); seedSpawn[s.Start:s.End] != "v" {
		t.Errorf("arg span %q", seedSpawn[s.Start:s.End])
	}
}

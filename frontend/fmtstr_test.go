package frontend

import (
	"strings"
	"testing"

	"github.com/rs2go/rs2go/frontend/ast"
)

// macroOf parses `fn main() { let _ = MACRO; }` and returns the macro.
func macroOf(t *testing.T, mac string) (*ast.MacroExpr, string) {
	t.Helper()
	src := "fn main() { let _ = " + mac + "; }"
	f, d := Parse("t.rs", []byte(src))
	if len(d) > 0 {
		t.Fatalf("%s: %s", mac, formatDiags(src, d))
	}
	return letInit(f).(*ast.MacroExpr), src
}

// pieces renders format pieces compactly: "lit" or {arg:spec}.
func pieces(fa *ast.FormatArgs) string {
	var b strings.Builder
	for _, p := range fa.Pieces {
		if p.Arg < 0 && p.Lit != "" {
			b.WriteString("\"" + p.Lit + "\" ")
			continue
		}
		b.WriteString(sexpr(p) + " ")
	}
	return strings.TrimSpace(b.String())
}

func TestFormatSpecs(t *testing.T) {
	cases := []struct{ mac, want string }{
		{`println!("{}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:?}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1} Verb:"?"}}`},
		{`println!("{:#?}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Alt:true Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1} Verb:"?"}}`},
		{`println!("{0} {0}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}} " " FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:>8.3}", 1.0)`, `FmtPiece{Spec:FmtSpec{Fill:32 Align:62 Width:FmtCount{Set:true N:8 Arg:-1} Prec:FmtCount{Set:true N:3 Arg:-1}}}`},
		{`println!("{:#x}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Alt:true Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1} Verb:"x"}}`},
		{`println!("{:08.2}", 1.0)`, `FmtPiece{Spec:FmtSpec{Fill:32 Zero:true Width:FmtCount{Set:true N:8 Arg:-1} Prec:FmtCount{Set:true N:2 Arg:-1}}}`},
		{`println!("{:<w$}", 1, w = 3)`, `FmtPiece{Spec:FmtSpec{Fill:32 Align:60 Width:FmtCount{Set:true Arg:1 IsArg:true} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:1$}", 1, 3)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Set:true Arg:1 IsArg:true} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:.*}", 3, 1.5)`, `FmtPiece{Arg:1 Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Set:true IsArg:true}}}`},
		{`println!("{:*^10}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:42 Align:94 Width:FmtCount{Set:true N:10 Arg:-1} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:0>5}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:48 Align:62 Width:FmtCount{Set:true N:5 Arg:-1} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:é<3}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:233 Align:60 Width:FmtCount{Set:true N:3 Arg:-1} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:+}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Sign:43 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}`},
		{`println!("{:x?}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1} Verb:"x?"}}`},
		{`println!("{:#010b}", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Alt:true Zero:true Width:FmtCount{Set:true N:10 Arg:-1} Prec:FmtCount{Arg:-1} Verb:"b"}}`},
		{`println!("{:e}", 1.0)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1} Verb:"e"}}`},
		{`println!("{x:>w$.p$}", x = 1, w = 2, p = 3)`, `FmtPiece{Spec:FmtSpec{Fill:32 Align:62 Width:FmtCount{Set:true Arg:1 IsArg:true} Prec:FmtCount{Set:true Arg:2 IsArg:true}}}`},
		{`println!("{ }", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}`},
		{`println!("a{{b}}c")`, `"a{b}c"`},
		{`println!("{{{}}}", 1)`, `"{" FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}} "}"`},
		{`println!(r"{}\n", 1)`, `FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}} "\n"`},
	}
	for _, c := range cases {
		m, _ := macroOf(t, c.mac)
		if got := pieces(m.Format); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.mac, got, c.want)
		}
	}
}

func TestFormatArgs(t *testing.T) {
	m, src := macroOf(t, `println!("a\t{x} {} {y} {z:w$}", 1, y = 2, z = 3)`)
	fa := m.Format
	if got := sexpr(fa.Args); got != `[FmtArg{Value:LitExpr{Text:"1"}} FmtArg{Name:"y" Value:LitExpr{Text:"2"}} FmtArg{Name:"z" Value:LitExpr{Text:"3"}} FmtArg{Name:"x" Value:PathExpr{Path:x} Implicit:true} FmtArg{Name:"w" Value:PathExpr{Path:w} Implicit:true}]` {
		t.Errorf("args: %s", got)
	}
	var args []int
	var spans []string
	for _, p := range fa.Pieces {
		if p.Arg >= 0 {
			args = append(args, p.Arg)
			spans = append(spans, src[p.Span.Start:p.Span.End])
		}
	}
	if got := sexpr(args); got != "[3 0 1 2]" {
		t.Errorf("piece args %s", got)
	}
	if got := strings.Join(spans, " "); got != "{x} {} {y} {z:w$}" {
		t.Errorf("piece spans %q", got)
	}
	x := fa.Args[3].Value.Pos()
	if src[x.Start:x.End] != "x" {
		t.Errorf("implicit capture span %q", src[x.Start:x.End])
	}
	if w := fa.Pieces[len(fa.Pieces)-1].Spec.Width; w.Arg != 4 || !w.IsArg {
		t.Errorf("width %+v", w)
	}
}

func TestFormatMacros(t *testing.T) {
	cases := []struct{ mac, want string }{
		{`println!()`, `MacroExpr{Name:println}`},
		{`print!("x")`, `MacroExpr{Name:print Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"x\"" Value:"x"} Pieces:[FmtPiece{Lit:"x" Arg:-1}]}}`},
		{`panic!()`, `MacroExpr{Name:panic}`},
		{`eprintln!("{}", 1,)`, `MacroExpr{Name:eprintln Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"{}\"" Value:"{}"} Pieces:[FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}] Args:[FmtArg{Value:LitExpr{Text:"1"}}]}}`},
		{`assert!(a == b)`, `MacroExpr{Name:assert Args:[BinaryExpr{Op:"==" X:PathExpr{Path:a} Y:PathExpr{Path:b}}]}`},
		{`assert!(a, "m {}", 1)`, `MacroExpr{Name:assert Args:[PathExpr{Path:a}] Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"m {}\"" Value:"m {}"} Pieces:[FmtPiece{Lit:"m " Arg:-1} FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}] Args:[FmtArg{Value:LitExpr{Text:"1"}}]}}`},
		{`assert_eq!(a, b)`, `MacroExpr{Name:assert_eq Args:[PathExpr{Path:a} PathExpr{Path:b}]}`},
		{`debug_assert_ne!(a, b, "x")`, `MacroExpr{Name:debug_assert_ne Args:[PathExpr{Path:a} PathExpr{Path:b}] Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"x\"" Value:"x"} Pieces:[FmtPiece{Lit:"x" Arg:-1}]}}`},
		{`writeln!(f)`, `MacroExpr{Name:writeln Args:[PathExpr{Path:f}]}`},
		{`write!(f, "{}", x)`, `MacroExpr{Name:write Args:[PathExpr{Path:f}] Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"{}\"" Value:"{}"} Pieces:[FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}] Args:[FmtArg{Value:PathExpr{Path:x}}]}}`},
		{`vec![]`, `MacroExpr{Name:vec}`},
		{`vec![1, 2,]`, `MacroExpr{Name:vec Args:[LitExpr{Text:"1"} LitExpr{Text:"2"}]}`},
		{`vec![0u8; n]`, `MacroExpr{Name:vec Args:[LitExpr{Text:"0" Suffix:"u8"} PathExpr{Path:n}] Repeat:true}`},
		{`vec!(1)`, `MacroExpr{Name:vec Args:[LitExpr{Text:"1"}]}`},
		{`matches!(x, Some(1) | None if c)`, `MacroExpr{Name:matches Args:[PathExpr{Path:x}] Pat:OrPat{Alts:[TupleStructPat{Path:Some Elems:[LitPat{Lit:LitExpr{Text:"1"}}]} IdentPat{Name:None}]} Guard:PathExpr{Path:c}}`},
		{`matches!(x, 1..=5,)`, `MacroExpr{Name:matches Args:[PathExpr{Path:x}] Pat:RangePat{Lo:LitExpr{Text:"1"} Hi:LitExpr{Text:"5"} Inclusive:true}}`},
		{`matches!(f(a, b), (1, 2))`, `MacroExpr{Name:matches Args:[CallExpr{Fun:PathExpr{Path:f} Args:[PathExpr{Path:a} PathExpr{Path:b}]}] Pat:TuplePat{Elems:[LitPat{Lit:LitExpr{Text:"1"}} LitPat{Lit:LitExpr{Text:"2"}}]}}`},
		{`my_macro!(1, x + 2)`, `MacroExpr{Name:my_macro Args:[LitExpr{Text:"1"} BinaryExpr{Op:"+" X:PathExpr{Path:x} Y:LitExpr{Text:"2"}}]}`},
		{`my_macro!(a b c)`, `MacroExpr{Name:my_macro BadArgs:true}`},
		{`std::println!("x")`, `MacroExpr{Name:println Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"x\"" Value:"x"} Pieces:[FmtPiece{Lit:"x" Arg:-1}]}}`},
		{`format!("{}", vec![format!("{x}")])`, `MacroExpr{Name:format Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"{}\"" Value:"{}"} Pieces:[FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}] Args:[FmtArg{Value:MacroExpr{Name:vec Args:[MacroExpr{Name:format Format:FormatArgs{Str:LitExpr{Kind:2 Text:"\"{x}\"" Value:"{x}"} Pieces:[FmtPiece{Spec:FmtSpec{Fill:32 Width:FmtCount{Arg:-1} Prec:FmtCount{Arg:-1}}}] Args:[FmtArg{Name:"x" Value:PathExpr{Path:x} Implicit:true}]}}]}}]}}`},
	}
	for _, c := range cases {
		m, _ := macroOf(t, c.mac)
		if got := sexpr(m); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.mac, got, c.want)
		}
	}
}

// TestMacroSpans checks that re-parsed arguments carry file offsets.
func TestMacroSpans(t *testing.T) {
	m, src := macroOf(t, `println!("{} {}", a + b, vec![c, d])`)
	check := func(e ast.Node, want string) {
		t.Helper()
		s := e.Pos()
		if got := src[s.Start:s.End]; got != want {
			t.Errorf("span %q, want %q", got, want)
		}
	}
	check(m, `println!("{} {}", a + b, vec![c, d])`)
	check(m.Format.Str, `"{} {}"`)
	check(m.Format.Args[0].Value, "a + b")
	v := m.Format.Args[1].Value.(*ast.MacroExpr)
	check(v, "vec![c, d]")
	check(v.Args[1], "d")
}

func TestFormatErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{`println!("{} {}", x);`, `2:11: 2 positional arguments in format string, but there is 1 argument`},
		{`println!("{}");`, `2:11: 1 positional argument in format string, but no arguments were given`},
		{`println!("{} {} {}", 1, 2);`, `2:11: 3 positional arguments in format string, but there are 2 arguments`},
		{`println!("{}", x, y);`, `2:19: argument never used`},
		{`println!("", x, y);`, `2:14: multiple unused formatting arguments`},
		{`println!("{}", x, a = 1);`, `2:23: named argument never used`},
		{`println!("{", x);`, `2:11: invalid format string: expected ` + "`}`" + ` but string was terminated`},
		{`println!("}", x);`, `2:11: invalid format string: unmatched ` + "`}`" + ` found`},
		{`println!("{:y}", x);`, `2:13: unknown format trait ` + "`y`"},
		{`println!("{0x}", x);`, `2:12: invalid format string: invalid argument name ` + "`0x`"},
		{`println!("{:10", x);`, `2:11: invalid format string: expected ` + "`}`" + ` but string was terminated`},
		{`println!("{0:.}", x);`, `invalid format string`},
		{`println!("{2}", x);`, `2:11: invalid reference to positional argument 2 (there is 1 argument)`},
		{`println!("{}", a = 1, 2);`, `2:23: positional arguments cannot follow named arguments`},
		{`println!("{a}", a = 1, a = 2);`, `duplicate argument named ` + "`a`"},
		{`println!(x);`, `2:10: format argument must be a string literal`},
		{`panic!(msg);`, `2:8: format argument must be a string literal`},
		{`println!("\t{} {}", x);`, `2:13: 2 positional arguments`},
		{`println!("{}" x);`, `2:15: syntax error near ` + "`x`"},
		{`vec![1 2];`, `syntax error near`},
		{`assert_eq!(a);`, "`assert_eq!` takes at least 2 arguments"},
		{`matches!(x);`, `expected a pattern`},
		{`let s = "\q";`, `2:10: unknown character escape: ` + "`q`"},
		{`let s = "\x80";`, `2:10: out of range hex escape`},
		{`let c = '\u{110000}';`, `invalid unicode character escape`},
	}
	for _, c := range cases {
		expectErr(t, "fn main() {\n"+c.src+"\n}", c.want)
	}
}

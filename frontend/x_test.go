package frontend

import (
	"testing"

	"github.com/rs2go/rs2go/frontend/ast"
)

func TestShowExprs(t *testing.T) {
	for _, s := range []string{
		"1_000u64", "1e3", "2.", "1f32", "0x1F_u8", "0xff", "0b1010i8", "1.5e-3f64", "'a'", "'\\u{1F600}'", "b'\\x41'", "'\\''",
		`"a\n\t\\\"\'\0\x41\u{1F600}"`, "\"a\\\n     b\"", `r"a\n"`, `r#"x"y"#`, `b"ab\xff"`, `br"\x"`, "true",
		"-2i64", "!x", "*x", "&x", "&mut x", "&&x", "a + b * c", "a = b", "a += 1", "a <<= 2",
		"f(1, 2)", "x.m::<i32>(1)", "x.f", "t.0", "t.0.1", "a[1]", "x as u8", "x?", "(x)", "(1,)", "()", "[1, 2]", "[0; 3]",
		"Point { x, y: 1, ..d }", "S::<T> { a: 1 }", "1..2", "..", "a..", "..=b", "a..=b",
		"|x| x + 1", "move |a: i32, (b, c)| -> i32 { a }", "|_| ()", "Vec::<i32>::new()", "parse::<i32>", "<T as Tr>::f()",
		"if let Some(x) = y && z { 1 } else if c { 2 } else { 3 }", "match x { 1 | 2 => a, Some(y) if y > 0 => b, _ => {} }",
		"'outer: loop { break 'outer 5; }", "'a: { break 'a 1 }", "while let Some(x) = it.next() { continue 'l; }",
		"for (i, x) in v.iter().enumerate() {}", "unsafe { 1 }", "async { 1 }", "x.await", "return", "{ let x = 1; x }",
		"matches!(x, Some(1) | None if c)", "matches!(x, 1..=5,)", "vec![]", "vec![0u8; n]", "format!(\"{x} {y:>5} {0:.*} {:#?}\", 3, 1.5, y = 2)",
		"assert!(a == b)", "assert!(a, \"msg {}\", 1)", "assert_eq!(a, b)", "assert_ne!(a, b, \"{}\", c)", "write!(f, \"{}\", x)",
		"panic!()", "unreachable!()", "my_macro!(1, 2)", "my_macro!(a b c)", "std::println!(\"x\")", "println!(\"{:>8.3} {:#x} {:08.2} {:<w$} {{}} {:+} {:*^10}\", 1.0, 255, 2.5, 3, 4, 5, w = 4)",
	} {
		src := "fn main() { let _ = " + s + "; }"
		f, d := Parse("t.rs", []byte(src))
		if len(d) > 0 {
			t.Logf("%s\n  ERR %s", s, formatDiags(src, d))
			continue
		}
		l := f.Items[0].(*ast.FnDecl).Body.Stmts[0].(*ast.LetStmt)
		t.Logf("%s\n  %s", s, sexpr(l.Init))
	}
}

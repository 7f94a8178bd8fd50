package frontend

import (
	"testing"

	"github.com/rs2go/rs2go/frontend/ast"
)

func TestStringValues(t *testing.T) {
	cases := []struct{ lit, want string }{
		{"\"a\\\n     b\"", "ab"},
		{"\"a\\\r\n  \t b\"", "ab"},
		{"\"a\r\nb\"", "a\nb"},
		{"r\"a\r\nb\"", "a\nb"},
		{`"\u{48}\u{20AC}\x7f"`, "H€\x7f"},
		{`b"\x80\n"`, "\x80\n"},
		{`'\0'`, "\x00"},
		{`'é'`, "é"},
		{`b'\''`, "'"},
		{`r##"a"#b"##`, "a\"#b"},
	}
	for _, c := range cases {
		src := "fn main() { let _ = " + c.lit + "; }"
		f, d := Parse("t.rs", []byte(src))
		if len(d) > 0 {
			t.Errorf("%q: %s", c.lit, formatDiags(src, d))
			continue
		}
		l := letInit(f).(*ast.LitExpr)
		if l.Value != c.want {
			t.Errorf("%q: value %q, want %q", c.lit, l.Value, c.want)
		}
		if s := l.Span; src[s.Start:s.End] != c.lit {
			t.Errorf("%q: span %q", c.lit, src[s.Start:s.End])
		}
	}
}

func TestNumberLiterals(t *testing.T) {
	cases := []struct {
		lit          string
		kind         ast.LitKind
		text, suffix string
	}{
		{"1_000u64", ast.IntLit, "1000", "u64"},
		{"0x1f32", ast.IntLit, "0x1f32", ""},
		{"0xABu8", ast.IntLit, "0xAB", "u8"},
		{"1f64", ast.FloatLit, "1", "f64"},
		{"1e3", ast.FloatLit, "1e3", ""},
		{"2.", ast.FloatLit, "2.", ""},
		{"1_000.000_1f32", ast.FloatLit, "1000.0001", "f32"},
		{"7usize", ast.IntLit, "7", "usize"},
		{"0b1111_0000u8", ast.IntLit, "0b11110000", "u8"},
		{"340282366920938463463374607431768211455u128", ast.IntLit, "340282366920938463463374607431768211455", "u128"},
	}
	for _, c := range cases {
		src := "fn main() { let _ = " + c.lit + "; }"
		f, d := Parse("t.rs", []byte(src))
		if len(d) > 0 {
			t.Errorf("%q: %s", c.lit, formatDiags(src, d))
			continue
		}
		l := letInit(f).(*ast.LitExpr)
		if l.Kind != c.kind || l.Text != c.text || l.Suffix != c.suffix {
			t.Errorf("%q: got %d %q %q, want %d %q %q", c.lit, l.Kind, l.Text, l.Suffix, c.kind, c.text, c.suffix)
		}
	}
}

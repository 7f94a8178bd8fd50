package frontend

import (
	"strings"
	"testing"

	"github.com/rs2go/rs2go/frontend/diag"
)

// expectErr parses src and wants one of its diagnostics to render as want
// ("L:C: message" after the file name).
func expectErr(t *testing.T, src, want string) {
	t.Helper()
	f, d := Parse("t.rs", []byte(src))
	if len(d) == 0 {
		t.Errorf("%q: no error, want %q", src, want)
		return
	}
	got := formatDiags(src, d)
	if !strings.Contains(got, want) {
		t.Errorf("%q:\n got %s\nwant %s", src, got, want)
	}
	for _, x := range d {
		if x.Span.Start < 0 || x.Span.End > len(src) || x.Span.Start > x.Span.End {
			t.Errorf("%q: span %v outside the file", src, x.Span)
		}
	}
	_ = f
}

// formatDiags renders diagnostics as "L:C: msg" lines.
func formatDiags(src string, d diag.List) string {
	s := diag.NewSource("t.rs", []byte(src))
	var b strings.Builder
	for _, x := range d.Sorted() {
		p := s.Position(x.Span.Start)
		b.WriteString(strings.TrimPrefix(s.Loc(x.Span.Start), "t.rs:") + ": " + x.Msg + "\n")
		_ = p
	}
	return b.String()
}

func TestInputChecks(t *testing.T) {
	expectErr(t, "fn main() {}\n\xff\xfe", "2:1: couldn't read t.rs: stream did not contain valid UTF-8")
	expectErr(t, "fn main() {\x00}", "1:12: file contains a NUL byte")
	big := strings.Repeat(" ", MaxFileSize+1)
	expectErr(t, big, "file is too large")

	f, d := Parse("t.rs", []byte("\uFEFFfn main() {}"))
	if len(d) > 0 || f == nil || len(f.Items) != 1 {
		t.Fatalf("BOM: %v", d)
	}
	if sp := f.Items[0].Pos(); sp.Start != 3 {
		t.Errorf("BOM: item starts at %d, want 3", sp.Start)
	}
	f, d = Parse("t.rs", nil)
	if len(d) > 0 || f == nil || len(f.Items) != 0 {
		t.Errorf("empty input: %v %v", f, d)
	}
	f, d = Parse("t.rs", []byte("fn main() {\r\n    let s = \"a\r\nb\";\r\n}\r\n"))
	if len(d) > 0 || f == nil {
		t.Fatalf("CRLF: %v", d)
	}
	if got := sexpr(f.Items[0]); !strings.Contains(got, `Value:"a\nb"`) {
		t.Errorf("CRLF string: %s", got)
	}
}

func TestSyntaxErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"fn main() {\n    let x = 1\n}\n", "2:14: expected `;`"},
		{"fn main() {\n    let x = 1 + ;\n}\n", "2:"},
		{"fn main() {\n    foo(;\n}\n", "3:1: mismatched closing delimiter: `}`"},
		{"fn main() {\n    let s = \"abc;\n}\n", "2:13: unterminated double quote string"},
		{"fn main() {\n    if x {\n}\n", "1:11: this file contains an unclosed delimiter"},
		{"fn main() {\n    x)\n}\n", "2:6: mismatched closing delimiter: `)`"},
		{"fn main() {}\n}\n", "2:1: unexpected closing delimiter: `}`"},
		{"fn main() { let c = '\\n; }\n", "unterminated character literal"},
		{"fn main() { /* x }\n", "1:13: unterminated block comment"},
		{"fn main() { let r = r#\"abc\"; }\n", "unterminated raw string"},
		{"fn main() {\n    let = 5;\n}\n", "2:"},
		{"struct S { a: i32 b: i32 }\n", "1:"},
		{"fn main() {\n    let x = 1 + ;\n}\n", "2:16: expected expression, found `;`"},
		{"fn main() {\n    match x { 1 => }\n}\n", "2:19: expected expression, found `}`"},
	}
	for _, c := range cases {
		expectErr(t, c.src, c.want)
		f, _ := Parse("t.rs", []byte(c.src))
		if f != nil {
			t.Errorf("%q: a file came back with syntax errors", c.src)
		}
	}
}

func TestNesting(t *testing.T) {
	deep := func(n int) string {
		return "fn main() { let x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "; }"
	}
	if _, d := Parse("t.rs", []byte(deep(100))); len(d) > 0 {
		t.Errorf("100 levels: %v", d)
	}
	expectErr(t, deep(300), "expression nested too deeply (limit 256)")
	expectErr(t, deep(10000), "expression nested too deeply (limit 256)")
	blocks := "fn main() " + strings.Repeat("{", 10000) + strings.Repeat("}", 10000)
	expectErr(t, blocks, "expression nested too deeply (limit 256)")
	mac := "fn main() { let v = " + strings.Repeat("vec![", 300) + strings.Repeat("]", 300) + "; }"
	expectErr(t, mac, "expression nested too deeply (limit 256)")
}

// TestLongChains: method chains and sums are long, not deep.
func TestLongChains(t *testing.T) {
	chain := "fn main() { let x = a" + strings.Repeat(".f()", 3000) + strings.Repeat(" + 1", 3000) + "; " +
		strings.Repeat("if a { 1 } else ", 1000) + "{ 2 }; }"
	f, d := Parse("t.rs", []byte(chain))
	if len(d) > 0 || f == nil {
		t.Fatalf("long chain: %v", d)
	}
}

// TestConvertErrors covers errors found while converting (the tree itself
// has no syntax error): they come with a File.
func TestConvertErrors(t *testing.T) {
	expectErr(t, "fn main() {\n    bar(,);\n}\n", "2:9: expected expression, found `,`")
	expectErr(t, "fn main() {\n    let v = (,);\n}\n", "2:14: syntax error near `,`")
	expectErr(t, "fn main() {\n    let v = vec![,];\n}\n", "2:18: expected expression, found `,`")
	expectErr(t, "fn main() {\n    println!(\"{}\",, 1);\n}\n", "2:18: syntax error near `,`")
}

// Found with the fuzz targets and the bad-input scripts (issue 6).
func TestUnterminatedCommentAtEOF(t *testing.T) {
	// tree-sitter accepts a block comment that runs to the end of the file.
	expectErr(t, "fn main() {}\n/* abc\n   def\n", "2:1: unterminated block comment")
	expectErr(t, "fn main() {}\n/* /* nested */\n", "2:1: unterminated block comment")
	expectErr(t, "fn main() {}\n/*/", "2:1: unterminated block comment")
	for _, ok := range []string{"fn main() {}\n/**/", "fn main() {}\n/* /* */ */", "fn main() {} /***/"} {
		if _, d := Parse("t.rs", []byte(ok)); len(d) > 0 {
			t.Errorf("%q: %v", ok, d)
		}
	}
}

func TestShebang(t *testing.T) {
	for _, src := range []string{
		"#!/usr/bin/env run-cargo-script\nfn main() {}\n",
		"\uFEFF#!/bin/x\nfn main() {}\n",
		"#!\nfn main() {}",
		"#![allow(unused)]\nfn main() {}\n", // an inner attribute, not a shebang
	} {
		f, d := Parse("t.rs", []byte(src))
		if len(d) > 0 || f == nil || len(f.Items) != 1 {
			t.Errorf("%q: %v", src, d)
		}
	}
}

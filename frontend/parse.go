// This file holds the entry point: input checks, the tree-sitter parse,
// syntax-error reporting, and the converter state shared by the other files.

package frontend

import (
	"bytes"
	"time"
	"unicode/utf8"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// MaxFileSize is the largest source file Parse accepts.
const MaxFileSize = 8 << 20

// maxSyntaxErrors caps how many syntax errors one parse reports.
const maxSyntaxErrors = 5

// Parse parses one Rust file into the rs2go AST. On a syntax error it
// returns a nil File and the errors; other diagnostics (bad format strings,
// invalid escapes) come with the File.
func Parse(name string, src []byte) (*ast.File, diag.List) {
	return parse(name, src, true)
}

// ParseTrusted parses a file rs2go itself ships (the std model) without
// the time limit that guards against tree-sitter's endless error
// recovery: on a starved machine the limit, which is wall-clock time,
// could otherwise fail a file that parses in milliseconds.
func ParseTrusted(name string, src []byte) (*ast.File, diag.List) {
	return parse(name, src, false)
}

func parse(name string, src []byte, timed bool) (*ast.File, diag.List) {
	var d diag.List
	buf, ok := checkInput(name, src, &d)
	if !ok {
		return nil, d
	}
	root, deep, ok := tsParse(buf, 0, timed)
	if !ok {
		d.Errorf(span(0, 0), "", "the parser gave up on this file after %v (its error recovery does not end on this input): check its syntax", parseLimit(len(buf)).Round(100*time.Millisecond))
		return nil, d
	}
	if hasSyntaxErrors(root) {
		reportSyntax(root, buf, &d)
		return nil, d
	}
	c := &conv{src: buf, diags: &d, timed: timed}
	for _, n := range deep {
		c.tooDeep(n)
	}
	if len(d) > 0 {
		return nil, d
	}
	f := &ast.File{Name: name, Src: src, Span: span(0, len(src))}
	f.Items = c.items(root.kids)
	return f, d
}

// checkInput rejects input that is not a Rust source file and returns the
// bytes to parse: a leading BOM becomes spaces, so offsets stay those of src.
func checkInput(name string, src []byte, d *diag.List) ([]byte, bool) {
	if len(src) > MaxFileSize {
		d.Errorf(span(0, 0), "", "file is too large (%d bytes; the limit is %d)", len(src), MaxFileSize)
		return nil, false
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		d.Errorf(span(i, i+1), "", "file contains a NUL byte: not a text file")
		return nil, false
	}
	if !utf8.Valid(src) {
		i := firstInvalidUTF8(src)
		d.Errorf(span(i, i+1), "", "couldn't read %s: stream did not contain valid UTF-8", name)
		return nil, false
	}
	buf := src
	if bytes.HasPrefix(buf, []byte("\uFEFF")) {
		buf = append([]byte(nil), src...)
		copy(buf, "   ")
	}
	if n := shebangLen(buf); n > 0 {
		if &buf[0] == &src[0] {
			buf = append([]byte(nil), src...)
		}
		for i := range n {
			buf[i] = ' '
		}
	}
	return buf, true
}

// shebangLen returns the length of a shebang line (`#!/usr/bin/env …`)
// that starts the file, which rustc skips; 0 when there is none. `#![…]`
// (an inner attribute, possibly after whitespace and comments) is not one.
func shebangLen(src []byte) int {
	i := 0
	for i < len(src) && src[i] == ' ' { // where a BOM was
		i++
	}
	if !bytes.HasPrefix(src[i:], []byte("#!")) {
		return 0
	}
	end := bytes.IndexByte(src[i:], '\n')
	if end < 0 {
		end = len(src) - i
	}
	rest := bytes.TrimLeft(src[i+2:], " \t\r\n")
	if bytes.HasPrefix(rest, []byte("[")) {
		return 0
	}
	return i + end
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

func span(s, e int) diag.Span { return diag.Span{Start: s, End: e} }

// conv converts the light tree into the AST. src is the whole file (macro
// arguments are re-parsed, and their nodes shifted back into file offsets).
type conv struct {
	src   []byte
	diags *diag.List
	nest  int  // nesting depth of macro re-parses, to bound recursion
	timed bool // parses have a time limit (Parse, not ParseTrusted)
}

func (c *conv) text(n *node) string { return string(c.src[n.start:n.end]) }

func (c *conv) sp(n *node) diag.Span { return span(n.start, n.end) }

func (c *conv) errorf(n *node, format string, args ...any) {
	c.diags.Errorf(c.clamp(span(n.start, n.end)), "", format, args...)
}

// clamp keeps a span inside the file.
func (c *conv) clamp(s diag.Span) diag.Span {
	n := len(c.src)
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// tooDeep reports a node cut off by the nesting limit.
// It is a limit of rs2go, not a Rust error: error[unsupported].
func (c *conv) tooDeep(n *node) {
	if n.nest <= maxNest {
		c.diags.Unsupported(c.clamp(span(n.start, n.end)), "code nested or chained too deeply (limit %d levels of syntax)", maxDepth)
		return
	}
	c.diags.Unsupported(c.clamp(span(n.start, n.end)), "expression nested too deeply (limit %d)", maxNest)
}

// ident makes an Ident from an identifier-like node; r#name loses its r#.
func (c *conv) ident(n *node) ast.Ident {
	if n == nil {
		return ast.Ident{}
	}
	s := c.text(n)
	if len(s) > 2 && s[0] == 'r' && s[1] == '#' {
		s = s[2:]
	}
	return ast.Ident{Name: s, Span: c.sp(n)}
}

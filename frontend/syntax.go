// This file reports syntax errors. tree-sitter recovers from errors with
// ERROR and MISSING nodes whose placement is not always where a reader
// would look, so unbalanced delimiters and unterminated literals are found
// first by a small lexical scan, and only then are the tree's error nodes
// turned into messages.

package frontend

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rs2go/rs2go/frontend/diag"
)

// walk visits n and its descendants in source order without recursion;
// visit returns false to skip a node's children.
func walk(n *node, visit func(*node) bool) {
	stack := []*node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(n) {
			continue
		}
		for i := len(n.kids) - 1; i >= 0; i-- {
			stack = append(stack, n.kids[i])
		}
	}
}

func hasSyntaxErrors(root *node) bool {
	found := false
	walk(root, func(n *node) bool {
		if n.isErr || n.missing {
			found = true
		}
		return !found
	})
	return found
}

// reportSyntax reports the syntax errors of a tree that has some.
func reportSyntax(root *node, src []byte, d *diag.List) {
	if lexErrors(src, d) {
		return
	}
	reportTreeErrors(root, src, d, 0)
	if len(*d) == 0 {
		d.Errorf(span(0, 0), "", "syntax error")
	}
}

// reportTreeErrors turns ERROR and MISSING nodes into messages, shifted by
// shift bytes (for re-parsed macro arguments: see macro.go).
func reportTreeErrors(root *node, src []byte, d *diag.List, shift int) {
	n0 := len(*d)
	lastLine := -1
	type item struct{ n, parent *node }
	stack := []item{{root, nil}}
	for len(stack) > 0 && len(*d)-n0 < maxSyntaxErrors {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if !n.isErr && !n.missing {
			for i := len(n.kids) - 1; i >= 0; i-- {
				stack = append(stack, item{n.kids[i], n})
			}
			continue
		}
		s, msg := treeError(n, it.parent, src, shift)
		s = clampSpan(s, len(src))
		if line := lineOf(src, s.Start); line != lastLine {
			d.Errorf(s, "", "%s", msg)
			lastLine = line
		}
	}
}

// treeError describes one ERROR or MISSING node.
func treeError(n, parent *node, src []byte, shift int) (diag.Span, string) {
	if n.missing {
		at := n.start + shift
		what := n.kind
		switch {
		case n.named && inExprPosition(n, parent):
			what = "expression"
		case n.named:
			what = kindWords(what)
		default:
			what = "`" + what + "`"
		}
		return span(at, at), "expected " + what + foundTok(src, at)
	}
	bad := n
	for _, k := range n.kids {
		if !k.named || k.isErr {
			bad = k
			break
		}
	}
	for len(bad.kids) > 0 {
		bad = bad.kids[0]
	}
	s := span(bad.start+shift, bad.end+shift)
	tok := ""
	if s.Start >= 0 && s.End <= len(src) && s.Start <= s.End {
		tok = string(src[s.Start:s.End])
	}
	if tok == "" {
		return s, "syntax error"
	}
	if len(tok) > 30 {
		tok = tok[:30] + "…"
	}
	return s, fmt.Sprintf("syntax error near `%s`", tok)
}

// inExprPosition reports whether a missing node stands for an expression.
func inExprPosition(n, parent *node) bool {
	if n.kind != kIdentifier || parent == nil {
		return false
	}
	switch n.field {
	case "value", "left", "right", "condition", "argument", "function":
		return true
	}
	return parent.kind == kArguments || strings.HasSuffix(parent.kind, "_expression")
}

// foundTok describes the token at or after off: ", found `tok`".
func foundTok(src []byte, off int) string {
	for off < len(src) && (src[off] == ' ' || src[off] == '\t' || src[off] == '\n' || src[off] == '\r') {
		off++
	}
	if off < 0 || off >= len(src) {
		return ", found end of file"
	}
	end := off
	for end < len(src) && isIdentByte(src[end]) {
		end++
	}
	if end == off {
		_, size := utf8.DecodeRune(src[off:])
		end = off + size
	}
	return ", found `" + string(src[off:end]) + "`"
}

// kindWords renders a grammar kind for a message: "type_identifier" →
// "type identifier".
func kindWords(k string) string {
	b := []byte(k)
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

func clampSpan(s diag.Span, n int) diag.Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

func lineOf(src []byte, off int) int {
	line := 0
	for _, b := range src[:min(off, len(src))] {
		if b == '\n' {
			line++
		}
	}
	return line
}

// ---------------------------------------------------------------- lexing

// lexer is a minimal Rust tokenizer: it knows only enough (comments,
// strings, chars vs lifetimes, delimiters) to find unbalanced delimiters
// and unterminated literals.
type lexer struct {
	src    []byte
	i      int
	opens  []int // offsets of unclosed ( [ {
	d      *diag.List
	failed bool
}

// lexErrors reports delimiter and literal errors; it returns whether it
// found any.
func lexErrors(src []byte, d *diag.List) bool {
	lx := &lexer{src: src, d: d}
	for lx.i < len(src) && !lx.failed {
		lx.step()
	}
	if !lx.failed && len(lx.opens) > 0 {
		o := lx.opens[len(lx.opens)-1]
		d.Errorf(span(o, o+1), "", "this file contains an unclosed delimiter")
		lx.failed = true
	}
	return lx.failed
}

func (lx *lexer) fail(start, end int, msg string) {
	lx.failCode(start, end, "", msg)
}

// failCode reports a lexical error with rustc's error code.
func (lx *lexer) failCode(start, end int, code, msg string) {
	lx.d.Errorf(span(start, end), code, "%s", msg)
	lx.failed = true
}

func (lx *lexer) peek(k int) byte {
	if lx.i+k < len(lx.src) {
		return lx.src[lx.i+k]
	}
	return 0
}

func (lx *lexer) step() {
	c := lx.src[lx.i]
	switch {
	case c == '/' && lx.peek(1) == '/':
		for lx.i < len(lx.src) && lx.src[lx.i] != '\n' {
			lx.i++
		}
	case c == '/' && lx.peek(1) == '*':
		lx.blockComment()
	case c == '"':
		lx.str(lx.i, lx.i+1)
	case c == 'b' && lx.peek(1) == '"', c == 'c' && lx.peek(1) == '"':
		lx.str(lx.i, lx.i+2)
	case c == 'r' && (lx.peek(1) == '"' || lx.peek(1) == '#' && (lx.peek(2) == '"' || lx.peek(2) == '#')):
		lx.rawStr(lx.i, lx.i)
	case (c == 'b' || c == 'c') && lx.peek(1) == 'r' && (lx.peek(2) == '"' || lx.peek(2) == '#'):
		lx.rawStr(lx.i, lx.i+1)
	case c == 'b' && lx.peek(1) == '\'':
		lx.i++
		lx.quote()
	case c == '\'':
		lx.quote()
	case c == '(' || c == '[' || c == '{':
		lx.opens = append(lx.opens, lx.i)
		lx.i++
	case c == ')' || c == ']' || c == '}':
		lx.close(c)
	case isIdentByte(c):
		for lx.i < len(lx.src) && isIdentByte(lx.src[lx.i]) {
			lx.i++
		}
	default:
		lx.i++
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

var closerOf = map[byte]byte{'(': ')', '[': ']', '{': '}'}

func (lx *lexer) close(c byte) {
	if len(lx.opens) == 0 {
		lx.fail(lx.i, lx.i+1, fmt.Sprintf("unexpected closing delimiter: `%c`", c))
		return
	}
	o := lx.opens[len(lx.opens)-1]
	if closerOf[lx.src[o]] != c {
		lx.fail(lx.i, lx.i+1, fmt.Sprintf("mismatched closing delimiter: `%c`", c))
		return
	}
	lx.opens = lx.opens[:len(lx.opens)-1]
	lx.i++
}

func (lx *lexer) blockComment() {
	start := lx.i
	depth := 0
	for lx.i < len(lx.src) {
		switch {
		case lx.src[lx.i] == '/' && lx.peek(1) == '*':
			depth++
			lx.i += 2
		case lx.src[lx.i] == '*' && lx.peek(1) == '/':
			depth--
			lx.i += 2
			if depth == 0 {
				return
			}
		default:
			lx.i++
		}
	}
	lx.failCode(start, start+2, "E0758", "unterminated block comment")
}

// str scans a quoted string whose opening quote is at q-1.
func (lx *lexer) str(start, q int) {
	for i := q; i < len(lx.src); i++ {
		switch lx.src[i] {
		case '\\':
			i++
		case '"':
			lx.i = i + 1
			return
		}
	}
	lx.failCode(start, q, "E0765", "unterminated double quote string")
}

// rawStr scans r#"..."# with the `r` at r.
func (lx *lexer) rawStr(start, r int) {
	i := r + 1
	hashes := 0
	for i < len(lx.src) && lx.src[i] == '#' {
		hashes++
		i++
	}
	if i >= len(lx.src) || lx.src[i] != '"' {
		lx.i = i
		return // r#ident, a raw identifier
	}
	for i++; i < len(lx.src); i++ {
		if lx.src[i] != '"' {
			continue
		}
		h := 0
		for h < hashes && i+1+h < len(lx.src) && lx.src[i+1+h] == '#' {
			h++
		}
		if h == hashes {
			lx.i = i + 1 + h
			return
		}
	}
	lx.failCode(start, r+1, "E0748", "unterminated raw string")
}

// quote scans a char literal or a lifetime/label at lx.i (a `'`).
func (lx *lexer) quote() {
	start := lx.i
	i := lx.i + 1
	if i < len(lx.src) && lx.src[i] == '\\' {
		for i += 2; i < len(lx.src) && lx.src[i] != '\'' && lx.src[i] != '\n'; i++ {
		}
		if i >= len(lx.src) || lx.src[i] != '\'' {
			if start > 0 && lx.src[start-1] == 'b' {
				lx.failCode(start, start+1, "E0763", "unterminated byte constant")
			} else {
				lx.failCode(start, start+1, "E0762", "unterminated character literal")
			}
			return
		}
		lx.i = i + 1
		return
	}
	_, size := utf8.DecodeRune(lx.src[min(i, len(lx.src)):])
	if i+size < len(lx.src) && lx.src[i+size] == '\'' {
		lx.i = i + size + 1 // 'x'
		return
	}
	lx.i = i // a lifetime or label: the identifier follows
}

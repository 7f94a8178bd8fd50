// This file converts literals: numbers keep their digits and lose `_` and
// the suffix; strings, chars and bytes have their escapes decoded.

package frontend

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rs2go/rs2go/frontend/ast"
)

// lit converts a literal node.
func (c *conv) lit(n *node) ast.Expr {
	sp := c.sp(n)
	switch n.kind {
	case kIntegerLiteral, kFloatLiteral:
		return numLit(c.text(n), n.kind == kFloatLiteral, sp)
	case kBooleanLiteral:
		t := c.text(n)
		return &ast.LitExpr{Kind: ast.BoolLit, Text: t, Bool: t == "true", Span: sp}
	case kCharLiteral:
		return c.charLit(n)
	case kStringLiteral, kRawStringLiteral:
		l, _ := c.strLit(n, false)
		if l == nil {
			return &ast.BadExpr{What: "C string literal", Span: sp}
		}
		return l
	}
	return &ast.BadExpr{What: kindWords(n.kind), Span: sp}
}

var intSuffixes = []string{"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"}

// numLit splits a number literal into digits and suffix.
func numLit(t string, float bool, sp ast.Span) *ast.LitExpr {
	t = strings.ReplaceAll(t, "_", "")
	l := &ast.LitExpr{Kind: ast.IntLit, Text: t, Span: sp}
	if float {
		l.Kind = ast.FloatLit
	}
	hex := len(t) > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')
	suffixes := intSuffixes
	if !hex {
		suffixes = append(suffixes[:len(suffixes):len(suffixes)], "f32", "f64")
	}
	for _, s := range suffixes {
		if len(t) > len(s) && strings.HasSuffix(t, s) && digitEnd(t[:len(t)-len(s)], hex) {
			l.Text, l.Suffix = t[:len(t)-len(s)], s
			break
		}
	}
	if l.Suffix == "f32" || l.Suffix == "f64" {
		l.Kind = ast.FloatLit
	}
	return l
}

// digitEnd reports whether digits can end a literal before a suffix (so
// that the "i8" of "0x1i8"... and the "e" of "1e" are not confused).
func digitEnd(s string, hex bool) bool {
	last := s[len(s)-1]
	if last >= '0' && last <= '9' || last == '.' {
		return true
	}
	return hex && (last >= 'a' && last <= 'f' || last >= 'A' && last <= 'F')
}

func (c *conv) charLit(n *node) ast.Expr {
	t := c.text(n)
	kind := ast.CharLit
	off := n.start + 1
	if strings.HasPrefix(t, "b") {
		kind, t, off = ast.ByteLit, t[1:], off+1
	}
	inner := t[1 : len(t)-1]
	v := c.unescape(inner, off, kind == ast.ByteLit, nil)
	return &ast.LitExpr{Kind: kind, Text: c.text(n), Value: v, Span: c.sp(n)}
}

// strLit converts a string or raw string literal. With want it also
// returns, for each byte of the value, its offset in the file (plus one
// final entry for the end). It returns nil for c"..." strings.
func (c *conv) strLit(n *node, want bool) (*ast.LitExpr, []int) {
	t := c.text(n)
	kind := ast.StrLit
	off := n.start
	switch {
	case strings.HasPrefix(t, "b"):
		kind, t, off = ast.ByteStrLit, t[1:], off+1
	case strings.HasPrefix(t, "c"):
		return nil, nil
	}
	l := &ast.LitExpr{Kind: kind, Text: c.text(n), Span: c.sp(n)}
	var offs *[]int
	if want {
		offs = new([]int)
	}
	if strings.HasPrefix(t, "r") {
		body, start := rawBody(t)
		l.Value = normalizeCRLF(body, off+start, offs)
	} else {
		l.Value = c.unescape(t[1:len(t)-1], off+1, kind == ast.ByteStrLit, offs)
	}
	if want {
		*offs = append(*offs, n.end-1)
		return l, *offs
	}
	return l, nil
}

// rawBody returns the contents of r#"..."# and their offset in t.
func rawBody(t string) (string, int) {
	h := 0
	for 1+h < len(t) && t[1+h] == '#' {
		h++
	}
	start := 2 + h
	end := len(t) - 1 - h
	if end < start {
		return "", start
	}
	return t[start:end], start
}

// normalizeCRLF drops the CR of CRLF pairs, as rustc does when reading a
// file, and records offsets if asked.
func normalizeCRLF(s string, off int, offs *[]int) string {
	if offs == nil && !strings.Contains(s, "\r\n") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			continue
		}
		b.WriteByte(s[i])
		if offs != nil {
			*offs = append(*offs, off+i)
		}
	}
	return b.String()
}

// unescape decodes the escapes of a string, char or byte literal body s
// that starts at file offset off; bytes selects byte-literal rules.
func (c *conv) unescape(s string, off int, bytes bool, offs *[]int) string {
	if offs == nil && !strings.ContainsAny(s, "\\\r") {
		return s
	}
	var b strings.Builder
	put := func(at int, str string) {
		b.WriteString(str)
		if offs != nil {
			for range len(str) {
				*offs = append(*offs, off+at)
			}
		}
	}
	for i := 0; i < len(s); {
		ch := s[i]
		switch {
		case ch == '\r' && i+1 < len(s) && s[i+1] == '\n':
			i++
		case ch != '\\':
			_, size := utf8.DecodeRuneInString(s[i:])
			put(i, s[i:i+size])
			i += size
		default:
			val, size := c.escape(s[i:], off+i, bytes)
			put(i, val)
			i += size
		}
	}
	return b.String()
}

// escape decodes one escape sequence at the start of s (s[0] == '\\').
func (c *conv) escape(s string, at int, bytes bool) (string, int) {
	if len(s) < 2 {
		return "\\", 1
	}
	switch s[1] {
	case 'n':
		return "\n", 2
	case 'r':
		return "\r", 2
	case 't':
		return "\t", 2
	case '\\':
		return "\\", 2
	case '0':
		return "\x00", 2
	case '\'':
		return "'", 2
	case '"':
		return "\"", 2
	case 'x':
		return c.hexEscape(s, at, bytes)
	case 'u':
		if !bytes {
			return c.unicodeEscape(s, at)
		}
		c.diags.Errorf(span(at, at+2), "", "unicode escape in byte string")
		return "", 2
	case '\n', '\r':
		i := 1
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		return "", i
	}
	_, size := utf8.DecodeRuneInString(s[1:])
	c.diags.Errorf(span(at, at+1+size), "", "unknown character escape: `%s`", s[1:1+size])
	return "", 1 + size
}

func (c *conv) hexEscape(s string, at int, bytes bool) (string, int) {
	if len(s) < 4 {
		c.diags.Errorf(span(at, at+len(s)), "", "numeric character escape is too short")
		return "", len(s)
	}
	v, err := strconv.ParseUint(s[2:4], 16, 8)
	if err != nil {
		c.diags.Errorf(span(at, at+4), "", "invalid character in numeric character escape")
		return "", 4
	}
	if bytes {
		return string([]byte{byte(v)}), 4
	}
	if v > 0x7f {
		c.diags.Errorf(span(at, at+4), "", "out of range hex escape")
		return "", 4
	}
	return string(rune(v)), 4
}

func (c *conv) unicodeEscape(s string, at int) (string, int) {
	end := strings.IndexByte(s, '}')
	if len(s) < 3 || s[2] != '{' || end < 0 {
		c.diags.Errorf(span(at, at+2), "", "incorrect unicode escape sequence")
		return "", 2
	}
	digits := strings.ReplaceAll(s[3:end], "_", "")
	v, err := strconv.ParseUint(digits, 16, 32)
	if err != nil || len(digits) == 0 || len(digits) > 6 {
		c.diags.Errorf(span(at, at+end+1), "", "invalid unicode character escape")
		return "", end + 1
	}
	if v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF {
		c.diags.Errorf(span(at, at+end+1), "", "invalid unicode character escape")
		return "", end + 1
	}
	return string(rune(v)), end + 1
}

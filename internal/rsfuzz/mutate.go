// Package rsfuzz holds the pieces of rs2go's fuzz targets that are not Go
// test code: a rough Rust tokenizer and the structure-aware mutator that
// edits corpus programs token by token and line by line, so that fuzzed
// inputs stay close enough to Rust to get past the parser into lowering
// and code generation.
package rsfuzz

import (
	"strings"
)

// Token is one Rust token with the whitespace and comments before it.
type Token struct {
	Lead string // whitespace and comments before the token
	Text string
}

// Tokens splits src into tokens. It is rough (it only has to cut where
// Rust would), never fails, and Join(Tokens(src)) == src.
func Tokens(src string) []Token {
	var out []Token
	i := 0
	for i < len(src) {
		lead := i
		i = skipSpace(src, i)
		if i == len(src) {
			out = append(out, Token{Lead: src[lead:i]})
			break
		}
		end := tokenEnd(src, i)
		out = append(out, Token{Lead: src[lead:i], Text: src[i:end]})
		i = end
	}
	return out
}

// Join puts tokens back together.
func Join(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Lead)
		b.WriteString(t.Text)
	}
	return b.String()
}

// skipSpace skips whitespace and comments from i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r':
			i++
		case strings.HasPrefix(s[i:], "//"):
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return len(s)
			}
			i += j + 1
		case strings.HasPrefix(s[i:], "/*"):
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return len(s)
			}
			i += j + 4
		default:
			return i
		}
	}
	return i
}

// puncts are Rust's multi-character operators, longest first.
var puncts = []string{"..=", "<<=", ">>=", "...", "::", "->", "=>", "..", "==", "!=", "<=", ">=",
	"&&", "||", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>"}

// tokenEnd returns where the token starting at i ends.
func tokenEnd(s string, i int) int {
	c := s[i]
	switch {
	case isIdentStart(c):
		j := i + 1
		for j < len(s) && isIdentChar(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '"' && (s[i:j] == "b" || s[i:j] == "r" || s[i:j] == "br") {
			return stringEnd(s, j)
		}
		if j < len(s) && s[j] == '#' && (s[i:j] == "r" || s[i:j] == "br") {
			return rawStringEnd(s, j)
		}
		return j
	case c >= '0' && c <= '9':
		j := i + 1
		for j < len(s) && (isIdentChar(s[j]) || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			j++
		}
		return j
	case c == '"':
		return stringEnd(s, i)
	case c == '\'':
		// A char literal 'x', '\n', '\u{..}'; otherwise a lifetime.
		if j := strings.IndexByte(s[i+1:], '\''); j >= 0 && j <= 10 && !strings.ContainsAny(s[i+1:i+1+j], " \n") {
			return i + j + 2
		}
		j := i + 1
		for j < len(s) && isIdentChar(s[j]) {
			j++
		}
		return j
	}
	for _, p := range puncts {
		if strings.HasPrefix(s[i:], p) {
			return i + len(p)
		}
	}
	// One character (possibly multi-byte).
	j := i + 1
	for j < len(s) && s[j]&0xC0 == 0x80 {
		j++
	}
	return j
}

// stringEnd returns the end of the string literal whose quote is at i.
func stringEnd(s string, i int) int {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(s)
}

// rawStringEnd returns the end of a raw string r#"…"# whose first # is at i.
func rawStringEnd(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '#' {
		n++
	}
	if i+n >= len(s) || s[i+n] != '"' {
		return i
	}
	close := "\"" + strings.Repeat("#", n)
	if j := strings.Index(s[i+n+1:], close); j >= 0 {
		return i + n + 1 + j + len(close)
	}
	return len(s)
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentChar(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

// vocab are tokens the mutator may insert.
var vocab = []string{"{", "}", "(", ")", "[", "]", ";", ",", ":", "::", "&", "&mut", "*", "mut", "move",
	"||", "|", "=", "==", "+", "-", "!", "?", ".", "..", "..=", "=>", "->", "let", "fn", "if", "else",
	"match", "loop", "while", "for", "in", "return", "break", "continue", "clone()", ".unwrap()",
	"x", "self", "Self", "i32", "u8", "usize", "String", "Vec<i32>", "Option", "Some", "None", "Ok",
	"Err", "0", "1", "255", "-1", "1.5", "true", "\"s\"", "'c'", "'a", "_", "as", "ref", "impl",
	"struct", "enum", "trait", "pub", "const", "static", "unsafe", "dyn", "Box", "Arc", "Mutex",
	"thread::spawn", "drop", "println!(\"{}\", x)", "vec![]", "where", "type", "<", ">", "#[derive(Debug)]"}

// Mutate applies the edits that ops encodes to src and returns the result.
// Each edit takes five bytes: an operation, then two 16-bit indexes (taken
// modulo the number of tokens or lines). Operations: delete, duplicate,
// swap or move a token; replace a token by another or by a vocabulary
// token; insert a vocabulary token; delete, duplicate or swap a line.
func Mutate(src string, ops []byte) string {
	const maxEdits = 16
	for n := 0; len(ops) >= 5 && n < maxEdits; n++ {
		op := ops[0] % 10
		a := int(ops[1])<<8 | int(ops[2])
		b := int(ops[3])<<8 | int(ops[4])
		ops = ops[5:]
		if op < 7 {
			src = editTokens(src, op, a, b)
		} else {
			src = editLines(src, op, a, b)
		}
	}
	return src
}

// editTokens applies one token edit.
func editTokens(src string, op byte, a, b int) string {
	toks := Tokens(src)
	if len(toks) == 0 {
		return src + vocab[b%len(vocab)]
	}
	i, j := a%len(toks), b%len(toks)
	switch op {
	case 0: // delete
		toks[i].Text = ""
	case 1: // duplicate
		toks[i].Text += " " + toks[i].Text
	case 2: // swap
		toks[i].Text, toks[j].Text = toks[j].Text, toks[i].Text
	case 3: // move i before j
		t := toks[i].Text
		toks[i].Text = ""
		toks[j].Text = t + " " + toks[j].Text
	case 4: // replace by another token
		toks[i].Text = toks[j].Text
	case 5: // replace by a vocabulary token
		toks[i].Text = vocab[b%len(vocab)]
	case 6: // insert a vocabulary token
		toks[i].Text = vocab[b%len(vocab)] + " " + toks[i].Text
	}
	return Join(toks)
}

// editLines applies one line edit.
func editLines(src string, op byte, a, b int) string {
	lines := strings.SplitAfter(src, "\n")
	i, j := a%len(lines), b%len(lines)
	switch op {
	case 7: // delete
		lines = append(lines[:i:i], lines[i+1:]...)
	case 8: // duplicate
		lines = append(lines[:i+1:i+1], lines[i:]...)
	default: // swap
		lines[i], lines[j] = lines[j], lines[i]
	}
	return strings.Join(lines, "")
}

package rt

// Formatting of str, String, char, bool and (): Display pads, Debug quotes
// and escapes like core's `char::escape_debug_ext`.

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// DisplayStr implements Display of `str`/`String`: Formatter.Pad (width,
// fill, alignment; the precision truncates to that many chars).
func DisplayStr(s string, f *Formatter) { f.Pad(s) }

// DebugStr implements Debug of `str`/`String`: double quotes, `\"`, `\\`,
// `\n`, `\r`, `\t`, `\0`, and `\u{..}` for control, format, separator,
// private-use and unassigned chars and for combining (grapheme-extend)
// chars; other Unicode stays as is. Width and precision are ignored, as in
// Rust.
func DebugStr(s string, f *Formatter) {
	if plainASCII(s) {
		f.WriteStr(`"`)
		f.WriteStr(s)
		f.WriteStr(`"`)
		return
	}
	b := make([]byte, 0, len(s)+8)
	b = append(b, '"')
	for _, r := range s {
		b = appendEscaped(b, r, '"')
	}
	b = append(b, '"')
	f.WriteStr(string(b))
}

// plainASCII reports whether s needs no escaping.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// appendEscaped appends r as Rust's escape_debug does inside quote.
func appendEscaped(b []byte, r rune, quote rune) []byte {
	switch r {
	case 0:
		return append(b, `\0`...)
	case '\t':
		return append(b, `\t`...)
	case '\r':
		return append(b, `\r`...)
	case '\n':
		return append(b, `\n`...)
	case '\\':
		return append(b, `\\`...)
	case quote:
		return append(b, '\\', byte(quote))
	}
	if (r < 0x20 || r >= 0x7f) && unicode.Is(rustDebugEscaped, r) { // not printable, or grapheme extending (unicode_gen.go)
		b = append(b, `\u{`...)
		b = strconv.AppendUint(b, uint64(r), 16)
		return append(b, '}')
	}
	return utf8.AppendRune(b, r)
}

// DisplayChar implements Display of `char`: the char, padded like a string.
func DisplayChar(r rune, f *Formatter) {
	if !f.spec.HasWidth && !f.spec.HasPrec {
		f.WriteChar(r)
		return
	}
	f.Pad(string(r))
}

// DebugChar implements Debug of `char`: single quotes, `\'` escaped, `"`
// not; never padded.
func DebugChar(r rune, f *Formatter) {
	b := make([]byte, 0, 8)
	b = append(b, '\'')
	b = appendEscaped(b, r, '\'')
	b = append(b, '\'')
	f.WriteStr(string(b))
}

// DisplayBool implements Display of `bool` (padded).
func DisplayBool(v bool, f *Formatter) {
	if v {
		f.Pad("true")
	} else {
		f.Pad("false")
	}
}

// DebugBool implements Debug of `bool`, which is its Display.
func DebugBool(v bool, f *Formatter) { DisplayBool(v, f) }

// DebugUnit implements Debug of `()`: `()`, padded.
func DebugUnit(_ Unit, f *Formatter) { f.Pad("()") }

// Package diag holds the one diagnostic type that every phase of rs2go
// reports through: a byte-offset span, a severity, a code (rustc's E-code,
// "unsupported", or "syntax"), a message and notes with their own spans.
// Line and column are computed only when a diagnostic is printed.
package diag

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in the source file.
type Span struct {
	Start, End int
}

// Severity says how bad a diagnostic is.
type Severity int

const (
	Error Severity = iota
	Warning
	Internal // an rs2go bug reported with the Rust position it hit (exit 3)
)

// Codes used by rs2go that are not rustc's.
const (
	CodeUnsupported = "unsupported"
	CodeSyntax      = "syntax"
)

// Note is a secondary message, optionally with its own span
// ("value moved here", "help: use the `move` keyword").
type Note struct {
	Span    Span
	HasSpan bool
	Msg     string
}

// Diag is one diagnostic.
type Diag struct {
	Span     Span
	Severity Severity
	Code     string
	Msg      string
	Notes    []Note
}

// MaxErrors caps how many diagnostics a List keeps.
const MaxErrors = 20

// List collects diagnostics in the order they were found.
type List []Diag

// Errorf records an error with a code at span s.
func (l *List) Errorf(s Span, code, format string, args ...any) *Diag {
	*l = append(*l, Diag{Span: s, Severity: Error, Code: code, Msg: fmt.Sprintf(format, args...)})
	return &(*l)[len(*l)-1]
}

// Unsupported records an error[unsupported] naming the construct at s.
func (l *List) Unsupported(s Span, format string, args ...any) *Diag {
	return l.Errorf(s, CodeUnsupported, format, args...)
}

// HasErrors reports whether the list holds any error.
func (l List) HasErrors() bool { return len(l) > 0 }

// Sorted returns the diagnostics in source order, one per line (the first
// on a line wins), at most MaxErrors of them.
func (l List) Sorted() List {
	out := append(List(nil), l...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// Source is a file's name and text, used to turn byte offsets into lines
// and columns when printing.
type Source struct {
	Name string
	Text []byte
	// lineStarts[i] is the byte offset at which line i+1 starts.
	lineStarts []int
}

// NewSource indexes the line starts of text.
func NewSource(name string, text []byte) *Source {
	s := &Source{Name: name, Text: text, lineStarts: []int{0}}
	for i, b := range text {
		if b == '\n' {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	return s
}

// Position is a 1-based line and column; the column counts characters,
// as rustc does.
type Position struct {
	Line, Col int
}

// Position converts a byte offset into a line and a character column.
func (s *Source) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(s.Text) {
		off = len(s.Text)
	}
	line := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
	start := s.lineStarts[line]
	return Position{Line: line + 1, Col: utf8.RuneCount(s.Text[start:off]) + 1}
}

// Line returns the text of 1-based line n without its line ending.
func (s *Source) Line(n int) string {
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	end := len(s.Text)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n] - 1
	}
	return strings.TrimRight(string(s.Text[start:end]), "\r")
}

// Loc renders "name:L:C" for a byte offset.
func (s *Source) Loc(off int) string {
	p := s.Position(off)
	return fmt.Sprintf("%s:%d:%d", s.Name, p.Line, p.Col)
}

// Format renders the list, sorted and capped, in rs2go's format:
//
//	file.rs:L:C: error[CODE]: message
//	  |
//	L | source line
//	  |     ^^^^
//	file.rs:L:C: note: a note with a span
func (l List) Format(src *Source) string {
	var b strings.Builder
	sorted := l.Sorted()
	lastLine := -1
	n := 0
	for _, d := range sorted {
		p := src.Position(d.Span.Start)
		if p.Line == lastLine && d.Severity != Internal {
			continue // one error per line
		}
		if n == MaxErrors {
			fmt.Fprintf(&b, "rs2go: too many errors\n")
			break
		}
		n++
		lastLine = p.Line
		head := "error"
		switch {
		case d.Severity == Internal:
			head = "internal error"
		case d.Code != "":
			head = "error[" + d.Code + "]"
		}
		fmt.Fprintf(&b, "%s: %s: %s\n", src.Loc(d.Span.Start), head, d.Msg)
		src.snippet(&b, d.Span)
		for _, nt := range d.Notes {
			if nt.HasSpan {
				fmt.Fprintf(&b, "%s: note: %s\n", src.Loc(nt.Span.Start), nt.Msg)
				src.snippet(&b, nt.Span)
			} else {
				fmt.Fprintf(&b, "  = note: %s\n", nt.Msg)
			}
		}
	}
	return b.String()
}

// visibleControl shows a control character (NUL, ESC, …) as its Unicode
// control picture (␀, ␛), as rustc does, so that a snippet of a binary
// file cannot drive the terminal. Tabs stay: the caret line keeps them.
func visibleControl(r rune) rune {
	switch {
	case r == '\t':
		return r
	case r < 0x20:
		return 0x2400 + r
	case r == 0x7F:
		return 0x2421
	}
	return r
}

// snippet prints the source line of span with a caret line under it.
func (s *Source) snippet(b *strings.Builder, sp Span) {
	p := s.Position(sp.Start)
	text := s.Line(p.Line)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.Map(visibleControl, text)
	const maxLine = 200
	if utf8.RuneCountInString(text) > maxLine || p.Col > maxLine {
		return // a huge line would only drown the message
	}
	num := fmt.Sprint(p.Line)
	pad := strings.Repeat(" ", len(num))
	width := 1
	if sp.End > sp.Start {
		end := s.Position(sp.End)
		if end.Line == p.Line {
			width = max(end.Col-p.Col, 1)
		} else {
			width = max(utf8.RuneCountInString(text)-p.Col+1, 1)
		}
	}
	// Keep tabs in the caret line so the caret stays under the text.
	var lead strings.Builder
	for i, r := range []rune(text) {
		if i >= p.Col-1 {
			break
		}
		if r == '\t' {
			lead.WriteByte('\t')
		} else {
			lead.WriteByte(' ')
		}
	}
	fmt.Fprintf(b, "%s |\n%s | %s\n%s | %s%s\n", pad, num, text, pad, lead.String(), strings.Repeat("^", width))
}

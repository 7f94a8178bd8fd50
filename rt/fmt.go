package rt

// The formatter: Rust's core::fmt::Formatter with its options, padding and
// the PadAdapter indentation of `{:#?}`.

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// Align is Rust's `fmt::Alignment` of a format spec (`<`, `^`, `>`), or
// AlignNone when the spec has none and each type uses its default.
type Align uint8

// The alignments of a format spec.
const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// Spec is a parsed Rust format spec `{:[[fill]align][sign]['#']['0'][width]['.' precision][type]}`.
// The translator parses format strings and fills a Spec per argument.
type Spec struct {
	Fill     rune // the fill character; 0 means ' '
	Align    Align
	Plus     bool // `+`
	Alt      bool // `#`
	Zero     bool // `0`: sign-aware zero padding
	Width    int
	Prec     int
	HasWidth bool
	HasPrec  bool
	// Verb is the trait: 0 Display, '?' Debug, 'x' LowerHex, 'X' UpperHex,
	// 'o' Octal, 'b' Binary, 'e' LowerExp, 'E' UpperExp.
	Verb byte
	// DebugHex is 'x' for `{:x?}`, 'X' for `{:X?}` (integers inside Debug
	// output print in hex), 0 otherwise.
	DebugHex byte
}

// DisplaySpec is `{}`; DebugSpec is `{:?}`; PrettySpec is `{:#?}`.
var (
	DisplaySpec = Spec{}
	DebugSpec   = Spec{Verb: '?'}
	PrettySpec  = Spec{Verb: '?', Alt: true}
)

// Formatter is Rust's `fmt::Formatter`: the destination of Display and
// Debug implementations together with the spec of the argument being
// formatted. It is an io.Writer, so a translated `write!(f, "..", args)`
// is `fmt.Fprintf(f, "..", rt.Fmt(..))`. The zero value formats with `{}`
// into an internal buffer (see String).
type Formatter struct {
	out  io.Writer       // nil: buf
	sw   io.StringWriter // out, if it has WriteString
	buf  []byte
	spec Spec
	// indent is the number of PadAdapters (4 spaces each) that `{:#?}`
	// builders wrapped around the output; onNewline is their shared state.
	indent    int
	onNewline bool
	// scratch holds the digits of a number on its way out.
	scratch [24]byte
}

// NewFormatter returns a Formatter writing to w (a buffer if w is nil)
// with spec s.
func NewFormatter(w io.Writer, s Spec) *Formatter {
	f := &Formatter{}
	if w != nil {
		f.reset(w, s)
	}
	f.spec = s
	return f
}

// String returns what was formatted into a Formatter without a writer.
func (f *Formatter) String() string { return string(f.buf) }

// WriteStr implements `Formatter::write_str`: s goes out unpadded (but
// indented inside `{:#?}` builders).
func (f *Formatter) WriteStr(s string) {
	if f.indent > 0 {
		f.writeIndented(s)
		return
	}
	f.raw(s)
}

// Write makes Formatter an io.Writer (for `write!(f, ...)`).
func (f *Formatter) Write(p []byte) (int, error) {
	f.WriteStr(string(p))
	return len(p), nil
}

// WriteString is WriteStr as an io.StringWriter.
func (f *Formatter) WriteString(s string) (int, error) {
	f.WriteStr(s)
	return len(s), nil
}

// WriteChar implements `Formatter::write_char`.
func (f *Formatter) WriteChar(r rune) {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	f.WriteStr(string(b[:n]))
}

func (f *Formatter) raw(s string) {
	switch {
	case f.sw != nil:
		f.sw.WriteString(s)
	case f.out != nil:
		f.out.Write([]byte(s))
	default:
		f.buf = append(f.buf, s...)
	}
}

// rawBytes writes b, which must not be kept (f.scratch).
func (f *Formatter) rawBytes(b []byte) {
	if f.out != nil {
		f.out.Write(b)
		return
	}
	f.buf = append(f.buf, b...)
}

// writeIndented is Rust's PadAdapter::write_str: four spaces per adapter at
// the start of every line.
func (f *Formatter) writeIndented(s string) {
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line = s[:i+1]
		}
		s = s[len(line):]
		if f.onNewline {
			for range f.indent {
				f.raw("    ")
			}
		}
		f.onNewline = line[len(line)-1] == '\n'
		f.raw(line)
	}
}

// Spec returns the spec of the argument being formatted.
func (f *Formatter) Spec() Spec { return f.spec }

// SetSpec replaces the spec (a Display impl that forwards to another type
// with different options).
func (f *Formatter) SetSpec(s Spec) { f.spec = s }

// Alternate implements `Formatter::alternate` (the `#` flag).
func (f *Formatter) Alternate() bool { return f.spec.Alt }

// SignPlus implements `Formatter::sign_plus`.
func (f *Formatter) SignPlus() bool { return f.spec.Plus }

// SignAwareZeroPad implements `Formatter::sign_aware_zero_pad`.
func (f *Formatter) SignAwareZeroPad() bool { return f.spec.Zero }

// Width implements `Formatter::width`.
func (f *Formatter) Width() Option[uint] {
	if !f.spec.HasWidth {
		return None[uint]()
	}
	return Some(uint(f.spec.Width))
}

// Precision implements `Formatter::precision`.
func (f *Formatter) Precision() Option[uint] {
	if !f.spec.HasPrec {
		return None[uint]()
	}
	return Some(uint(f.spec.Prec))
}

// Fill implements `Formatter::fill` (' ' by default).
func (f *Formatter) Fill() rune {
	if f.spec.Fill == 0 {
		return ' '
	}
	return f.spec.Fill
}

// Align implements `Formatter::align`.
func (f *Formatter) Align() Align { return f.spec.Align }

// Pad implements `Formatter::pad`: the precision truncates s to that many
// chars, then the width pads it with the fill, left-aligned by default.
// Strings, chars, bools and `()` print through it.
func (f *Formatter) Pad(s string) {
	if !f.spec.HasWidth && !f.spec.HasPrec {
		f.WriteStr(s)
		return
	}
	if f.spec.HasPrec {
		s = truncateChars(s, f.spec.Prec)
	}
	if !f.spec.HasWidth {
		f.WriteStr(s)
		return
	}
	n := utf8.RuneCountInString(s)
	if n >= f.spec.Width {
		f.WriteStr(s)
		return
	}
	post := f.padding(f.spec.Width-n, AlignLeft)
	f.WriteStr(s)
	f.fill(post)
}

func truncateChars(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// padding writes the fill before the value and returns how many fill
// characters go after it (Rust's Formatter::padding).
func (f *Formatter) padding(n int, def Align) (post int) {
	a := f.spec.Align
	if a == AlignNone {
		a = def
	}
	var pre int
	switch a {
	case AlignLeft:
		pre, post = 0, n
	case AlignRight:
		pre, post = n, 0
	case AlignCenter:
		pre, post = n/2, (n+1)/2
	}
	f.fill(pre)
	return post
}

func (f *Formatter) fill(n int) {
	if n <= 0 {
		return
	}
	c := f.Fill()
	if c < utf8.RuneSelf {
		var b [32]byte
		for i := range b {
			b[i] = byte(c)
		}
		for n > 0 {
			k := min(n, len(b))
			f.WriteStr(string(b[:k]))
			n -= k
		}
		return
	}
	s := string(c)
	for range n {
		f.WriteStr(s)
	}
}

// PadIntegral implements `Formatter::pad_integral`: digits is the
// magnitude, prefix ("0x", "0b", "0o" or "") is written when the `#` flag
// is set, the sign comes from nonNeg and `+`; the `0` flag pads with zeros
// between sign/prefix and digits, otherwise the fill pads, right-aligned by
// default.
func (f *Formatter) PadIntegral(nonNeg bool, prefix, digits string) {
	width := len(digits)
	var sign string
	if !nonNeg {
		sign = "-"
		width++
	} else if f.spec.Plus {
		sign = "+"
		width++
	}
	if f.spec.Alt {
		width += utf8.RuneCountInString(prefix)
	} else {
		prefix = ""
	}
	switch {
	case !f.spec.HasWidth || width >= f.spec.Width:
		f.WriteStr(sign)
		f.WriteStr(prefix)
		f.WriteStr(digits)
	case f.spec.Zero:
		old := f.spec
		f.spec.Fill, f.spec.Align = '0', AlignRight
		f.WriteStr(sign)
		f.WriteStr(prefix)
		post := f.padding(f.spec.Width-width, AlignRight)
		f.WriteStr(digits)
		f.fill(post)
		f.spec = old
	default:
		post := f.padding(f.spec.Width-width, AlignRight)
		f.WriteStr(sign)
		f.WriteStr(prefix)
		f.WriteStr(digits)
		f.fill(post)
	}
}

// padParts is Rust's Formatter::pad_formatted_parts for numbers formatted
// as sign + body (floats): with the `0` flag the sign goes first and zeros
// follow it.
func (f *Formatter) padParts(sign, body string) {
	if !f.spec.HasWidth {
		f.WriteStr(sign)
		f.WriteStr(body)
		return
	}
	width := f.spec.Width
	old := f.spec
	if f.spec.Zero {
		f.WriteStr(sign)
		width -= len(sign)
		sign = ""
		f.spec.Fill, f.spec.Align = '0', AlignRight
	}
	n := len(sign) + len(body)
	if width <= n {
		f.WriteStr(sign)
		f.WriteStr(body)
	} else {
		post := f.padding(width-n, AlignRight)
		f.WriteStr(sign)
		f.WriteStr(body)
		f.fill(post)
	}
	f.spec = old
}

// Arg is one formatting argument: a value with its typed formatter
// function and the Rust spec it was written with. Arg implements Go's
// fmt.Formatter, so generated code passes it to fmt.Fprintf with the verb
// %v; the Go verb and flags are ignored, the Rust spec decides. Inside the
// Debug builders (Field, Entry) an Arg formats with the outer spec instead,
// as Rust passes the outer Formatter to fields.
type Arg interface {
	fmt.Formatter
	fmt.Stringer
	// FmtTo formats the value into f with f's spec and indentation.
	FmtTo(f *Formatter)
}

// argOf is the Arg of a value of type T.
type argOf[T any] struct {
	v    T
	fn   func(T, *Formatter)
	spec Spec
}

// Fmt makes an Arg formatted by fn with the default spec (`{}`; pass a
// Debug function for `{:?}`, and use FmtSpec for any other spec).
func Fmt[T any](v T, fn func(T, *Formatter)) Arg {
	return &argOf[T]{v: v, fn: fn}
}

// FmtSpec makes an Arg formatted by fn with spec s.
func FmtSpec[T any](v T, fn func(T, *Formatter), s Spec) Arg {
	return &argOf[T]{v: v, fn: fn, spec: s}
}

// Format implements fmt.Formatter. A panic in the formatting function (a
// user Display impl) leaves fmt.Fprintf as it leaves Rust's print: see
// escapeFmt.
func (a *argOf[T]) Format(st fmt.State, _ rune) {
	defer escapeFmt()
	a.printTo(st)
}

// escapeFmt, deferred by a Format method, carries a panic of the method
// out of Go's fmt, which recovers a Format method's panic and prints
// `%!v(PANIC=Format method: ...)` in its place. It panics again with a
// fmtEscape, which fmt then formats into that text; formatting a
// fmtEscape panics with the original value, and fmt lets a panic while it
// prints a panic go on: the original panic leaves fmt.Fprintf (or
// Sprintf) and unwinds the caller, as in Rust.
func escapeFmt() {
	if x := recover(); x != nil {
		panic(fmtEscape{x})
	}
}

// fmtEscape is a panic on its way out of Go's fmt (escapeFmt).
type fmtEscape struct{ v any }

// Format panics with the original value (fmt.Formatter).
func (e fmtEscape) Format(fmt.State, rune) { panic(e.v) }

// String formats the argument into a string.
func (a *argOf[T]) String() string {
	f := Formatter{spec: a.spec}
	a.fn(a.v, &f)
	return string(f.buf)
}

// FmtTo implements Arg.
func (a *argOf[T]) FmtTo(f *Formatter) { a.fn(a.v, f) }

// printTo formats the value with its spec to w, for Format and Printf
// (a panic goes on as it is: Printf is not inside Go's fmt).
func (a *argOf[T]) printTo(w io.Writer) {
	f := formatterPool.Get().(*Formatter)
	f.reset(w, a.spec)
	a.fn(a.v, f)
	f.out, f.sw = nil, nil
	formatterPool.Put(f)
}

// formatterPool recycles the Formatters of Args printed with fmt.Fprintf.
var formatterPool = sync.Pool{New: func() any { return new(Formatter) }}

func (f *Formatter) reset(w io.Writer, s Spec) {
	f.out, f.spec, f.buf, f.indent, f.onNewline = w, s, f.buf[:0], 0, false
	f.sw, _ = w.(io.StringWriter)
}

// Sprint formats v with fn and spec s (`format!("{:s}", v)`).
func Sprint[T any](v T, fn func(T, *Formatter), s Spec) string {
	f := Formatter{spec: s}
	fn(v, &f)
	return string(f.buf)
}

// ToString implements `v.to_string()`: Display with the default spec.
func ToString[T any](v T, fn func(T, *Formatter)) string {
	f := Formatter{}
	fn(v, &f)
	return string(f.buf)
}

// DebugFormatter is implemented by generated types that derive or
// implement `fmt::Debug`.
type DebugFormatter interface{ FmtDebug(f *Formatter) }

// DisplayFormatter is implemented by generated types that implement
// `fmt::Display`.
type DisplayFormatter interface{ FmtDisplay(f *Formatter) }

// Debug calls v.FmtDebug: the typed formatter of a DebugFormatter.
func Debug[T DebugFormatter](v T, f *Formatter) { v.FmtDebug(f) }

// Display calls v.FmtDisplay: the typed formatter of a DisplayFormatter.
func Display[T DisplayFormatter](v T, f *Formatter) { v.FmtDisplay(f) }

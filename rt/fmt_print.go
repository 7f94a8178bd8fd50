package rt

import (
	"fmt"
	"io"
	"sync"
)

// Printf is fmt.Fprintf(w, format, args...) for a print! whose arguments
// run user formatting code (a Display impl), which may panic midway. Rust's
// print! writes each piece as it goes: the text before the panicking
// argument, and what that argument wrote, are in stdout's buffer when the
// panic starts (and printed when the process flushes it), where
// fmt.Fprintf would lose them. Printf formats piece by piece into a buffer
// and writes what it holds also when a panic leaves it.
//
// format is what the translator generates: literal text with %% escapes,
// and verbs of flags, a width, a precision and a letter, one argument each.
func Printf(w io.Writer, format string, args ...any) {
	p := printerPool.Get().(*printer)
	p.buf = p.buf[:0]
	defer p.flush(w)
	for len(format) > 0 {
		i := 0
		for i < len(format) && format[i] != '%' {
			i++
		}
		p.buf = append(p.buf, format[:i]...)
		format = format[i:]
		if len(format) == 0 {
			break
		}
		if len(format) > 1 && format[1] == '%' {
			p.buf = append(p.buf, '%')
			format = format[2:]
			continue
		}
		n := verbLen(format)
		verb := format[:n]
		format = format[n:]
		arg := args[0]
		args = args[1:]
		if a, ok := arg.(interface{ printTo(io.Writer) }); ok && verb == "%v" {
			a.printTo(p) // an Arg: its Rust spec decides, as in Format
			continue
		}
		p.buf = fmt.Appendf(p.buf, verb, arg)
	}
}

// printer is Printf's buffer; as an io.Writer it is where a Formatter
// writes an argument's text.
type printer struct{ buf []byte }

func (p *printer) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *printer) WriteString(s string) (int, error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

var printerPool = sync.Pool{New: func() any { return new(printer) }}

// flush writes the buffer to w, after Printf's end or a panic, and
// recycles p.
func (p *printer) flush(w io.Writer) {
	w.Write(p.buf)
	if cap(p.buf) <= 64<<10 {
		printerPool.Put(p)
	}
}

// verbLen is the length of the verb at the start of s ("%-8.3f"): the %,
// flags, width and precision digits, and the verb's letter.
func verbLen(s string) int {
	i := 1
	for i < len(s) && (s[i] == '-' || s[i] == '+' || s[i] == '#' || s[i] == ' ' || s[i] == '0' || s[i] == '.' || s[i] >= '1' && s[i] <= '9') {
		i++
	}
	if i < len(s) {
		i++
	}
	return i
}

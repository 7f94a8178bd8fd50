package rt

// Stdout: Rust's std::io::Stdout, a LineWriter around file descriptor 1.

import (
	"bytes"
	"io"
	"os"
	"sync"
)

// stdoutCap is the capacity of Rust's stdout buffer (LineWriter::new).
const stdoutCap = 1024

// LineWriter is Rust's `io::LineWriter` as used by stdout: a Write puts out
// everything up to its last '\n' and keeps the rest until a later newline,
// Flush, or exit; a partial line that outgrows the 1 KiB buffer goes out as
// well. It is safe for concurrent use, and each Write is atomic with respect
// to the others (Rust holds the stdout lock for a whole `print!`).
type LineWriter struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
}

// NewLineWriter returns a LineWriter around w.
func NewLineWriter(w io.Writer) *LineWriter {
	return &LineWriter{w: w, buf: make([]byte, 0, stdoutCap)}
}

// Stdout is the process's stdout. Rust's stdout is always line-buffered,
// also into a pipe or a file. Translated `print!`/`println!` write here;
// rt.Exit and ProcessExit flush it.
var Stdout = NewLineWriter(os.Stdout)

// Write implements `Write::write_all` of `LineWriterShim`.
func (w *LineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	i := bytes.LastIndexByte(p, '\n')
	if i < 0 {
		return len(p), w.bufferTail(p)
	}
	lines, tail := p[:i+1], p[i+1:]
	var err error
	if len(w.buf) == 0 {
		_, err = w.w.Write(lines)
	} else {
		w.buf = append(w.buf, lines...)
		err = w.flushLocked()
	}
	if err != nil {
		return 0, err
	}
	return len(p), w.bufferTail(tail)
}

// WriteString is Write for a string.
func (w *LineWriter) WriteString(s string) (int, error) {
	return w.Write([]byte(s))
}

// bufferTail is BufWriter::write_all of bytes without a newline: make room
// by flushing, and write directly what would not fit in the buffer.
func (w *LineWriter) bufferTail(p []byte) error {
	if len(p) == 0 {
		return nil
	}
	if len(w.buf)+len(p) > stdoutCap {
		if err := w.flushLocked(); err != nil {
			return err
		}
	}
	if len(p) >= stdoutCap {
		_, err := w.w.Write(p)
		return err
	}
	w.buf = append(w.buf, p...)
	return nil
}

// Flush implements `Write::flush`: the pending partial line goes out.
func (w *LineWriter) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.flushLocked()
}

func (w *LineWriter) flushLocked() error {
	if len(w.buf) == 0 {
		return nil
	}
	_, err := w.w.Write(w.buf)
	w.buf = w.buf[:0]
	return err
}

package rt

// Stdout: Rust's std::io::Stdout, a LineWriter around file descriptor 1.

import (
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
	err := lwWrite(w, p)
	w.mu.Unlock()
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// WriteString is Write for a string (without converting it).
func (w *LineWriter) WriteString(s string) (int, error) {
	w.mu.Lock()
	err := lwWrite(w, s)
	w.mu.Unlock()
	if err != nil {
		return 0, err
	}
	return len(s), nil
}

// lwWrite puts out everything up to the last newline of p and buffers the
// rest. Rust writes complete lines directly when nothing is pending; rt
// copies them through the buffer, which writes the same bytes at the same
// moment.
func lwWrite[S ~string | ~[]byte](w *LineWriter, p S) error {
	i := len(p) - 1
	for i >= 0 && p[i] != '\n' {
		i--
	}
	if i < 0 {
		return bufferTail(w, p)
	}
	w.buf = append(w.buf, p[:i+1]...)
	if err := w.flushLocked(); err != nil {
		return err
	}
	return bufferTail(w, p[i+1:])
}

// bufferTail is BufWriter::write_all of bytes without a newline: make room
// by flushing, and put out at once what would not fit in the buffer.
func bufferTail[S ~string | ~[]byte](w *LineWriter, p S) error {
	if len(p) == 0 {
		return nil
	}
	if len(w.buf)+len(p) > stdoutCap {
		if err := w.flushLocked(); err != nil {
			return err
		}
	}
	w.buf = append(w.buf, p...)
	if len(p) >= stdoutCap {
		return w.flushLocked()
	}
	return nil
}

// Flush implements `Write::flush`: the pending partial line goes out.
func (w *LineWriter) Flush() error {
	w.mu.Lock()
	err := w.flushLocked()
	w.mu.Unlock()
	return err
}

func (w *LineWriter) flushLocked() error {
	if len(w.buf) == 0 {
		return nil
	}
	_, err := w.w.Write(w.buf)
	if cap(w.buf) > 64<<10 {
		w.buf = make([]byte, 0, stdoutCap)
	} else {
		w.buf = w.buf[:0]
	}
	return err
}

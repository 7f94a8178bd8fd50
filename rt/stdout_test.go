package rt

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
)

// recWriter records each Write call separately.
type recWriter struct{ writes []string }

func (r *recWriter) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

func TestLineWriter(t *testing.T) {
	r := &recWriter{}
	w := NewLineWriter(r)
	io.WriteString(w, "a")
	io.WriteString(w, "b")
	if len(r.writes) != 0 {
		t.Fatalf("partial line went out: %q", r.writes)
	}
	io.WriteString(w, "c\nd")
	io.WriteString(w, "e\nf\ng")
	w.Flush()
	w.Flush()
	want := []string{"abc\n", "de\nf\n", "g"}
	if fmt.Sprint(r.writes) != fmt.Sprint(want) {
		t.Errorf("writes %q, want %q", r.writes, want)
	}
	// with nothing pending, complete lines go straight through
	r.writes = nil
	io.WriteString(w, "x\ny\n")
	if fmt.Sprint(r.writes) != fmt.Sprint([]string{"x\ny\n"}) {
		t.Errorf("writes %q", r.writes)
	}
	// a partial line that does not fit in 1 KiB goes out
	r.writes = nil
	io.WriteString(w, strings.Repeat("x", 1000))
	io.WriteString(w, strings.Repeat("y", 100))
	if len(r.writes) != 1 || len(r.writes[0]) != 1000 {
		t.Errorf("overflowing buffer: %d writes", len(r.writes))
	}
	io.WriteString(w, strings.Repeat("z", 2000))
	if len(r.writes) != 3 || len(r.writes[1]) != 100 || len(r.writes[2]) != 2000 {
		t.Errorf("large partial write: %d writes", len(r.writes))
	}
}

// Concurrent writers never split each other's Write.
func TestLineWriterConcurrent(t *testing.T) {
	var b bytes.Buffer
	w := NewLineWriter(&b)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				fmt.Fprintf(w, "thread %d line %d\n", g, i)
			}
		}()
	}
	wg.Wait()
	w.Flush()
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 1600 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		var g, i int
		if n, _ := fmt.Sscanf(l, "thread %d line %d", &g, &i); n != 2 {
			t.Fatalf("torn line %q", l)
		}
	}
}

// BenchmarkPrintln is `println!("hi number {} from the spawned thread!", i)`
// through rt.Stdout, against the same through a bufio.Writer
// (BenchmarkPrintlnBufio) and against fmt's unbuffered writes
// (BenchmarkPrintlnUnbuffered); all write to io.Discard.
func BenchmarkPrintln(b *testing.B) {
	w := NewLineWriter(io.Discard)
	for i := 0; b.Loop(); i++ {
		fmt.Fprintf(w, "hi number %v from the spawned thread!\n", Fmt(int32(i), DisplayInt[int32]))
	}
}

func BenchmarkPrintlnGoVerb(b *testing.B) {
	w := NewLineWriter(io.Discard)
	for i := 0; b.Loop(); i++ {
		fmt.Fprintf(w, "hi number %d from the spawned thread!\n", int32(i))
	}
}

func BenchmarkPrintlnBufio(b *testing.B) {
	w := bufio.NewWriter(io.Discard)
	for i := 0; b.Loop(); i++ {
		fmt.Fprintf(w, "hi number %d from the spawned thread!\n", int32(i))
	}
	w.Flush()
}

// BenchmarkPrint is `print!("x")`: a byte without newline, buffered.
func BenchmarkPrint(b *testing.B) {
	w := NewLineWriter(io.Discard)
	for b.Loop() {
		io.WriteString(w, "x")
	}
}

func BenchmarkPrintBufio(b *testing.B) {
	w := bufio.NewWriter(io.Discard)
	for b.Loop() {
		io.WriteString(w, "x")
	}
	w.Flush()
}

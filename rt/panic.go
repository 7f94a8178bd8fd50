package rt

// Panics: the panic hook that prints Rust's message at the panic site, the
// payload that unwinds with the Go panic, and the exit path of main.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type payloadKind uint8

const (
	payloadStr    payloadKind = iota // &'static str
	payloadString                    // String
	payloadAny                       // anything else (panic_any)
)

// Payload is the value a Rust panic unwinds with: `Box<dyn Any + Send>`.
// A joined thread that panicked returns it in Err; its Debug output is
// `Any { .. }`, as Rust prints a `Box<dyn Any>`.
type Payload struct {
	kind  payloadKind
	msg   string
	value any
}

// DowncastStr implements `payload.downcast_ref::<&str>()`: Some for the
// payload of `panic!("literal")` (and of a format string whose arguments are
// all literals, which rustc inlines), of overflow checks, `unreachable!()`,
// `todo!()`, `assert!(c)` and `Option::unwrap()`.
func (p *Payload) DowncastStr() Option[string] {
	if p == nil || p.kind != payloadStr {
		return None[string]()
	}
	return Some(p.msg)
}

// DowncastString implements `payload.downcast_ref::<String>()`: Some for the
// payload of a formatted `panic!("{}", x)`, `expect`, `Result::unwrap`,
// index out of bounds and `assert_eq!`.
func (p *Payload) DowncastString() Option[string] {
	if p == nil || p.kind != payloadString {
		return None[string]()
	}
	return Some(p.msg)
}

// Value returns the payload of `std::panic::panic_any(v)` (nil for string
// payloads), for `payload.downcast_ref::<T>()` with other types T.
func (p *Payload) Value() any {
	if p == nil || p.kind != payloadAny {
		return nil
	}
	return p.value
}

// Message returns the text the panic hook printed for this payload: the
// string payload, or `Box<dyn Any>` for any other payload, as Rust's default
// hook does.
func (p *Payload) Message() string {
	if p.kind == payloadAny {
		return "Box<dyn Any>"
	}
	return p.msg
}

// FmtDebug prints `Any { .. }`, Rust's Debug of `Box<dyn Any + Send>`.
func (p *Payload) FmtDebug(f *Formatter) {
	f.DebugStruct("Any").FinishNonExhaustive()
}

// String returns the Debug text, `Any { .. }`.
func (p *Payload) String() string { return "Any { .. }" }

// PanicStr implements `panic!("literal")` (payload `&'static str`): the
// hook prints the message at loc, then the Go panic unwinds with a
// *Payload.
func PanicStr(loc Loc, msg string) {
	p := &Payload{kind: payloadStr, msg: msg}
	hook(loc, p)
	panic(p)
}

// PanicString implements `panic!("fmt {}", x)` and the std panics whose
// message is formatted at run time (payload `String`).
func PanicString(loc Loc, msg string) {
	panic(hooked(loc, msg))
}

// hooked runs the panic hook for a panic with message msg at loc and
// returns the payload to panic with. A check that panics with it in its
// own body (panic(hooked(...))) shows Go's compiler that it does not
// return, which lets it drop its own checks after it (CheckIndex).
func hooked(loc Loc, msg string) *Payload {
	p := &Payload{kind: payloadString, msg: msg}
	hook(loc, p)
	return p
}

// PanicAny implements `std::panic::panic_any(v)`: the hook prints
// `Box<dyn Any>` (or the string if v is a string), and the payload's Value
// is v.
func PanicAny(loc Loc, v any) {
	var p *Payload
	switch s := v.(type) {
	case string:
		p = &Payload{kind: payloadString, msg: s}
	default:
		p = &Payload{kind: payloadAny, value: v}
	}
	hook(loc, p)
	panic(p)
}

// ResumeUnwind implements `std::panic::resume_unwind(payload)`: it unwinds
// again with p without running the panic hook (nothing is printed).
func ResumeUnwind(p *Payload) {
	t := Current()
	if !t.panicking.Swap(true) {
		panicking.Add(1)
	}
	panic(p)
}

// CatchUnwind implements `std::panic::catch_unwind(f)`: Ok(f()) or the
// payload of the panic that f raised (its message was already printed).
func CatchUnwind[T any](f func() T) (r Result[T, *Payload]) {
	defer func() {
		if x := recover(); x != nil {
			r = Err[T](recoverPayload(x))
			endPanicking(Current())
		}
	}()
	return Ok[T, *Payload](f())
}

// Panicking implements `std::thread::panicking()`: true in the current
// thread while it unwinds from a panic. It costs one atomic load while no
// thread is panicking.
func Panicking() bool {
	return panicking.Load() != 0 && currentPanicking()
}

//go:noinline
func currentPanicking() bool { return Current().panicking.Load() }

// Exit must be deferred first thing in the translated main
// (`defer rt.Exit()`). On a normal return it flushes Stdout. When main
// panics it makes sure the panic message was printed (a Go runtime error
// that did not go through the hook gets a Rust-shaped message now), flushes
// Stdout and exits with status 101, as a Rust program whose main thread
// panicked.
func Exit() {
	x := recover()
	if x == nil {
		Stdout.Flush()
		return
	}
	recoverPayload(x)
	Stdout.Flush()
	os.Exit(101)
}

// MainResult reports the Err a Rust main returned, as Rust's Termination
// does: `Error: ` and the error's Debug form on stderr, exit code 1.
func MainResult[E any](r Result[Unit, E], debug func(E, *Formatter)) {
	if r.IsOk() {
		return
	}
	Stdout.Flush()
	fmt.Fprintf(os.Stderr, "Error: %v\n", Fmt(r.ErrValue(), debug))
	os.Exit(1)
}

// ProcessExit implements `std::process::exit(code)`: pending stdout is
// flushed, destructors do not run.
func ProcessExit(code int32) {
	Stdout.Flush()
	os.Exit(int(code))
}

var (
	// panicking counts the threads that are unwinding now; Panicking only
	// looks the current thread up while it is not zero.
	panicking atomic.Int32
	// firstPanic is cleared by the first panic message, which alone gets
	// the RUST_BACKTRACE note.
	firstPanic atomic.Bool
	// stderrMu keeps one panic message in one piece.
	stderrMu sync.Mutex
	// panicOut is where the hook writes (tests redirect it).
	panicOut io.Writer = os.Stderr
)

func init() { firstPanic.Store(true) }

// hook is Rust's default panic hook: it marks the thread as panicking and
// prints "\nthread '<name>' (<n>) panicked at <loc>:\n<msg>\n", plus the
// backtrace note after the first panic of the process. Rust prints the note
// only when RUST_BACKTRACE is unset; rt cannot print a backtrace, so it
// always behaves as if it were unset. Stdout is not flushed: Rust does not.
func hook(loc Loc, p *Payload) {
	t := Current()
	if !t.panicking.Swap(true) {
		panicking.Add(1)
	}
	runHook(t, string(loc), p)
}

func printPanic(t *Thread, loc, msg string) {
	var b []byte
	b = append(b, "\nthread '"...)
	b = append(b, t.displayName()...)
	b = append(b, "' ("...)
	b = strconv.AppendUint(b, uint64(t.id), 10)
	b = append(b, ") panicked at "...)
	b = append(b, loc...)
	b = append(b, ":\n"...)
	b = append(b, msg...)
	b = append(b, '\n')
	if firstPanic.Swap(false) {
		b = append(b, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"...)
	}
	stderrMu.Lock()
	panicOut.Write(b)
	stderrMu.Unlock()
}

// endPanicking clears t's panicking state once its unwinding stopped.
func endPanicking(t *Thread) {
	if t.panicking.Swap(false) {
		panicking.Add(-1)
	}
}

// recoverPayload turns a recovered Go panic value into a Payload. An rt
// payload was already reported by the hook; any other value (a Go runtime
// error such as a nil map write, or a panic from Go code) is reported now,
// at the Go position of the panic, in Rust's shape.
func recoverPayload(x any) *Payload {
	if p, ok := x.(*Payload); ok {
		return p
	}
	msg := goPanicMessage(x)
	t := Current()
	if !t.panicking.Swap(true) {
		panicking.Add(1)
	}
	p := &Payload{kind: payloadString, msg: msg}
	runHook(t, goPanicSite(), p)
	return p
}

// goPanicMessage words a Go panic value like the Rust panic it stands for.
func goPanicMessage(x any) string {
	var re runtime.Error
	if err, ok := x.(error); ok && errors.As(err, &re) {
		s := strings.TrimPrefix(re.Error(), "runtime error: ")
		if i, n, ok := parseGoIndexError(s); ok {
			return "index out of bounds: the len is " + n + " but the index is " + i
		}
		if s == "integer divide by zero" {
			return "attempt to divide by zero"
		}
		return s
	}
	switch v := x.(type) {
	case string:
		return v
	case error:
		return v.Error()
	case fmt.Stringer:
		return v.String()
	}
	return "Box<dyn Any>"
}

// parseGoIndexError reads Go's "index out of range [10] with length 3".
func parseGoIndexError(s string) (index, length string, ok bool) {
	rest, ok := strings.CutPrefix(s, "index out of range [")
	if !ok {
		return "", "", false
	}
	index, rest, ok = strings.Cut(rest, "] with length ")
	if !ok {
		return "", "", false
	}
	return index, rest, true
}

// goPanicSite finds the position of the frame that raised a Go panic; it is
// called from a deferred function while the panic is in flight, so the
// panicking frames are still on the stack above runtime.gopanic. Go knows
// no columns: the site prints as "file:line".
func goPanicSite() string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	seenPanic := false
	for {
		fr, more := frames.Next()
		if seenPanic && !strings.HasPrefix(fr.Function, "runtime.") {
			return fr.File + ":" + strconv.Itoa(fr.Line)
		}
		if fr.Function == "runtime.gopanic" {
			seenPanic = true
		}
		if !more {
			return "<unknown>"
		}
	}
}

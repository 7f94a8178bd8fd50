package rt

// Scoped threads: std::thread::scope.

import (
	"sync"
	"sync/atomic"
)

// ScopeT is Rust's `thread::Scope`: scoped threads may borrow from the
// stack frame that called Scope, which waits for all of them.
type ScopeT struct {
	wg sync.WaitGroup
	// unhandled counts scoped threads that panicked and were not joined.
	unhandled atomic.Int32
}

// Scope implements `thread::scope(|s| ...)`: it runs f, then waits for
// every thread spawned in the scope. If f panicked, the panic goes on (its
// message was printed already). Otherwise, if a scoped thread panicked and
// was not joined, Scope panics at loc, the position of the `thread::scope`
// call, with "a scoped thread panicked".
func Scope[T any](loc Loc, f func(s *ScopeT) T) T {
	s := &ScopeT{}
	var result T
	p := runScope(s, f, &result)
	s.wg.Wait()
	if p != nil {
		panic(p)
	}
	if s.unhandled.Load() > 0 {
		PanicStr(loc, "a scoped thread panicked")
	}
	return result
}

// runScope runs f and catches its panic, which Scope re-raises after
// joining the scoped threads (the thread stays marked as panicking).
func runScope[T any](s *ScopeT, f func(*ScopeT) T, result *T) (p *Payload) {
	defer func() {
		if x := recover(); x != nil {
			p = recoverPayload(x)
		}
	}()
	*result = f(s)
	return nil
}

// ScopedJoinHandle is Rust's `ScopedJoinHandle<'scope, T>`.
type ScopedJoinHandle[T any] struct {
	c   threadCore
	f   func() T
	val T
}

// FmtDebug prints `ScopedJoinHandle { .. }`, as Rust's Debug does.
func (h *ScopedJoinHandle[T]) FmtDebug(f *Formatter) {
	f.DebugStruct("ScopedJoinHandle").FinishNonExhaustive()
}

func (h *ScopedJoinHandle[T]) run() { h.val = h.f() }

// ScopeSpawn implements `Scope::spawn` for a closure returning a value.
func ScopeSpawn[T any](s *ScopeT, f func() T) *ScopedJoinHandle[T] {
	h := &ScopedJoinHandle[T]{f: f}
	h.c.body = h
	h.c.scope = s
	h.c.start()
	return h
}

// Spawn implements `Scope::spawn` for a closure returning `()`.
func (s *ScopeT) Spawn(f func()) *ScopedJoinHandle[Unit] {
	h := &ScopedJoinHandle[Unit]{}
	h.c.body = unitFunc(f)
	h.c.scope = s
	h.c.start()
	return h
}

// BuilderSpawnScoped implements `Builder::spawn_scoped`.
func BuilderSpawnScoped[T any](b *Builder, s *ScopeT, f func() T) Result[*ScopedJoinHandle[T], IoError] {
	h := &ScopedJoinHandle[T]{f: f}
	h.c.body = h
	b.setup(&h.c)
	h.c.scope = s
	h.c.start()
	return Ok[*ScopedJoinHandle[T], IoError](h)
}

// Join implements `ScopedJoinHandle::join`.
func (h *ScopedJoinHandle[T]) Join() Result[T, *Payload] {
	if p := h.c.join(); p != nil {
		return Err[T](p)
	}
	return Ok[T, *Payload](h.val)
}

// IsFinished implements `ScopedJoinHandle::is_finished`.
func (h *ScopedJoinHandle[T]) IsFinished() bool { return h.c.thread.finished.Load() }

// Thread implements `ScopedJoinHandle::thread`.
func (h *ScopedJoinHandle[T]) Thread() *Thread { return &h.c.thread }

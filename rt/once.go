package rt

// One-time initialization: std::sync::Once (SyncOnce), OnceLock<T> and
// LazyLock<T>.
// Each has a lock-free fast path (one atomic load once initialized) and a
// mutex for the first call, which also makes other callers wait for it.

import (
	"sync"
	"sync/atomic"
)

// SyncOnce implements std::sync::Once (named so beside Once, which is
// std::iter::once). The zero value is a new Once (a `static INIT: Once =
// Once::new()` is a plain `var INIT rt.SyncOnce`).
type SyncOnce struct {
	done     atomic.Bool
	mu       sync.Mutex
	poisoned bool          // the closure panicked (mu)
	wake     chan struct{} // Wait callers sleep on it; closed when a closure ends (mu)
}

// NewSyncOnce implements Once::new.
func NewSyncOnce() *SyncOnce { return &SyncOnce{} }

// OnceState implements std::sync::OnceState, given to CallOnceForce's
// closure.
type OnceState struct{ poisoned bool }

// IsPoisoned implements OnceState::is_poisoned: an earlier closure
// panicked.
func (s OnceState) IsPoisoned() bool { return s.poisoned }

// CallOnce implements Once::call_once: f runs once, the first time any
// thread gets here; the others wait until it has returned. If f panics the
// Once is poisoned, and any later call_once panics at loc with "Once
// instance has previously been poisoned".
func (o *SyncOnce) CallOnce(loc Loc, f func()) {
	if o.done.Load() {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done.Load() {
		return
	}
	if o.poisoned {
		PanicStr(loc, "Once instance has previously been poisoned")
	}
	o.run(f)
}

// CallOnceForce implements Once::call_once_force: as CallOnce, but it also
// runs on a poisoned Once, telling f so through the OnceState.
func (o *SyncOnce) CallOnceForce(f func(OnceState)) {
	if o.done.Load() {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done.Load() {
		return
	}
	o.run(func() { f(OnceState{o.poisoned}) })
}

// run calls f with o.mu held: it completes the Once, or poisons it if f
// panics.
func (o *SyncOnce) run(f func()) {
	ok := false
	defer func() {
		if !ok {
			o.poisoned = true
		}
		if o.wake != nil {
			close(o.wake)
			o.wake = nil
		}
	}()
	f()
	ok = true
	o.poisoned = false
	o.done.Store(true)
}

// IsCompleted implements Once::is_completed: true once a closure has
// returned normally.
func (o *SyncOnce) IsCompleted() bool { return o.done.Load() }

// Wait implements Once::wait: it blocks until the Once is completed, and
// panics at loc with "Once instance has previously been poisoned" if it is
// (or becomes) poisoned.
func (o *SyncOnce) Wait(loc Loc) {
	for !o.done.Load() {
		o.mu.Lock()
		if o.done.Load() {
			o.mu.Unlock()
			return
		}
		if o.poisoned {
			o.mu.Unlock()
			PanicStr(loc, "Once instance has previously been poisoned")
		}
		if o.wake == nil {
			o.wake = make(chan struct{})
		}
		w := o.wake
		o.mu.Unlock()
		<-w
	}
}

// FmtDebug prints `Once { .. }`.
func (o *SyncOnce) FmtDebug(f *Formatter) { f.DebugStruct("Once").FinishNonExhaustive() }

// OnceLock implements std::sync::OnceLock<T>: a cell written at most once.
// The zero value is an empty cell (`OnceLock::new()`).
type OnceLock[T any] struct {
	done atomic.Bool
	mu   sync.Mutex
	wake chan struct{} // Wait callers sleep on it; closed when set (mu)
	val  T
}

// NewOnceLock implements OnceLock::new.
func NewOnceLock[T any]() *OnceLock[T] { return &OnceLock[T]{} }

// Get implements OnceLock::get: Some(pointer to the value) once set.
func (c *OnceLock[T]) Get() Option[*T] {
	if c.done.Load() {
		return Some(&c.val)
	}
	return None[*T]()
}

// GetMut implements OnceLock::get_mut.
func (c *OnceLock[T]) GetMut() Option[*T] { return c.Get() }

// Set implements OnceLock::set: Ok(()) if the cell was empty, Err(v) (the
// value handed back) if it was already set. A concurrent initialization is
// waited for.
func (c *OnceLock[T]) Set(v T) Result[Unit, T] {
	if c.done.Load() {
		return Err[Unit](v)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done.Load() {
		return Err[Unit](v)
	}
	c.val = v
	c.complete()
	return Ok[Unit, T](Unit{})
}

// GetOrInit implements OnceLock::get_or_init: the value, computing it with
// f if the cell is empty. If f panics the cell stays empty (OnceLock is
// never poisoned) and a later call tries again.
func (c *OnceLock[T]) GetOrInit(f func() T) *T {
	if c.done.Load() {
		return &c.val
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.done.Load() {
		c.val = f()
		c.complete()
	}
	return &c.val
}

// complete marks the cell set and wakes Wait callers (c.mu held).
func (c *OnceLock[T]) complete() {
	c.done.Store(true)
	if c.wake != nil {
		close(c.wake)
		c.wake = nil
	}
}

// Wait implements OnceLock::wait: it blocks until the cell is set and
// returns the value.
func (c *OnceLock[T]) Wait() *T {
	for !c.done.Load() {
		c.mu.Lock()
		if c.done.Load() {
			c.mu.Unlock()
			break
		}
		if c.wake == nil {
			c.wake = make(chan struct{})
		}
		w := c.wake
		c.mu.Unlock()
		<-w
	}
	return &c.val
}

// IntoInner implements OnceLock::into_inner.
func (c *OnceLock[T]) IntoInner() Option[T] {
	if c.done.Load() {
		return Some(c.val)
	}
	return None[T]()
}

// Take implements OnceLock::take: the value, leaving the cell empty.
func (c *OnceLock[T]) Take() Option[T] {
	if !c.done.Load() {
		return None[T]()
	}
	v := c.val
	var zero T
	c.val = zero
	c.done.Store(false)
	return Some(v)
}

// FmtDebug prints `OnceLock(<value>)` or `OnceLock(<uninit>)`.
func (c *OnceLock[T]) FmtDebug(f *Formatter) { DebugOnceLock(DebugOf[T])(c, f) }

// DebugOnceLock returns the Debug formatter of OnceLock<T> given the one of T.
func DebugOnceLock[T any](elem func(T, *Formatter)) func(*OnceLock[T], *Formatter) {
	return func(c *OnceLock[T], f *Formatter) {
		d := f.DebugTuple("OnceLock")
		if c.done.Load() {
			d.Field(Fmt(c.val, elem))
		} else {
			d.Field(Fmt("<uninit>", writeRaw))
		}
		d.Finish()
	}
}

// LazyLock implements std::sync::LazyLock<T>: a value computed by f on
// first use (Force, which Deref calls), once, whichever thread gets there
// first. If f panics the LazyLock is poisoned and every later use panics.
type LazyLock[T any] struct {
	done     atomic.Bool
	mu       sync.Mutex
	poisoned bool
	f        func() T
	val      T
}

// lazyPoisonLoc is where Rust 1.95's std raises the LazyLock poison panic.
const lazyPoisonLoc Loc = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/sync/lazy_lock.rs:410:5"

// NewLazyLock implements LazyLock::new(f).
func NewLazyLock[T any](f func() T) *LazyLock[T] { return &LazyLock[T]{f: f} }

// Force implements LazyLock::force and Deref: a pointer to the value,
// initializing it first if needed.
func (l *LazyLock[T]) Force() *T {
	if l.done.Load() {
		return &l.val
	}
	return l.init()
}

// Get returns a copy of the value (`*LAZY` for a Copy type).
func (l *LazyLock[T]) Get() T { return *l.Force() }

func (l *LazyLock[T]) init() *T {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done.Load() {
		return &l.val
	}
	if l.poisoned {
		PanicStr(lazyPoisonLoc, "LazyLock instance has previously been poisoned")
	}
	l.poisoned = true // until f returns
	l.val = l.f()
	l.f = nil
	l.poisoned = false
	l.done.Store(true)
	return &l.val
}

// FmtDebug prints `LazyLock(<value>)` or `LazyLock(<uninit>)`; it does not
// force the value.
func (l *LazyLock[T]) FmtDebug(f *Formatter) {
	d := f.DebugTuple("LazyLock")
	if l.done.Load() {
		d.Field(Fmt(l.val, DebugOf[T]))
	} else {
		d.Field(Fmt("<uninit>", writeRaw))
	}
	d.Finish()
}

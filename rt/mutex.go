package rt

// Mutex: std::sync::Mutex<T> with its guard, poisoning, PoisonError and
// TryLockError (the last two are shared with RwLock).

import (
	"sync"
	"sync/atomic"
)

// PoisonError implements std::sync::PoisonError<G>: the lock was poisoned
// by a thread that panicked while holding it. The guard (or the value, for
// into_inner / get_mut) is still inside and reachable.
type PoisonError[G any] struct{ v G }

// NewPoisonError implements PoisonError::new.
func NewPoisonError[G any](v G) PoisonError[G] { return PoisonError[G]{v} }

// IntoInner implements PoisonError::into_inner: the guard despite the
// poison.
func (e PoisonError[G]) IntoInner() G { return e.v }

// GetRef implements PoisonError::get_ref.
func (e *PoisonError[G]) GetRef() *G { return &e.v }

// GetMut implements PoisonError::get_mut.
func (e *PoisonError[G]) GetMut() *G { return &e.v }

// FmtDebug prints `PoisonError { .. }`.
func (PoisonError[G]) FmtDebug(f *Formatter) { f.DebugStruct("PoisonError").FinishNonExhaustive() }

// FmtDisplay prints `poisoned lock: another task failed inside`.
func (PoisonError[G]) FmtDisplay(f *Formatter) {
	f.WriteStr("poisoned lock: another task failed inside")
}

// TryLockError implements the enum std::sync::TryLockError<G>:
// Poisoned(PoisonError<G>) or WouldBlock. Build one with
// TryLockErrorPoisoned or TryLockErrorWouldBlock; match it with Poisoned
// and IsWouldBlock.
type TryLockError[G any] struct {
	wouldBlock bool
	p          PoisonError[G]
}

// TryLockErrorPoisoned builds TryLockError::Poisoned(p).
func TryLockErrorPoisoned[G any](p PoisonError[G]) TryLockError[G] {
	return TryLockError[G]{p: p}
}

// TryLockErrorWouldBlock builds TryLockError::WouldBlock.
func TryLockErrorWouldBlock[G any]() TryLockError[G] { return TryLockError[G]{wouldBlock: true} }

// IsWouldBlock reports whether e is TryLockError::WouldBlock.
func (e TryLockError[G]) IsWouldBlock() bool { return e.wouldBlock }

// IsPoisoned reports whether e is TryLockError::Poisoned.
func (e TryLockError[G]) IsPoisoned() bool { return !e.wouldBlock }

// Poisoned matches `TryLockError::Poisoned(p)`.
func (e TryLockError[G]) Poisoned() (PoisonError[G], bool) { return e.p, !e.wouldBlock }

// FmtDebug prints `"WouldBlock"` or `"Poisoned(..)"`, quotes included: Rust
// formats a string literal with Debug there.
func (e TryLockError[G]) FmtDebug(f *Formatter) {
	if e.wouldBlock {
		f.WriteStr(`"WouldBlock"`)
	} else {
		f.WriteStr(`"Poisoned(..)"`)
	}
}

// FmtDisplay prints `try_lock failed because the operation would block` or
// the PoisonError text.
func (e TryLockError[G]) FmtDisplay(f *Formatter) {
	if e.wouldBlock {
		f.WriteStr("try_lock failed because the operation would block")
	} else {
		e.p.FmtDisplay(f)
	}
}

// lockUnwrapFailed is the panic of `lock().unwrap()` on a poisoned lock.
// The lock is released while the panic unwinds, after its message is
// printed, as Rust drops the guard inside the PoisonError.
//
//go:noinline
func lockUnwrapFailed(loc Loc, unlock func()) {
	defer unlock()
	PanicString(loc, "called `Result::unwrap()` on an `Err` value: PoisonError { .. }")
}

// Mutex implements std::sync::Mutex<T>. Create it with NewMutex (or use the
// zero value, `Mutex::new(Default::default())`) and keep it behind a
// pointer: Rust moves a Mutex only while it is unlocked, Go must not copy
// one at all.
type Mutex[T any] struct {
	c    lockCore
	data T
}

// lockCore is the part of Mutex that does not depend on T: the lock and its
// poison bookkeeping. Its methods are not generic, so that a guard's lock
// and unlock cost one plain call each.
type lockCore struct {
	mu       sync.Mutex
	poisoned atomic.Bool
	// panicked is true while the guard's thread was already panicking when
	// it took the lock (Rust poisons only if the holder starts panicking
	// while holding it). It is false whenever the mutex is unlocked, so the
	// fast path of locking does not write it.
	panicked bool
}

// lockUnwrap locks, and panics as `lock().unwrap()` if poisoned.
func (c *lockCore) lockUnwrap(loc Loc) {
	c.mu.Lock()
	if c.poisoned.Load() || anyPanicking() {
		c.lockSlow(loc)
	}
}

func (c *lockCore) lockSlow(loc Loc) {
	if c.poisoned.Load() {
		lockUnwrapFailed(loc, c.mu.Unlock)
	}
	c.panicked = Panicking()
}

// lock locks and reports whether the mutex is poisoned.
func (c *lockCore) lock() (poisoned bool) {
	c.mu.Lock()
	if anyPanicking() {
		c.panicked = Panicking()
	}
	return c.poisoned.Load()
}

// tryLock is lock without blocking.
func (c *lockCore) tryLock() (locked, poisoned bool) {
	if !c.mu.TryLock() {
		return false, false
	}
	if anyPanicking() {
		c.panicked = Panicking()
	}
	return true, c.poisoned.Load()
}

// unlock is the guard's drop: it poisons the mutex if the thread began
// panicking while holding it (Rust's poison::Flag::done), and unlocks.
func (c *lockCore) unlock() {
	if c.panicked || anyPanicking() {
		c.unlockSlow()
	}
	c.mu.Unlock()
}

func (c *lockCore) unlockSlow() {
	if !c.panicked && Panicking() {
		c.poisoned.Store(true)
	}
	c.panicked = false
}

// unlockForWait and relockAfterWait are the raw unlock and lock that
// Condvar::wait does around its sleep; they keep the guard's own poison
// bookkeeping.
func (c *lockCore) unlockForWait() bool {
	p := c.panicked
	c.panicked = false
	c.mu.Unlock()
	return p
}

func (c *lockCore) relockAfterWait(panicked bool) {
	c.mu.Lock()
	c.panicked = panicked
}

// anyPanicking is the first, inlinable half of Panicking: false while no
// thread at all is unwinding, which makes the poison bookkeeping of lock
// and unlock one atomic load each.
func anyPanicking() bool { return panicking.Load() != 0 }

// MutexGuard implements std::sync::MutexGuard<'_, T>. It is the locked
// Mutex seen through its guard methods (the same memory: locking allocates
// nothing). A guard is a handle: moving it (even into another function)
// is a Go copy of the pointer; Drop unlocks, at the Rust drop point.
type MutexGuard[T any] Mutex[T]

// NewMutex implements Mutex::new(v).
func NewMutex[T any](v T) *Mutex[T] { return &Mutex[T]{data: v} }

// Lock implements Mutex::lock: blocks until the lock is free, then returns
// Ok(guard), or Err(PoisonError(guard)) if the mutex is poisoned (the lock
// is held either way).
func (m *Mutex[T]) Lock() Result[*MutexGuard[T], PoisonError[*MutexGuard[T]]] {
	poisoned := m.c.lock()
	g := (*MutexGuard[T])(m)
	// Both sides hold the guard: one branch-free literal (of Result's
	// fields, result.go) keeps Lock inlinable.
	return Result[*MutexGuard[T], PoisonError[*MutexGuard[T]]]{v: g, e: PoisonError[*MutexGuard[T]]{g}, ok: !poisoned}
}

// LockUnwrap is `m.lock().unwrap()` in one call: the guard, or the panic
// "called `Result::unwrap()` on an `Err` value: PoisonError { .. }" at loc
// if the mutex is poisoned. Prefer it to Lock().Unwrap(loc): it builds no
// Result, and on that panic it releases the lock while unwinding, as Rust
// drops the guard held inside the error.
func (m *Mutex[T]) LockUnwrap(loc Loc) *MutexGuard[T] {
	m.c.lockUnwrap(loc)
	return (*MutexGuard[T])(m)
}

// TryLock implements Mutex::try_lock: Ok(guard) if the lock was free,
// Err(WouldBlock) if not, Err(Poisoned(..)) (holding the lock) if poisoned.
func (m *Mutex[T]) TryLock() Result[*MutexGuard[T], TryLockError[*MutexGuard[T]]] {
	locked, poisoned := m.c.tryLock()
	if !locked {
		return Err[*MutexGuard[T]](TryLockErrorWouldBlock[*MutexGuard[T]]())
	}
	g := (*MutexGuard[T])(m)
	if poisoned {
		return Err[*MutexGuard[T]](TryLockErrorPoisoned(PoisonError[*MutexGuard[T]]{g}))
	}
	return Ok[*MutexGuard[T], TryLockError[*MutexGuard[T]]](g)
}

// IsPoisoned implements Mutex::is_poisoned.
func (m *Mutex[T]) IsPoisoned() bool { return m.c.poisoned.Load() }

// ClearPoison implements Mutex::clear_poison.
func (m *Mutex[T]) ClearPoison() { m.c.poisoned.Store(false) }

// IntoInner implements Mutex::into_inner: the value, in Err(PoisonError(v))
// if poisoned.
func (m *Mutex[T]) IntoInner() Result[T, PoisonError[T]] {
	if m.c.poisoned.Load() {
		return Err[T](PoisonError[T]{m.data})
	}
	return Ok[T, PoisonError[T]](m.data)
}

// GetMut implements Mutex::get_mut (exclusive access without locking):
// a pointer to the value, in Err(PoisonError(p)) if poisoned.
func (m *Mutex[T]) GetMut() Result[*T, PoisonError[*T]] {
	if m.c.poisoned.Load() {
		return Err[*T](PoisonError[*T]{&m.data})
	}
	return Ok[*T, PoisonError[*T]](&m.data)
}

// FmtDebug prints `Mutex { data: <value>, poisoned: false, .. }` (the value
// with DebugAny; `data: "<locked>"` while a guard holds it).
func (m *Mutex[T]) FmtDebug(f *Formatter) { DebugMutex(DebugOf[T])(m, f) }

// DebugMutex returns the Debug formatter of Mutex<T> given the one of T.
func DebugMutex[T any](elem func(T, *Formatter)) func(*Mutex[T], *Formatter) {
	return func(m *Mutex[T], f *Formatter) {
		d := f.DebugStruct("Mutex")
		if m.c.mu.TryLock() {
			d.Field("data", Fmt(m.data, elem))
			m.c.mu.Unlock()
		} else {
			d.Field("data", Fmt(`"<locked>"`, writeRaw))
		}
		d.Field("poisoned", Fmt(m.c.poisoned.Load(), DebugBool))
		d.FinishNonExhaustive()
	}
}

// writeRaw writes s as it is (a placeholder in Debug output).
func writeRaw(s string, f *Formatter) { f.WriteStr(s) }

// Get returns a copy of the guarded value (`*guard` for a Copy type).
func (g *MutexGuard[T]) Get() T { return g.data }

// Set stores v (`*guard = v`).
func (g *MutexGuard[T]) Set(v T) { g.data = v }

// Ptr returns a pointer to the guarded value, valid until Drop (deref and
// deref_mut: `guard.push(x)`, `*guard += 1`).
func (g *MutexGuard[T]) Ptr() *T { return &g.data }

// Drop drops the guard: it unlocks the mutex, and poisons it if the thread
// began panicking while holding it.
func (g *MutexGuard[T]) Drop() { g.c.unlock() }

// FmtDebug prints the guarded value's Debug (MutexGuard is transparent).
func (g *MutexGuard[T]) FmtDebug(f *Formatter) { DebugAny(g.data, f) }

// FmtDisplay prints the guarded value's Display.
func (g *MutexGuard[T]) FmtDisplay(f *Formatter) { displayAny(g.data, f) }

// displayAny formats a guarded value with Display when its type is only
// known at run time: a DisplayFormatter, or one of the Go types of Rust's
// primitives (as DebugAny does for Debug).
func displayAny(v any, f *Formatter) {
	switch x := v.(type) {
	case DisplayFormatter:
		x.FmtDisplay(f)
	case string:
		DisplayStr(x, f)
	case bool:
		DisplayBool(x, f)
	case int:
		DisplayInt(x, f)
	case int8:
		DisplayInt(x, f)
	case int16:
		DisplayInt(x, f)
	case int32:
		DisplayInt(x, f)
	case int64:
		DisplayInt(x, f)
	case uint:
		DisplayInt(x, f)
	case uint8:
		DisplayInt(x, f)
	case uint16:
		DisplayInt(x, f)
	case uint32:
		DisplayInt(x, f)
	case uint64:
		DisplayInt(x, f)
	case float32:
		DisplayFloat(x, f)
	case float64:
		DisplayFloat(x, f)
	default:
		f.WriteStr("<?>")
	}
}

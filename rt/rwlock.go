package rt

// RwLock: std::sync::RwLock<T> with read and write guards. Only write guards
// poison, as in Rust.

import (
	"sync"
	"sync/atomic"
)

// RwLock implements std::sync::RwLock<T> on a sync.RWMutex (writer
// preferring: a waiting writer holds back new readers, as Rust's futex
// RwLock does). Create it with NewRwLock and keep it behind a pointer.
type RwLock[T any] struct {
	c    rwCore
	data T
}

// rwCore is the part of RwLock that does not depend on T (see lockCore).
type rwCore struct {
	mu       sync.RWMutex
	poisoned atomic.Bool
	panicked bool // as lockCore.panicked, for the write guard
}

func (c *rwCore) readUnwrap(loc Loc) {
	c.mu.RLock()
	if c.poisoned.Load() {
		lockUnwrapFailed(loc, c.mu.RUnlock)
	}
}

func (c *rwCore) read() (poisoned bool) {
	c.mu.RLock()
	return c.poisoned.Load()
}

func (c *rwCore) readUnlock() { c.mu.RUnlock() }

func (c *rwCore) writeUnwrap(loc Loc) {
	c.mu.Lock()
	if c.poisoned.Load() || anyPanicking() {
		c.writeSlow(loc)
	}
}

func (c *rwCore) writeSlow(loc Loc) {
	if c.poisoned.Load() {
		lockUnwrapFailed(loc, c.mu.Unlock)
	}
	c.panicked = Panicking()
}

func (c *rwCore) write() (poisoned bool) {
	c.mu.Lock()
	if anyPanicking() {
		c.panicked = Panicking()
	}
	return c.poisoned.Load()
}

func (c *rwCore) tryWrite() (locked, poisoned bool) {
	if !c.mu.TryLock() {
		return false, false
	}
	if anyPanicking() {
		c.panicked = Panicking()
	}
	return true, c.poisoned.Load()
}

// writeUnlock is the write guard's drop (see lockCore.unlock).
func (c *rwCore) writeUnlock() {
	if c.panicked || anyPanicking() {
		c.writeUnlockSlow()
	}
	c.mu.Unlock()
}

func (c *rwCore) writeUnlockSlow() {
	if !c.panicked && Panicking() {
		c.poisoned.Store(true)
	}
	c.panicked = false
}

// RwLockReadGuard implements std::sync::RwLockReadGuard<'_, T>: the
// read-locked RwLock seen through read-only guard methods. Readers share
// the same guard pointer; each Drop releases one read lock.
type RwLockReadGuard[T any] RwLock[T]

// RwLockWriteGuard implements std::sync::RwLockWriteGuard<'_, T>.
type RwLockWriteGuard[T any] RwLock[T]

// NewRwLock implements RwLock::new(v).
func NewRwLock[T any](v T) *RwLock[T] { return &RwLock[T]{data: v} }

// Read implements RwLock::read: shared access, Err(PoisonError(guard)) if a
// writer panicked (the read lock is held either way).
func (l *RwLock[T]) Read() Result[*RwLockReadGuard[T], PoisonError[*RwLockReadGuard[T]]] {
	poisoned := l.c.read()
	g := (*RwLockReadGuard[T])(l)
	// One branch-free literal keeps Read inlinable (as Mutex.Lock).
	return Result[*RwLockReadGuard[T], PoisonError[*RwLockReadGuard[T]]]{v: g, e: PoisonError[*RwLockReadGuard[T]]{g}, ok: !poisoned}
}

// ReadUnwrap is `l.read().unwrap()` in one call (see Mutex.LockUnwrap).
func (l *RwLock[T]) ReadUnwrap(loc Loc) *RwLockReadGuard[T] {
	l.c.readUnwrap(loc)
	return (*RwLockReadGuard[T])(l)
}

// Write implements RwLock::write: exclusive access, Err(PoisonError(guard))
// if poisoned (the lock is held either way).
func (l *RwLock[T]) Write() Result[*RwLockWriteGuard[T], PoisonError[*RwLockWriteGuard[T]]] {
	poisoned := l.c.write()
	g := (*RwLockWriteGuard[T])(l)
	return Result[*RwLockWriteGuard[T], PoisonError[*RwLockWriteGuard[T]]]{v: g, e: PoisonError[*RwLockWriteGuard[T]]{g}, ok: !poisoned}
}

// WriteUnwrap is `l.write().unwrap()` in one call (see Mutex.LockUnwrap).
func (l *RwLock[T]) WriteUnwrap(loc Loc) *RwLockWriteGuard[T] {
	l.c.writeUnwrap(loc)
	return (*RwLockWriteGuard[T])(l)
}

// TryRead implements RwLock::try_read: Err(WouldBlock) while a writer holds
// or waits for the lock.
func (l *RwLock[T]) TryRead() Result[*RwLockReadGuard[T], TryLockError[*RwLockReadGuard[T]]] {
	if !l.c.mu.TryRLock() {
		return Err[*RwLockReadGuard[T]](TryLockErrorWouldBlock[*RwLockReadGuard[T]]())
	}
	g := (*RwLockReadGuard[T])(l)
	if l.c.poisoned.Load() {
		return Err[*RwLockReadGuard[T]](TryLockErrorPoisoned(PoisonError[*RwLockReadGuard[T]]{g}))
	}
	return Ok[*RwLockReadGuard[T], TryLockError[*RwLockReadGuard[T]]](g)
}

// TryWrite implements RwLock::try_write: Err(WouldBlock) while any guard is
// alive.
func (l *RwLock[T]) TryWrite() Result[*RwLockWriteGuard[T], TryLockError[*RwLockWriteGuard[T]]] {
	locked, poisoned := l.c.tryWrite()
	if !locked {
		return Err[*RwLockWriteGuard[T]](TryLockErrorWouldBlock[*RwLockWriteGuard[T]]())
	}
	g := (*RwLockWriteGuard[T])(l)
	if poisoned {
		return Err[*RwLockWriteGuard[T]](TryLockErrorPoisoned(PoisonError[*RwLockWriteGuard[T]]{g}))
	}
	return Ok[*RwLockWriteGuard[T], TryLockError[*RwLockWriteGuard[T]]](g)
}

// IsPoisoned implements RwLock::is_poisoned.
func (l *RwLock[T]) IsPoisoned() bool { return l.c.poisoned.Load() }

// ClearPoison implements RwLock::clear_poison.
func (l *RwLock[T]) ClearPoison() { l.c.poisoned.Store(false) }

// IntoInner implements RwLock::into_inner.
func (l *RwLock[T]) IntoInner() Result[T, PoisonError[T]] {
	if l.c.poisoned.Load() {
		return Err[T](PoisonError[T]{l.data})
	}
	return Ok[T, PoisonError[T]](l.data)
}

// GetMut implements RwLock::get_mut.
func (l *RwLock[T]) GetMut() Result[*T, PoisonError[*T]] {
	if l.c.poisoned.Load() {
		return Err[*T](PoisonError[*T]{&l.data})
	}
	return Ok[*T, PoisonError[*T]](&l.data)
}

// FmtDebug prints `RwLock { data: <value>, poisoned: false, .. }` (value
// with DebugAny; `data: <locked>` while a writer holds it).
func (l *RwLock[T]) FmtDebug(f *Formatter) { DebugRwLock(DebugOf[T])(l, f) }

// DebugRwLock returns the Debug formatter of RwLock<T> given the one of T.
func DebugRwLock[T any](elem func(T, *Formatter)) func(*RwLock[T], *Formatter) {
	return func(l *RwLock[T], f *Formatter) {
		d := f.DebugStruct("RwLock")
		if l.c.mu.TryRLock() {
			d.Field("data", Fmt(l.data, elem))
			l.c.mu.RUnlock()
		} else {
			d.Field("data", Fmt("<locked>", writeRaw))
		}
		d.Field("poisoned", Fmt(l.c.poisoned.Load(), DebugBool))
		d.FinishNonExhaustive()
	}
}

// Get returns a copy of the value (`*guard` for a Copy type).
func (g *RwLockReadGuard[T]) Get() T { return g.data }

// Ptr returns a pointer to the value for reading (deref), valid until Drop.
// Writing through it is a data race, as it would not compile in Rust.
func (g *RwLockReadGuard[T]) Ptr() *T { return &g.data }

// Drop releases this read lock. Read guards never poison.
func (g *RwLockReadGuard[T]) Drop() { g.c.readUnlock() }

// FmtDebug prints the value's Debug.
func (g *RwLockReadGuard[T]) FmtDebug(f *Formatter) { DebugAny(g.data, f) }

// FmtDisplay prints the value's Display.
func (g *RwLockReadGuard[T]) FmtDisplay(f *Formatter) { displayAny(g.data, f) }

// Get returns a copy of the value.
func (g *RwLockWriteGuard[T]) Get() T { return g.data }

// Set stores v (`*guard = v`).
func (g *RwLockWriteGuard[T]) Set(v T) { g.data = v }

// Ptr returns a pointer to the value (deref_mut), valid until Drop.
func (g *RwLockWriteGuard[T]) Ptr() *T { return &g.data }

// Drop releases the write lock, poisoning the RwLock if the thread began
// panicking while holding it.
func (g *RwLockWriteGuard[T]) Drop() { g.c.writeUnlock() }

// FmtDebug prints the value's Debug.
func (g *RwLockWriteGuard[T]) FmtDebug(f *Formatter) { DebugAny(g.data, f) }

// FmtDisplay prints the value's Display.
func (g *RwLockWriteGuard[T]) FmtDisplay(f *Formatter) { displayAny(g.data, f) }

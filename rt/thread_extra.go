package rt

// Helpers the translator calls for std::thread and std::any beyond the
// core in thread.go and scope.go: scope with a closure returning (),
// thread-local keys, and downcasting panic payloads.

import "sync"

// ScopeUnit implements `thread::scope(|s| ...)` for a closure returning
// `()` (see Scope).
func ScopeUnit(loc Loc, f func(s *ScopeT)) {
	Scope(loc, func(s *ScopeT) Unit {
		f(s)
		return Unit{}
	})
}

// LocalKey implements std::thread::LocalKey<T>, a `thread_local!` static:
// each thread lazily initializes its own value on first access.
type LocalKey[T any] struct {
	init func() T
	mu   sync.Mutex
	vals map[*Thread]*T
}

// NewLocalKey declares a thread-local with its initializer.
func NewLocalKey[T any](init func() T) *LocalKey[T] {
	return &LocalKey[T]{init: init, vals: map[*Thread]*T{}}
}

// Ptr returns the current thread's value, initializing it on first use
// (the initializer runs outside the lock: it may use other thread-locals).
func (k *LocalKey[T]) Ptr() *T {
	t := Current()
	k.mu.Lock()
	p := k.vals[t]
	k.mu.Unlock()
	if p != nil {
		return p
	}
	v := k.init()
	p = &v
	k.mu.Lock()
	if q := k.vals[t]; q != nil {
		p = q
	} else {
		k.vals[t] = p
	}
	k.mu.Unlock()
	return p
}

// LocalCellGet implements LocalKey<Cell<T>>::get.
func LocalCellGet[T any](k *LocalKey[*Cell[T]]) T { return (*k.Ptr()).Get() }

// LocalCellSet implements LocalKey<Cell<T>>::set.
func LocalCellSet[T any](k *LocalKey[*Cell[T]], v T) { (*k.Ptr()).Set(v) }

// LocalCellReplace implements LocalKey<Cell<T>>::replace.
func LocalCellReplace[T any](k *LocalKey[*Cell[T]], v T) T { return (*k.Ptr()).Replace(v) }

// LocalCellTake implements LocalKey<Cell<T>>::take.
func LocalCellTake[T any](k *LocalKey[*Cell[T]]) T { return (*k.Ptr()).Take() }

// LocalCellTakeWith implements LocalKey<Cell<T>>::take, leaving dflt's
// value (T's Default).
func LocalCellTakeWith[T any](k *LocalKey[*Cell[T]], dflt func() T) T {
	return (*k.Ptr()).TakeWith(dflt)
}

// LocalRefCellSet implements LocalKey<RefCell<T>>::set (a mutable borrow
// for the assignment).
func LocalRefCellSet[T any](k *LocalKey[*RefCell[T]], v T, loc Loc) { (*k.Ptr()).Replace(loc, v) }

// LocalRefCellReplace implements LocalKey<RefCell<T>>::replace.
func LocalRefCellReplace[T any](k *LocalKey[*RefCell[T]], v T, loc Loc) T {
	return (*k.Ptr()).Replace(loc, v)
}

// LocalRefCellTake implements LocalKey<RefCell<T>>::take where Go's zero
// value is T's Default.
func LocalRefCellTake[T any](k *LocalKey[*RefCell[T]], loc Loc) T { return (*k.Ptr()).Take(loc) }

// LocalRefCellTakeWith implements LocalKey<RefCell<T>>::take, leaving
// dflt's value (T's Default).
func LocalRefCellTakeWith[T any](k *LocalKey[*RefCell[T]], dflt func() T, loc Loc) T {
	return (*k.Ptr()).TakeWith(dflt, loc)
}

// LocalRefCell returns the current thread's RefCell of a
// LocalKey<RefCell<T>> (for with_borrow and with_borrow_mut).
func LocalRefCell[T any](k *LocalKey[*RefCell[T]]) *RefCell[T] { return *k.Ptr() }

// DowncastValue implements `payload.downcast_ref::<T>()` for a payload of
// `panic_any(v)` with v of type T.
func DowncastValue[T any](p *Payload) Option[T] {
	if v, ok := p.Value().(T); ok {
		return Some(v)
	}
	return None[T]()
}

// DowncastStrBox implements `payload.downcast::<&str>()`: Ok(the message),
// or Err(payload) unchanged.
func DowncastStrBox(p *Payload) Result[string, *Payload] {
	if s, ok := p.DowncastStr().Get(); ok {
		return Ok[string, *Payload](s)
	}
	return Err[string](p)
}

// DowncastStringBox implements `payload.downcast::<String>()`.
func DowncastStringBox(p *Payload) Result[string, *Payload] {
	if s, ok := p.DowncastString().Get(); ok {
		return Ok[string, *Payload](s)
	}
	return Err[string](p)
}

// DowncastBox implements `payload.downcast::<T>()` for other types T.
func DowncastBox[T any](p *Payload) Result[T, *Payload] {
	if v, ok := p.Value().(T); ok {
		return Ok[T, *Payload](v)
	}
	return Err[T](p)
}

// UnitFunc adapts a closure returning `()` to one returning Unit.
func UnitFunc(f func()) func() Unit {
	return func() Unit {
		f()
		return Unit{}
	}
}

// LocalWith implements LocalKey::with for a closure with a value: f sees
// the current thread's value.
func LocalWith[T, R any](k *LocalKey[T], f func(T) R) R { return f(*k.Ptr()) }

// LocalDo implements LocalKey::with for a closure returning `()`.
func LocalDo[T any](k *LocalKey[T], f func(T)) { f(*k.Ptr()) }

// LocalBorrowWith implements LocalKey<RefCell<T>>::with_borrow.
func LocalBorrowWith[T, R any](loc Loc, k *LocalKey[*RefCell[T]], f func(T) R) R {
	r := (*k.Ptr()).Borrow(loc)
	defer r.Drop()
	return f(r.v)
}

// LocalBorrowDo is LocalBorrowWith for a closure returning `()`.
func LocalBorrowDo[T any](loc Loc, k *LocalKey[*RefCell[T]], f func(T)) {
	r := (*k.Ptr()).Borrow(loc)
	defer r.Drop()
	f(r.v)
}

// LocalBorrowMutWith implements LocalKey<RefCell<T>>::with_borrow_mut.
func LocalBorrowMutWith[T, R any](loc Loc, k *LocalKey[*RefCell[T]], f func(*T) R) R {
	r := (*k.Ptr()).BorrowMut(loc)
	defer r.Drop()
	return f(&r.v)
}

// LocalBorrowMutDo is LocalBorrowMutWith for a closure returning `()`.
func LocalBorrowMutDo[T any](loc Loc, k *LocalKey[*RefCell[T]], f func(*T)) {
	r := (*k.Ptr()).BorrowMut(loc)
	defer r.Drop()
	f(&r.v)
}

// DowncastBoxPtr is DowncastBox for a Box<T> that is a Go pointer.
func DowncastBoxPtr[T any](p *Payload) Result[*T, *Payload] {
	if v, ok := p.Value().(T); ok {
		return Ok[*T, *Payload](&v)
	}
	return Err[*T](p)
}

// FmtDeref formats a smart pointer (Arc, Rc, a lock guard, Ref) as its
// target, with the target's formatter elem: Rust's Debug and Display of
// these types are transparent.
func FmtDeref[P interface{ Ptr() *T }, T any](elem func(T, *Formatter)) func(P, *Formatter) {
	return func(p P, f *Formatter) { elem(*p.Ptr(), f) }
}

// Ptr implements Deref of LazyLock (forcing it), as the other smart
// pointers' Ptr.
func (l *LazyLock[T]) Ptr() *T { return l.Force() }

package rt

// Arc: std::sync::Arc<T> and std::sync::Weak<T>.
//
// Arc is a real reference-counted box, one allocation holding the counts and
// the value, as Rust's ArcInner. Deref is a field access through the
// pointer, Clone and Drop one atomic add each.
//
// The translator need not use it for every Arc: when a program never
// observes an Arc<T>'s count (no strong_count, weak_count, try_unwrap,
// into_inner, get_mut, make_mut or downgrade on that type) and T has no drop
// glue, Arc<T> can be a plain pointer (*T, or T itself when T already is
// one: Arc<Mutex<U>> as *Mutex[U], Arc<AtomicUsize> as *AtomicUsize), clone
// a copy, drop nothing, and Arc::ptr_eq a pointer comparison. The count is
// needed when it is observable, or when the last drop must run T's drop
// glue (an Arc<Sender<T>> whose last drop closes a channel: DropWith).

import "sync/atomic"

// Arc implements std::sync::Arc<T>. A *Arc[T] is one Rust Arc handle:
// copying the pointer is a move, Clone a new handle, Drop releases one.
type Arc[T any] struct {
	strong atomic.Int64
	weak   atomic.Int64 // live Weak handles
	val    T
}

// NewArc implements Arc::new(v).
func NewArc[T any](v T) *Arc[T] {
	a := &Arc[T]{val: v}
	a.strong.Store(1)
	return a
}

// Ptr implements Deref: a pointer to the shared value.
func (a *Arc[T]) Ptr() *T { return &a.val }

// Get returns a copy of the shared value (`*arc` for a Copy type).
func (a *Arc[T]) Get() T { return a.val }

// Clone implements Arc::clone (and Arc::clone(&a)): one more strong handle
// to the same value.
func (a *Arc[T]) Clone() *Arc[T] {
	a.strong.Add(1)
	return a
}

// Drop releases this handle.
func (a *Arc[T]) Drop() { a.strong.Add(-1) }

// DropWith releases this handle and, if it was the last strong one, runs
// glue (the drop glue of T) on the value.
func (a *Arc[T]) DropWith(glue func(*T)) {
	if a.strong.Add(-1) == 0 {
		glue(&a.val)
	}
}

// StrongCount implements Arc::strong_count.
func (a *Arc[T]) StrongCount() uint { return uint(a.strong.Load()) }

// WeakCount implements Arc::weak_count.
func (a *Arc[T]) WeakCount() uint { return uint(a.weak.Load()) }

// PtrEq implements Arc::ptr_eq(&a, &b): both handles share one allocation.
func (a *Arc[T]) PtrEq(b *Arc[T]) bool { return a == b }

// TryUnwrap implements Arc::try_unwrap: Ok(value) if this is the only strong
// handle (it is consumed), else Err(this handle), unchanged.
func (a *Arc[T]) TryUnwrap() Result[T, *Arc[T]] {
	if !a.strong.CompareAndSwap(1, 0) {
		return Err[T](a)
	}
	v := a.val
	var zero T
	a.val = zero
	return Ok[T, *Arc[T]](v)
}

// IntoInner implements Arc::into_inner: the handle is released, and the
// value comes back only from the last strong handle.
func (a *Arc[T]) IntoInner() Option[T] {
	if a.strong.Add(-1) != 0 {
		return None[T]()
	}
	v := a.val
	var zero T
	a.val = zero
	return Some(v)
}

// GetMut implements Arc::get_mut: Some(pointer) if no other Arc or Weak
// handle exists.
func (a *Arc[T]) GetMut() Option[*T] {
	if a.strong.Load() != 1 || a.weak.Load() != 0 {
		return None[*T]()
	}
	return Some(&a.val)
}

// ArcMakeMut implements Arc::make_mut(&mut a). If other Arcs share the
// value, *pa becomes a new Arc of clone(value) (nil: a Go copy is a
// clone) and the old handle is released; if only Weaks point to it, the
// value moves to a new Arc and the Weaks no longer upgrade. It returns a
// pointer to the now unique value.
func ArcMakeMut[T any](pa **Arc[T], clone func(T) T) *T {
	a := *pa
	switch {
	case a.strong.Load() != 1:
		v := a.val
		if clone != nil {
			v = clone(v)
		}
		*pa = NewArc(v)
		a.Drop()
	case a.weak.Load() != 0:
		a.strong.Store(0)
		*pa = NewArc(a.val)
		var zero T
		a.val = zero
	}
	return &(*pa).val
}

// Downgrade implements Arc::downgrade.
func (a *Arc[T]) Downgrade() Weak[T] {
	a.weak.Add(1)
	return Weak[T]{a}
}

// FmtDebug prints the value's Debug (Arc is transparent).
func (a *Arc[T]) FmtDebug(f *Formatter) { DebugAny(a.val, f) }

// FmtDisplay prints the value's Display.
func (a *Arc[T]) FmtDisplay(f *Formatter) { displayAny(a.val, f) }

// Weak implements std::sync::Weak<T>: a handle that does not keep the value
// alive. The zero value is Weak::new() (never upgrades).
type Weak[T any] struct{ a *Arc[T] }

// NewWeak implements Weak::new.
func NewWeak[T any]() Weak[T] { return Weak[T]{} }

// Upgrade implements Weak::upgrade: a new strong handle, or None once every
// strong handle is gone.
func (w Weak[T]) Upgrade() Option[*Arc[T]] {
	if w.a == nil {
		return None[*Arc[T]]()
	}
	for {
		n := w.a.strong.Load()
		if n == 0 {
			return None[*Arc[T]]()
		}
		if w.a.strong.CompareAndSwap(n, n+1) {
			return Some(w.a)
		}
	}
}

// Clone implements Weak::clone.
func (w Weak[T]) Clone() Weak[T] {
	if w.a != nil {
		w.a.weak.Add(1)
	}
	return w
}

// Drop releases this weak handle.
func (w Weak[T]) Drop() {
	if w.a != nil {
		w.a.weak.Add(-1)
	}
}

// StrongCount implements Weak::strong_count.
func (w Weak[T]) StrongCount() uint {
	if w.a == nil {
		return 0
	}
	return uint(w.a.strong.Load())
}

// WeakCount implements Weak::weak_count: 0 once no strong handle is left.
func (w Weak[T]) WeakCount() uint {
	if w.a == nil || w.a.strong.Load() == 0 {
		return 0
	}
	return uint(w.a.weak.Load())
}

// PtrEq implements Weak::ptr_eq.
func (w Weak[T]) PtrEq(o Weak[T]) bool { return w.a == o.a }

// FmtDebug prints `(Weak)`.
func (Weak[T]) FmtDebug(f *Formatter) { f.WriteStr("(Weak)") }

package rt

// Rc: std::rc::Rc<T> and std::rc::Weak<T>, the single-threaded
// reference-counted box (plain counters: Rust's Rc is !Send).

// Rc implements std::rc::Rc<T>. A *Rc[T] is one Rust Rc handle: copying
// the pointer is a move, Clone makes a new handle, Drop releases one.
type Rc[T any] struct {
	strong int
	weak   int
	val    T
}

// NewRc implements Rc::new(v).
func NewRc[T any](v T) *Rc[T] { return &Rc[T]{strong: 1, val: v} }

// Ptr implements Deref: a pointer to the shared value.
func (r *Rc[T]) Ptr() *T { return &r.val }

// Get returns a copy of the shared value.
func (r *Rc[T]) Get() T { return r.val }

// Clone implements Rc::clone.
func (r *Rc[T]) Clone() *Rc[T] {
	r.strong++
	return r
}

// Drop releases this handle.
func (r *Rc[T]) Drop() { r.strong-- }

// StrongCount implements Rc::strong_count.
func (r *Rc[T]) StrongCount() uint { return uint(r.strong) }

// WeakCount implements Rc::weak_count.
func (r *Rc[T]) WeakCount() uint { return uint(r.weak) }

// PtrEq implements Rc::ptr_eq.
func (r *Rc[T]) PtrEq(o *Rc[T]) bool { return r == o }

// TryUnwrap implements Rc::try_unwrap: Ok(value) from the only strong
// handle, else Err(the handle).
func (r *Rc[T]) TryUnwrap() Result[T, *Rc[T]] {
	if r.strong != 1 {
		return Err[T](r)
	}
	r.strong = 0
	v := r.val
	var zero T
	r.val = zero
	return Ok[T, *Rc[T]](v)
}

// IntoInner implements Rc::into_inner.
func (r *Rc[T]) IntoInner() Option[T] {
	r.strong--
	if r.strong != 0 {
		return None[T]()
	}
	v := r.val
	var zero T
	r.val = zero
	return Some(v)
}

// GetMut implements Rc::get_mut.
func (r *Rc[T]) GetMut() Option[*T] {
	if r.strong != 1 || r.weak != 0 {
		return None[*T]()
	}
	return Some(&r.val)
}

// RcMakeMut implements Rc::make_mut(&mut r), as ArcMakeMut does.
func RcMakeMut[T any](pr **Rc[T], clone func(T) T) *T {
	r := *pr
	switch {
	case r.strong != 1:
		v := r.val
		if clone != nil {
			v = clone(v)
		}
		*pr = NewRc(v)
		r.strong--
	case r.weak != 0:
		r.strong = 0
		*pr = NewRc(r.val)
		var zero T
		r.val = zero
	}
	return &(*pr).val
}

// Downgrade implements Rc::downgrade.
func (r *Rc[T]) Downgrade() *RcWeak[T] {
	r.weak++
	return &RcWeak[T]{r: r}
}

// FmtDebug prints the value's Debug (Rc is transparent).
func (r *Rc[T]) FmtDebug(f *Formatter) { DebugOf(r.val, f) }

// FmtDisplay prints the value's Display.
func (r *Rc[T]) FmtDisplay(f *Formatter) { DisplayOf(r.val, f) }

// RcWeak implements std::rc::Weak<T>.
type RcWeak[T any] struct{ r *Rc[T] }

// NewRcWeak implements Weak::new(): a Weak that never upgrades.
func NewRcWeak[T any]() *RcWeak[T] { return &RcWeak[T]{} }

// Upgrade implements Weak::upgrade: Some(new strong handle) while the value
// lives.
func (w *RcWeak[T]) Upgrade() Option[*Rc[T]] {
	if w.r == nil || w.r.strong == 0 {
		return None[*Rc[T]]()
	}
	w.r.strong++
	return Some(w.r)
}

// Clone implements Weak::clone.
func (w *RcWeak[T]) Clone() *RcWeak[T] {
	if w.r != nil {
		w.r.weak++
	}
	return &RcWeak[T]{r: w.r}
}

// Drop releases this weak handle.
func (w *RcWeak[T]) Drop() {
	if w.r != nil {
		w.r.weak--
		w.r = nil
	}
}

// StrongCount implements Weak::strong_count.
func (w *RcWeak[T]) StrongCount() uint {
	if w.r == nil {
		return 0
	}
	return uint(w.r.strong)
}

// WeakCount implements Weak::weak_count (0 when no strong handle is left).
func (w *RcWeak[T]) WeakCount() uint {
	if w.r == nil || w.r.strong == 0 {
		return 0
	}
	return uint(w.r.weak)
}

// FmtDebug prints `(Weak)`.
func (w *RcWeak[T]) FmtDebug(f *Formatter) { f.WriteStr("(Weak)") }

// DropWith releases this handle and, if it was the last strong one, runs
// glue (the drop glue of T) on the value.
func (r *Rc[T]) DropWith(glue func(*T)) {
	r.strong--
	if r.strong == 0 {
		glue(&r.val)
	}
}

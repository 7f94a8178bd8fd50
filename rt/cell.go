package rt

// Cells: std::cell::Cell<T> and RefCell<T> with its Ref/RefMut guards and
// Rust's run-time borrow checking (a conflicting borrow panics with Rust's
// message at the borrow's position).

// Cell implements std::cell::Cell<T>: a value replaced as a whole through
// a shared reference. Keep it behind a pointer (NewCell).
type Cell[T any] struct{ v T }

// NewCell implements Cell::new.
func NewCell[T any](v T) *Cell[T] { return &Cell[T]{v: v} }

// Get implements Cell::get (and into_inner).
func (c *Cell[T]) Get() T { return c.v }

// Set implements Cell::set.
func (c *Cell[T]) Set(v T) { c.v = v }

// Replace implements Cell::replace: the old value.
func (c *Cell[T]) Replace(v T) T {
	old := c.v
	c.v = v
	return old
}

// Take implements Cell::take where Go's zero value is T's Default.
func (c *Cell[T]) Take() T {
	var zero T
	return c.Replace(zero)
}

// TakeWith implements Cell::take, leaving dflt's value (T's Default).
func (c *Cell[T]) TakeWith(dflt func() T) T { return c.Replace(dflt()) }

// Ptr implements Cell::get_mut.
func (c *Cell[T]) Ptr() *T { return &c.v }

// FmtDebug prints `Cell { value: .. }`.
func (c *Cell[T]) FmtDebug(f *Formatter) { DebugCell(DebugOf[T])(c, f) }

// DebugCell returns the Debug formatter of Cell<T> given the one of T.
func DebugCell[T any](elem func(T, *Formatter)) func(*Cell[T], *Formatter) {
	return func(c *Cell[T], f *Formatter) {
		f.DebugStruct("Cell").Field("value", Fmt(c.v, elem)).Finish()
	}
}

// RefCell implements std::cell::RefCell<T>. borrow counts the live shared
// borrows; -1 means mutably borrowed. RefCell is !Sync in Rust: one thread
// uses it at a time, so the count needs no atomics.
type RefCell[T any] struct {
	v      T
	borrow int
}

// Ref implements std::cell::Ref<'_, T>: the RefCell seen through a shared
// borrow. Drop ends the borrow.
type Ref[T any] RefCell[T]

// RefMut implements std::cell::RefMut<'_, T>. Drop ends the borrow.
type RefMut[T any] RefCell[T]

// BorrowError implements std::cell::BorrowError.
type BorrowError struct{}

// FmtDebug prints `BorrowError`.
func (BorrowError) FmtDebug(f *Formatter) { f.WriteStr("BorrowError") }

// FmtDisplay prints `RefCell already mutably borrowed`.
func (BorrowError) FmtDisplay(f *Formatter) { f.WriteStr("RefCell already mutably borrowed") }

// BorrowMutError implements std::cell::BorrowMutError.
type BorrowMutError struct{}

// FmtDebug prints `BorrowMutError`.
func (BorrowMutError) FmtDebug(f *Formatter) { f.WriteStr("BorrowMutError") }

// FmtDisplay prints `RefCell already borrowed`.
func (BorrowMutError) FmtDisplay(f *Formatter) { f.WriteStr("RefCell already borrowed") }

// NewRefCell implements RefCell::new.
func NewRefCell[T any](v T) *RefCell[T] { return &RefCell[T]{v: v} }

// Borrow implements RefCell::borrow: it panics at loc with "RefCell
// already mutably borrowed" while a RefMut is alive.
func (c *RefCell[T]) Borrow(loc Loc) *Ref[T] {
	if c.borrow < 0 {
		PanicStr(loc, "RefCell already mutably borrowed")
	}
	c.borrow++
	return (*Ref[T])(c)
}

// BorrowMut implements RefCell::borrow_mut: it panics at loc with "RefCell
// already borrowed" while any other borrow is alive.
func (c *RefCell[T]) BorrowMut(loc Loc) *RefMut[T] {
	if c.borrow != 0 {
		PanicStr(loc, "RefCell already borrowed")
	}
	c.borrow = -1
	return (*RefMut[T])(c)
}

// TryBorrow implements RefCell::try_borrow.
func (c *RefCell[T]) TryBorrow() Result[*Ref[T], BorrowError] {
	if c.borrow < 0 {
		return Err[*Ref[T]](BorrowError{})
	}
	c.borrow++
	return Ok[*Ref[T], BorrowError]((*Ref[T])(c))
}

// TryBorrowMut implements RefCell::try_borrow_mut.
func (c *RefCell[T]) TryBorrowMut() Result[*RefMut[T], BorrowMutError] {
	if c.borrow != 0 {
		return Err[*RefMut[T]](BorrowMutError{})
	}
	c.borrow = -1
	return Ok[*RefMut[T], BorrowMutError]((*RefMut[T])(c))
}

// IntoInner implements RefCell::into_inner.
func (c *RefCell[T]) IntoInner() T { return c.v }

// Replace implements RefCell::replace (a mutable borrow for the swap).
func (c *RefCell[T]) Replace(loc Loc, v T) T {
	if c.borrow != 0 {
		PanicStr(loc, "RefCell already borrowed")
	}
	old := c.v
	c.v = v
	return old
}

// Take implements RefCell::take where Go's zero value is T's Default.
func (c *RefCell[T]) Take(loc Loc) T {
	var zero T
	return c.Replace(loc, zero)
}

// TakeWith implements RefCell::take, leaving dflt's value (T's Default,
// made before the borrow check as Rust does).
func (c *RefCell[T]) TakeWith(dflt func() T, loc Loc) T { return c.Replace(loc, dflt()) }

// Ptr implements RefCell::get_mut (exclusive access, no borrow).
func (c *RefCell[T]) Ptr() *T { return &c.v }

// FmtDebug prints `RefCell { value: .. }`, or `RefCell { value: <borrowed> }`
// while it is mutably borrowed.
func (c *RefCell[T]) FmtDebug(f *Formatter) { DebugRefCell(DebugOf[T])(c, f) }

// DebugRefCell returns the Debug formatter of RefCell<T> given the one of T.
func DebugRefCell[T any](elem func(T, *Formatter)) func(*RefCell[T], *Formatter) {
	return func(c *RefCell[T], f *Formatter) {
		d := f.DebugStruct("RefCell")
		if c.borrow < 0 {
			d.Field("value", Fmt("<borrowed>", writeRaw))
		} else {
			d.Field("value", Fmt(c.v, elem))
		}
		d.Finish()
	}
}

// Get returns a copy of the borrowed value (`*r` of a Copy type).
func (r *Ref[T]) Get() T { return r.v }

// Ptr implements Deref.
func (r *Ref[T]) Ptr() *T { return &r.v }

// Drop ends the shared borrow.
func (r *Ref[T]) Drop() { r.borrow-- }

// FmtDebug prints the value's Debug (Ref is transparent).
func (r *Ref[T]) FmtDebug(f *Formatter) { DebugOf(r.v, f) }

// FmtDisplay prints the value's Display.
func (r *Ref[T]) FmtDisplay(f *Formatter) { DisplayOf(r.v, f) }

// Get returns a copy of the borrowed value.
func (r *RefMut[T]) Get() T { return r.v }

// Set stores v (`*r = v`).
func (r *RefMut[T]) Set(v T) { r.v = v }

// Ptr implements Deref and DerefMut.
func (r *RefMut[T]) Ptr() *T { return &r.v }

// Drop ends the mutable borrow.
func (r *RefMut[T]) Drop() { r.borrow = 0 }

// FmtDebug prints the value's Debug.
func (r *RefMut[T]) FmtDebug(f *Formatter) { DebugOf(r.v, f) }

// FmtDisplay prints the value's Display.
func (r *RefMut[T]) FmtDisplay(f *Formatter) { DisplayOf(r.v, f) }

package rt

// Dropper is a value with Rust drop glue: its Drop runs Rust's Drop for
// the value (unlock a MutexGuard, release a Sender, run a user Drop impl
// and drop the fields).
type Dropper interface{ Drop() }

// Frame holds the values of one Go function that Rust would drop: the
// translator gives every local and temporary with drop glue a fixed slot.
// A set slot is Rust's drop flag. At a scope end the translator drops the
// scope's slots; a move clears a slot without dropping. The function
// defers Unwind, which drops what is still set when a return or a panic
// leaves the function (Rust drops live locals in reverse declaration
// order, also while unwinding).
//
// n bounds the set slots (every set slot is below it), so that Unwind
// costs nothing when a function has dropped what it holds before it
// returns, as it usually has.
type Frame struct {
	n     int
	slots [8]Dropper
	more  []Dropper
}

func (f *Frame) slot(i int) *Dropper {
	if i < len(f.slots) {
		return &f.slots[i]
	}
	i -= len(f.slots)
	for len(f.more) <= i {
		f.more = append(f.more, nil)
	}
	return &f.more[i]
}

// Set records that slot i holds d (initialized, to be dropped).
func (f *Frame) Set(i int, d Dropper) {
	if i >= f.n {
		f.n = i + 1
	}
	*f.slot(i) = d
}

// cleared lowers n past slot i, which is no longer set.
func (f *Frame) cleared(i int) {
	if i+1 == f.n {
		f.n = i
	}
}

// Drop drops the value in slot i, if the slot is set, and clears it.
func (f *Frame) Drop(i int) {
	p := f.slot(i)
	if d := *p; d != nil {
		*p = nil
		f.cleared(i)
		d.Drop()
	}
}

// Replace records that slot i holds d, a variable's new value just
// written, and then drops old, the value it held before, if the slot was
// set (not moved away). A panic in old's Drop leaves d to the unwinding,
// as Rust leaves the newly assigned variable.
func (f *Frame) Replace(i int, d, old Dropper) {
	held := *f.slot(i) != nil
	f.Set(i, d)
	if held {
		old.Drop()
	}
}

// Held reports whether slot i is set (a value whose fields a partial move
// is about to take over).
func (f *Frame) Held(i int) bool { return *f.slot(i) != nil }

// Forget clears slot i without dropping: the value was moved away.
func (f *Frame) Forget(i int) {
	*f.slot(i) = nil
	f.cleared(i)
}

// Unwind drops every set slot, the highest first.
func (f *Frame) Unwind() {
	if f.n != 0 {
		f.unwind()
	}
}

func (f *Frame) unwind() {
	for f.n > 0 {
		f.n--
		p := f.slot(f.n)
		if d := *p; d != nil {
			*p = nil
			d.Drop()
		}
	}
}

// DropFunc adapts a function to Dropper, for values whose Go type cannot
// carry a Drop method (a slice or an Option of droppable values).
type DropFunc func()

// Drop calls the function.
func (d DropFunc) Drop() { d() }

// DropSlice drops each element of a vector, in order, as Rust drops a
// Vec's elements.
func DropSlice[T Dropper](v []T) {
	for _, x := range v {
		x.Drop()
	}
}

// DropOption drops the value of Some, if any.
func DropOption[T Dropper](o Option[T]) {
	if o.some {
		o.v.Drop()
	}
}

// DropEach drops each element of a vector through drop (a pointer method
// of the element type, as the translator generates for user types).
func DropEach[T any](v []T, drop func(*T)) {
	for i := range v {
		drop(&v[i])
	}
}

// NoDrop is the drop function of a type without drop glue, passed to a
// generic function that drops its type parameter's values through a
// dictionary (an i32 where other calls pass a Drop type).
func NoDrop[T any](*T) {}

// DropOptionFunc drops the value of Some through drop (a pointer method).
func DropOptionFunc[T any](o Option[T], drop func(*T)) {
	if o.some {
		drop(&o.v)
	}
}

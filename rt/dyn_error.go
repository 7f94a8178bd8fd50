package rt

// DynError is a Rust `dyn Error` trait object (Box<dyn Error>, &dyn
// Error): the value formats as Display and as Debug, as Error requires.
type DynError interface {
	DisplayFormatter
	DebugFormatter
}

// StrError is the error that Box<dyn Error>::from(&str or String) makes:
// it displays as the text and debugs as the quoted string.
type StrError string

// FmtDisplay writes the text.
func (e StrError) FmtDisplay(f *Formatter) { f.Pad(string(e)) }

// FmtDebug writes the text as a Rust string literal.
func (e StrError) FmtDebug(f *Formatter) { DebugStr(string(e), f) }

// DisplayAs is a Rust `dyn Display` made from a value whose Go type has
// no FmtDisplay method (an i32, a String), or whose Go type cannot drop
// it (a T in a generic function, a W[T]): the value, its formatter and,
// where it has drop glue, its drop.
type DisplayAs[T any] struct {
	V      T
	Fn     func(T, *Formatter)
	DropFn func(*T)
}

// FmtDisplay formats the value.
func (d DisplayAs[T]) FmtDisplay(f *Formatter) { d.Fn(d.V, f) }

// Drop drops the value (DropDyn).
func (d DisplayAs[T]) Drop() {
	if d.DropFn != nil {
		d.DropFn(&d.V)
	}
}

// DebugAs is DisplayAs for a Rust `dyn Debug`.
type DebugAs[T any] struct {
	V      T
	Fn     func(T, *Formatter)
	DropFn func(*T)
}

// FmtDebug formats the value.
func (d DebugAs[T]) FmtDebug(f *Formatter) { d.Fn(d.V, f) }

// Drop drops the value (DropDyn).
func (d DebugAs[T]) Drop() {
	if d.DropFn != nil {
		d.DropFn(&d.V)
	}
}

// DowncastAs implements `downcast_ref::<T>()` and `is::<T>()` of a `dyn
// Error`: Some of the value e holds where it is an R (the Go type T is
// boxed as).
func DowncastAs[R any](e any) Option[R] {
	if v, ok := e.(R); ok {
		return Some(v)
	}
	return None[R]()
}

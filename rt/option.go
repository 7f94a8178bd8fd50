package rt

// Option: Rust's Option<T>.

// Option is Rust's `Option<T>`. The zero value is None.
type Option[T any] struct {
	v    T
	some bool
}

// Some is Rust's `Some(v)`.
func Some[T any](v T) Option[T] { return Option[T]{v: v, some: true} }

// None is Rust's `None`.
func None[T any]() Option[T] { return Option[T]{} }

// IsSome implements `Option::is_some`.
func (o Option[T]) IsSome() bool { return o.some }

// IsNone implements `Option::is_none`.
func (o Option[T]) IsNone() bool { return !o.some }

// Get returns the value and whether it is there: `if let Some(v) = o`.
func (o Option[T]) Get() (T, bool) { return o.v, o.some }

// Unwrap implements `Option::unwrap`: on None it panics at loc with
// "called `Option::unwrap()` on a `None` value" (a &'static str payload).
func (o Option[T]) Unwrap(loc Loc) T {
	if !o.some {
		PanicStr(loc, "called `Option::unwrap()` on a `None` value")
	}
	return o.v
}

// Expect implements `Option::expect`: on None it panics at loc with msg
// (a String payload).
func (o Option[T]) Expect(loc Loc, msg string) T {
	if !o.some {
		PanicString(loc, msg)
	}
	return o.v
}

// UnwrapOr implements `Option::unwrap_or`.
func (o Option[T]) UnwrapOr(d T) T {
	if !o.some {
		return d
	}
	return o.v
}

// UnwrapOrDefault implements `Option::unwrap_or_default` (Go's zero value
// is Rust's Default for the types rs2go maps).
func (o Option[T]) UnwrapOrDefault() T { return o.v }

// UnwrapOrElse implements `Option::unwrap_or_else`.
func (o Option[T]) UnwrapOrElse(f func() T) T {
	if !o.some {
		return f()
	}
	return o.v
}

// Take implements `Option::take`: it leaves None behind and returns the old
// value.
func (o *Option[T]) Take() Option[T] {
	old := *o
	*o = Option[T]{}
	return old
}

// Replace implements `Option::replace`: it stores Some(v) and returns the
// old value.
func (o *Option[T]) Replace(v T) Option[T] {
	old := *o
	*o = Some(v)
	return old
}

// Insert implements `Option::insert`: it stores Some(v) and returns a
// pointer to the value inside.
func (o *Option[T]) Insert(v T) *T {
	*o = Some(v)
	return &o.v
}

// GetOrInsertWith implements `Option::get_or_insert_with`.
func (o *Option[T]) GetOrInsertWith(f func() T) *T {
	if !o.some {
		*o = Some(f())
	}
	return &o.v
}

// AsPtr gives access to the value in place (`as_mut`): nil for None.
func (o *Option[T]) AsPtr() *T {
	if !o.some {
		return nil
	}
	return &o.v
}

// OkOr implements `Option::ok_or`.
func OkOr[T, E any](o Option[T], e E) Result[T, E] {
	if !o.some {
		return Err[T](e)
	}
	return Ok[T, E](o.v)
}

// MapOption implements `Option::map`.
func MapOption[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.some {
		return None[U]()
	}
	return Some(f(o.v))
}

// AndThen implements `Option::and_then`.
func AndThen[T, U any](o Option[T], f func(T) Option[U]) Option[U] {
	if !o.some {
		return None[U]()
	}
	return f(o.v)
}

// Or implements `Option::or`.
func (o Option[T]) Or(b Option[T]) Option[T] {
	if o.some {
		return o
	}
	return b
}

// Filter implements `Option::filter`.
func (o Option[T]) Filter(pred func(T) bool) Option[T] {
	if o.some && pred(o.v) {
		return o
	}
	return Option[T]{}
}

// FmtDebug prints `None` or `Some(<Debug of the value>)`; the value is
// printed with DebugAny. Generated code with a known element type uses
// DebugOption instead.
func (o Option[T]) FmtDebug(f *Formatter) {
	DebugOption(DebugOf[T])(o, f)
}

// DebugOption returns the Debug formatter of `Option<T>` given the one of T.
func DebugOption[T any](elem func(T, *Formatter)) func(Option[T], *Formatter) {
	return func(o Option[T], f *Formatter) {
		if !o.some {
			f.WriteStr("None")
			return
		}
		f.DebugTuple("Some").Field(Fmt(o.v, elem)).Finish()
	}
}

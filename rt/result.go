package rt

// Result: Rust's Result<T, E>.

// Result is Rust's `Result<T, E>`. The zero value is Err of E's zero value;
// build values with Ok and Err.
type Result[T, E any] struct {
	v  T
	e  E
	ok bool
}

// Ok is Rust's `Ok(v)`.
func Ok[T, E any](v T) Result[T, E] { return Result[T, E]{v: v, ok: true} }

// Err is Rust's `Err(e)`.
func Err[T, E any](e E) Result[T, E] { return Result[T, E]{e: e} }

// IsOk implements `Result::is_ok`.
func (r Result[T, E]) IsOk() bool { return r.ok }

// IsErr implements `Result::is_err`.
func (r Result[T, E]) IsErr() bool { return !r.ok }

// Get returns both sides and whether the result is Ok: `match r`.
func (r Result[T, E]) Get() (T, E, bool) { return r.v, r.e, r.ok }

// Ok implements `Result::ok`.
func (r Result[T, E]) Ok() Option[T] {
	if !r.ok {
		return None[T]()
	}
	return Some(r.v)
}

// Err implements `Result::err`.
func (r Result[T, E]) Err() Option[E] {
	if r.ok {
		return None[E]()
	}
	return Some(r.e)
}

// Unwrap implements `Result::unwrap`: on Err it panics at loc with
// "called `Result::unwrap()` on an `Err` value: <Debug of E>" (String
// payload). E is printed with DebugAny; see UnwrapFmt.
func (r Result[T, E]) Unwrap(loc Loc) T {
	if !r.ok {
		unwrapFailed(loc, "called `Result::unwrap()` on an `Err` value", r.e, DebugOf[E])
	}
	return r.v
}

// UnwrapFmt is Unwrap with an explicit Debug formatter for E.
func (r Result[T, E]) UnwrapFmt(loc Loc, debugE func(E, *Formatter)) T {
	if !r.ok {
		unwrapFailed(loc, "called `Result::unwrap()` on an `Err` value", r.e, debugE)
	}
	return r.v
}

// Expect implements `Result::expect`: on Err it panics at loc with
// "<msg>: <Debug of E>".
func (r Result[T, E]) Expect(loc Loc, msg string) T {
	if !r.ok {
		unwrapFailed(loc, msg, r.e, DebugOf[E])
	}
	return r.v
}

// ExpectFmt is Expect with an explicit Debug formatter for E.
func (r Result[T, E]) ExpectFmt(loc Loc, msg string, debugE func(E, *Formatter)) T {
	if !r.ok {
		unwrapFailed(loc, msg, r.e, debugE)
	}
	return r.v
}

// UnwrapErr implements `Result::unwrap_err`: on Ok it panics at loc with
// "called `Result::unwrap_err()` on an `Ok` value: <Debug of T>".
func (r Result[T, E]) UnwrapErr(loc Loc) E {
	if r.ok {
		unwrapFailed(loc, "called `Result::unwrap_err()` on an `Ok` value", r.v, DebugOf[T])
	}
	return r.e
}

// ExpectErr implements `Result::expect_err`: on Ok it panics at loc with
// "<msg>: <Debug of T>".
func (r Result[T, E]) ExpectErr(loc Loc, msg string) E {
	if r.ok {
		unwrapFailed(loc, msg, r.v, DebugOf[T])
	}
	return r.e
}

// UnwrapOr implements `Result::unwrap_or`.
func (r Result[T, E]) UnwrapOr(d T) T {
	if !r.ok {
		return d
	}
	return r.v
}

// UnwrapOrDefault implements `Result::unwrap_or_default`.
func (r Result[T, E]) UnwrapOrDefault() T {
	if !r.ok {
		var zero T
		return zero
	}
	return r.v
}

// UnwrapOrElse implements `Result::unwrap_or_else`.
func (r Result[T, E]) UnwrapOrElse(f func(E) T) T {
	if !r.ok {
		return f(r.e)
	}
	return r.v
}

// MapResult implements `Result::map`.
func MapResult[T, U, E any](r Result[T, E], f func(T) U) Result[U, E] {
	if !r.ok {
		return Err[U](r.e)
	}
	return Ok[U, E](f(r.v))
}

// MapErr implements `Result::map_err`.
func MapErr[T, E, F any](r Result[T, E], f func(E) F) Result[T, F] {
	if !r.ok {
		return Err[T](f(r.e))
	}
	return Ok[T, F](r.v)
}

// FmtDebug prints `Ok(..)` or `Err(..)` with DebugAny for the inside.
// Generated code with known types uses DebugResult instead.
func (r Result[T, E]) FmtDebug(f *Formatter) {
	DebugResult(DebugOf[T], DebugOf[E])(r, f)
}

// DebugResult returns the Debug formatter of `Result<T, E>`.
func DebugResult[T, E any](okf func(T, *Formatter), errf func(E, *Formatter)) func(Result[T, E], *Formatter) {
	return func(r Result[T, E], f *Formatter) {
		if r.ok {
			f.DebugTuple("Ok").Field(Fmt(r.v, okf)).Finish()
		} else {
			f.DebugTuple("Err").Field(Fmt(r.e, errf)).Finish()
		}
	}
}

// unwrapFailed is core's `unwrap_failed`: panic!("{msg}: {value:?}").
//
//go:noinline
func unwrapFailed[V any](loc Loc, msg string, v V, debug func(V, *Formatter)) {
	f := Formatter{}
	f.WriteStr(msg)
	f.WriteStr(": ")
	debug(v, &f)
	PanicString(loc, string(f.buf))
}

package rt

// More Option and Result combinators, closure adapters, and small
// numeric helpers used by the std model.

import "math"

// ByPtr adapts a closure taking &T (a Go *T) to rt's convention of passing
// the item itself.
func ByPtr[T, R any](f func(*T) R) func(T) R { return func(v T) R { return f(&v) } }

// ByPtr2 is ByPtr for closures of two references.
func ByPtr2[A, B, R any](f func(*A, *B) R) func(A, B) R {
	return func(a A, b B) R { return f(&a, &b) }
}

// DerefArg adapts a closure whose parameter is a `&mut V` that is V's Go
// value itself (a map, a VecDeque) to rt's passing a *V (a Condvar's
// wait_while).
func DerefArg[A, R any](f func(A) R) func(*A) R {
	return func(a *A) R { return f(*a) }
}

// DerefArg2 adapts a closure whose second parameter is a `&mut V` that is
// V's Go value itself (a map, a func) to rt's passing a *V (a map's
// retain).
func DerefArg2[A, B, R any](f func(A, B) R) func(A, *B) R {
	return func(a A, b *B) R { return f(a, *b) }
}

// CmpBy adapts a Rust comparator (returning Ordering) to a Go comparison
// function (returning int).
func CmpBy[T any](f func(T, T) Ordering) func(T, T) int {
	return func(a, b T) int { return int(f(a, b)) }
}

// CmpByPtr is CmpBy for a comparator taking &T as a Go *T.
func CmpByPtr[T any](f func(*T, *T) Ordering) func(T, T) int {
	return func(a, b T) int { return int(f(&a, &b)) }
}

// OrElse implements `Option::or_else`.
func (o Option[T]) OrElse(f func() Option[T]) Option[T] {
	if o.some {
		return o
	}
	return f()
}

// Xor implements `Option::xor`.
func (o Option[T]) Xor(b Option[T]) Option[T] {
	switch {
	case o.some && !b.some:
		return o
	case !o.some && b.some:
		return b
	}
	return Option[T]{}
}

// IsSomeAnd implements `Option::is_some_and`.
func (o Option[T]) IsSomeAnd(f func(T) bool) bool { return o.some && f(o.v) }

// IsNoneOr implements `Option::is_none_or`.
func (o Option[T]) IsNoneOr(f func(T) bool) bool { return !o.some || f(o.v) }

// OptionAsMut implements `Option::as_mut` (and `as_ref` where `&T` is a
// pointer): the value in place.
func OptionAsMut[T any](o *Option[T]) Option[*T] {
	if !o.some {
		return Option[*T]{}
	}
	return Some(&o.v)
}

// GetOrInsert implements `Option::get_or_insert`.
func (o *Option[T]) GetOrInsert(v T) *T {
	if !o.some {
		*o = Some(v)
	}
	return &o.v
}

// OkOrElse implements `Option::ok_or_else`.
func OkOrElse[T, E any](o Option[T], f func() E) Result[T, E] {
	if !o.some {
		return Err[T](f())
	}
	return Ok[T, E](o.v)
}

// MapOr implements `Option::map_or`.
func MapOr[T, U any](o Option[T], d U, f func(T) U) U {
	if !o.some {
		return d
	}
	return f(o.v)
}

// MapOrElse implements `Option::map_or_else`.
func MapOrElse[T, U any](o Option[T], d func() U, f func(T) U) U {
	if !o.some {
		return d()
	}
	return f(o.v)
}

// OptionAnd implements `Option::and`.
func OptionAnd[T, U any](o Option[T], b Option[U]) Option[U] {
	if !o.some {
		return Option[U]{}
	}
	return b
}

// OptionIter implements `Option::iter` and `into_iter`.
func OptionIter[T any](o Option[T]) *Iter[T] {
	if !o.some {
		return sliceIter[T](nil)
	}
	return sliceIter([]T{o.v})
}

// OptionZip implements `Option::zip`.
func OptionZip[T, U any](a Option[T], b Option[U]) Option[Tuple2[T, U]] {
	if !a.some || !b.some {
		return Option[Tuple2[T, U]]{}
	}
	return Some(Tuple2[T, U]{a.v, b.v})
}

// OptionDeref implements `Option<&T>::copied` where `&T` is a Go pointer.
func OptionDeref[T any](o Option[*T]) Option[T] {
	if !o.some {
		return Option[T]{}
	}
	return Some(*o.v)
}

// OptionFlatten implements `Option::flatten`.
func OptionFlatten[T any](o Option[Option[T]]) Option[T] { return o.v }

// OptionTranspose implements Option<Result<T, E>>::transpose.
func OptionTranspose[T, E any](o Option[Result[T, E]]) Result[Option[T], E] {
	switch {
	case !o.some:
		return Ok[Option[T], E](None[T]())
	case o.v.ok:
		return Ok[Option[T], E](Some(o.v.v))
	}
	return Err[Option[T]](o.v.e)
}

// MapOptionWith maps an Option's value with f (cloned()).
func MapOptionWith[T any](o Option[T], f func(T) T) Option[T] {
	if o.some {
		o.v = f(o.v)
	}
	return o
}

// UnwrapErrFmt implements `Result::unwrap_err` with T's Debug formatter.
func (r Result[T, E]) UnwrapErrFmt(loc Loc, debugT func(T, *Formatter)) E {
	if r.ok {
		unwrapFailed(loc, "called `Result::unwrap_err()` on an `Ok` value", r.v, debugT)
	}
	return r.e
}

// ExpectErrFmt implements `Result::expect_err` with T's Debug formatter.
func (r Result[T, E]) ExpectErrFmt(loc Loc, msg string, debugT func(T, *Formatter)) E {
	if r.ok {
		unwrapFailed(loc, msg, r.v, debugT)
	}
	return r.e
}

// ResultAndThen implements `Result::and_then`.
func ResultAndThen[T, U, E any](r Result[T, E], f func(T) Result[U, E]) Result[U, E] {
	if !r.ok {
		return Err[U](r.e)
	}
	return f(r.v)
}

// ResultOrElse implements `Result::or_else`.
func ResultOrElse[T, E, F any](r Result[T, E], f func(E) Result[T, F]) Result[T, F] {
	if r.ok {
		return Ok[T, F](r.v)
	}
	return f(r.e)
}

// MapOrResult implements `Result::map_or`.
func MapOrResult[T, E, U any](r Result[T, E], d U, f func(T) U) U {
	if !r.ok {
		return d
	}
	return f(r.v)
}

// IsOkAnd implements `Result::is_ok_and`.
func (r Result[T, E]) IsOkAnd(f func(T) bool) bool { return r.ok && f(r.v) }

// IsErrAnd implements `Result::is_err_and`.
func (r Result[T, E]) IsErrAnd(f func(E) bool) bool { return !r.ok && f(r.e) }

// ResultIter implements `Result::iter`.
func ResultIter[T, E any](r Result[T, E]) *Iter[T] { return OptionIter(r.Ok()) }

// ThenSome implements `bool::then_some`.
func ThenSome[T any](b bool, v T) Option[T] {
	if !b {
		return Option[T]{}
	}
	return Some(v)
}

// Then implements `bool::then`.
func Then[T any](b bool, f func() T) Option[T] {
	if !b {
		return Option[T]{}
	}
	return Some(f())
}

// IsPositive implements `is_positive` of signed integers.
func IsPositive[T Integer](a T) bool { return a > 0 }

// IsNegative implements `is_negative` of signed integers.
func IsNegative[T Integer](a T) bool { return a < 0 }

// AbsDiff implements `abs_diff`: U is the unsigned type of T's width, in
// which the difference of any two T values fits (the subtraction wraps).
func AbsDiff[T Integer, U Unsigned](a, b T) U {
	if a > b {
		return U(a) - U(b)
	}
	return U(b) - U(a)
}

// SaturatingPow implements `saturating_pow`.
func SaturatingPow[T Integer](base T, exp uint32) T {
	v, over := OverflowingPow(base, exp)
	if !over {
		return v
	}
	if base < 0 && exp%2 == 1 {
		return MinValue[T]()
	}
	return MaxValue[T]()
}

// NextPowerOfTwo implements `next_power_of_two` of unsigned integers.
func NextPowerOfTwo[T Integer](a T) T {
	p := T(1)
	for p < a {
		if p<<1 == 0 {
			panicArith(stdIntLoc[T](), msgAdd)
		}
		p <<= 1
	}
	return p
}

// WrappingNextPowerOfTwo is `next_power_of_two` in a release build: 0
// where the power does not fit.
func WrappingNextPowerOfTwo[T Integer](a T) T {
	p := T(1)
	for p < a && p != 0 {
		p <<= 1
	}
	return p
}

// Isqrt implements `isqrt`. A negative a panics at loc: "argument of integer square root cannot
// be negative". The float estimate is corrected in uint64 without
// overflowing (r*r > x is r > x/r).
func Isqrt[T Integer](a T, loc Loc) T {
	if a < 0 {
		PanicStr(loc, "argument of integer square root cannot be negative")
	}
	x := uint64(a)
	r := uint64(math.Sqrt(float64(x)))
	for r > 0 && r > x/r {
		r--
	}
	for r+1 <= x/(r+1) {
		r++
	}
	return T(r)
}

// Recip implements `f64::recip`.
func Recip[T Float](a T) T { return 1 / a }

// ToDegrees implements `f64::to_degrees`.
func ToDegrees[T Float](a T) T { return a * T(180/math.Pi) }

// ToRadians implements `f64::to_radians`.
func ToRadians[T Float](a T) T { return a * T(math.Pi/180) }

// CmpFloatOrd implements `f64::total_cmp`.
func CmpFloatOrd[T Float](a, b T) Ordering { return ToOrdering(CmpFloat(a, b)) }

// CharRangeTest reports lo <= r <= hi (the ASCII class tests).
func CharRangeTest[C asciiUnit](r, lo, hi C) bool { return r >= lo && r <= hi }

package rt

// Float methods whose Rust semantics differ from Go's math package
// (NaN handling of min/max, signum of zero, powi's repeated squaring).

import "math"

// FMax implements `f64::max`: NaN is ignored.
func FMax[T Float](a, b T) T {
	switch {
	case a != a:
		return b
	case b != b:
		return a
	case a == b && a == 0:
		if math.Signbit(float64(a)) {
			return b
		}
		return a
	case a > b:
		return a
	}
	return b
}

// FMin implements `f64::min`: NaN is ignored.
func FMin[T Float](a, b T) T {
	switch {
	case a != a:
		return b
	case b != b:
		return a
	case a == b && a == 0:
		if math.Signbit(float64(a)) {
			return a
		}
		return b
	case a < b:
		return a
	}
	return b
}

// Signum implements `f64::signum`.
func FSignum[T Float](a T) T {
	switch {
	case a != a:
		return a
	case math.Signbit(float64(a)):
		return -1
	}
	return 1
}

// Powi implements `f64::powi` as LLVM's __powidf2 computes it (repeated
// squaring, which can differ from pow in the last bit).
func Powi[T Float](a T, n int32) T {
	recip := n < 0
	r := T(1)
	for {
		if n&1 != 0 {
			r *= a
		}
		n /= 2
		if n == 0 {
			break
		}
		a *= a
	}
	if recip {
		return 1 / r
	}
	return r
}

// Fract implements `f64::fract`.
func Fract[T Float](a T) T { return a - T(math.Trunc(float64(a))) }

// FRemEuclid implements `f64::rem_euclid`.
func FRemEuclid[T Float](a, b T) T {
	r := T(math.Mod(float64(a), float64(b)))
	if r < 0 {
		return r + T(math.Abs(float64(b)))
	}
	return r
}

// FDivEuclid implements `f64::div_euclid`.
func FDivEuclid[T Float](a, b T) T {
	q := T(math.Trunc(float64(a / b)))
	if T(math.Mod(float64(a), float64(b))) < 0 {
		if b > 0 {
			return q - 1
		}
		return q + 1
	}
	return q
}

// FClamp implements `f64::clamp`.
func FClamp[T Float](v, lo, hi T, loc Loc) T {
	if !(lo <= hi) {
		PanicString(loc, "min > max, or either was NaN. min = "+Sprint(lo, DebugFloat[T], Spec{})+", max = "+Sprint(hi, DebugFloat[T], Spec{}))
	}
	if v < lo {
		v = lo
	}
	if v > hi {
		v = hi
	}
	return v
}

// CastIntFloat converts an integer to a float (`x as f64`): Go's
// conversion rounds to nearest as Rust's does.
func CastIntFloat[F Float, I Integer](x I) F { return F(x) }

// Cast converts between integer types at run time (`x as T` of a value
// that Go would reject as an out-of-range constant conversion).
func Cast[T, F Integer](x F) T { return T(x) }

// CastF32 implements `x as f32` of an f64 that is a Go constant, which Go
// would not convert where it is out of float32's range (Rust gives inf).
func CastF32(x float64) float32 { return float32(x) }

// BoolToInt implements `b as T` for a bool.
func BoolToInt[T Integer](b bool) T {
	if b {
		return 1
	}
	return 0
}

package rt

// Rust's inherent integer methods (checked_*, saturating_*, overflowing_*,
// wrapping_*, pow, abs, *_euclid, bit counts, MIN/MAX) as generic helpers.
// Integer `as` casts between integer types are plain Go conversions: both
// truncate or sign-extend the same way. Float-to-integer casts saturate in
// Rust and need CastFloat.

import (
	"math"
	"math/bits"
)

func isSigned[T Integer]() bool {
	var z T
	return z-1 < 0
}

// MinValue is Rust's `T::MIN`.
func MinValue[T Integer]() T {
	if !isSigned[T]() {
		return 0
	}
	return T(uint64(1) << (bitsOf[T]() - 1))
}

// MaxValue is Rust's `T::MAX`.
func MaxValue[T Integer]() T {
	if !isSigned[T]() {
		var z T
		return z - 1
	}
	return T(uint64(1)<<(bitsOf[T]()-1) - 1)
}

// OverflowingAdd implements `overflowing_add`: the wrapped sum and whether
// it overflowed.
func OverflowingAdd[T Integer](a, b T) (T, bool) {
	c := a + b
	if isSigned[T]() {
		return c, (c < a) != (b < 0)
	}
	return c, c < a
}

// OverflowingSub implements `overflowing_sub`.
func OverflowingSub[T Integer](a, b T) (T, bool) {
	c := a - b
	if isSigned[T]() {
		return c, (c > a) != (b < 0)
	}
	return c, c > a
}

// OverflowingMul implements `overflowing_mul`.
func OverflowingMul[T Integer](a, b T) (T, bool) {
	c := a * b
	if a == 0 || b == 0 {
		return c, false
	}
	if isSigned[T]() {
		var m1 T
		m1--
		min := MinValue[T]()
		if (a == m1 && b == min) || (b == m1 && a == min) {
			return c, true
		}
	}
	return c, c/b != a
}

// OverflowingNeg implements `overflowing_neg`.
func OverflowingNeg[T Integer](a T) (T, bool) {
	if isSigned[T]() {
		return -a, a == MinValue[T]()
	}
	return -a, a != 0
}

// WrappingAdd implements `wrapping_add` (Go's + wraps).
func WrappingAdd[T Integer](a, b T) T { return a + b }

// WrappingSub implements `wrapping_sub`.
func WrappingSub[T Integer](a, b T) T { return a - b }

// WrappingMul implements `wrapping_mul`.
func WrappingMul[T Integer](a, b T) T { return a * b }

// WrappingNeg implements `wrapping_neg`.
func WrappingNeg[T Integer](a T) T { return -a }

// WrappingDiv implements `wrapping_div`: MIN / -1 is MIN; division by zero
// still panics at loc.
func WrappingDiv[T Integer](a, b T, loc Loc) T {
	if b == 0 {
		panicDiv(loc, true)
	}
	return a / b
}

// WrappingRem implements `wrapping_rem`: MIN % -1 is 0.
func WrappingRem[T Integer](a, b T, loc Loc) T {
	if b == 0 {
		panicRem(loc, true)
	}
	return a % b
}

// WrappingShl implements `wrapping_shl` (and `<<` in release builds): the
// shift amount is taken modulo the width.
func WrappingShl[T Integer](a T, s uint32) T { return a << (uint(s) & (bitsOf[T]() - 1)) }

// WrappingShr implements `wrapping_shr`.
func WrappingShr[T Integer](a T, s uint32) T { return a >> (uint(s) & (bitsOf[T]() - 1)) }

// WrappingAbs implements `wrapping_abs`: MIN stays MIN.
func WrappingAbs[T Integer](a T) T {
	if a < 0 {
		return -a
	}
	return a
}

// SaturatingAbs implements `saturating_abs`: MIN gives MAX.
func SaturatingAbs[T Integer](a T) T {
	if a >= 0 {
		return a
	}
	if -a < 0 { // MIN
		return ^a
	}
	return -a
}

// SaturatingNeg implements `saturating_neg`.
func SaturatingNeg[T Integer](a T) T {
	if a < 0 && -a < 0 { // MIN
		return ^a
	}
	return -a
}

// OverflowingShl implements `overflowing_shl`: the shift by s modulo the
// width, and whether s was out of range.
func OverflowingShl[T Integer](a T, s uint32) (T, bool) {
	return WrappingShl(a, s), uint(s) >= bitsOf[T]()
}

// OverflowingShr implements `overflowing_shr`.
func OverflowingShr[T Integer](a T, s uint32) (T, bool) {
	return WrappingShr(a, s), uint(s) >= bitsOf[T]()
}

// CheckedAbs implements `checked_abs`: None for MIN.
func CheckedAbs[T Integer](a T) Option[T] {
	if a < 0 && -a < 0 {
		return None[T]()
	}
	return Some(WrappingAbs(a))
}

// CheckedAdd implements `checked_add`.
func CheckedAdd[T Integer](a, b T) Option[T] { return checked(OverflowingAdd(a, b)) }

// CheckedSub implements `checked_sub`.
func CheckedSub[T Integer](a, b T) Option[T] { return checked(OverflowingSub(a, b)) }

// CheckedMul implements `checked_mul`.
func CheckedMul[T Integer](a, b T) Option[T] { return checked(OverflowingMul(a, b)) }

// CheckedNeg implements `checked_neg`.
func CheckedNeg[T Integer](a T) Option[T] { return checked(OverflowingNeg(a)) }

// CheckedDiv implements `checked_div`: None for a zero divisor and MIN / -1.
func CheckedDiv[T Integer](a, b T) Option[T] {
	if b == 0 || divOverflows(a, b) {
		return None[T]()
	}
	return Some(a / b)
}

// CheckedRem implements `checked_rem`.
func CheckedRem[T Integer](a, b T) Option[T] {
	if b == 0 || divOverflows(a, b) {
		return None[T]()
	}
	return Some(a % b)
}

// CheckedPow implements `checked_pow`.
func CheckedPow[T Integer](base T, exp uint32) Option[T] {
	v, o := OverflowingPow(base, exp)
	return checked(v, o)
}

// CheckedShl implements `checked_shl`: None when s >= the width.
func CheckedShl[T Integer](a T, s uint32) Option[T] {
	if uint(s) >= bitsOf[T]() {
		return None[T]()
	}
	return Some(a << s)
}

// CheckedShr implements `checked_shr`.
func CheckedShr[T Integer](a T, s uint32) Option[T] {
	if uint(s) >= bitsOf[T]() {
		return None[T]()
	}
	return Some(a >> s)
}

func checked[T any](v T, overflow bool) Option[T] {
	if overflow {
		return None[T]()
	}
	return Some(v)
}

func divOverflows[T Integer](a, b T) bool {
	if !isSigned[T]() {
		return false
	}
	var m1 T
	m1--
	return b == m1 && a == MinValue[T]()
}

// SaturatingAdd implements `saturating_add`.
func SaturatingAdd[T Integer](a, b T) T {
	c, o := OverflowingAdd(a, b)
	if !o {
		return c
	}
	if isSigned[T]() && b < 0 {
		return MinValue[T]()
	}
	return MaxValue[T]()
}

// SaturatingSub implements `saturating_sub`.
func SaturatingSub[T Integer](a, b T) T {
	c, o := OverflowingSub(a, b)
	if !o {
		return c
	}
	if !isSigned[T]() || b > 0 {
		return MinValue[T]()
	}
	return MaxValue[T]()
}

// SaturatingMul implements `saturating_mul`.
func SaturatingMul[T Integer](a, b T) T {
	c, o := OverflowingMul(a, b)
	if !o {
		return c
	}
	if isSigned[T]() && (a < 0) != (b < 0) {
		return MinValue[T]()
	}
	return MaxValue[T]()
}

// OverflowingPow implements `overflowing_pow`.
func OverflowingPow[T Integer](base T, exp uint32) (T, bool) {
	acc := T(1)
	overflow := false
	for exp > 0 {
		var o bool
		if exp&1 == 1 {
			acc, o = OverflowingMul(acc, base)
			overflow = overflow || o
		}
		exp >>= 1
		if exp > 0 {
			base, o = OverflowingMul(base, base)
			overflow = overflow || o
		}
	}
	return acc, overflow
}

// WrappingPow implements `wrapping_pow`.
func WrappingPow[T Integer](base T, exp uint32) T {
	v, _ := OverflowingPow(base, exp)
	return v
}

// Pow implements `pow` in a debug build: "attempt to multiply with
// overflow", reported inside core as Rust does.
func Pow[T Integer](base T, exp uint32) T {
	v, o := OverflowingPow(base, exp)
	if o {
		panicArith(stdIntLoc[T](), msgMul)
	}
	return v
}

// Abs implements `abs` in a debug build: "attempt to negate with overflow"
// for MIN, reported inside core.
func Abs[T Signed](a T) T {
	if a < 0 {
		if a == MinValue[T]() {
			panicArith(stdIntLoc[T](), msgNeg)
		}
		return -a
	}
	return a
}

// UnsignedAbs implements `unsigned_abs`, returning the magnitude as U.
func UnsignedAbs[T Signed, U Unsigned](a T) U {
	if a < 0 {
		return U(-a)
	}
	return U(a)
}

// Signum implements `signum`.
func Signum[T Signed](a T) T {
	switch {
	case a > 0:
		return 1
	case a < 0:
		return -1
	}
	return 0
}

// DivEuclid implements `div_euclid`: the quotient that makes the remainder
// non-negative. Panics at loc like `/`.
func DivEuclid[T Integer](a, b T, loc Loc) T {
	if b == 0 || divOverflows(a, b) {
		panicDiv(loc, b == 0)
	}
	q := a / b
	if a%b < 0 {
		if b > 0 {
			return q - 1
		}
		return q + 1
	}
	return q
}

// RemEuclid implements `rem_euclid`: the non-negative remainder. Panics at
// loc like `%`.
func RemEuclid[T Integer](a, b T, loc Loc) T {
	if b == 0 || divOverflows(a, b) {
		panicRem(loc, b == 0)
	}
	r := a % b
	if r < 0 {
		if b < 0 {
			return r - b
		}
		return r + b
	}
	return r
}

// CountOnes implements `count_ones`.
func CountOnes[T Integer](a T) uint32 { return uint32(bits.OnesCount64(maskBits(a))) }

// CountZeros implements `count_zeros`.
func CountZeros[T Integer](a T) uint32 { return uint32(bitsOf[T]()) - CountOnes(a) }

// LeadingZeros implements `leading_zeros`.
func LeadingZeros[T Integer](a T) uint32 {
	return uint32(bits.LeadingZeros64(maskBits(a)) - (64 - int(bitsOf[T]())))
}

// TrailingZeros implements `trailing_zeros` (the width for 0).
func TrailingZeros[T Integer](a T) uint32 {
	u := maskBits(a)
	if u == 0 {
		return uint32(bitsOf[T]())
	}
	return uint32(bits.TrailingZeros64(u))
}

// RotateLeftInt implements `rotate_left` on integers: the bits of a in its own width,
// shifted left by n modulo the width, with the bits shifted out entering
// at the right.
func RotateLeftInt[T Integer](a T, n uint32) T {
	w := bitsOf[T]()
	k := uint(n) % w
	u := maskBits(a)
	return T(u<<k | u>>(w-k))
}

// RotateRightInt implements `rotate_right` on integers (rotate_left by width - n).
func RotateRightInt[T Integer](a T, n uint32) T {
	w := bitsOf[T]()
	return RotateLeftInt(a, uint32(w-uint(n)%w))
}

// IsPowerOfTwo implements `is_power_of_two` (unsigned types).
func IsPowerOfTwo[T Unsigned](a T) bool { return a != 0 && a&(a-1) == 0 }

// maskBits returns a's bits in its own width.
func maskBits[T Integer](a T) uint64 {
	u := uint64(a)
	if n := bitsOf[T](); n < 64 {
		u &= 1<<n - 1
	}
	return u
}

// CastFloat implements `f as I` for an integer type I: truncation toward
// zero, saturating at I's bounds, NaN giving 0 (Go's conversion is
// undefined out of range).
func CastFloat[I Integer, F Float](f F) I {
	x := float64(f)
	if x != x {
		return 0
	}
	if isSigned[I]() {
		lo := -math.Ldexp(1, int(bitsOf[I]())-1) // exactly MIN
		if x <= lo {
			return MinValue[I]()
		}
		if x >= -lo { // MAX+1
			return MaxValue[I]()
		}
		return I(int64(x))
	}
	if x <= 0 {
		return 0
	}
	if x >= math.Ldexp(1, int(bitsOf[I]())) {
		return MaxValue[I]()
	}
	return I(uint64(x))
}

// Ilog2 implements `ilog2`: the floor of the base-2 logarithm, panicking
// at the call for a value that is not positive.
func Ilog2[T Integer](a T, loc Loc) uint32 {
	if a <= 0 {
		PanicStr(loc, msgLog)
	}
	return uint32(bits.Len64(uint64(a)) - 1)
}

// Ilog10 implements `ilog10`.
func Ilog10[T Integer](a T, loc Loc) uint32 {
	if a <= 0 {
		PanicStr(loc, msgLog)
	}
	return ilog10(uint64(a))
}

const msgLog = "argument of integer logarithm must be positive"

func ilog10(u uint64) uint32 {
	n := uint32(0)
	for u >= 10 {
		u /= 10
		n++
	}
	return n
}

// CheckedIlog2 implements `checked_ilog2`: None for a value that is not
// positive.
func CheckedIlog2[T Integer](a T) Option[uint32] {
	if a <= 0 {
		return None[uint32]()
	}
	return Some(uint32(bits.Len64(uint64(a)) - 1))
}

// CheckedIlog10 implements `checked_ilog10`.
func CheckedIlog10[T Integer](a T) Option[uint32] {
	if a <= 0 {
		return None[uint32]()
	}
	return Some(ilog10(uint64(a)))
}

// CheckedNextPowerOfTwo implements `checked_next_power_of_two`: None
// when the power does not fit in T.
func CheckedNextPowerOfTwo[T Integer](a T) Option[T] {
	p := T(1)
	for p < a {
		if p<<1 == 0 {
			return None[T]()
		}
		p <<= 1
	}
	return Some(p)
}

// LeadingOnes implements `leading_ones`.
func LeadingOnes[T Integer](a T) uint32 { return LeadingZeros(^a) }

// TrailingOnes implements `trailing_ones`.
func TrailingOnes[T Integer](a T) uint32 { return TrailingZeros(^a) }

// SwapBytes implements `swap_bytes`: the bytes of a in its own width, in
// reverse order.
func SwapBytes[T Integer](a T) T {
	return T(bits.ReverseBytes64(maskBits(a)) >> (64 - bitsOf[T]()))
}

// ReverseBits implements `reverse_bits`.
func ReverseBits[T Integer](a T) T {
	return T(bits.Reverse64(maskBits(a)) >> (64 - bitsOf[T]()))
}

// ToBeBytes implements `to_be_bytes`: a's bytes in its own width, most
// significant first.
func ToBeBytes[T Integer](a T) []uint8 {
	n := bitsOf[T]() / 8
	out := make([]uint8, n)
	u := maskBits(a)
	for i := int(n) - 1; i >= 0; i-- {
		out[i] = uint8(u)
		u >>= 8
	}
	return out
}

// ToLeBytes implements `to_le_bytes` (and `to_ne_bytes`: Go's targets
// that rs2go builds for are little-endian).
func ToLeBytes[T Integer](a T) []uint8 {
	n := bitsOf[T]() / 8
	out := make([]uint8, n)
	u := maskBits(a)
	for i := range out {
		out[i] = uint8(u)
		u >>= 8
	}
	return out
}

// FromBeBytes implements `T::from_be_bytes`.
func FromBeBytes[T Integer](b []uint8) T {
	var u uint64
	for _, x := range b[:bitsOf[T]()/8] {
		u = u<<8 | uint64(x)
	}
	return T(u)
}

// FromLeBytes implements `T::from_le_bytes` (and `from_ne_bytes`).
func FromLeBytes[T Integer](b []uint8) T {
	var u uint64
	n := int(bitsOf[T]() / 8)
	for i := n - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	return T(u)
}

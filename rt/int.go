package rt

// Integers: the constraints and the generic helpers of Rust's integer
// methods. The per-type operators with overflow checks are generated into
// int_gen.go by gen_int.go.

//go:generate go run gen_int.go
//go:generate go run gen_unicode.go

import (
	"math/bits"
	"strconv"
)

// Signed is the constraint of Rust's i8..i64 and isize.
type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

// Unsigned is the constraint of Rust's u8..u64 and usize.
type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Integer is the constraint of Rust's integer types.
type Integer interface{ Signed | Unsigned }

// Float is the constraint of Rust's f32 and f64.
type Float interface{ ~float32 | ~float64 }

// The overflow messages of rustc's debug-build arithmetic checks.
const (
	msgAdd = "attempt to add with overflow"
	msgSub = "attempt to subtract with overflow"
	msgMul = "attempt to multiply with overflow"
	msgNeg = "attempt to negate with overflow"
	msgShl = "attempt to shift left with overflow"
	msgShr = "attempt to shift right with overflow"
)

// panicArith is the out-of-line panic path of the generated operators
// (their payload is a &'static str, as rustc's).
//
//go:noinline
func panicArith(loc Loc, msg string) { PanicStr(loc, msg) }

//go:noinline
func panicDiv(loc Loc, byZero bool) {
	if byZero {
		PanicStr(loc, "attempt to divide by zero")
	}
	PanicStr(loc, "attempt to divide with overflow")
}

//go:noinline
func panicRem(loc Loc, byZero bool) {
	if byZero {
		PanicStr(loc, "attempt to calculate the remainder with a divisor of zero")
	}
	PanicStr(loc, "attempt to calculate the remainder with overflow")
}

// CheckIndex is the bounds check of `v[i]` (and of `&v[i]`), n being the
// length: "index out of bounds: the len is 3 but the index is 10" at loc.
// It returns i, so generated code reads `v[rt.CheckIndex(i, len(v), loc)]`.
//
// The panic is in CheckIndex itself, so that Go's compiler sees that i is
// below n after it and drops its own bounds check of the indexing
// (hooked).
func CheckIndex(i uint, n int, loc Loc) uint {
	if i >= uint(n) {
		panic(indexPanic(i, n, loc))
	}
	return i
}

// indexPanic runs the panic hook of an index out of bounds and returns the
// payload to panic with.
//
//go:noinline
func indexPanic(i uint, n int, loc Loc) *Payload {
	return hooked(loc, "index out of bounds: the len is "+strconv.Itoa(n)+" but the index is "+strconv.FormatUint(uint64(i), 10))
}

// mulI64Slow is the full overflow check of MulI64: the high word of the
// unsigned product, corrected for the signs, must be the sign extension of
// the low word.
//
//go:noinline
func mulI64Slow(a, b int64, loc Loc) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if int64(hi)-(a>>63)&b-(b>>63)&a != int64(lo)>>63 {
		panicArith(loc, msgMul)
	}
	return int64(lo)
}

// mulIsizeSlow is mulI64Slow for isize.
//
//go:noinline
func mulIsizeSlow(a, b int, loc Loc) int {
	const s = bits.UintSize - 1
	hi, lo := bits.Mul(uint(a), uint(b))
	if int(hi)-(a>>s)&b-(b>>s)&a != int(lo)>>s {
		panicArith(loc, msgMul)
	}
	return int(lo)
}

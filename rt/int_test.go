package rt

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// intOps are the per-type operators of int_gen.go plus the methods that
// need Signed or Unsigned.
type intOps[T Integer] struct {
	add, sub, mul, div, rem func(a, b T, loc Loc) T
	neg                     func(a T, loc Loc) T
	shl, shr                func(a T, s uint64, loc Loc) T
	unary                   map[string]func(a T) string
}

func signedUnary[T Signed]() map[string]func(T) string {
	return map[string]func(T) string{
		"abs":          func(a T) string { return itoa(Abs(a)) },
		"signum":       func(a T) string { return itoa(Signum(a)) },
		"wrapping_abs": func(a T) string { return itoa(WrappingAbs(a)) },
	}
}

func unsignedUnary[T Unsigned]() map[string]func(T) string {
	return map[string]func(T) string{
		"is_power_of_two": func(a T) string { return strconv.FormatBool(IsPowerOfTwo(a)) },
	}
}

func itoa[T Integer](v T) string { return ToString(v, DisplayInt[T]) }

func parseInt[T Integer](t *testing.T, s string) T {
	if isSigned[T]() {
		x, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return T(x)
	}
	x, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return T(x)
}

// catchPanic runs f and returns its result, or "panic:<message>".
func catchPanic(f func() string) (s string) {
	defer func() {
		if x := recover(); x != nil {
			p := x.(*Payload)
			endPanicking(Current())
			s = "panic:" + p.Message()
		}
	}()
	return f()
}

func evalInt[T Integer](t *testing.T, o intOps[T], op, as, bs string) string {
	const loc = "x.rs:1:1"
	switch op {
	case "cast_f64", "cast_f32":
		x, err := strconv.ParseFloat(as, 64)
		if err != nil {
			t.Fatal(err)
		}
		if op == "cast_f32" {
			return itoa(CastFloat[T](float32(x)))
		}
		return itoa(CastFloat[T](x))
	case "min_max":
		return itoa(MinValue[T]()) + " " + itoa(MaxValue[T]())
	case "shl", "shr", "pow", "wrapping_pow", "checked_pow":
		a := parseInt[T](t, as)
		n, _ := strconv.ParseInt(bs, 10, 64)
		return catchPanic(func() string {
			switch op {
			case "shl":
				return itoa(o.shl(a, uint64(n), loc))
			case "shr":
				return itoa(o.shr(a, uint64(n), loc))
			case "pow":
				return itoa(Pow(a, uint32(n)))
			case "wrapping_pow":
				return itoa(WrappingPow(a, uint32(n)))
			}
			return Sprint(CheckedPow(a, uint32(n)), DebugOption(DebugInt[T]), DebugSpec)
		})
	}
	a, b := parseInt[T](t, as), parseInt[T](t, bs)
	opt := func(v Option[T]) string { return Sprint(v, DebugOption(DebugInt[T]), DebugSpec) }
	ovf := func(v T, o bool) string { return "(" + itoa(v) + ", " + strconv.FormatBool(o) + ")" }
	return catchPanic(func() string {
		switch op {
		case "add":
			return itoa(o.add(a, b, loc))
		case "sub":
			return itoa(o.sub(a, b, loc))
		case "mul":
			return itoa(o.mul(a, b, loc))
		case "div":
			return itoa(o.div(a, b, loc))
		case "rem":
			return itoa(o.rem(a, b, loc))
		case "neg":
			return itoa(o.neg(a, loc))
		case "count_ones":
			return itoa(CountOnes(a))
		case "count_zeros":
			return itoa(CountZeros(a))
		case "leading_zeros":
			return itoa(LeadingZeros(a))
		case "trailing_zeros":
			return itoa(TrailingZeros(a))
		case "wrapping_neg":
			return itoa(WrappingNeg(a))
		case "checked_neg":
			return opt(CheckedNeg(a))
		case "overflowing_neg":
			return ovf(OverflowingNeg(a))
		case "checked_add":
			return opt(CheckedAdd(a, b))
		case "checked_sub":
			return opt(CheckedSub(a, b))
		case "checked_mul":
			return opt(CheckedMul(a, b))
		case "checked_div":
			return opt(CheckedDiv(a, b))
		case "checked_rem":
			return opt(CheckedRem(a, b))
		case "overflowing_add":
			return ovf(OverflowingAdd(a, b))
		case "overflowing_sub":
			return ovf(OverflowingSub(a, b))
		case "overflowing_mul":
			return ovf(OverflowingMul(a, b))
		case "saturating_add":
			return itoa(SaturatingAdd(a, b))
		case "saturating_sub":
			return itoa(SaturatingSub(a, b))
		case "saturating_mul":
			return itoa(SaturatingMul(a, b))
		case "wrapping_add":
			return itoa(WrappingAdd(a, b))
		case "wrapping_sub":
			return itoa(WrappingSub(a, b))
		case "wrapping_mul":
			return itoa(WrappingMul(a, b))
		case "wrapping_div":
			return itoa(WrappingDiv(a, b, loc))
		case "wrapping_rem":
			return itoa(WrappingRem(a, b, loc))
		case "rem_euclid":
			return itoa(RemEuclid(a, b, loc))
		case "div_euclid":
			return itoa(DivEuclid(a, b, loc))
		}
		if f, ok := o.unary[op]; ok {
			return f(a)
		}
		t.Fatalf("unknown op %q", op)
		return ""
	})
}

// TestIntRustc replays testdata/int_cases.txt: each line is a computation
// and what rustc's debug build printed for it.
func TestIntRustc(t *testing.T) {
	quietPanics(t)
	f, err := os.Open("testdata/int_cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	eval := map[string]func(op, a, b string) string{
		"i8": func(op, a, b string) string {
			return evalInt(t, intOps[int8]{AddI8, SubI8, MulI8, DivI8, RemI8, NegI8, ShlI8, ShrI8, signedUnary[int8]()}, op, a, b)
		},
		"i16": func(op, a, b string) string {
			return evalInt(t, intOps[int16]{AddI16, SubI16, MulI16, DivI16, RemI16, NegI16, ShlI16, ShrI16, signedUnary[int16]()}, op, a, b)
		},
		"i32": func(op, a, b string) string {
			return evalInt(t, intOps[int32]{AddI32, SubI32, MulI32, DivI32, RemI32, NegI32, ShlI32, ShrI32, signedUnary[int32]()}, op, a, b)
		},
		"i64": func(op, a, b string) string {
			return evalInt(t, intOps[int64]{AddI64, SubI64, MulI64, DivI64, RemI64, NegI64, ShlI64, ShrI64, signedUnary[int64]()}, op, a, b)
		},
		"isize": func(op, a, b string) string {
			return evalInt(t, intOps[int]{AddIsize, SubIsize, MulIsize, DivIsize, RemIsize, NegIsize, ShlIsize, ShrIsize, signedUnary[int]()}, op, a, b)
		},
		"u8": func(op, a, b string) string {
			return evalInt(t, intOps[uint8]{AddU8, SubU8, MulU8, DivU8, RemU8, nil, ShlU8, ShrU8, unsignedUnary[uint8]()}, op, a, b)
		},
		"u16": func(op, a, b string) string {
			return evalInt(t, intOps[uint16]{AddU16, SubU16, MulU16, DivU16, RemU16, nil, ShlU16, ShrU16, unsignedUnary[uint16]()}, op, a, b)
		},
		"u32": func(op, a, b string) string {
			return evalInt(t, intOps[uint32]{AddU32, SubU32, MulU32, DivU32, RemU32, nil, ShlU32, ShrU32, unsignedUnary[uint32]()}, op, a, b)
		},
		"u64": func(op, a, b string) string {
			return evalInt(t, intOps[uint64]{AddU64, SubU64, MulU64, DivU64, RemU64, nil, ShlU64, ShrU64, unsignedUnary[uint64]()}, op, a, b)
		},
		"usize": func(op, a, b string) string {
			return evalInt(t, intOps[uint]{AddUsize, SubUsize, MulUsize, DivUsize, RemUsize, nil, ShlUsize, ShrUsize, unsignedUnary[uint]()}, op, a, b)
		},
	}
	n, fails := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		lhs, want, _ := strings.Cut(line, " => ")
		fs := strings.Fields(lhs)
		got := eval[fs[0]](fs[1], fs[2], fs[3])
		n++
		if got != want {
			fails++
			if fails < 30 {
				t.Errorf("%s: got %q, want %q", lhs, got, want)
			}
		}
	}
	t.Logf("%d rustc cases", n)
	if fails > 0 || n < 1000 {
		t.Errorf("%d of %d cases differ", fails, n)
	}
}

func TestCheckIndex(t *testing.T) {
	quietPanics(t)
	v := []int32{1, 2, 3}
	if v[CheckIndex(2, len(v), "x.rs:1:1")] != 3 {
		t.Error("CheckIndex in range")
	}
	got := catchPanic(func() string { return itoa(v[CheckIndex(10, len(v), "x.rs:1:1")]) })
	if got != "panic:index out of bounds: the len is 3 but the index is 10" {
		t.Errorf("got %q", got)
	}
	r := CatchUnwind(func() int32 { return v[CheckIndex(3, len(v), "x.rs:1:1")] })
	if r.UnwrapErr("x.rs:1:1").DowncastString().IsNone() {
		t.Error("index panic payload should be a String")
	}
}

var sinkI32 int32

// BenchmarkAddI32 is `a + b` with rustc's debug overflow check; compare
// BenchmarkAddI32Plain.
func BenchmarkAddI32(b *testing.B) {
	var s int32
	for i := 0; b.Loop(); i++ {
		s = AddI32(s&0xffff, int32(i&0xff), "b.rs:1:1")
	}
	sinkI32 = s
}

func BenchmarkAddI32Plain(b *testing.B) {
	var s int32
	for i := 0; b.Loop(); i++ {
		s = s&0xffff + int32(i&0xff)
	}
	sinkI32 = s
}

func BenchmarkMulI64(b *testing.B) {
	var s int64
	for i := 0; b.Loop(); i++ {
		s = MulI64(s&0xffff|1, int64(i&0xff), "b.rs:1:1")
	}
	sinkI32 = int32(s)
}

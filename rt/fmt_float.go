package rt

// Formatting of f32 and f64: Display, Debug, LowerExp and UpperExp of
// core::fmt::float.

import (
	"math"
	"strconv"
	"strings"
	"unsafe"
)

// DisplayFloat formats a float like Rust's Display: the shortest decimal
// that round-trips, never in exponent form (`1e300` prints all its digits,
// `1.0` prints `1`), or exactly rounded (half to even) to the precision.
// NaN is `NaN` (never signed), infinities `inf`/`-inf`, -0.0 is `-0`. The
// spec's `{:e}`/`{:E}` dispatch to the exponent form.
func DisplayFloat[T Float](v T, f *Formatter) {
	switch f.spec.Verb {
	case 'e', 'E':
		expFloat(v, f.spec.Verb == 'E', f)
		return
	}
	sign, ok := floatSpecial(v, f)
	if ok {
		return
	}
	a, bits := absFloat(v)
	var body string
	if f.spec.HasPrec {
		body = strconv.FormatFloat(a, 'f', f.spec.Prec, bits)
	} else {
		digits, exp := shortest(a, bits)
		body = decimalForm(digits, exp, 0)
	}
	f.padParts(sign, body)
}

// DebugFloat formats a float like Rust's Debug: as Display but integral
// values keep `.0`, and values below 1e-4 or from 1e16 up (in magnitude,
// zero excepted) print in exponent form (`1e-5`, `1e16`). A precision gives
// the Display form with that many decimals.
func DebugFloat[T Float](v T, f *Formatter) {
	switch f.spec.Verb {
	case 'e', 'E':
		expFloat(v, f.spec.Verb == 'E', f)
		return
	}
	sign, ok := floatSpecial(v, f)
	if ok {
		return
	}
	a, bits := absFloat(v)
	var body string
	switch {
	case f.spec.HasPrec:
		body = strconv.FormatFloat(a, 'f', f.spec.Prec, bits)
	case a != 0 && (a < 1e-4 || a >= 1e16):
		digits, exp := shortest(a, bits)
		body = expForm(digits, exp, 'e')
	default:
		digits, exp := shortest(a, bits)
		body = decimalForm(digits, exp, 1)
	}
	f.padParts(sign, body)
}

// expFloat is LowerExp/UpperExp: `1.5e-4`, `1e0`, with a precision
// `1.500e-4`.
func expFloat[T Float](v T, upper bool, f *Formatter) {
	sign, ok := floatSpecial(v, f)
	if ok {
		return
	}
	a, bits := absFloat(v)
	e := byte('e')
	if upper {
		e = 'E'
	}
	var body string
	if f.spec.HasPrec {
		s := strconv.FormatFloat(a, 'e', f.spec.Prec, bits)
		mant, exp, _ := strings.Cut(s, "e")
		x, _ := strconv.Atoi(exp)
		body = mant + string(e) + strconv.Itoa(x)
	} else {
		digits, exp := shortest(a, bits)
		body = expForm(digits, exp, e)
	}
	f.padParts(sign, body)
}

// floatSpecial computes the sign and prints NaN and the infinities.
func floatSpecial[T Float](v T, f *Formatter) (sign string, done bool) {
	x := float64(v)
	if math.IsNaN(x) {
		f.padParts("", "NaN")
		return "", true
	}
	if math.Signbit(x) {
		sign = "-"
	} else if f.spec.Plus {
		sign = "+"
	}
	if math.IsInf(x, 0) {
		f.padParts(sign, "inf")
		return "", true
	}
	return sign, false
}

func absFloat[T Float](v T) (float64, int) {
	if unsafe.Sizeof(v) == 4 {
		return math.Abs(float64(v)), 32
	}
	return math.Abs(float64(v)), 64
}

// shortest returns the shortest round-tripping digits of a (non-negative,
// finite) and the decimal exponent of the first digit.
func shortest(a float64, bits int) (digits string, exp int) {
	s := strconv.FormatFloat(a, 'e', -1, bits)
	mant, e, _ := strings.Cut(s, "e")
	exp, _ = strconv.Atoi(e)
	digits = strings.Replace(mant, ".", "", 1)
	return digits, exp
}

// decimalForm writes digits×10^(exp-len+1) without exponent, with at least
// minFrac decimals.
func decimalForm(digits string, exp, minFrac int) string {
	var b strings.Builder
	n := len(digits)
	switch {
	case exp < 0:
		b.WriteString("0.")
		for range -exp - 1 {
			b.WriteByte('0')
		}
		b.WriteString(digits)
	case exp+1 >= n:
		b.WriteString(digits)
		for range exp + 1 - n {
			b.WriteByte('0')
		}
		if minFrac > 0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:exp+1])
		b.WriteByte('.')
		b.WriteString(digits[exp+1:])
	}
	return b.String()
}

// expForm writes d.ddd e exp.
func expForm(digits string, exp int, e byte) string {
	var b strings.Builder
	b.WriteByte(digits[0])
	if len(digits) > 1 {
		b.WriteByte('.')
		b.WriteString(digits[1:])
	}
	b.WriteByte(e)
	b.WriteString(strconv.Itoa(exp))
	return b.String()
}

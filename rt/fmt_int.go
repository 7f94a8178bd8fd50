package rt

// Formatting of integers: Display, Debug, LowerHex, UpperHex, Octal,
// Binary, LowerExp and UpperExp of core::fmt::num.

import (
	"strconv"
	"unsafe"
)

// DisplayInt formats an integer like Rust's Display for i8..u64, isize and
// usize, and also dispatches on the spec's trait: `{:x}`, `{:X}`, `{:o}`,
// `{:b}` (two's complement of the type's width for negative numbers, `#`
// adds 0x/0o/0b), `{:e}`/`{:E}`. Width, fill, alignment, `+` and `0` apply;
// precision is ignored (except for `{:e}`).
func DisplayInt[T Integer](v T, f *Formatter) {
	switch f.spec.Verb {
	case 'x', 'X', 'o', 'b':
		radixInt(v, f.spec.Verb, f)
	case 'e', 'E':
		expInt(v, f.spec.Verb == 'E', f)
	default:
		decimalInt(v, f)
	}
}

// DebugInt formats an integer like Rust's Debug: decimal, or hex with
// `{:x?}`/`{:X?}`; otherwise as DisplayInt.
func DebugInt[T Integer](v T, f *Formatter) {
	if f.spec.DebugHex != 0 {
		radixInt(v, f.spec.DebugHex, f)
		return
	}
	DisplayInt(v, f)
}

func isNeg[T Integer](v T) bool { return v < 0 }

func decimalInt[T Integer](v T, f *Formatter) {
	var digits []byte
	neg := isNeg(v)
	if neg {
		// -int64(v) wraps for the minimum, whose uint64 is the magnitude.
		digits = strconv.AppendInt(f.scratch[:0], int64(v), 10)
	} else {
		digits = strconv.AppendUint(f.scratch[:0], uint64(v), 10)
	}
	if !f.spec.HasWidth && !f.spec.Plus && f.indent == 0 {
		f.rawBytes(digits)
		return
	}
	if neg {
		digits = digits[1:]
	}
	f.PadIntegral(!neg, "", string(digits))
}

// bitsOf returns the width of T in bits.
func bitsOf[T Integer]() uint {
	var z T
	return uint(unsafe.Sizeof(z)) * 8
}

// radixInt formats v in hex, octal or binary as Rust does: the bits of the
// value in its own width, never with a sign.
func radixInt[T Integer](v T, verb byte, f *Formatter) {
	u := uint64(v)
	if bits := bitsOf[T](); bits < 64 {
		u &= 1<<bits - 1
	}
	var b [64]byte
	var digits []byte
	var prefix string
	switch verb {
	case 'x':
		digits, prefix = strconv.AppendUint(b[:0], u, 16), "0x"
	case 'X':
		digits, prefix = strconv.AppendUint(b[:0], u, 16), "0x"
		for i, c := range digits {
			if c >= 'a' {
				digits[i] = c - 'a' + 'A'
			}
		}
	case 'o':
		digits, prefix = strconv.AppendUint(b[:0], u, 8), "0o"
	default:
		digits, prefix = strconv.AppendUint(b[:0], u, 2), "0b"
	}
	f.PadIntegral(true, prefix, string(digits))
}

// expInt is core's exp_u64: scientific notation of an integer, rounding
// half to even when the precision drops digits.
func expInt[T Integer](v T, upper bool, f *Formatter) {
	neg := isNeg(v)
	var mag uint64
	if neg {
		mag = uint64(-int64(v))
	} else {
		mag = uint64(v)
	}
	digits := []byte(strconv.FormatUint(mag, 10))
	exp := len(digits) - 1
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	added := 0
	if f.spec.HasPrec {
		p := f.spec.Prec
		if len(digits)-1 > p {
			digits = roundDigits(digits, p+1, &exp)
		} else {
			added = p - (len(digits) - 1)
		}
	}
	var body []byte
	body = append(body, digits[0])
	if len(digits) > 1 || added > 0 {
		body = append(body, '.')
		body = append(body, digits[1:]...)
		for range added {
			body = append(body, '0')
		}
	}
	if upper {
		body = append(body, 'E')
	} else {
		body = append(body, 'e')
	}
	body = strconv.AppendInt(body, int64(exp), 10)
	sign := ""
	if neg {
		sign = "-"
	} else if f.spec.Plus {
		sign = "+"
	}
	f.padParts(sign, string(body))
}

// roundDigits keeps the first n decimal digits, rounding half to even (the
// dropped digits have no trailing zeros, so a dropped "5" followed by more
// digits is above the tie). A carry out of the first digit bumps *exp.
func roundDigits(d []byte, n int, exp *int) []byte {
	rest := d[n:]
	d = d[:n:n]
	up := rest[0] > '5' || rest[0] == '5' && (len(rest) > 1 || (d[n-1]-'0')%2 == 1)
	if !up {
		return d
	}
	i := n - 1
	for i >= 0 && d[i] == '9' {
		d[i] = '0'
		i--
	}
	if i >= 0 {
		d[i]++
		return d
	}
	*exp++
	return append([]byte{'1'}, d[:n-1]...)
}

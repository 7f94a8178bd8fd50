package rt

// `str::parse` with Rust's accepted syntax and error values.

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// IntErrorKind is Rust's `std::num::IntErrorKind`.
type IntErrorKind uint8

// The kinds of ParseIntError.
const (
	IntEmpty IntErrorKind = iota
	IntInvalidDigit
	IntPosOverflow
	IntNegOverflow
	IntZero
)

var intErrorNames = [...]string{"Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Zero"}

var intErrorMsgs = [...]string{
	"cannot parse integer from empty string",
	"invalid digit found in string",
	"number too large to fit in target type",
	"number too small to fit in target type",
	"number would be zero for non-zero type",
}

// ParseIntError is Rust's `std::num::ParseIntError`.
type ParseIntError struct{ Kind IntErrorKind }

// FmtDisplay prints Rust's message.
func (e ParseIntError) FmtDisplay(f *Formatter) { f.Pad(intErrorMsgs[e.Kind]) }

// FmtDebug prints `ParseIntError { kind: InvalidDigit }`.
func (e ParseIntError) FmtDebug(f *Formatter) {
	f.DebugStruct("ParseIntError").Field("kind", Fmt(e.Kind, func(k IntErrorKind, f *Formatter) { f.WriteStr(intErrorNames[k]) })).Finish()
}

// ParseInt implements `s.parse::<T>()` for an integer type T (radix 10).
func ParseInt[T Integer](s string) Result[T, ParseIntError] { return ParseIntRadix[T](s, 10) }

// ParseIntRadix implements `T::from_str_radix(s, radix)`.
func ParseIntRadix[T Integer](s string, radix uint32) Result[T, ParseIntError] {
	fail := func(k IntErrorKind) Result[T, ParseIntError] { return Err[T](ParseIntError{k}) }
	if s == "" {
		return fail(IntEmpty)
	}
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		if isSigned[T]() {
			neg = true
			s = s[1:]
		}
	}
	if s == "" {
		return fail(IntInvalidDigit)
	}
	var v T
	r := T(radix)
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d uint32
		switch {
		case c >= '0' && c <= '9':
			d = uint32(c - '0')
		case c >= 'a' && c <= 'z':
			d = uint32(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = uint32(c-'A') + 10
		default:
			return fail(IntInvalidDigit)
		}
		if d >= radix {
			return fail(IntInvalidDigit)
		}
		m, over := OverflowingMul(v, r)
		if over {
			if neg {
				return fail(IntNegOverflow)
			}
			return fail(IntPosOverflow)
		}
		if neg {
			v, over = OverflowingSub(m, T(d))
		} else {
			v, over = OverflowingAdd(m, T(d))
		}
		if over {
			if neg {
				return fail(IntNegOverflow)
			}
			return fail(IntPosOverflow)
		}
	}
	return Ok[T, ParseIntError](v)
}

// ParseFloatError is Rust's `std::num::ParseFloatError`.
type ParseFloatError struct{ empty bool }

// FmtDisplay prints Rust's message.
func (e ParseFloatError) FmtDisplay(f *Formatter) {
	if e.empty {
		f.Pad("cannot parse float from empty string")
		return
	}
	f.Pad("invalid float literal")
}

// FmtDebug prints `ParseFloatError { kind: Invalid }`.
func (e ParseFloatError) FmtDebug(f *Formatter) {
	kind := "Invalid"
	if e.empty {
		kind = "Empty"
	}
	f.DebugStruct("ParseFloatError").Field("kind", Fmt(kind, func(k string, f *Formatter) { f.WriteStr(k) })).Finish()
}

// ParseFloat implements `s.parse::<f64>()` (and f32) with Rust's grammar:
// an optional sign, then "inf", "infinity" or "nan" in any case, or
// decimal digits with an optional point and exponent.
func ParseFloat[T Float](s string) Result[T, ParseFloatError] {
	if s == "" {
		return Err[T](ParseFloatError{empty: true})
	}
	body := s
	if body[0] == '+' || body[0] == '-' {
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if s[0] == '-' {
			return Ok[T, ParseFloatError](T(math.Inf(-1)))
		}
		return Ok[T, ParseFloatError](T(math.Inf(1)))
	case "nan":
		return Ok[T, ParseFloatError](T(math.NaN()))
	}
	digits := false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && i > 0 && (body[i-1] == 'e' || body[i-1] == 'E')):
		default:
			return Err[T](ParseFloatError{})
		}
	}
	if !digits {
		return Err[T](ParseFloatError{})
	}
	var bits int = 64
	var z T
	if _, ok := any(z).(float32); ok {
		bits = 32
	}
	f, err := strconv.ParseFloat(s, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return Ok[T, ParseFloatError](T(f))
		}
		return Err[T](ParseFloatError{})
	}
	return Ok[T, ParseFloatError](T(f))
}

// ParseBoolError is Rust's `std::str::ParseBoolError`.
type ParseBoolError struct{}

// FmtDisplay prints Rust's message.
func (ParseBoolError) FmtDisplay(f *Formatter) {
	f.Pad("provided string was not `true` or `false`")
}

// FmtDebug prints `ParseBoolError`.
func (ParseBoolError) FmtDebug(f *Formatter) { f.WriteStr("ParseBoolError") }

// ParseBool implements `s.parse::<bool>()`.
func ParseBool(s string) Result[bool, ParseBoolError] {
	switch s {
	case "true":
		return Ok[bool, ParseBoolError](true)
	case "false":
		return Ok[bool, ParseBoolError](false)
	}
	return Err[bool](ParseBoolError{})
}

// ParseCharError is Rust's `std::char::ParseCharError`.
type ParseCharError struct{ empty bool }

// FmtDisplay prints Rust's message.
func (e ParseCharError) FmtDisplay(f *Formatter) {
	if e.empty {
		f.Pad("cannot parse char from empty string")
		return
	}
	f.Pad("too many characters in string")
}

// FmtDebug prints `ParseCharError { kind: TooManyChars }`.
func (e ParseCharError) FmtDebug(f *Formatter) {
	kind := "TooManyChars"
	if e.empty {
		kind = "EmptyString"
	}
	f.DebugStruct("ParseCharError").Field("kind", Fmt(kind, func(k string, f *Formatter) { f.WriteStr(k) })).Finish()
}

// ParseChar implements `s.parse::<char>()`.
func ParseChar(s string) Result[rune, ParseCharError] {
	if s == "" {
		return Err[rune](ParseCharError{empty: true})
	}
	if CharCount(s) != 1 {
		return Err[rune](ParseCharError{})
	}
	for _, r := range s {
		return Ok[rune, ParseCharError](r)
	}
	return Err[rune](ParseCharError{})
}

// Infallible is Rust's `std::convert::Infallible` (the error of parsing a
// String).
type Infallible struct{}

// FmtDebug never runs (no value exists in Rust).
func (Infallible) FmtDebug(f *Formatter) {}

// FmtDisplay never runs.
func (Infallible) FmtDisplay(f *Formatter) {}

// ParseString implements `s.parse::<String>()`.
func ParseString(s string) Result[string, Infallible] { return Ok[string, Infallible](s) }

// TryFromIntError is Rust's `std::num::TryFromIntError`.
type TryFromIntError struct{}

// FmtDisplay prints Rust's message.
func (TryFromIntError) FmtDisplay(f *Formatter) {
	f.Pad("out of range integral type conversion attempted")
}

// FmtDebug prints `TryFromIntError(())`.
func (TryFromIntError) FmtDebug(f *Formatter) { f.WriteStr("TryFromIntError(())") }

// TryFromSliceError is Rust's `std::array::TryFromSliceError`.
type TryFromSliceError struct{}

// FmtDisplay prints Rust's message.
func (TryFromSliceError) FmtDisplay(f *Formatter) { f.Pad("could not convert slice to array") }

// FmtDebug prints `TryFromSliceError(())`.
func (TryFromSliceError) FmtDebug(f *Formatter) { f.WriteStr("TryFromSliceError(())") }

// SliceToArray implements `<[T; n]>::try_from(s)` (`s.try_into()`): a
// copy of s where it has n elements.
func SliceToArray[T any](s []T, n int) Result[[]T, TryFromSliceError] {
	if len(s) != n {
		return Err[[]T](TryFromSliceError{})
	}
	return Ok[[]T, TryFromSliceError](slices.Clone(s))
}

// TryFromInt implements `T::try_from(v)` between integer types.
func TryFromInt[T, F Integer](v F) Result[T, TryFromIntError] {
	t := T(v)
	if F(t) != v || (t < 0) != (v < 0) {
		return Err[T](TryFromIntError{})
	}
	return Ok[T, TryFromIntError](t)
}

package rt

// Range indexing of str and slices (`&s[a..b]`, `&v[a..=b]`) with Rust's
// panic texts. Go's own slicing checks against the capacity, not the
// length, and has no char-boundary rule.

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// StrSlice implements `&s[a..b]` on str (`&s[a..]` passes b = len(s),
// `&s[..b]` passes a = 0). At loc it panics, in this order, with
// "start byte index A is out of bounds of `s`", "end byte index B is out
// of bounds of `s`", "begin > end (A > B) when slicing `s`", or
// "start|end byte index I is not a char boundary; it is inside 'é' (bytes
// 1..3) of `s`"; s is cut at 256 bytes and followed by "[...]" if longer.
func StrSlice(s string, a, b uint, loc Loc) string {
	if b <= uint(len(s)) && a <= b && isCharBoundary(s, a) && isCharBoundary(s, b) {
		return s[a:b]
	}
	strSliceFail(s, a, b, loc)
	return ""
}

// StrSliceInclusive implements `&s[a..=b]`. An end beyond the string is
// reported with b itself ("end byte index B is out of bounds"); the other
// messages use the exclusive end b+1, as Rust 1.95 does.
func StrSliceInclusive(s string, a, b uint, loc Loc) string {
	if b == math.MaxUint {
		PanicStr(loc, "attempted to index str up to maximum usize")
	}
	if a <= uint(len(s)) && b >= uint(len(s)) {
		PanicString(loc, "end byte index "+utoa(b)+" is out of bounds of `"+truncForMsg(s))
	}
	return StrSlice(s, a, b+1, loc)
}

//go:noinline
func strSliceFail(s string, a, b uint, loc Loc) {
	n := uint(len(s))
	tail := " of `" + truncForMsg(s)
	switch {
	case a > n:
		PanicString(loc, "start byte index "+utoa(a)+" is out of bounds"+tail)
	case b > n:
		PanicString(loc, "end byte index "+utoa(b)+" is out of bounds"+tail)
	case a > b:
		PanicString(loc, "begin > end ("+utoa(a)+" > "+utoa(b)+") when slicing `"+truncForMsg(s))
	case !isCharBoundary(s, a):
		PanicString(loc, "start byte index "+utoa(a)+" is not a char boundary; "+insideChar(s, a)+tail)
	default:
		PanicString(loc, "end byte index "+utoa(b)+" is not a char boundary; "+insideChar(s, b)+tail)
	}
}

// truncForMsg is s cut at a char boundary at most 256 bytes in, the
// closing backquote, and "[...]" if something was cut.
func truncForMsg(s string) string {
	if len(s) <= 256 {
		return s + "`"
	}
	i := 256
	for !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "`[...]"
}

// insideChar describes the char that byte index i falls in:
// "it is inside 'é' (bytes 1..3)".
func insideChar(s string, i uint) string {
	start := int(i)
	for start > 0 && !utf8.RuneStart(s[start]) {
		start--
	}
	r, size := utf8.DecodeRuneInString(s[start:])
	return "it is inside " + Sprint(r, DebugChar, DebugSpec) + " (bytes " + strconv.Itoa(start) + ".." + strconv.Itoa(start+size) + ")"
}

// isCharBoundary implements `str::is_char_boundary` for i <= len(s).
func isCharBoundary(s string, i uint) bool {
	return i == 0 || i >= uint(len(s)) || utf8.RuneStart(s[i])
}

// IsCharBoundary implements `str::is_char_boundary`.
func IsCharBoundary(s string, i uint) bool {
	if i > uint(len(s)) {
		return false
	}
	return isCharBoundary(s, i)
}

func utoa(u uint) string { return strconv.FormatUint(uint64(u), 10) }

// Slice implements `&v[a..b]` (and `&mut v[a..b]`, `&v[a..]` with
// b = len(v), `&v[..b]` with a = 0) on slices, arrays and Vecs. At loc it
// panics with "range start index A out of range for slice of length N",
// "range end index B out of range for slice of length N", or "slice index
// starts at A but ends at B". The result's capacity ends at b, so an append
// to it cannot overwrite v.
func Slice[T any](v []T, a, b uint, loc Loc) []T {
	if b <= uint(len(v)) && a <= b {
		return v[a:b:b]
	}
	sliceFail(len(v), a, b, loc)
	return nil
}

// SliceInclusive implements `&v[a..=b]`; an end beyond the slice is
// reported with b itself, the order failure with b+1, as Rust 1.95 does.
func SliceInclusive[T any](v []T, a, b uint, loc Loc) []T {
	if b == math.MaxUint {
		PanicStr(loc, "attempted to index slice up to maximum usize")
	}
	if a <= uint(len(v)) && b >= uint(len(v)) {
		PanicString(loc, "range end index "+utoa(b)+" out of range for slice of length "+strconv.Itoa(len(v)))
	}
	return Slice(v, a, b+1, loc)
}

//go:noinline
func sliceFail(n int, a, b uint, loc Loc) {
	switch {
	case a > uint(n):
		PanicString(loc, "range start index "+utoa(a)+" out of range for slice of length "+strconv.Itoa(n))
	case b > uint(n):
		PanicString(loc, "range end index "+utoa(b)+" out of range for slice of length "+strconv.Itoa(n))
	default:
		PanicString(loc, "slice index starts at "+utoa(a)+" but ends at "+utoa(b))
	}
}

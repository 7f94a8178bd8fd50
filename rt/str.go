package rt

// Rust's str and String methods where Go's strings package differs from
// Rust (iterators, Option results, char-boundary panics, Rust's whitespace
// and pattern rules). Where a strings function is exactly Rust's, the
// translator calls it directly.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func appendRune(b []byte, r rune) []byte { return utf8.AppendRune(b, r) }

// Chars implements `str::chars`.
func Chars(s string) *Iter[rune] {
	i, j := 0, len(s)
	it := NewIter2(func() (rune, bool) {
		if i >= j {
			return 0, false
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		i += n
		return r, true
	}, func() (rune, bool) {
		if i >= j {
			return 0, false
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		j -= n
		return r, true
	})
	it.str = func() string { return s[i:j] }
	it.clone = func() *Iter[rune] { return Chars(s[i:j]) }
	return it
}

// CharIndices implements `str::char_indices`.
func CharIndices(s string) *Iter[Tuple2[uint, rune]] { return charIndices(s, 0, len(s)) }

// charIndices walks s[i:j], indexing its chars in s.
func charIndices(s string, i, j int) *Iter[Tuple2[uint, rune]] {
	it := NewIter2(func() (Tuple2[uint, rune], bool) {
		if i >= j {
			return Tuple2[uint, rune]{}, false
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		i += n
		return Tuple2[uint, rune]{uint(i - n), r}, true
	}, func() (Tuple2[uint, rune], bool) {
		if i >= j {
			return Tuple2[uint, rune]{}, false
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		j -= n
		return Tuple2[uint, rune]{uint(j), r}, true
	})
	it.str = func() string { return s[i:j] }
	it.clone = func() *Iter[Tuple2[uint, rune]] { return charIndices(s, i, j) }
	return it
}

// Bytes implements `str::bytes`.
func Bytes(s string) *Iter[uint8] { return sliceIter([]byte(s)) }

// CharCount is `s.chars().count()`.
func CharCount(s string) uint { return uint(utf8.RuneCountInString(s)) }

// Split implements `str::split` with a string pattern.
func Split(s, sep string) *Iter[string] {
	if sep == "" {
		parts := []string{""}
		for _, r := range s {
			parts = append(parts, string(r))
		}
		return sliceIter(append(parts, ""))
	}
	return sliceIter(strings.Split(s, sep))
}

// SplitFunc implements `str::split` with a char predicate.
func SplitFunc(s string, f func(rune) bool) *Iter[string] {
	var parts []string
	start := 0
	for i, r := range s {
		if f(r) {
			parts = append(parts, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return sliceIter(append(parts, s[start:]))
}

// SplitN implements `str::splitn` with a string pattern.
func SplitN(s string, n uint, sep string) *Iter[string] {
	if n == 0 {
		return sliceIter[string](nil)
	}
	return sliceIter(strings.SplitN(s, sep, int(n)))
}

// RSplitN implements `str::rsplitn` with a string pattern.
func RSplitN(s string, n uint, sep string) *Iter[string] {
	var parts []string
	for n > 1 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
		n--
	}
	if n > 0 {
		parts = append(parts, s)
	}
	return sliceIter(parts)
}

// RSplit implements `str::rsplit` with a string pattern.
func RSplit(s, sep string) *Iter[string] { return Split(s, sep).Rev() }

// SplitTerminator implements `str::split_terminator`.
func SplitTerminator(s, sep string) *Iter[string] {
	parts := strings.Split(s, sep)
	if len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return sliceIter(parts)
}

// SplitInclusive implements `str::split_inclusive`.
func SplitInclusive(s, sep string) *Iter[string] {
	parts := strings.SplitAfter(s, sep)
	if len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return sliceIter(parts)
}

// SplitWhitespace implements `str::split_whitespace`.
func SplitWhitespace(s string) *Iter[string] {
	return sliceIter(strings.FieldsFunc(s, unicode.IsSpace))
}

// SplitAsciiWhitespace implements `str::split_ascii_whitespace`.
func SplitAsciiWhitespace(s string) *Iter[string] {
	return sliceIter(strings.FieldsFunc(s, IsAsciiWhitespace[rune]))
}

// Lines implements `str::lines`: split at "\n", a trailing "\r" removed,
// no empty last line.
func Lines(s string) *Iter[string] {
	if s == "" {
		return sliceIter[string](nil)
	}
	parts := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, p := range parts {
		parts[i] = strings.TrimSuffix(p, "\r")
	}
	return sliceIter(parts)
}

// SplitOnce implements `str::split_once`.
func SplitOnce(s, sep string) Option[Tuple2[string, string]] {
	a, b, ok := strings.Cut(s, sep)
	if !ok {
		return Option[Tuple2[string, string]]{}
	}
	return Some(Tuple2[string, string]{a, b})
}

// RSplitOnce implements `str::rsplit_once`.
func RSplitOnce(s, sep string) Option[Tuple2[string, string]] {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return Option[Tuple2[string, string]]{}
	}
	return Some(Tuple2[string, string]{s[:i], s[i+len(sep):]})
}

// Trim implements `str::trim` (Rust's White_Space, as unicode.IsSpace).
func Trim(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }

// TrimStart implements `str::trim_start`.
func TrimStart(s string) string { return strings.TrimLeftFunc(s, unicode.IsSpace) }

// TrimEnd implements `str::trim_end`.
func TrimEnd(s string) string { return strings.TrimRightFunc(s, unicode.IsSpace) }

// TrimStartMatches implements `str::trim_start_matches` with a string
// pattern: every repetition of the prefix is removed.
func TrimStartMatches(s, p string) string {
	if p == "" {
		return s
	}
	for strings.HasPrefix(s, p) {
		s = s[len(p):]
	}
	return s
}

// TrimEndMatches implements `str::trim_end_matches` with a string pattern.
func TrimEndMatches(s, p string) string {
	if p == "" {
		return s
	}
	for strings.HasSuffix(s, p) {
		s = s[:len(s)-len(p)]
	}
	return s
}

// TrimMatches implements `str::trim_matches` with a string pattern.
func TrimMatches(s, p string) string { return TrimEndMatches(TrimStartMatches(s, p), p) }

// StripPrefix implements `str::strip_prefix`.
func StripPrefix(s, p string) Option[string] {
	if !strings.HasPrefix(s, p) {
		return Option[string]{}
	}
	return Some(s[len(p):])
}

// StripSuffix implements `str::strip_suffix`.
func StripSuffix(s, p string) Option[string] {
	if !strings.HasSuffix(s, p) {
		return Option[string]{}
	}
	return Some(s[:len(s)-len(p)])
}

// Find implements `str::find` with a string pattern.
func Find(s, p string) Option[uint] { return index(strings.Index(s, p)) }

// RFind implements `str::rfind` with a string pattern.
func RFind(s, p string) Option[uint] { return index(strings.LastIndex(s, p)) }

// FindFunc implements `str::find` with a char predicate.
func FindFunc(s string, f func(rune) bool) Option[uint] { return index(strings.IndexFunc(s, f)) }

// RFindFunc implements `str::rfind` with a char predicate.
func RFindFunc(s string, f func(rune) bool) Option[uint] {
	return index(strings.LastIndexFunc(s, f))
}

func index(i int) Option[uint] {
	if i < 0 {
		return Option[uint]{}
	}
	return Some(uint(i))
}

// Matches implements `str::matches` with a string pattern.
func Matches(s, p string) *Iter[string] {
	var out []string
	for {
		i := strings.Index(s, p)
		if i < 0 {
			return sliceIter(out)
		}
		out = append(out, p)
		s = s[i+max(len(p), 1):]
	}
}

// MatchIndices implements `str::match_indices` with a string pattern.
func MatchIndices(s, p string) *Iter[Tuple2[uint, string]] {
	var out []Tuple2[uint, string]
	off := 0
	for {
		i := strings.Index(s[off:], p)
		if i < 0 || p == "" {
			return sliceIter(out)
		}
		out = append(out, Tuple2[uint, string]{uint(off + i), p})
		off += i + len(p)
	}
}

// ContainsFunc implements `str::contains` with a char predicate.
func ContainsFunc(s string, f func(rune) bool) bool { return strings.IndexFunc(s, f) >= 0 }

// StartsWithFunc implements `str::starts_with` with a char predicate.
func StartsWithFunc(s string, f func(rune) bool) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && f(r)
}

// EndsWithFunc implements `str::ends_with` with a char predicate.
func EndsWithFunc(s string, f func(rune) bool) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	return n > 0 && f(r)
}

// ToUppercase implements `str::to_uppercase`: each char's full Unicode
// mapping, which may be several chars ("ﬁ" is "FI"); caseUpper
// (unicode_gen.go) has the chars where it is not Go's unicode.ToUpper.
func ToUppercase(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		if m, ok := caseUpper[r]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// ToLowercase implements `str::to_lowercase`: each char's full mapping
// (caseLower), and Σ at the end of a word is ς.
func ToLowercase(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for i, r := range s {
		switch m, ok := caseLower[r]; {
		case r == 'Σ' && finalSigma(s, i):
			b.WriteRune('ς')
		case ok:
			b.WriteString(m)
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// finalSigma reports whether the Σ at byte i of s ends a word (Unicode's
// Final_Sigma, as Rust's to_lowercase tests it): a cased char before it
// and none after it, case-ignorable chars skipped.
func finalSigma(s string, i int) bool {
	before, after := s[:i], s[i+len("Σ"):]
	casedBefore := false
	for len(before) > 0 {
		r, n := utf8.DecodeLastRuneInString(before)
		before = before[:len(before)-n]
		if !caseIgnorable(r) {
			casedBefore = cased(r)
			break
		}
	}
	if !casedBefore {
		return false
	}
	for _, r := range after {
		if !caseIgnorable(r) {
			return !cased(r)
		}
	}
	return true
}

// cased is Unicode's Cased property.
func cased(r rune) bool { return CharIsUppercase(r) || CharIsLowercase(r) || unicode.IsTitle(r) }

// caseIgnorable is Unicode's Case_Ignorable property: the marks, format
// chars, modifier letters and symbols, and the word-internal
// punctuation of Word_Break (MidLetter, MidNumLet, Single_Quote).
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '·', '\u0387', '\u055F', '\u05F4', '‘', '’', '\u2024', '\u2027', '\uFE13', '\uFE52', '\uFE55', '\uFF07', '\uFF0E', '\uFF1A':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// ToAsciiUppercase implements `str::to_ascii_uppercase`.
func ToAsciiUppercase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

// ToAsciiLowercase implements `str::to_ascii_lowercase`.
func ToAsciiLowercase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// EqIgnoreAsciiCase implements `str::eq_ignore_ascii_case`.
func EqIgnoreAsciiCase(a, b string) bool { return ToAsciiLowercase(a) == ToAsciiLowercase(b) }

// StrGet implements `str::get(a..b)`.
func StrGet(s string, a, b uint) Option[string] {
	if b <= uint(len(s)) && a <= b && isCharBoundary(s, a) && isCharBoundary(s, b) {
		return Some(s[a:b])
	}
	return Option[string]{}
}

// SplitAtStr implements `str::split_at` (its panic is located in std, as
// Rust's).
func SplitAtStr(s string, mid uint) Tuple2[string, string] {
	if mid > uint(len(s)) || !isCharBoundary(s, mid) {
		strSliceFail(s, 0, mid, stdStrLoc)
	}
	return Tuple2[string, string]{s[:mid], s[mid:]}
}

// StrPush implements `String::push`.
func StrPush(s *string, r rune) { *s += string(r) }

// StrPop implements `String::pop`.
func StrPop(s *string) Option[rune] {
	if *s == "" {
		return Option[rune]{}
	}
	r, n := utf8.DecodeLastRuneInString(*s)
	*s = (*s)[:len(*s)-n]
	return Some(r)
}

// StrInsert implements `String::insert`.
func StrInsert(s *string, i uint, r rune, loc Loc) {
	if i > uint(len(*s)) || !isCharBoundary(*s, i) {
		PanicStr(loc, "assertion failed: self.is_char_boundary(idx)")
	}
	*s = (*s)[:i] + string(r) + (*s)[i:]
}

// StrInsertStr implements `String::insert_str`.
func StrInsertStr(s *string, i uint, t string, loc Loc) {
	if i > uint(len(*s)) || !isCharBoundary(*s, i) {
		PanicStr(loc, "assertion failed: self.is_char_boundary(idx)")
	}
	*s = (*s)[:i] + t + (*s)[i:]
}

// StrRemove implements `String::remove`.
func StrRemove(s *string, i uint, loc Loc) rune {
	if i >= uint(len(*s)) || !isCharBoundary(*s, i) {
		strSliceFail(*s, i, uint(len(*s)), loc)
	}
	r, n := utf8.DecodeRuneInString((*s)[i:])
	*s = (*s)[:i] + (*s)[i+uint(n):]
	return r
}

// StrTruncate implements `String::truncate`.
func StrTruncate(s *string, n uint, loc Loc) {
	if n >= uint(len(*s)) {
		return
	}
	if !isCharBoundary(*s, n) {
		PanicStr(loc, "assertion failed: self.is_char_boundary(new_len)")
	}
	*s = (*s)[:n]
}

// StrRetain implements `String::retain`.
func StrRetain(s *string, f func(rune) bool) {
	var b []byte
	for _, r := range *s {
		if f(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	*s = string(b)
}

// StrDrain implements `String::drain(a..b)`: the removed text.
func StrDrain(s *string, a, b uint, loc Loc) *Iter[rune] {
	cut := StrSlice(*s, a, b, loc)
	*s = (*s)[:a] + (*s)[b:]
	return Chars(cut)
}

// FromUtf8 implements `String::from_utf8`.
func FromUtf8(b []byte) Result[string, Utf8Error] {
	if !utf8.Valid(b) {
		n := 0
		for n < len(b) {
			r, size := utf8.DecodeRune(b[n:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			n += size
		}
		return Err[string](Utf8Error{validUpTo: uint(n)})
	}
	return Ok[string, Utf8Error](string(b))
}

// FromUtf8Lossy implements `String::from_utf8_lossy` (as an owned string).
func FromUtf8Lossy(b []byte) string { return strings.ToValidUTF8(string(b), "\uFFFD") }

// Utf8Error is Rust's `Utf8Error` / `FromUtf8Error`.
type Utf8Error struct{ validUpTo uint }

// FmtDisplay prints Rust's message.
func (e Utf8Error) FmtDisplay(f *Formatter) {
	f.WriteStr("invalid utf-8 sequence of 1 bytes from index " + utoa(e.validUpTo))
}

// FmtDebug prints the error as Rust's derived Debug.
func (e Utf8Error) FmtDebug(f *Formatter) {
	f.DebugStruct("Utf8Error").Field("valid_up_to", Fmt(e.validUpTo, DebugInt[uint])).
		Field("error_len", Fmt("Some(1)", func(s string, f *Formatter) { f.WriteStr(s) })).Finish()
}

// StrCmp is Rust's Ord of str: byte-wise, as Go's string comparison.
func StrCmp(a, b string) int { return strings.Compare(a, b) }

// CharIsAlphabetic implements `char::is_alphabetic`. The char properties
// are rustc's, in its Unicode version (unicode_gen.go).
func CharIsAlphabetic(r rune) bool { return unicode.Is(rustAlphabetic, r) }

// CharIsNumeric implements `char::is_numeric`.
func CharIsNumeric(r rune) bool { return unicode.Is(rustNumeric, r) }

// CharIsAlphanumeric implements `char::is_alphanumeric`.
func CharIsAlphanumeric(r rune) bool { return CharIsAlphabetic(r) || CharIsNumeric(r) }

// CharIsUppercase implements `char::is_uppercase`.
func CharIsUppercase(r rune) bool { return unicode.Is(rustUppercase, r) }

// CharIsLowercase implements `char::is_lowercase`.
func CharIsLowercase(r rune) bool { return unicode.Is(rustLowercase, r) }

// CharIsWhitespace implements `char::is_whitespace`.
func CharIsWhitespace(r rune) bool { return unicode.Is(rustWhiteSpace, r) }

// CharIsControl implements `char::is_control`.
func CharIsControl(r rune) bool { return unicode.IsControl(r) }

// asciiUnit is char (rune) or u8 (byte): both have the ASCII methods.
type asciiUnit interface{ ~int32 | ~uint8 }

// IsAsciiWhitespace implements `char::is_ascii_whitespace` (no \x0B).
func IsAsciiWhitespace[C asciiUnit](r C) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\x0C' || r == '\r'
}

// IsAsciiPunctuation implements `char::is_ascii_punctuation`.
func IsAsciiPunctuation[C asciiUnit](r C) bool {
	return (r >= '!' && r <= '/') || (r >= ':' && r <= '@') || (r >= '[' && r <= '`') || (r >= '{' && r <= '~')
}

// IsAsciiAlphabetic implements `char::is_ascii_alphabetic`.
func IsAsciiAlphabetic[C asciiUnit](r C) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

// IsAsciiAlphanumeric implements `char::is_ascii_alphanumeric`.
func IsAsciiAlphanumeric[C asciiUnit](r C) bool {
	return IsAsciiAlphabetic(r) || (r >= '0' && r <= '9')
}

// IsAsciiHexdigit implements `char::is_ascii_hexdigit`.
func IsAsciiHexdigit[C asciiUnit](r C) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

// IsAsciiGraphic implements `char::is_ascii_graphic`.
func IsAsciiGraphic[C asciiUnit](r C) bool { return r >= '!' && r <= '~' }

// CharToAsciiUppercase implements `char::to_ascii_uppercase`.
func CharToAsciiUppercase[C asciiUnit](r C) C {
	if r >= 'a' && r <= 'z' {
		return r - 32
	}
	return r
}

// CharToAsciiLowercase implements `char::to_ascii_lowercase`.
func CharToAsciiLowercase[C asciiUnit](r C) C {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

// CharToUppercase implements `char::to_uppercase` (an iterator of chars:
// 'ﬁ' gives 'F', 'I').
func CharToUppercase(r rune) *Iter[rune] {
	if m, ok := caseUpper[r]; ok {
		return Chars(m)
	}
	return Once(unicode.ToUpper(r))
}

// CharToLowercase implements `char::to_lowercase`.
func CharToLowercase(r rune) *Iter[rune] {
	if m, ok := caseLower[r]; ok {
		return Chars(m)
	}
	return Once(unicode.ToLower(r))
}

// ToDigit implements `char::to_digit`.
func ToDigit(r rune, radix uint32) Option[uint32] {
	if radix < 2 || radix > 36 {
		PanicStr(stdToDigitLoc, "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive")
	}
	var d uint32
	switch {
	case r >= '0' && r <= '9':
		d = uint32(r - '0')
	case r >= 'a' && r <= 'z':
		d = uint32(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		d = uint32(r-'A') + 10
	default:
		return Option[uint32]{}
	}
	if d >= radix {
		return Option[uint32]{}
	}
	return Some(d)
}

// FromDigit implements `char::from_digit`.
func FromDigit(d, radix uint32, loc Loc) Option[rune] {
	if radix < 2 || radix > 36 {
		PanicStr(loc, "from_digit: radix is too high (maximum 36)")
	}
	if d >= radix {
		return Option[rune]{}
	}
	if d < 10 {
		return Some('0' + rune(d))
	}
	return Some('a' + rune(d-10))
}

// CharFromU32 implements `char::from_u32`.
func CharFromU32(u uint32) Option[rune] {
	if u > unicode.MaxRune || (u >= 0xD800 && u <= 0xDFFF) {
		return Option[rune]{}
	}
	return Some(rune(u))
}

// CharTryFromError is Rust's `std::char::CharTryFromError`.
type CharTryFromError struct{}

// FmtDisplay prints Rust's message.
func (CharTryFromError) FmtDisplay(f *Formatter) {
	f.Pad("converted integer out of range for `char`")
}

// FmtDebug prints `CharTryFromError(())`.
func (CharTryFromError) FmtDebug(f *Formatter) { f.WriteStr("CharTryFromError(())") }

// CharTryFromU32 implements `char::try_from(u)` (and `u.try_into()`).
func CharTryFromU32(u uint32) Result[rune, CharTryFromError] {
	if c := CharFromU32(u); c.some {
		return Ok[rune, CharTryFromError](c.v)
	}
	return Err[rune](CharTryFromError{})
}

// LenUtf8 implements `char::len_utf8`.
func LenUtf8(r rune) uint { return uint(utf8.RuneLen(r)) }

// IsASCII implements `str::is_ascii`.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// DisplayChars is the Display of the char iterators that implement it in
// Rust (ToUppercase, ToLowercase, EscapeDefault): their chars, which
// formatting consumes.
func DisplayChars(it *Iter[rune], f *Formatter) { f.Pad(CollectString(it)) }

package rt

// FmtError is Rust's std::fmt::Error, the error of a failed formatting
// write; fmt::Result is Result[Unit, FmtError]. Writes into rt's
// Formatter never fail, as writes into a String never do in Rust.
type FmtError struct{}

// FmtDebug prints `Error`, as Rust's derived Debug does.
func (FmtError) FmtDebug(f *Formatter) { f.WriteStr("Error") }

// FmtDisplay prints Rust's Display text of fmt::Error.
func (FmtError) FmtDisplay(f *Formatter) { f.Pad("an error occurred when formatting an argument") }

// FmtOk is the fmt::Result of a successful write: Ok(()).
func FmtOk() Result[Unit, FmtError] { return Ok[Unit, FmtError](Unit{}) }

// WriteFmt is `write!(f, ...)` into a Formatter: it writes the already
// formatted text (the outer spec does not apply, as in Rust) and returns
// Ok(()).
func (f *Formatter) WriteFmt(s string) Result[Unit, FmtError] {
	f.WriteStr(s)
	return FmtOk()
}

// WriteCharFmt implements `fmt::Write::write_char` on a Formatter.
func (f *Formatter) WriteCharFmt(c rune) Result[Unit, FmtError] {
	f.WriteChar(c)
	return FmtOk()
}

// PadFmt implements `Formatter::pad`, which returns fmt::Result.
func (f *Formatter) PadFmt(s string) Result[Unit, FmtError] {
	f.Pad(s)
	return FmtOk()
}

// PadIntegralFmt implements `Formatter::pad_integral`.
func (f *Formatter) PadIntegralFmt(nonNeg bool, prefix, digits string) Result[Unit, FmtError] {
	f.PadIntegral(nonNeg, prefix, digits)
	return FmtOk()
}

// FmtAs implements fmt::Display::fmt(&x, f) (Debug, LowerHex, ...) called
// by path: fn formats x with f's spec, f's verb being verb (the trait's)
// for the call.
func FmtAs[T any](f *Formatter, verb byte, x T, fn func(T, *Formatter)) Result[Unit, FmtError] {
	saved := f.spec.Verb
	f.spec.Verb = verb
	fn(x, f)
	f.spec.Verb = saved
	return FmtOk()
}

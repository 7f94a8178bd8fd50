package rt

// DynError is a Rust `dyn Error` trait object (Box<dyn Error>, &dyn
// Error): the value formats as Display and as Debug, as Error requires.
type DynError interface {
	DisplayFormatter
	DebugFormatter
}

// StrError is the error that Box<dyn Error>::from(&str or String) makes:
// it displays as the text and debugs as the quoted string.
type StrError string

// FmtDisplay writes the text.
func (e StrError) FmtDisplay(f *Formatter) { f.Pad(string(e)) }

// FmtDebug writes the text as a Rust string literal.
func (e StrError) FmtDebug(f *Formatter) { DebugStr(string(e), f) }

package rt

// DisplayOf formats a value of a generic type parameter with Display:
// a DisplayFormatter's own method, or the Display of a basic Go type.
// Rust's char and i32 are both Go's int32 here: an int32 is an i32 (as in
// DebugAny); rs2go does not instantiate a Display- or Debug-bounded type
// parameter with char.
func DisplayOf[T any](v T, f *Formatter) {
	switch x := any(v).(type) {
	case DisplayFormatter:
		x.FmtDisplay(f)
	case string:
		DisplayStr(x, f)
	case bool:
		DisplayBool(x, f)
	case int32:
		DisplayInt(x, f)
	case int8:
		DisplayInt(x, f)
	case int16:
		DisplayInt(x, f)
	case int64:
		DisplayInt(x, f)
	case int:
		DisplayInt(x, f)
	case uint8:
		DisplayInt(x, f)
	case uint16:
		DisplayInt(x, f)
	case uint32:
		DisplayInt(x, f)
	case uint64:
		DisplayInt(x, f)
	case uint:
		DisplayInt(x, f)
	case float32:
		DisplayFloat(x, f)
	case float64:
		DisplayFloat(x, f)
	default:
		DebugAny(v, f)
	}
}

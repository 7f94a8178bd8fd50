package rt

// AssertFailed panics as a failed assert_eq!/assert_ne! does:
//
//	assertion `left == right` failed[: msg]
//	  left: <Debug of left>
//	 right: <Debug of right>
//
// op is "==" or "!="; msg is the formatted custom message ("" for none).
// The payload is a String, as in Rust.
func AssertFailed(loc Loc, op string, left, right Arg, msg string) {
	text := "assertion `left " + op + " right` failed"
	if msg != "" {
		text += ": " + msg
	}
	text += "\n  left: " + left.String() + "\n right: " + right.String()
	PanicString(loc, text)
}

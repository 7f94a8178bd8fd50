package rt

// Tuples: Rust's (A, B), (A, B, C) and (A, B, C, D) as Go structs (5 and
// 6 elements: tuple_wide.go).

// Tuple2 is Rust's tuple `(A, B)`; F0 and F1 are `.0` and `.1`.
type Tuple2[A, B any] struct {
	F0 A
	F1 B
}

// Tuple3 is Rust's tuple `(A, B, C)`.
type Tuple3[A, B, C any] struct {
	F0 A
	F1 B
	F2 C
}

// Tuple4 is Rust's tuple `(A, B, C, D)`.
type Tuple4[A, B, C, D any] struct {
	F0 A
	F1 B
	F2 C
	F3 D
}

// Tup2 builds a Tuple2: Rust's `(a, b)`.
func Tup2[A, B any](a A, b B) Tuple2[A, B] { return Tuple2[A, B]{a, b} }

// Tup3 builds a Tuple3.
func Tup3[A, B, C any](a A, b B, c C) Tuple3[A, B, C] { return Tuple3[A, B, C]{a, b, c} }

// Tup4 builds a Tuple4.
func Tup4[A, B, C, D any](a A, b B, c C, d D) Tuple4[A, B, C, D] {
	return Tuple4[A, B, C, D]{a, b, c, d}
}

// FmtDebug formats the tuple with each field's Debug found at run time:
// for a tuple reached through a type parameter (rt.DebugOf).
func (t Tuple2[A, B]) FmtDebug(f *Formatter) { DebugTuple2(DebugOf[A], DebugOf[B])(t, f) }

// FmtDebug formats the tuple as Tuple2's does.
func (t Tuple3[A, B, C]) FmtDebug(f *Formatter) {
	DebugTuple3(DebugOf[A], DebugOf[B], DebugOf[C])(t, f)
}

// FmtDebug formats the tuple as Tuple2's does.
func (t Tuple4[A, B, C, D]) FmtDebug(f *Formatter) {
	DebugTuple4(DebugOf[A], DebugOf[B], DebugOf[C], DebugOf[D])(t, f)
}

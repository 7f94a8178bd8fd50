package rt

// Rust's tuples of 5 and 6 elements, as Tuple2 to Tuple4 (tuple.go).

// Tuple5 is Rust's tuple `(A, B, C, D, E)`.
type Tuple5[A, B, C, D, E any] struct {
	F0 A
	F1 B
	F2 C
	F3 D
	F4 E
}

// Tup5 builds a Tuple5.
func Tup5[A, B, C, D, E any](a A, b B, c C, d D, e E) Tuple5[A, B, C, D, E] {
	return Tuple5[A, B, C, D, E]{a, b, c, d, e}
}

// FmtDebug formats the tuple as Tuple2's does.
func (t Tuple5[A, B, C, D, E]) FmtDebug(f *Formatter) {
	DebugTuple5(DebugOf[A], DebugOf[B], DebugOf[C], DebugOf[D], DebugOf[E])(t, f)
}

// Tuple6 is Rust's tuple `(A, B, C, D, E, F)`.
type Tuple6[A, B, C, D, E, F any] struct {
	F0 A
	F1 B
	F2 C
	F3 D
	F4 E
	F5 F
}

// Tup6 builds a Tuple6.
func Tup6[A, B, C, D, E, F any](a A, b B, c C, d D, e E, f F) Tuple6[A, B, C, D, E, F] {
	return Tuple6[A, B, C, D, E, F]{a, b, c, d, e, f}
}

// FmtDebug formats the tuple as Tuple2's does.
func (t Tuple6[A, B, C, D, E, F]) FmtDebug(f *Formatter) {
	DebugTuple6(DebugOf[A], DebugOf[B], DebugOf[C], DebugOf[D], DebugOf[E], DebugOf[F])(t, f)
}

// CmpTuple5 returns the lexicographic Ord of `(A, B, C, D, E)`.
func CmpTuple5[A, B, C, D, E any](fa func(A, A) int, fb func(B, B) int, fc func(C, C) int, fd func(D, D) int, fe func(E, E) int) func(Tuple5[A, B, C, D, E], Tuple5[A, B, C, D, E]) int {
	return func(x, y Tuple5[A, B, C, D, E]) int {
		if c := fa(x.F0, y.F0); c != 0 {
			return c
		}
		if c := fb(x.F1, y.F1); c != 0 {
			return c
		}
		if c := fc(x.F2, y.F2); c != 0 {
			return c
		}
		if c := fd(x.F3, y.F3); c != 0 {
			return c
		}
		return fe(x.F4, y.F4)
	}
}

// CmpTuple6 returns the lexicographic Ord of `(A, B, C, D, E, F)`.
func CmpTuple6[A, B, C, D, E, F any](fa func(A, A) int, fb func(B, B) int, fc func(C, C) int, fd func(D, D) int, fe func(E, E) int, ff func(F, F) int) func(Tuple6[A, B, C, D, E, F], Tuple6[A, B, C, D, E, F]) int {
	return func(x, y Tuple6[A, B, C, D, E, F]) int {
		if c := fa(x.F0, y.F0); c != 0 {
			return c
		}
		if c := fb(x.F1, y.F1); c != 0 {
			return c
		}
		if c := fc(x.F2, y.F2); c != 0 {
			return c
		}
		if c := fd(x.F3, y.F3); c != 0 {
			return c
		}
		if c := fe(x.F4, y.F4); c != 0 {
			return c
		}
		return ff(x.F5, y.F5)
	}
}

// DebugTuple5 returns the Debug formatter of a tuple `(A, B, C, D, E)`.
func DebugTuple5[A, B, C, D, E any](fa func(A, *Formatter), fb func(B, *Formatter), fc func(C, *Formatter), fd func(D, *Formatter), fe func(E, *Formatter)) func(Tuple5[A, B, C, D, E], *Formatter) {
	return func(t Tuple5[A, B, C, D, E], f *Formatter) {
		f.DebugTuple("").Field(Fmt(t.F0, fa)).Field(Fmt(t.F1, fb)).Field(Fmt(t.F2, fc)).Field(Fmt(t.F3, fd)).Field(Fmt(t.F4, fe)).Finish()
	}
}

// DebugTuple6 returns the Debug formatter of a tuple `(A, B, C, D, E, F)`.
func DebugTuple6[A, B, C, D, E, F any](fa func(A, *Formatter), fb func(B, *Formatter), fc func(C, *Formatter), fd func(D, *Formatter), fe func(E, *Formatter), ff func(F, *Formatter)) func(Tuple6[A, B, C, D, E, F], *Formatter) {
	return func(t Tuple6[A, B, C, D, E, F], f *Formatter) {
		f.DebugTuple("").Field(Fmt(t.F0, fa)).Field(Fmt(t.F1, fb)).Field(Fmt(t.F2, fc)).Field(Fmt(t.F3, fd)).Field(Fmt(t.F4, fe)).Field(Fmt(t.F5, ff)).Finish()
	}
}

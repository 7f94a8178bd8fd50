package rt

// std::cmp: Ordering, and comparison functions for the types the
// translator maps. A comparison function is a Go func(a, b T) int (as
// slices.SortFunc takes); the translator composes them for tuples,
// vectors and options the way Rust derives Ord (lexicographic).

import (
	"cmp"
	"math"
	"reflect"
)

// Ordering is Rust's `std::cmp::Ordering`: -1, 0, 1.
type Ordering int8

// The values of Ordering.
const (
	Less    Ordering = -1
	Equal   Ordering = 0
	Greater Ordering = 1
)

// OrdLess is `Ordering::Less`.
func OrdLess() Ordering { return Less }

// OrdEqual is `Ordering::Equal`.
func OrdEqual() Ordering { return Equal }

// OrdGreater is `Ordering::Greater`.
func OrdGreater() Ordering { return Greater }

// IsLess tests the pattern `Ordering::Less`.
func (o Ordering) IsLess() bool { return o < 0 }

// IsEqual tests the pattern `Ordering::Equal`.
func (o Ordering) IsEqual() bool { return o == 0 }

// IsGreater tests the pattern `Ordering::Greater`.
func (o Ordering) IsGreater() bool { return o > 0 }

// IsEq implements `Ordering::is_eq`.
func (o Ordering) IsEq() bool { return o == 0 }

// IsNe implements `Ordering::is_ne`.
func (o Ordering) IsNe() bool { return o != 0 }

// IsLt implements `Ordering::is_lt`.
func (o Ordering) IsLt() bool { return o < 0 }

// IsLe implements `Ordering::is_le`.
func (o Ordering) IsLe() bool { return o <= 0 }

// IsGt implements `Ordering::is_gt`.
func (o Ordering) IsGt() bool { return o > 0 }

// IsGe implements `Ordering::is_ge`.
func (o Ordering) IsGe() bool { return o >= 0 }

// Reverse implements `Ordering::reverse`.
func (o Ordering) Reverse() Ordering { return -o }

// Then implements `Ordering::then`.
func (o Ordering) Then(p Ordering) Ordering {
	if o != 0 {
		return o
	}
	return p
}

// ThenWith implements `Ordering::then_with`.
func (o Ordering) ThenWith(f func() Ordering) Ordering {
	if o != 0 {
		return o
	}
	return f()
}

var orderingNames = [...]string{"Less", "Equal", "Greater"}

// FmtDebug prints `Less`, `Equal` or `Greater`.
func (o Ordering) FmtDebug(f *Formatter) { f.Pad(orderingNames[o+1]) }

// ToOrdering turns a comparison result into an Ordering.
func ToOrdering(c int) Ordering {
	switch {
	case c < 0:
		return Less
	case c > 0:
		return Greater
	}
	return Equal
}

// CmpOrd implements `a.cmp(&b)` for Go-ordered types.
func CmpOrd[T cmp.Ordered](a, b T) Ordering { return ToOrdering(cmp.Compare(a, b)) }

// CmpBool is Ord of bool (false < true).
func CmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case b:
		return -1
	}
	return 1
}

// CmpUnit is Ord of ().
func CmpUnit(a, b Unit) int { return 0 }

// CmpOrdering is Ord of Ordering.
func CmpOrdering(a, b Ordering) int { return cmp.Compare(a, b) }

// CmpFloat is `f64::total_cmp` (and the order used where Rust code sorts
// floats with partial_cmp(..).unwrap()).
func CmpFloat[T Float](a, b T) int {
	x, y := float64(a), float64(b)
	xb, yb := int64(math.Float64bits(x)), int64(math.Float64bits(y))
	xb ^= int64(uint64(xb>>63) >> 1)
	yb ^= int64(uint64(yb>>63) >> 1)
	return cmp.Compare(xb, yb)
}

// PartialCmpFloat implements `a.partial_cmp(&b)` of floats.
func PartialCmpFloat[T Float](a, b T) Option[Ordering] {
	if a != a || b != b {
		return Option[Ordering]{}
	}
	return Some(ToOrdering(cmp.Compare(a, b)))
}

// Unordered is the result of a partial comparison that PartialOrd answers
// with None (a NaN compared): the comparison functions of types whose
// PartialOrd is partial return it where Rust's partial_cmp gives None, and
// the lexicographic ones (CmpSlice, CmpOption, CmpTuple2, ...) pass it on
// as they pass on any result but 0.
const Unordered = 2

// CmpPartialFloat is the comparison of floats by PartialOrd: -0.0 equals
// 0.0, and a NaN is Unordered.
func CmpPartialFloat[T Float](a, b T) int {
	if a != a || b != b {
		return Unordered
	}
	return cmp.Compare(a, b)
}

// FromPartial is the comparison result of a user partial_cmp's answer.
func FromPartial(o Option[Ordering]) int {
	if !o.some {
		return Unordered
	}
	return int(o.v)
}

// PartialOrdering is partial_cmp's answer for comparison result c.
func PartialOrdering(c int) Option[Ordering] {
	if c == Unordered {
		return None[Ordering]()
	}
	return Some(ToOrdering(c))
}

// PartialLt, PartialLe, PartialGt and PartialGe are <, <=, > and >= by
// comparison result c of a partial order: all false where it is Unordered.
func PartialLt(c int) bool { return c < 0 }
func PartialLe(c int) bool { return c <= 0 }
func PartialGt(c int) bool { return c > 0 && c != Unordered }
func PartialGe(c int) bool { return c >= 0 && c != Unordered }

// CmpSlice returns the lexicographic Ord of `[T]` / `Vec<T>`.
func CmpSlice[T any](elem func(T, T) int) func([]T, []T) int {
	return func(a, b []T) int {
		for i := 0; i < len(a) && i < len(b); i++ {
			if c := elem(a[i], b[i]); c != 0 {
				return c
			}
		}
		return cmp.Compare(len(a), len(b))
	}
}

// CmpOption returns the Ord of `Option<T>` (None < Some).
func CmpOption[T any](elem func(T, T) int) func(Option[T], Option[T]) int {
	return func(a, b Option[T]) int {
		switch {
		case a.some && b.some:
			return elem(a.v, b.v)
		case a.some:
			return 1
		case b.some:
			return -1
		}
		return 0
	}
}

// CmpResult returns the Ord of `Result<T, E>` (Ok < Err).
func CmpResult[T, E any](ok func(T, T) int, err func(E, E) int) func(Result[T, E], Result[T, E]) int {
	return func(a, b Result[T, E]) int {
		switch {
		case a.ok && b.ok:
			return ok(a.v, b.v)
		case a.ok:
			return -1
		case b.ok:
			return 1
		}
		return err(a.e, b.e)
	}
}

// CmpTuple2 returns the lexicographic Ord of `(A, B)`.
func CmpTuple2[A, B any](fa func(A, A) int, fb func(B, B) int) func(Tuple2[A, B], Tuple2[A, B]) int {
	return func(x, y Tuple2[A, B]) int {
		if c := fa(x.F0, y.F0); c != 0 {
			return c
		}
		return fb(x.F1, y.F1)
	}
}

// CmpTuple3 returns the lexicographic Ord of `(A, B, C)`.
func CmpTuple3[A, B, C any](fa func(A, A) int, fb func(B, B) int, fc func(C, C) int) func(Tuple3[A, B, C], Tuple3[A, B, C]) int {
	return func(x, y Tuple3[A, B, C]) int {
		if c := fa(x.F0, y.F0); c != 0 {
			return c
		}
		if c := fb(x.F1, y.F1); c != 0 {
			return c
		}
		return fc(x.F2, y.F2)
	}
}

// CmpTuple4 returns the lexicographic Ord of `(A, B, C, D)`.
func CmpTuple4[A, B, C, D any](fa func(A, A) int, fb func(B, B) int, fc func(C, C) int, fd func(D, D) int) func(Tuple4[A, B, C, D], Tuple4[A, B, C, D]) int {
	return func(x, y Tuple4[A, B, C, D]) int {
		if c := fa(x.F0, y.F0); c != 0 {
			return c
		}
		if c := fb(x.F1, y.F1); c != 0 {
			return c
		}
		if c := fc(x.F2, y.F2); c != 0 {
			return c
		}
		return fd(x.F3, y.F3)
	}
}

// CmpPtr returns the Ord of `&T` represented as *T.
func CmpPtr[T any](elem func(T, T) int) func(*T, *T) int {
	return func(a, b *T) int { return elem(*a, *b) }
}

// CmpReverse is the Ord of `std::cmp::Reverse<T>`.
func CmpReverse[T any](elem func(T, T) int) func(T, T) int {
	return func(a, b T) int { return elem(b, a) }
}

// MaxBy implements `std::cmp::max_by` / `Ord::max`: b when equal.
func MaxOf[T any](a, b T, cmp func(T, T) int) T {
	if cmp(a, b) > 0 {
		return a
	}
	return b
}

// MinOf implements `Ord::min`: a when equal.
func MinOf[T any](a, b T, cmp func(T, T) int) T {
	if cmp(a, b) <= 0 {
		return a
	}
	return b
}

// Clamp implements `Ord::clamp`.
func Clamp[T cmp.Ordered](v, lo, hi T, loc Loc) T {
	if lo > hi {
		PanicStr(loc, "assertion failed: min <= max")
	}
	return min(max(v, lo), hi)
}

// EqSlice returns the equality of `[T]` given the elements' equality.
func EqSlice[T any](elem func(T, T) bool) func([]T, []T) bool {
	return func(a, b []T) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if !elem(a[i], b[i]) {
				return false
			}
		}
		return true
	}
}

// EqOption returns the equality of `Option<T>`.
func EqOption[T any](elem func(T, T) bool) func(Option[T], Option[T]) bool {
	return func(a, b Option[T]) bool {
		if a.some != b.some {
			return false
		}
		return !a.some || elem(a.v, b.v)
	}
}

// EqResult returns the equality of `Result<T, E>`.
func EqResult[T, E any](ok func(T, T) bool, err func(E, E) bool) func(Result[T, E], Result[T, E]) bool {
	return func(a, b Result[T, E]) bool {
		if a.ok != b.ok {
			return false
		}
		if a.ok {
			return ok(a.v, b.v)
		}
		return err(a.e, b.e)
	}
}

// EqPtr returns the equality of `&T` represented as *T: the pointees'.
func EqPtr[T any](elem func(T, T) bool) func(*T, *T) bool {
	return func(a, b *T) bool { return elem(*a, *b) }
}

// EqComparable is == as a function: PartialEq of a type Go compares by value.
func EqComparable[T comparable](a, b T) bool { return a == b }

// EqOf is derived PartialEq of a type parameter's value, for the Eq method
// of a generic struct: the value's own Eq method (a derived PartialEq Go
// cannot express with ==), else equality by value, through pointers
// (Box<T>) and slices as Rust compares them. rs2go rejects type arguments
// holding a user PartialEq impl here.
func EqOf[T any](a, b T) bool {
	if e, ok := any(a).(interface{ Eq(T) bool }); ok {
		return e.Eq(b)
	}
	return reflect.DeepEqual(a, b)
}

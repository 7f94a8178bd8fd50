package rt

// Iterator consumers: the methods of Rust's Iterator that drive the
// iterator to a result.

import "math"

// Number is the constraint of Rust's numeric types (Sum, Product).
type Number interface{ Integer | Float }

// Count implements `Iterator::count`.
func (it *Iter[T]) Count() uint {
	n := uint(0)
	for {
		if _, ok := it.pull(); !ok {
			return n
		}
		n++
	}
}

// Len implements `ExactSizeIterator::len`: the items left, counted on a
// copy where the iterator does not know it (Clone).
func (it *Iter[T]) Len() uint {
	if it.size != nil && !it.peeked {
		if n := it.size(); n >= 0 {
			return uint(n)
		}
	}
	return it.Clone().Count()
}

// Last implements `Iterator::last`.
func (it *Iter[T]) Last() Option[T] {
	var last Option[T]
	for {
		v, ok := it.pull()
		if !ok {
			return last
		}
		last = Some(v)
	}
}

// Nth implements `Iterator::nth`.
func (it *Iter[T]) Nth(n uint) Option[T] {
	for {
		v, ok := it.pull()
		if !ok {
			return Option[T]{}
		}
		if n == 0 {
			return Some(v)
		}
		n--
	}
}

// NthBack implements `DoubleEndedIterator::nth_back`.
func (it *Iter[T]) NthBack(n uint) Option[T] {
	for {
		v, ok := it.pullBack()
		if !ok {
			return Option[T]{}
		}
		if n == 0 {
			return Some(v)
		}
		n--
	}
}

// Find implements `Iterator::find`.
func (it *Iter[T]) Find(f func(T) bool) Option[T] {
	for {
		v, ok := it.pull()
		if !ok {
			return Option[T]{}
		}
		if f(v) {
			return Some(v)
		}
	}
}

// RFind implements `DoubleEndedIterator::rfind`.
func (it *Iter[T]) RFind(f func(T) bool) Option[T] {
	for {
		v, ok := it.pullBack()
		if !ok {
			return Option[T]{}
		}
		if f(v) {
			return Some(v)
		}
	}
}

// FindMap implements `Iterator::find_map`.
func FindMap[T, U any](it *Iter[T], f func(T) Option[U]) Option[U] {
	for {
		v, ok := it.pull()
		if !ok {
			return Option[U]{}
		}
		if o := f(v); o.some {
			return o
		}
	}
}

// Position implements `Iterator::position`.
func (it *Iter[T]) Position(f func(T) bool) Option[uint] {
	for i := uint(0); ; i++ {
		v, ok := it.pull()
		if !ok {
			return Option[uint]{}
		}
		if f(v) {
			return Some(i)
		}
	}
}

// RPosition implements `Iterator::rposition` (on exact-size iterators: the
// index counts from the front).
func (it *Iter[T]) RPosition(f func(T) bool) Option[uint] {
	items := it.Collect()
	for i := len(items) - 1; i >= 0; i-- {
		if f(items[i]) {
			return Some(uint(i))
		}
	}
	return Option[uint]{}
}

// Any implements `Iterator::any`.
func (it *Iter[T]) Any(f func(T) bool) bool {
	for {
		v, ok := it.pull()
		if !ok {
			return false
		}
		if f(v) {
			return true
		}
	}
}

// All implements `Iterator::all`.
func (it *Iter[T]) AllMatch(f func(T) bool) bool {
	for {
		v, ok := it.pull()
		if !ok {
			return true
		}
		if !f(v) {
			return false
		}
	}
}

// ForEach implements `Iterator::for_each`.
func (it *Iter[T]) ForEach(f func(T)) {
	for {
		v, ok := it.pull()
		if !ok {
			return
		}
		f(v)
	}
}

// Fold implements `Iterator::fold`.
func Fold[T, A any](it *Iter[T], acc A, f func(A, T) A) A {
	if it.rest != nil && !it.peeked {
		for _, v := range it.rest() {
			acc = f(acc, v)
		}
		return acc
	}
	for {
		v, ok := it.pull()
		if !ok {
			return acc
		}
		acc = f(acc, v)
	}
}

// Reduce implements `Iterator::reduce`.
func (it *Iter[T]) Reduce(f func(T, T) T) Option[T] {
	acc, ok := it.pull()
	if !ok {
		return Option[T]{}
	}
	for {
		v, ok := it.pull()
		if !ok {
			return Some(acc)
		}
		acc = f(acc, v)
	}
}

// Sum implements `Iterator::sum` for numbers. A float sum starts at -0.0,
// as Rust's does (the sum of no floats, or of -0.0 alone, is -0.0).
func Sum[T Number](it *Iter[T]) T {
	var s T
	switch any(s).(type) {
	case float64, float32:
		s = T(negZero())
	}
	for {
		v, ok := it.pull()
		if !ok {
			return s
		}
		s += v
	}
}

// SumChecked implements `Iterator::sum` for integers with the overflow
// check of a debug build.
func SumChecked[T Integer](it *Iter[T]) T {
	var s T
	for {
		v, ok := it.pull()
		if !ok {
			return s
		}
		s = SumStep(s, v)
	}
}

// SumStep is one addition of SumChecked.
func SumStep[T Integer](s, v T) T {
	n, over := OverflowingAdd(s, v)
	if over {
		panicArith(stdAccumLoc, msgAdd)
	}
	return n
}

// Product implements `Iterator::product` for numbers.
func Product[T Number](it *Iter[T]) T {
	var p T = 1
	for {
		v, ok := it.pull()
		if !ok {
			return p
		}
		p *= v
	}
}

// ProductChecked implements `Iterator::product` for integers with the
// overflow check of a debug build.
func ProductChecked[T Integer](it *Iter[T]) T {
	var p T = 1
	for {
		v, ok := it.pull()
		if !ok {
			return p
		}
		n, over := OverflowingMul(p, v)
		if over {
			panicArith(stdAccumLoc, msgMul)
		}
		p = n
	}
}

// MaxBy implements `Iterator::max_by` (and `max` given the type's
// comparison): the last of equal maxima, as Rust.
func (it *Iter[T]) MaxBy(cmp func(T, T) int) Option[T] {
	best, ok := it.pull()
	if !ok {
		return Option[T]{}
	}
	for {
		v, ok := it.pull()
		if !ok {
			return Some(best)
		}
		if cmp(best, v) <= 0 {
			best = v
		}
	}
}

// MinBy implements `Iterator::min_by` (and `min`): the first of equal
// minima, as Rust.
func (it *Iter[T]) MinBy(cmp func(T, T) int) Option[T] {
	best, ok := it.pull()
	if !ok {
		return Option[T]{}
	}
	for {
		v, ok := it.pull()
		if !ok {
			return Some(best)
		}
		if cmp(best, v) > 0 {
			best = v
		}
	}
}

// MaxByKey implements `Iterator::max_by_key`.
func MaxByKey[T, K any](it *Iter[T], key func(T) K, cmp func(K, K) int) Option[T] {
	best, ok := it.pull()
	if !ok {
		return Option[T]{}
	}
	bk := key(best)
	for {
		v, ok := it.pull()
		if !ok {
			return Some(best)
		}
		if k := key(v); cmp(bk, k) <= 0 {
			best, bk = v, k
		}
	}
}

// MinByKey implements `Iterator::min_by_key`.
func MinByKey[T, K any](it *Iter[T], key func(T) K, cmp func(K, K) int) Option[T] {
	best, ok := it.pull()
	if !ok {
		return Option[T]{}
	}
	bk := key(best)
	for {
		v, ok := it.pull()
		if !ok {
			return Some(best)
		}
		if k := key(v); cmp(bk, k) > 0 {
			best, bk = v, k
		}
	}
}

// Collect implements `collect::<Vec<T>>()`.
func (it *Iter[T]) Collect() []T {
	var out []T
	if it.size != nil && !it.peeked {
		if n := it.size(); n > 0 {
			out = make([]T, 0, n)
		}
	}
	for {
		v, ok := it.pull()
		if !ok {
			if out == nil {
				out = []T{}
			}
			return out
		}
		out = append(out, v)
	}
}

// Partition implements `Iterator::partition` into two vectors.
func (it *Iter[T]) Partition(f func(T) bool) Tuple2[[]T, []T] {
	yes, no := []T{}, []T{}
	for {
		v, ok := it.pull()
		if !ok {
			return Tuple2[[]T, []T]{yes, no}
		}
		if f(v) {
			yes = append(yes, v)
		} else {
			no = append(no, v)
		}
	}
}

// Unzip implements `Iterator::unzip` into two vectors.
func Unzip[A, B any](it *Iter[Tuple2[A, B]]) Tuple2[[]A, []B] {
	as, bs := []A{}, []B{}
	for {
		v, ok := it.pull()
		if !ok {
			return Tuple2[[]A, []B]{as, bs}
		}
		as = append(as, v.F0)
		bs = append(bs, v.F1)
	}
}

// CollectString implements `collect::<String>()` of chars.
func CollectString(it *Iter[rune]) string {
	var b []byte
	for {
		r, ok := it.pull()
		if !ok {
			return string(b)
		}
		b = appendRune(b, r)
	}
}

// ConcatStrings implements `collect::<String>()` of strings (&str or
// String items).
func ConcatStrings(it *Iter[string]) string {
	var b []byte
	for {
		s, ok := it.pull()
		if !ok {
			return string(b)
		}
		b = append(b, s...)
	}
}

// CollectResult implements `collect::<Result<Vec<T>, E>>()`: the first
// error stops the iteration.
func CollectResult[T, E any](it *Iter[Result[T, E]]) Result[[]T, E] {
	out := []T{}
	for {
		r, ok := it.pull()
		if !ok {
			return Ok[[]T, E](out)
		}
		if !r.ok {
			return Err[[]T](r.e)
		}
		out = append(out, r.v)
	}
}

// CollectOption implements `collect::<Option<Vec<T>>>()`.
func CollectOption[T any](it *Iter[Option[T]]) Option[[]T] {
	out := []T{}
	for {
		o, ok := it.pull()
		if !ok {
			return Some(out)
		}
		if !o.some {
			return Option[[]T]{}
		}
		out = append(out, o.v)
	}
}

// EqIter implements `Iterator::eq`.
func EqIter[T comparable](a, b *Iter[T]) bool {
	for {
		x, okA := a.pull()
		y, okB := b.pull()
		if okA != okB {
			return false
		}
		if !okA {
			return true
		}
		if x != y {
			return false
		}
	}
}

// UnzipInto implements `Iterator::unzip` into any two collections: the
// halves are gathered and each is collected by its function.
func UnzipInto[A, B, CA, CB any](it *Iter[Tuple2[A, B]], fa func(*Iter[A]) CA, fb func(*Iter[B]) CB) Tuple2[CA, CB] {
	p := Unzip(it)
	return Tuple2[CA, CB]{fa(sliceIter(p.F0)), fb(sliceIter(p.F1))}
}

func negZero() float64 { return math.Copysign(0, -1) }

// TryFoldOption implements `Iterator::try_fold` with a closure returning
// an Option: the first None stops the fold (the iterator keeps its other
// items).
func TryFoldOption[T, A any](it *Iter[T], acc A, f func(A, T) Option[A]) Option[A] {
	for {
		v, ok := it.pull()
		if !ok {
			return Some(acc)
		}
		r := f(acc, v)
		if !r.IsSome() {
			return r
		}
		acc = r.SomeValue()
	}
}

// TryFoldResult implements `Iterator::try_fold` with a closure returning
// a Result: the first Err stops the fold.
func TryFoldResult[T, A, E any](it *Iter[T], acc A, f func(A, T) Result[A, E]) Result[A, E] {
	for {
		v, ok := it.pull()
		if !ok {
			return Ok[A, E](acc)
		}
		r := f(acc, v)
		if !r.IsOk() {
			return r
		}
		acc = r.OkValue()
	}
}

// TryForEachOption implements `Iterator::try_for_each` with a closure
// returning Option<()>.
func TryForEachOption[T any](it *Iter[T], f func(T) Option[Unit]) Option[Unit] {
	for {
		v, ok := it.pull()
		if !ok {
			return Some(Unit{})
		}
		if r := f(v); !r.IsSome() {
			return r
		}
	}
}

// TryForEachResult implements `Iterator::try_for_each` with a closure
// returning Result<(), E>.
func TryForEachResult[T, E any](it *Iter[T], f func(T) Result[Unit, E]) Result[Unit, E] {
	for {
		v, ok := it.pull()
		if !ok {
			return Ok[Unit, E](Unit{})
		}
		if r := f(v); !r.IsOk() {
			return r
		}
	}
}

// The sum and product of an iterator of Results (Options) of numbers, into
// a Result (an Option): the first Err (None) ends the iteration and is the
// value; else Ok (Some) of the sum or product of the values. The Checked
// variants have a debug build's overflow check.

// SumResult implements `Iterator::sum` into Result<T, E>.
func SumResult[T Number, E any](it *Iter[Result[T, E]]) Result[T, E] {
	return foldResult(it, sumZero[T](), func(s, v T) T { return s + v })
}

// SumResultChecked is SumResult with the overflow check.
func SumResultChecked[T Integer, E any](it *Iter[Result[T, E]]) Result[T, E] {
	return foldResult(it, 0, SumStep[T])
}

// ProductResult implements `Iterator::product` into Result<T, E>.
func ProductResult[T Number, E any](it *Iter[Result[T, E]]) Result[T, E] {
	return foldResult(it, 1, func(p, v T) T { return p * v })
}

// ProductResultChecked is ProductResult with the overflow check.
func ProductResultChecked[T Integer, E any](it *Iter[Result[T, E]]) Result[T, E] {
	return foldResult(it, 1, productStep[T])
}

// SumOption implements `Iterator::sum` into Option<T>.
func SumOption[T Number](it *Iter[Option[T]]) Option[T] {
	return foldOption(it, sumZero[T](), func(s, v T) T { return s + v })
}

// SumOptionChecked is SumOption with the overflow check.
func SumOptionChecked[T Integer](it *Iter[Option[T]]) Option[T] {
	return foldOption(it, 0, SumStep[T])
}

// ProductOption implements `Iterator::product` into Option<T>.
func ProductOption[T Number](it *Iter[Option[T]]) Option[T] {
	return foldOption(it, 1, func(p, v T) T { return p * v })
}

// ProductOptionChecked is ProductOption with the overflow check.
func ProductOptionChecked[T Integer](it *Iter[Option[T]]) Option[T] {
	return foldOption(it, 1, productStep[T])
}

func foldResult[T, E any](it *Iter[Result[T, E]], acc T, step func(T, T) T) Result[T, E] {
	for {
		r, ok := it.pull()
		if !ok {
			return Ok[T, E](acc)
		}
		if !r.ok {
			return r
		}
		acc = step(acc, r.v)
	}
}

func foldOption[T any](it *Iter[Option[T]], acc T, step func(T, T) T) Option[T] {
	for {
		o, ok := it.pull()
		if !ok {
			return Some(acc)
		}
		if !o.some {
			return o
		}
		acc = step(acc, o.v)
	}
}

// sumZero is where a sum starts: 0, or -0.0 for floats as in Rust.
func sumZero[T Number]() T {
	var s T
	switch any(s).(type) {
	case float64, float32:
		s = T(negZero())
	}
	return s
}

// productStep is one multiplication of a checked product.
func productStep[T Integer](p, v T) T {
	n, over := OverflowingMul(p, v)
	if over {
		panicArith(stdAccumLoc, msgMul)
	}
	return n
}

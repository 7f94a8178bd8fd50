package rt

// Iterator adapters. Those that keep the item type are methods (they read
// left to right in generated code: it.Filter(f).Take(3)); those that change
// it are functions, as Go methods cannot have type parameters.

// Filter implements `Iterator::filter`.
func (it *Iter[T]) Filter(f func(T) bool) *Iter[T] {
	out := &Iter[T]{next: func() (T, bool) {
		for {
			v, ok := it.pull()
			if !ok || f(v) {
				return v, ok
			}
		}
	}}
	if it.back != nil {
		out.back = func() (T, bool) {
			for {
				v, ok := it.pullBack()
				if !ok || f(v) {
					return v, ok
				}
			}
		}
	}
	if it.clone != nil {
		out.clone = func() *Iter[T] { return it.Clone().Filter(f) }
	}
	return out
}

// Rev implements `Iterator::rev`.
func (it *Iter[T]) Rev() *Iter[T] {
	if it.back == nil {
		it.materialize()
	}
	return NewIter2(it.pullBack, it.pull)
}

// Skip implements `Iterator::skip`.
func (it *Iter[T]) Skip(n uint) *Iter[T] {
	return NewIter(func() (T, bool) {
		for ; n > 0; n-- {
			if _, ok := it.pull(); !ok {
				n = 0
				var z T
				return z, false
			}
		}
		return it.pull()
	})
}

// Take implements `Iterator::take`.
func (it *Iter[T]) Take(n uint) *Iter[T] {
	return NewIter(func() (T, bool) {
		if n == 0 {
			var z T
			return z, false
		}
		n--
		return it.pull()
	})
}

// StepBy implements `Iterator::step_by` (n == 0 panics as in Rust).
func (it *Iter[T]) StepBy(n uint) *Iter[T] {
	if n == 0 {
		PanicStr(stdStepByLoc, "assertion failed: step != 0")
	}
	first := true
	return NewIter(func() (T, bool) {
		if first {
			first = false
			return it.pull()
		}
		for i := uint(1); i < n; i++ {
			if _, ok := it.pull(); !ok {
				var z T
				return z, false
			}
		}
		return it.pull()
	})
}

// Chain implements `Iterator::chain`.
func (it *Iter[T]) Chain(other *Iter[T]) *Iter[T] {
	firstDone := false
	out := &Iter[T]{next: func() (T, bool) {
		if !firstDone {
			if v, ok := it.pull(); ok {
				return v, true
			}
			firstDone = true
		}
		return other.pull()
	}}
	out.back = func() (T, bool) {
		if v, ok := other.pullBack(); ok {
			return v, true
		}
		return it.pullBack()
	}
	return out
}

// TakeWhile implements `Iterator::take_while`.
func (it *Iter[T]) TakeWhile(f func(T) bool) *Iter[T] {
	done := false
	return NewIter(func() (T, bool) {
		if !done {
			if v, ok := it.pull(); ok && f(v) {
				return v, true
			}
			done = true
		}
		var z T
		return z, false
	})
}

// SkipWhile implements `Iterator::skip_while`.
func (it *Iter[T]) SkipWhile(f func(T) bool) *Iter[T] {
	skipping := true
	return NewIter(func() (T, bool) {
		for {
			v, ok := it.pull()
			if !ok || !skipping || !f(v) {
				skipping = false
				return v, ok
			}
		}
	})
}

// Inspect implements `Iterator::inspect`.
func (it *Iter[T]) Inspect(f func(T)) *Iter[T] {
	out := &Iter[T]{next: func() (T, bool) {
		v, ok := it.pull()
		if ok {
			f(v)
		}
		return v, ok
	}}
	if it.back != nil {
		out.back = func() (T, bool) {
			v, ok := it.pullBack()
			if ok {
				f(v)
			}
			return v, ok
		}
	}
	return out
}

// Peekable implements `Iterator::peekable`: every Iter can peek.
func (it *Iter[T]) Peekable() *Iter[T] { return it }

// Fuse implements `Iterator::fuse`.
func (it *Iter[T]) Fuse() *Iter[T] {
	done := false
	return NewIter(func() (T, bool) {
		if !done {
			if v, ok := it.pull(); ok {
				return v, true
			}
			done = true
		}
		var z T
		return z, false
	})
}

// Cycle implements `Iterator::cycle`: the items are remembered on the first
// pass and replayed.
func (it *Iter[T]) Cycle() *Iter[T] {
	var seen []T
	i, replay := 0, false
	return NewIter(func() (T, bool) {
		if !replay {
			if v, ok := it.pull(); ok {
				seen = append(seen, v)
				return v, true
			}
			replay = true
		}
		if len(seen) == 0 {
			var z T
			return z, false
		}
		v := seen[i%len(seen)]
		i++
		return v, true
	})
}

// ByRef implements `Iterator::by_ref`: the same iterator.
func (it *Iter[T]) ByRef() *Iter[T] { return it }

// Map implements `Iterator::map`.
func Map[T, U any](it *Iter[T], f func(T) U) *Iter[U] {
	out := &Iter[U]{next: func() (U, bool) {
		v, ok := it.pull()
		if !ok {
			var z U
			return z, false
		}
		return f(v), true
	}}
	if it.size != nil {
		out.size = func() int {
			if it.peeked {
				return -1
			}
			return it.size()
		}
	}
	if it.back != nil {
		out.back = func() (U, bool) {
			v, ok := it.pullBack()
			if !ok {
				var z U
				return z, false
			}
			return f(v), true
		}
	}
	if it.clone != nil {
		out.clone = func() *Iter[U] { return Map(it.Clone(), f) }
	}
	return out
}

// Deref maps an iterator of pointers to one of values: `.copied()` and
// `.cloned()` of plain data where `&T` is a Go pointer.
func Deref[T any](it *Iter[*T]) *Iter[T] {
	return Map(it, func(p *T) T { return *p })
}

// FilterMap implements `Iterator::filter_map`.
func FilterMap[T, U any](it *Iter[T], f func(T) Option[U]) *Iter[U] {
	out := &Iter[U]{next: func() (U, bool) {
		for {
			v, ok := it.pull()
			if !ok {
				var z U
				return z, false
			}
			if o := f(v); o.some {
				return o.v, true
			}
		}
	}}
	if it.back != nil {
		out.back = func() (U, bool) {
			for {
				v, ok := it.pullBack()
				if !ok {
					var z U
					return z, false
				}
				if o := f(v); o.some {
					return o.v, true
				}
			}
		}
	}
	return out
}

// MapWhile implements `Iterator::map_while`.
func MapWhile[T, U any](it *Iter[T], f func(T) Option[U]) *Iter[U] {
	done := false
	return NewIter(func() (U, bool) {
		if !done {
			if v, ok := it.pull(); ok {
				if o := f(v); o.some {
					return o.v, true
				}
			}
			done = true
		}
		var z U
		return z, false
	})
}

// Enumerate implements `Iterator::enumerate`. Over an iterator that
// knows its length and has a back, it has a back too, as Rust's does (an
// ExactSizeIterator): the item taken from the back is counted as the
// count so far plus the items left before it, and the adapters under it
// run from the back, not first over everything.
func Enumerate[T any](it *Iter[T]) *Iter[Tuple2[uint, T]] {
	i := uint(0)
	out := NewIter(func() (Tuple2[uint, T], bool) {
		v, ok := it.pull()
		if !ok {
			return Tuple2[uint, T]{}, false
		}
		i++
		return Tuple2[uint, T]{i - 1, v}, true
	})
	if it.size != nil {
		out.size = it.size
		if it.back != nil && !it.peeked && it.size() >= 0 {
			out.back = func() (Tuple2[uint, T], bool) {
				v, ok := it.pullBack()
				if !ok {
					return Tuple2[uint, T]{}, false
				}
				return Tuple2[uint, T]{i + uint(it.size()), v}, true
			}
		}
	}
	return out
}

// Zip implements `Iterator::zip`.
func Zip[A, B any](a *Iter[A], b *Iter[B]) *Iter[Tuple2[A, B]] {
	return NewIter(func() (Tuple2[A, B], bool) {
		x, ok := a.pull()
		if !ok {
			return Tuple2[A, B]{}, false
		}
		y, ok := b.pull()
		if !ok {
			return Tuple2[A, B]{}, false
		}
		return Tuple2[A, B]{x, y}, true
	})
}

// IterEq implements `Iterator::eq`: both iterators yield equal items and
// end together. Like Rust's, it pulls from a, then from b, and stops at
// the first difference.
func IterEq[T any](a, b *Iter[T], eq func(T, T) bool) bool {
	for {
		x, okA := a.pull()
		if !okA {
			_, okB := b.pull()
			return !okB
		}
		y, okB := b.pull()
		if !okB || !eq(x, y) {
			return false
		}
	}
}

// IterNe implements `Iterator::ne`.
func IterNe[T any](a, b *Iter[T], eq func(T, T) bool) bool { return !IterEq(a, b, eq) }

// IterCmp implements `Iterator::cmp`: the iterators compared
// lexicographically, pulling from a, then from b, up to the first
// difference.
func IterCmp[T any](a, b *Iter[T], cmp func(T, T) int) Ordering {
	for {
		x, okA := a.pull()
		y, okB := b.pull()
		switch {
		case !okA && !okB:
			return Equal
		case !okA:
			return Less
		case !okB:
			return Greater
		}
		if c := cmp(x, y); c != 0 {
			return Ordering(max(-1, min(1, c)))
		}
	}
}

// IterLt implements `Iterator::lt`.
func IterLt[T any](a, b *Iter[T], cmp func(T, T) int) bool { return IterCmp(a, b, cmp) < 0 }

// IterLe implements `Iterator::le`.
func IterLe[T any](a, b *Iter[T], cmp func(T, T) int) bool { return IterCmp(a, b, cmp) <= 0 }

// IterGt implements `Iterator::gt`.
func IterGt[T any](a, b *Iter[T], cmp func(T, T) int) bool { return IterCmp(a, b, cmp) > 0 }

// IterGe implements `Iterator::ge`.
func IterGe[T any](a, b *Iter[T], cmp func(T, T) int) bool { return IterCmp(a, b, cmp) >= 0 }

// Scan implements `Iterator::scan`.
func Scan[T, S, U any](it *Iter[T], state S, f func(*S, T) Option[U]) *Iter[U] {
	done := false
	return NewIter(func() (U, bool) {
		if !done {
			if v, ok := it.pull(); ok {
				if o := f(&state, v); o.some {
					return o.v, true
				}
			}
			done = true
		}
		var z U
		return z, false
	})
}

// FlatMap implements `Iterator::flat_map`.
func FlatMap[T, U any](it *Iter[T], f func(T) *Iter[U]) *Iter[U] {
	return Flatten(Map(it, f))
}

// Flatten implements `Iterator::flatten` over iterators.
func Flatten[T any](it *Iter[*Iter[T]]) *Iter[T] {
	var cur *Iter[T]
	return NewIter(func() (T, bool) {
		for {
			if cur != nil {
				if v, ok := cur.pull(); ok {
					return v, true
				}
				cur = nil
			}
			next, ok := it.pull()
			if !ok {
				var z T
				return z, false
			}
			cur = next
		}
	})
}

// FlattenSlices implements `Iterator::flatten` over vectors and slices.
func FlattenSlices[T any](it *Iter[[]T]) *Iter[T] { return Flatten(Map(it, SliceIter[T])) }

// FlattenOptions implements `Iterator::flatten` over options.
func FlattenOptions[T any](it *Iter[Option[T]]) *Iter[T] {
	return FilterMap(it, func(o Option[T]) Option[T] { return o })
}

// Chunks implements `slice::chunks`.
func Chunks[T any](s []T, n uint, loc Loc) *Iter[[]T] {
	if n == 0 {
		PanicStr(loc, "chunk size must be non-zero")
	}
	var out [][]T
	for i := uint(0); i < uint(len(s)); i += n {
		j := min(i+n, uint(len(s)))
		out = append(out, s[i:j:j])
	}
	return sliceIter(out)
}

// ChunksExact implements `slice::chunks_exact`.
func ChunksExact[T any](s []T, n uint, loc Loc) *Iter[[]T] {
	if n == 0 {
		PanicStr(loc, "chunk size must be non-zero")
	}
	var out [][]T
	for i := uint(0); i+n <= uint(len(s)); i += n {
		out = append(out, s[i:i+n:i+n])
	}
	return sliceIter(out)
}

// Windows implements `slice::windows`.
func Windows[T any](s []T, n uint, loc Loc) *Iter[[]T] {
	if n == 0 {
		PanicStr(loc, "window size must be non-zero")
	}
	var out [][]T
	for i := uint(0); i+n <= uint(len(s)); i++ {
		out = append(out, s[i:i+n:i+n])
	}
	return sliceIter(out)
}

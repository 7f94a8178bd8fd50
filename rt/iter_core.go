package rt

// Iter: one concrete type for every Rust iterator (std::slice::Iter,
// Map<I, F>, Chars, Range as an iterator, ...). It pulls one item at a time
// like Rust's `next`, so `it.next()`, `peekable`, `zip` and lazy adapters
// behave as in Rust (items are produced on demand, closures run in Rust's
// order). Double-ended sources also have a back function (`rev`,
// `next_back`); an iterator without one is materialized when asked from
// the back.

import (
	"iter"
	"os"
)

// Iter is Rust's `impl Iterator<Item = T>`.
type Iter[T any] struct {
	next func() (T, bool)
	back func() (T, bool) // nil unless double-ended
	// rest, for an iterator over a slice's elements, takes the elements
	// not yet yielded at once (a consumer's fast path: Fold).
	rest func() []T
	// size, where known, is the number of elements left, or -1 (a
	// collect's capacity: Collect).
	size func() int

	// str, for the chars (or char_indices) of a string, is the part not
	// yet yielded (Chars::as_str).
	str func() string

	peeked  bool // a value (or the end) was pulled by peek
	peekVal T
	peekOK  bool

	// clone, where the iterator's state can be copied (a slice, a range,
	// a string, map and filter over one), makes an independent copy
	// (Clone).
	clone func() *Iter[T]
}

// NewIter makes an iterator from a pull function.
func NewIter[T any](next func() (T, bool)) *Iter[T] { return &Iter[T]{next: next} }

// FromNext is the iterator over a user type implementing Iterator: its
// next method, bound to the value's address.
func FromNext[T any](next func() Option[T]) *Iter[T] {
	return NewIter(func() (T, bool) {
		o := next()
		return o.v, o.some
	})
}

// NewIter2 makes a double-ended iterator from its front and back functions.
func NewIter2[T any](next, back func() (T, bool)) *Iter[T] {
	return &Iter[T]{next: next, back: back}
}

// Clone implements `Clone` for an iterator: a copy whose position is
// independent of it. A source whose state can be copied is copied (see
// clone). Any other becomes a tee: the iterator and its copies read one
// shared source, which keeps the items one has pulled until the others
// have (lazily, so an endless source is fine). Rust's clone of such an
// adapter would run its closures again for the copy: the items are the
// same for the pure closures that cloned iterators have in practice.
func (it *Iter[T]) Clone() *Iter[T] {
	if it.clone == nil {
		t := &tee[T]{next: it.next}
		*it = *t.cursor(0, it)
	}
	c := it.clone()
	c.peeked, c.peekVal, c.peekOK = it.peeked, it.peekVal, it.peekOK
	return c
}

// tee is the source that a cloned iterator without a copyable state
// shares with its copies: buf holds the items from absolute index base
// that some cursor has not read yet.
type tee[T any] struct {
	next func() (T, bool)
	buf  []T
	base int
	done bool
	pos  []*int // each cursor's absolute position
}

// cursor makes an iterator reading t from absolute position at, keeping
// it's peeked item (if any).
func (t *tee[T]) cursor(at int, it *Iter[T]) *Iter[T] {
	pos := new(int)
	*pos = at
	t.pos = append(t.pos, pos)
	c := NewIter(func() (T, bool) { return t.read(pos) })
	if it != nil {
		c.peeked, c.peekVal, c.peekOK = it.peeked, it.peekVal, it.peekOK
	}
	c.clone = func() *Iter[T] { return t.cursor(*pos, nil) }
	return c
}

// read gives the item at *pos, pulling it from the source if no cursor
// has yet, and drops the items every cursor has read.
func (t *tee[T]) read(pos *int) (T, bool) {
	var v T
	if i := *pos - t.base; i < len(t.buf) {
		v = t.buf[i]
	} else {
		if t.done {
			return v, false
		}
		var ok bool
		if v, ok = t.next(); !ok {
			t.done = true
			return v, false
		}
		t.buf = append(t.buf, v)
	}
	*pos++
	low := *pos
	for _, p := range t.pos {
		low = min(low, *p)
	}
	if n := low - t.base; n > 0 {
		var z T
		for i := range n {
			t.buf[i] = z
		}
		t.buf, t.base = t.buf[n:], low
	}
	return v, true
}

// pull is Rust's next.
func (it *Iter[T]) pull() (T, bool) {
	if it.peeked {
		it.peeked = false
		v := it.peekVal
		var z T
		it.peekVal = z
		return v, it.peekOK
	}
	return it.next()
}

// pullBack is Rust's next_back.
func (it *Iter[T]) pullBack() (T, bool) {
	if it.back == nil {
		it.materialize()
	}
	if v, ok := it.back(); ok {
		return v, true
	}
	if it.peeked && it.peekOK {
		it.peeked = false
		return it.peekVal, true
	}
	var z T
	return z, false
}

// materialize drains the iterator into a slice so that it can be walked
// from both ends.
func (it *Iter[T]) materialize() {
	var rest []T
	for {
		v, ok := it.next()
		if !ok {
			break
		}
		rest = append(rest, v)
	}
	s := sliceIter(rest)
	it.next, it.back, it.rest, it.size = s.next, s.back, s.rest, s.size
}

// Next implements `Iterator::next`.
func (it *Iter[T]) Next() Option[T] {
	v, ok := it.pull()
	return Option[T]{v: v, some: ok}
}

// NextBack implements `DoubleEndedIterator::next_back`.
func (it *Iter[T]) NextBack() Option[T] {
	v, ok := it.pullBack()
	return Option[T]{v: v, some: ok}
}

// All is the iterator as a Go range function: `for x in it`.
func (it *Iter[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			v, ok := it.pull()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// Peek implements `Peekable::peek` for items whose reference is the value
// itself in Go.
func (it *Iter[T]) Peek() Option[T] {
	if !it.peeked {
		it.peekVal, it.peekOK = it.next()
		it.peeked = true
	}
	return Option[T]{v: it.peekVal, some: it.peekOK}
}

// PeekPtr implements `Peekable::peek` where `&T` is a Go pointer.
func (it *Iter[T]) PeekPtr() Option[*T] {
	it.Peek()
	if !it.peekOK {
		return Option[*T]{}
	}
	return Some(&it.peekVal)
}

// NextIf implements `Peekable::next_if`.
func (it *Iter[T]) NextIf(f func(T) bool) Option[T] {
	p := it.Peek()
	if p.some && f(p.v) {
		return it.Next()
	}
	return Option[T]{}
}

// NextIfEq implements `Peekable::next_if_eq`: the next item, if eq
// finds it equal to x.
func (it *Iter[T]) NextIfEq(x T, eq func(T, T) bool) Option[T] {
	return it.NextIf(func(v T) bool { return eq(v, x) })
}

// Items is a Go range function over an iterator (nil-safe helper for
// generated `for` loops over a value that may be an empty iterator).
func Items[T any](it *Iter[T]) iter.Seq[T] { return it.All() }

// Empty implements `std::iter::empty()`.
func Empty[T any]() *Iter[T] {
	f := func() (T, bool) { var z T; return z, false }
	return NewIter2(f, f)
}

// Once implements `std::iter::once(v)`.
func Once[T any](v T) *Iter[T] { return sliceIter([]T{v}) }

// Repeat implements `std::iter::repeat(v)`.
func Repeat[T any](v T) *Iter[T] {
	f := func() (T, bool) { return v, true }
	return NewIter2(f, f)
}

// RepeatN implements `std::iter::repeat_n(v, n)`.
func RepeatN[T any](v T, n uint) *Iter[T] {
	f := func() (T, bool) {
		if n == 0 {
			var z T
			return z, false
		}
		n--
		return v, true
	}
	return NewIter2(f, f)
}

// Successors implements `std::iter::successors(first, f)`.
func Successors[T any](first Option[T], f func(T) Option[T]) *Iter[T] {
	cur := first
	return NewIter(func() (T, bool) {
		if !cur.some {
			var z T
			return z, false
		}
		v := cur.v
		cur = f(v)
		return v, true
	})
}

// FromFn implements `std::iter::from_fn(f)`.
func FromFn[T any](f func() Option[T]) *Iter[T] {
	return NewIter(func() (T, bool) {
		o := f()
		return o.v, o.some
	})
}

// sliceIter walks s from both ends, yielding copies of the elements.
func sliceIter[T any](s []T) *Iter[T] {
	i, j := 0, len(s)
	it := NewIter2(func() (T, bool) {
		if i >= j {
			var z T
			return z, false
		}
		i++
		return s[i-1], true
	}, func() (T, bool) {
		if i >= j {
			var z T
			return z, false
		}
		j--
		return s[j], true
	})
	it.rest = func() []T {
		r := s[i:j]
		i = j
		return r
	}
	it.size = func() int { return j - i }
	it.clone = func() *Iter[T] { return sliceIter(s[i:j]) }
	return it
}

// SliceIter implements `v.iter()` (where `&T` is T itself in Go: numbers,
// strings, slices...) and `v.into_iter()`: the elements in order.
func SliceIter[T any](s []T) *Iter[T] { return sliceIter(s) }

// SliceRefIter implements `v.iter_mut()`, and `v.iter()` where `&T` is a Go
// pointer: pointers to the elements in place.
func SliceRefIter[T any](s []T) *Iter[*T] {
	i, j := 0, len(s)
	it := NewIter2(func() (*T, bool) {
		if i >= j {
			return nil, false
		}
		i++
		return &s[i-1], true
	}, func() (*T, bool) {
		if i >= j {
			return nil, false
		}
		j--
		return &s[j], true
	})
	it.clone = func() *Iter[*T] { return SliceRefIter(s[i:j]) }
	return it
}

// Range implements the iterator `lo..hi`.
func Range[T Integer](lo, hi T) *Iter[T] {
	it := NewIter2(func() (T, bool) {
		if lo >= hi {
			return lo, false
		}
		lo++
		return lo - 1, true
	}, func() (T, bool) {
		if lo >= hi {
			return lo, false
		}
		hi--
		return hi, true
	})
	it.size = func() int {
		if n := RangeLen(lo, hi); n > 0 || lo >= hi {
			return n
		}
		return -1
	}
	it.clone = func() *Iter[T] { return Range(lo, hi) }
	return it
}

// RangeLen is the number of items of lo..hi where it is small enough to
// be a collect's capacity; 0 otherwise.
func RangeLen[T Integer](lo, hi T) int {
	if lo >= hi {
		return 0
	}
	if n := uint64(hi - lo); hi-lo > 0 && n <= 1<<31 { // (a wider difference is not counted)
		return int(n)
	}
	return 0
}

// RangeIncl implements the iterator `lo..=hi` (it cannot overflow at the
// type's maximum: Rust's RangeInclusive tracks exhaustion).
func RangeIncl[T Integer](lo, hi T) *Iter[T] {
	return rangeIncl(lo, hi, lo > hi)
}

func rangeIncl[T Integer](lo, hi T, done bool) *Iter[T] {
	it := NewIter2(func() (T, bool) {
		if done {
			return lo, false
		}
		if lo == hi {
			done = true
			return lo, true
		}
		lo++
		return lo - 1, true
	}, func() (T, bool) {
		if done {
			return hi, false
		}
		if lo == hi {
			done = true
			return hi, true
		}
		hi--
		return hi + 1, true
	})
	it.clone = func() *Iter[T] { return rangeIncl(lo, hi, done) }
	return it
}

// RangeFrom implements the iterator `lo..` (an overflow panics in Rust's
// debug builds; here it wraps).
func RangeFrom[T Integer](lo T) *Iter[T] {
	it := NewIter(func() (T, bool) {
		lo++
		return lo - 1, true
	})
	it.clone = func() *Iter[T] { return RangeFrom(lo) }
	return it
}

// CharRange implements `'a'..='z'` as an iterator.
func CharRange(lo, hi rune, inclusive bool) *Iter[rune] {
	if !inclusive {
		hi--
	}
	it := RangeIncl(lo, hi)
	inner := it.next
	it.next = func() (rune, bool) {
		r, ok := inner()
		for ok && r >= 0xD800 && r <= 0xDFFF {
			r, ok = inner()
		}
		return r, ok
	}
	return it
}

// AsStr implements `Chars::as_str` (and CharIndices'): the rest of the
// string, not yet yielded from either end.
func (it *Iter[T]) AsStr() string {
	if it.str == nil {
		panic("rt: as_str of an iterator that is not a string's chars")
	}
	return it.str()
}

// EnvArgs implements std::env::args: the program's arguments, its path
// first.
func EnvArgs() *Iter[string] { return sliceIter(os.Args) }

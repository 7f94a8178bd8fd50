package rt

import "iter"

// RangeInclusive yields lo, lo+1, ..., hi: Rust's `lo..=hi` in a `for`
// loop. Unlike `for i := lo; i <= hi; i++`, it ends when hi is the type's
// maximum (Rust's RangeInclusive tracks exhaustion instead of overflowing),
// and it yields nothing when lo > hi.
func RangeInclusive[T Integer](lo, hi T) iter.Seq[T] {
	return func(yield func(T) bool) {
		if lo > hi {
			return
		}
		for i := lo; ; i++ {
			if !yield(i) || i == hi {
				return
			}
		}
	}
}

// VecRepeat is Rust's `vec![x; n]`: n copies of x.
func VecRepeat[T any](x T, n uint) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = x
	}
	return s
}

// VecFill is n values made by f in order: the Default of an array whose
// elements' Default is not Go's zero value ([W; 3]::default() calls
// W::default() three times).
func VecFill[T any](n uint, f func() T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = f()
	}
	return s
}

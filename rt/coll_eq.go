package rt

// Rust's == of the std types that are Go pointers: their values compare,
// not the pointers (the translator passes the elements' equality).

// EqHashMap returns `==` of HashMap<K, V>: the same keys, with equal
// values (HashMap.Equal).
func EqHashMap[K comparable, V any](eq func(V, V) bool) func(a, b *HashMap[K, V]) bool {
	return func(a, b *HashMap[K, V]) bool { return a.Equal(b, eq) }
}

// EqBTreeMap returns `==` of BTreeMap<K, V>: equal pairs in order (keys
// equal by their Ord).
func EqBTreeMap[K, V any](eq func(V, V) bool) func(a, b *BTreeMap[K, V]) bool {
	return func(a, b *BTreeMap[K, V]) bool {
		if len(a.keys) != len(b.keys) {
			return false
		}
		for i := range a.keys {
			if a.cmp(a.keys[i], b.keys[i]) != 0 || !eq(*a.vals[i], *b.vals[i]) {
				return false
			}
		}
		return true
	}
}

// EqHashSet is `==` of HashSet<T>: the same elements.
func EqHashSet[T comparable](a, b *HashSet[T]) bool { return a.Equal(b) }

// EqBTreeSet is `==` of BTreeSet<T>: equal elements in order.
func EqBTreeSet[T any](a, b *BTreeSet[T]) bool { return a.Equal(b) }

// EqVecDeque returns `==` of VecDeque<T>: equal elements in order.
func EqVecDeque[T any](eq func(T, T) bool) func(a, b *VecDeque[T]) bool {
	return func(a, b *VecDeque[T]) bool {
		if a.n != b.n {
			return false
		}
		for i := range a.n {
			if !eq(*a.at(i), *b.at(i)) {
				return false
			}
		}
		return true
	}
}

// EqRc returns `==` of Rc<T>: the values.
func EqRc[T any](eq func(T, T) bool) func(a, b *Rc[T]) bool {
	return func(a, b *Rc[T]) bool { return eq(a.val, b.val) }
}

// EqArc returns `==` of Arc<T>: the values.
func EqArc[T any](eq func(T, T) bool) func(a, b *Arc[T]) bool {
	return func(a, b *Arc[T]) bool { return eq(a.val, b.val) }
}

// EqCell returns `==` of Cell<T>: the values.
func EqCell[T any](eq func(T, T) bool) func(a, b *Cell[T]) bool {
	return func(a, b *Cell[T]) bool { return eq(a.v, b.v) }
}

// EqRefCell returns `==` of RefCell<T>: the values, borrowed as Rust
// does (`*self.borrow() == *other.borrow()` in core's cell.rs), which
// panics while one of them is mutably borrowed.
func EqRefCell[T any](eq func(T, T) bool) func(a, b *RefCell[T]) bool {
	return func(a, b *RefCell[T]) bool {
		ra := a.Borrow(stdRefCellEqLoc)
		defer ra.Drop()
		rb := b.Borrow(stdRefCellEqOtherLoc)
		defer rb.Drop()
		return eq(ra.v, rb.v)
	}
}

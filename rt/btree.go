package rt

// BTreeMap and BTreeSet: Rust's ordered collections as sorted slices with
// binary search, ordered by the comparison function of the key type (Rust's
// Ord, given by the translator). Lookups are O(log n), inserts O(n), which
// is the right trade-off for the sizes real programs print.

import "sort"

// BTreeMap is Rust's `BTreeMap<K, V>`.
type BTreeMap[K, V any] struct {
	keys []K
	vals []*V
	cmp  func(K, K) int
}

// NewBTreeMap implements `BTreeMap::new()`; cmp is K's Ord.
func NewBTreeMap[K, V any](cmp func(K, K) int) *BTreeMap[K, V] { return &BTreeMap[K, V]{cmp: cmp} }

// search returns the index of k or where it would be inserted.
func (m *BTreeMap[K, V]) search(k K) (int, bool) {
	i := sort.Search(len(m.keys), func(i int) bool { return m.cmp(m.keys[i], k) >= 0 })
	return i, i < len(m.keys) && m.cmp(m.keys[i], k) == 0
}

func (m *BTreeMap[K, V]) getPtr(k K) (*V, bool) {
	if i, ok := m.search(k); ok {
		return m.vals[i], true
	}
	return nil, false
}

func (m *BTreeMap[K, V]) insertPtr(k K, v V) *V {
	p := &v
	i, ok := m.search(k)
	if ok {
		m.vals[i] = p
		return p
	}
	var zk K
	m.keys = append(m.keys, zk)
	copy(m.keys[i+1:], m.keys[i:])
	m.keys[i] = k
	m.vals = append(m.vals, nil)
	copy(m.vals[i+1:], m.vals[i:])
	m.vals[i] = p
	return p
}

// Insert implements `BTreeMap::insert`.
func (m *BTreeMap[K, V]) Insert(k K, v V) Option[V] {
	if p, ok := m.getPtr(k); ok {
		old := *p
		*p = v
		return Some(old)
	}
	m.insertPtr(k, v)
	return Option[V]{}
}

// Get implements `BTreeMap::get` where `&V` is V in Go.
func (m *BTreeMap[K, V]) Get(k K) Option[V] {
	if p, ok := m.getPtr(k); ok {
		return Some(*p)
	}
	return Option[V]{}
}

// GetPtr implements `BTreeMap::get_mut` (and `get` where `&V` is a pointer).
func (m *BTreeMap[K, V]) GetPtr(k K) Option[*V] {
	if p, ok := m.getPtr(k); ok {
		return Some(p)
	}
	return Option[*V]{}
}

// Index implements `map[&k]`.
func (m *BTreeMap[K, V]) Index(k K, loc Loc) V {
	if p, ok := m.getPtr(k); ok {
		return *p
	}
	PanicStr(loc, "no entry found for key")
	panic("unreachable")
}

// ContainsKey implements `BTreeMap::contains_key`.
func (m *BTreeMap[K, V]) ContainsKey(k K) bool {
	_, ok := m.search(k)
	return ok
}

func (m *BTreeMap[K, V]) removeAt(i int) {
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	m.vals = append(m.vals[:i], m.vals[i+1:]...)
}

// Remove implements `BTreeMap::remove`.
func (m *BTreeMap[K, V]) Remove(k K) Option[V] {
	if i, ok := m.search(k); ok {
		v := *m.vals[i]
		m.removeAt(i)
		return Some(v)
	}
	return Option[V]{}
}

// Len implements `BTreeMap::len`.
func (m *BTreeMap[K, V]) Len() uint { return uint(len(m.keys)) }

// IsEmpty implements `BTreeMap::is_empty`.
func (m *BTreeMap[K, V]) IsEmpty() bool { return len(m.keys) == 0 }

// Clear implements `BTreeMap::clear`.
func (m *BTreeMap[K, V]) Clear() { m.keys, m.vals = nil, nil }

// Entry implements `BTreeMap::entry`.
func (m *BTreeMap[K, V]) Entry(k K) Entry[K, V] { return Entry[K, V]{m: m, k: k} }

func (m *BTreeMap[K, V]) pairs(lo, hi int) []Tuple2[K, V] {
	out := make([]Tuple2[K, V], 0, hi-lo)
	for i := lo; i < hi; i++ {
		out = append(out, Tuple2[K, V]{m.keys[i], *m.vals[i]})
	}
	return out
}

func (m *BTreeMap[K, V]) ptrPairs(lo, hi int) []Tuple2[K, *V] {
	out := make([]Tuple2[K, *V], 0, hi-lo)
	for i := lo; i < hi; i++ {
		out = append(out, Tuple2[K, *V]{m.keys[i], m.vals[i]})
	}
	return out
}

// Keys implements `BTreeMap::keys`.
func (m *BTreeMap[K, V]) Keys() *Iter[K] { return sliceIter(append([]K(nil), m.keys...)) }

// Values implements `BTreeMap::values`.
func (m *BTreeMap[K, V]) Values() *Iter[V] { return Deref(m.ValuesMut()) }

// ValuesMut implements `BTreeMap::values_mut` (and `values` where `&V` is
// a pointer).
func (m *BTreeMap[K, V]) ValuesMut() *Iter[*V] { return sliceIter(append([]*V(nil), m.vals...)) }

// Iter implements `BTreeMap::iter` (and `into_iter`) in key order.
func (m *BTreeMap[K, V]) Iter() *Iter[Tuple2[K, V]] { return sliceIter(m.pairs(0, len(m.keys))) }

// IterMut implements `BTreeMap::iter_mut` (and `iter` where `&V` is a
// pointer).
func (m *BTreeMap[K, V]) IterMut() *Iter[Tuple2[K, *V]] {
	return sliceIter(m.ptrPairs(0, len(m.keys)))
}

// bounds turns a Rust range of keys into an index range.
func (m *BTreeMap[K, V]) bounds(r KeyRange[K]) (int, int) {
	lo, hi := 0, len(m.keys)
	if r.HasLo {
		lo = sort.Search(len(m.keys), func(i int) bool { return m.cmp(m.keys[i], r.Lo) >= 0 })
	}
	if r.HasHi {
		hi = sort.Search(len(m.keys), func(i int) bool {
			c := m.cmp(m.keys[i], r.Hi)
			return c > 0 || (c == 0 && !r.Incl)
		})
	}
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// KeyRange is a Rust range of keys: `a..b`, `a..=b`, `a..`, `..b`, `..`.
type KeyRange[K any] struct {
	Lo, Hi       K
	HasLo, HasHi bool
	Incl         bool
}

// Range implements `BTreeMap::range`.
func (m *BTreeMap[K, V]) Range(r KeyRange[K]) *Iter[Tuple2[K, V]] {
	lo, hi := m.bounds(r)
	return sliceIter(m.pairs(lo, hi))
}

// RangePtr implements `BTreeMap::range` where `&V` is a pointer (and
// `range_mut`).
func (m *BTreeMap[K, V]) RangePtr(r KeyRange[K]) *Iter[Tuple2[K, *V]] {
	lo, hi := m.bounds(r)
	return sliceIter(m.ptrPairs(lo, hi))
}

// FirstKeyValue implements `BTreeMap::first_key_value`.
func (m *BTreeMap[K, V]) FirstKeyValue() Option[Tuple2[K, V]] {
	if len(m.keys) == 0 {
		return Option[Tuple2[K, V]]{}
	}
	return Some(Tuple2[K, V]{m.keys[0], *m.vals[0]})
}

// LastKeyValue implements `BTreeMap::last_key_value`.
func (m *BTreeMap[K, V]) LastKeyValue() Option[Tuple2[K, V]] {
	n := len(m.keys)
	if n == 0 {
		return Option[Tuple2[K, V]]{}
	}
	return Some(Tuple2[K, V]{m.keys[n-1], *m.vals[n-1]})
}

// PopFirst implements `BTreeMap::pop_first`.
func (m *BTreeMap[K, V]) PopFirst() Option[Tuple2[K, V]] {
	o := m.FirstKeyValue()
	if o.some {
		m.removeAt(0)
	}
	return o
}

// PopLast implements `BTreeMap::pop_last`.
func (m *BTreeMap[K, V]) PopLast() Option[Tuple2[K, V]] {
	o := m.LastKeyValue()
	if o.some {
		m.removeAt(len(m.keys) - 1)
	}
	return o
}

// Retain implements `BTreeMap::retain`.
func (m *BTreeMap[K, V]) Retain(f func(K, *V) bool) {
	j := 0
	for i := range m.keys {
		if f(m.keys[i], m.vals[i]) {
			m.keys[j], m.vals[j] = m.keys[i], m.vals[i]
			j++
		}
	}
	m.keys, m.vals = m.keys[:j], m.vals[:j]
}

// Extend implements `BTreeMap::extend`.
func (m *BTreeMap[K, V]) Extend(it *Iter[Tuple2[K, V]]) {
	for kv := range it.All() {
		m.Insert(kv.F0, kv.F1)
	}
}

// Clone implements `BTreeMap::clone`; cloneV deep-copies a value (nil: a
// plain copy).
func (m *BTreeMap[K, V]) Clone(cloneV func(V) V) *BTreeMap[K, V] {
	out := &BTreeMap[K, V]{keys: append([]K(nil), m.keys...), vals: make([]*V, len(m.vals)), cmp: m.cmp}
	for i, p := range m.vals {
		v := *p
		if cloneV != nil {
			v = cloneV(v)
		}
		out.vals[i] = &v
	}
	return out
}

// CollectBTreeMap implements `collect::<BTreeMap<K, V>>()`.
func CollectBTreeMap[K, V any](it *Iter[Tuple2[K, V]], cmp func(K, K) int) *BTreeMap[K, V] {
	m := NewBTreeMap[K, V](cmp)
	m.Extend(it)
	return m
}

// DebugBTreeMap returns the Debug formatter of `BTreeMap<K, V>`.
func DebugBTreeMap[K, V any](key func(K, *Formatter), val func(V, *Formatter)) func(*BTreeMap[K, V], *Formatter) {
	return func(m *BTreeMap[K, V], f *Formatter) {
		b := f.DebugMap()
		for i, k := range m.keys {
			b.Entry(Fmt(k, key), Fmt(*m.vals[i], val))
		}
		b.Finish()
	}
}

// BTreeSet is Rust's `BTreeSet<T>`.
type BTreeSet[T any] struct {
	items []T
	cmp   func(T, T) int
}

// NewBTreeSet implements `BTreeSet::new()`; cmp is T's Ord.
func NewBTreeSet[T any](cmp func(T, T) int) *BTreeSet[T] { return &BTreeSet[T]{cmp: cmp} }

func (s *BTreeSet[T]) search(v T) (int, bool) {
	i := sort.Search(len(s.items), func(i int) bool { return s.cmp(s.items[i], v) >= 0 })
	return i, i < len(s.items) && s.cmp(s.items[i], v) == 0
}

// Insert implements `BTreeSet::insert`.
func (s *BTreeSet[T]) Insert(v T) bool {
	i, ok := s.search(v)
	if ok {
		return false
	}
	var z T
	s.items = append(s.items, z)
	copy(s.items[i+1:], s.items[i:])
	s.items[i] = v
	return true
}

// Contains implements `BTreeSet::contains`.
func (s *BTreeSet[T]) Contains(v T) bool {
	_, ok := s.search(v)
	return ok
}

// Remove implements `BTreeSet::remove`.
func (s *BTreeSet[T]) Remove(v T) bool {
	i, ok := s.search(v)
	if ok {
		s.items = append(s.items[:i], s.items[i+1:]...)
	}
	return ok
}

// Len implements `BTreeSet::len`.
func (s *BTreeSet[T]) Len() uint { return uint(len(s.items)) }

// IsEmpty implements `BTreeSet::is_empty`.
func (s *BTreeSet[T]) IsEmpty() bool { return len(s.items) == 0 }

// Clear implements `BTreeSet::clear`.
func (s *BTreeSet[T]) Clear() { s.items = nil }

// Iter implements `BTreeSet::iter` (and `into_iter`) in order.
func (s *BTreeSet[T]) Iter() *Iter[T] { return sliceIter(append([]T(nil), s.items...)) }

// First implements `BTreeSet::first`.
func (s *BTreeSet[T]) First() Option[T] {
	if len(s.items) == 0 {
		return Option[T]{}
	}
	return Some(s.items[0])
}

// Last implements `BTreeSet::last`.
func (s *BTreeSet[T]) Last() Option[T] {
	if len(s.items) == 0 {
		return Option[T]{}
	}
	return Some(s.items[len(s.items)-1])
}

// PopFirst implements `BTreeSet::pop_first`.
func (s *BTreeSet[T]) PopFirst() Option[T] {
	o := s.First()
	if o.some {
		s.items = s.items[1:]
	}
	return o
}

// PopLast implements `BTreeSet::pop_last`.
func (s *BTreeSet[T]) PopLast() Option[T] {
	o := s.Last()
	if o.some {
		s.items = s.items[:len(s.items)-1]
	}
	return o
}

// Range implements `BTreeSet::range`.
func (s *BTreeSet[T]) Range(r KeyRange[T]) *Iter[T] {
	lo, hi := 0, len(s.items)
	if r.HasLo {
		lo = sort.Search(len(s.items), func(i int) bool { return s.cmp(s.items[i], r.Lo) >= 0 })
	}
	if r.HasHi {
		hi = sort.Search(len(s.items), func(i int) bool {
			c := s.cmp(s.items[i], r.Hi)
			return c > 0 || (c == 0 && !r.Incl)
		})
	}
	if hi < lo {
		hi = lo
	}
	return sliceIter(append([]T(nil), s.items[lo:hi]...))
}

// Union implements `BTreeSet::union` (in order).
func (s *BTreeSet[T]) Union(o *BTreeSet[T]) *Iter[T] {
	out := &BTreeSet[T]{items: append([]T(nil), s.items...), cmp: s.cmp}
	for _, v := range o.items {
		out.Insert(v)
	}
	return sliceIter(out.items)
}

// Intersection implements `BTreeSet::intersection`.
func (s *BTreeSet[T]) Intersection(o *BTreeSet[T]) *Iter[T] {
	var out []T
	for _, v := range s.items {
		if o.Contains(v) {
			out = append(out, v)
		}
	}
	return sliceIter(out)
}

// Difference implements `BTreeSet::difference`.
func (s *BTreeSet[T]) Difference(o *BTreeSet[T]) *Iter[T] {
	var out []T
	for _, v := range s.items {
		if !o.Contains(v) {
			out = append(out, v)
		}
	}
	return sliceIter(out)
}

// SymmetricDifference implements `BTreeSet::symmetric_difference`.
func (s *BTreeSet[T]) SymmetricDifference(o *BTreeSet[T]) *Iter[T] {
	out := &BTreeSet[T]{cmp: s.cmp}
	for _, v := range s.items {
		if !o.Contains(v) {
			out.Insert(v)
		}
	}
	for _, v := range o.items {
		if !s.Contains(v) {
			out.Insert(v)
		}
	}
	return sliceIter(out.items)
}

// IsSubset implements `BTreeSet::is_subset`.
func (s *BTreeSet[T]) IsSubset(o *BTreeSet[T]) bool {
	for _, v := range s.items {
		if !o.Contains(v) {
			return false
		}
	}
	return true
}

// IsSuperset implements `BTreeSet::is_superset`.
func (s *BTreeSet[T]) IsSuperset(o *BTreeSet[T]) bool { return o.IsSubset(s) }

// IsDisjoint implements `BTreeSet::is_disjoint`.
func (s *BTreeSet[T]) IsDisjoint(o *BTreeSet[T]) bool {
	for _, v := range s.items {
		if o.Contains(v) {
			return false
		}
	}
	return true
}

// Retain implements `BTreeSet::retain`.
func (s *BTreeSet[T]) Retain(f func(T) bool) {
	j := 0
	for _, v := range s.items {
		if f(v) {
			s.items[j] = v
			j++
		}
	}
	s.items = s.items[:j]
}

// Extend implements `BTreeSet::extend`.
func (s *BTreeSet[T]) Extend(it *Iter[T]) {
	for v := range it.All() {
		s.Insert(v)
	}
}

// Clone implements `BTreeSet::clone`.
func (s *BTreeSet[T]) Clone() *BTreeSet[T] {
	return &BTreeSet[T]{items: append([]T(nil), s.items...), cmp: s.cmp}
}

// Equal implements `==` of ordered sets given the elements' equality.
func (s *BTreeSet[T]) Equal(o *BTreeSet[T]) bool {
	if len(s.items) != len(o.items) {
		return false
	}
	for i := range s.items {
		if s.cmp(s.items[i], o.items[i]) != 0 {
			return false
		}
	}
	return true
}

// CollectBTreeSet implements `collect::<BTreeSet<T>>()`.
func CollectBTreeSet[T any](it *Iter[T], cmp func(T, T) int) *BTreeSet[T] {
	s := NewBTreeSet(cmp)
	s.Extend(it)
	return s
}

// DebugBTreeSet returns the Debug formatter of `BTreeSet<T>`.
func DebugBTreeSet[T any](elem func(T, *Formatter)) func(*BTreeSet[T], *Formatter) {
	return func(s *BTreeSet[T], f *Formatter) { DebugSetOf(elem)(s.items, f) }
}

// BitOr, BitAnd, Sub and BitXor implement `&a | &b`, `&a & &b`, `&a - &b`
// and `&a ^ &b` of BTreeSets: a new set ordered as s.
func (s *BTreeSet[T]) BitOr(o *BTreeSet[T]) *BTreeSet[T] {
	return CollectBTreeSet(s.Union(o), s.cmp)
}

func (s *BTreeSet[T]) BitAnd(o *BTreeSet[T]) *BTreeSet[T] {
	return CollectBTreeSet(s.Intersection(o), s.cmp)
}

func (s *BTreeSet[T]) Sub(o *BTreeSet[T]) *BTreeSet[T] {
	return CollectBTreeSet(s.Difference(o), s.cmp)
}

func (s *BTreeSet[T]) BitXor(o *BTreeSet[T]) *BTreeSet[T] {
	return CollectBTreeSet(s.SymmetricDifference(o), s.cmp)
}

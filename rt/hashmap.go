package rt

// HashMap and HashSet: Rust's std::collections hash containers over Go
// maps. Values are kept behind pointers so that `get_mut`, `entry(..)
// .or_insert(..)` and `values_mut` can hand out `&mut V` as a Go *V.
// Iteration order is unspecified in Rust and Go alike.

// HashMap is Rust's `HashMap<K, V>`.
type HashMap[K comparable, V any] struct {
	m map[K]*V
}

// NewHashMap implements `HashMap::new()` (and `with_capacity`).
func NewHashMap[K comparable, V any]() *HashMap[K, V] { return &HashMap[K, V]{m: map[K]*V{}} }

func (h *HashMap[K, V]) getPtr(k K) (*V, bool) {
	p, ok := h.m[k]
	return p, ok
}

func (h *HashMap[K, V]) insertPtr(k K, v V) *V {
	p := &v
	h.m[k] = p
	return p
}

// Insert implements `HashMap::insert`: the old value, if any.
func (h *HashMap[K, V]) Insert(k K, v V) Option[V] {
	if p, ok := h.m[k]; ok {
		old := *p
		*p = v
		return Some(old)
	}
	h.m[k] = &v
	return Option[V]{}
}

// Get implements `HashMap::get` where `&V` is V itself in Go.
func (h *HashMap[K, V]) Get(k K) Option[V] {
	if p, ok := h.m[k]; ok {
		return Some(*p)
	}
	return Option[V]{}
}

// GetPtr implements `HashMap::get_mut` (and `get` where `&V` is a pointer).
func (h *HashMap[K, V]) GetPtr(k K) Option[*V] {
	if p, ok := h.m[k]; ok {
		return Some(p)
	}
	return Option[*V]{}
}

// Index implements `map[&k]`: the value, or Rust's panic.
func (h *HashMap[K, V]) Index(k K, loc Loc) V {
	if p, ok := h.m[k]; ok {
		return *p
	}
	PanicStr(loc, "no entry found for key")
	panic("unreachable")
}

// ContainsKey implements `HashMap::contains_key`.
func (h *HashMap[K, V]) ContainsKey(k K) bool {
	_, ok := h.m[k]
	return ok
}

// Remove implements `HashMap::remove`.
func (h *HashMap[K, V]) Remove(k K) Option[V] {
	if p, ok := h.m[k]; ok {
		delete(h.m, k)
		return Some(*p)
	}
	return Option[V]{}
}

// RemoveEntry implements `HashMap::remove_entry`.
func (h *HashMap[K, V]) RemoveEntry(k K) Option[Tuple2[K, V]] {
	if p, ok := h.m[k]; ok {
		delete(h.m, k)
		return Some(Tuple2[K, V]{k, *p})
	}
	return Option[Tuple2[K, V]]{}
}

// Len implements `HashMap::len`.
func (h *HashMap[K, V]) Len() uint { return uint(len(h.m)) }

// IsEmpty implements `HashMap::is_empty`.
func (h *HashMap[K, V]) IsEmpty() bool { return len(h.m) == 0 }

// Clear implements `HashMap::clear`.
func (h *HashMap[K, V]) Clear() { clear(h.m) }

// Entry implements `HashMap::entry`.
func (h *HashMap[K, V]) Entry(k K) Entry[K, V] { return Entry[K, V]{m: h, k: k} }

// Keys implements `HashMap::keys`.
func (h *HashMap[K, V]) Keys() *Iter[K] {
	keys := make([]K, 0, len(h.m))
	for k := range h.m {
		keys = append(keys, k)
	}
	return sliceIter(keys)
}

// Values implements `HashMap::values`.
func (h *HashMap[K, V]) Values() *Iter[V] {
	return Map(h.ValuesMut(), func(p *V) V { return *p })
}

// ValuesMut implements `HashMap::values_mut` (and `values` where `&V` is
// a pointer).
func (h *HashMap[K, V]) ValuesMut() *Iter[*V] {
	vals := make([]*V, 0, len(h.m))
	for _, p := range h.m {
		vals = append(vals, p)
	}
	return sliceIter(vals)
}

// Iter implements `HashMap::iter` (and `into_iter`).
func (h *HashMap[K, V]) Iter() *Iter[Tuple2[K, V]] {
	out := make([]Tuple2[K, V], 0, len(h.m))
	for k, p := range h.m {
		out = append(out, Tuple2[K, V]{k, *p})
	}
	return sliceIter(out)
}

// IterMut implements `HashMap::iter_mut` (and `iter` where `&V` is a
// pointer).
func (h *HashMap[K, V]) IterMut() *Iter[Tuple2[K, *V]] {
	out := make([]Tuple2[K, *V], 0, len(h.m))
	for k, p := range h.m {
		out = append(out, Tuple2[K, *V]{k, p})
	}
	return sliceIter(out)
}

// Drain implements `HashMap::drain`.
func (h *HashMap[K, V]) Drain() *Iter[Tuple2[K, V]] {
	it := h.Iter()
	clear(h.m)
	return it
}

// Retain implements `HashMap::retain`.
func (h *HashMap[K, V]) Retain(f func(K, *V) bool) {
	for k, p := range h.m {
		if !f(k, p) {
			delete(h.m, k)
		}
	}
}

// Extend implements `HashMap::extend`.
func (h *HashMap[K, V]) Extend(it *Iter[Tuple2[K, V]]) {
	for kv := range it.All() {
		h.Insert(kv.F0, kv.F1)
	}
}

// Clone implements `HashMap::clone`; cloneV deep-copies a value (nil: a
// plain copy).
func (h *HashMap[K, V]) Clone(cloneV func(V) V) *HashMap[K, V] {
	out := &HashMap[K, V]{m: make(map[K]*V, len(h.m))}
	for k, p := range h.m {
		v := *p
		if cloneV != nil {
			v = cloneV(v)
		}
		out.m[k] = &v
	}
	return out
}

// Equal implements `==` of maps given the values' equality.
func (h *HashMap[K, V]) Equal(o *HashMap[K, V], eq func(V, V) bool) bool {
	if len(h.m) != len(o.m) {
		return false
	}
	for k, p := range h.m {
		q, ok := o.m[k]
		if !ok || !eq(*p, *q) {
			return false
		}
	}
	return true
}

// CollectHashMap implements `collect::<HashMap<K, V>>()`.
func CollectHashMap[K comparable, V any](it *Iter[Tuple2[K, V]]) *HashMap[K, V] {
	h := NewHashMap[K, V]()
	h.Extend(it)
	return h
}

// DebugHashMap returns the Debug formatter of `HashMap<K, V>`.
func DebugHashMap[K comparable, V any](key func(K, *Formatter), val func(V, *Formatter)) func(*HashMap[K, V], *Formatter) {
	return func(h *HashMap[K, V], f *Formatter) {
		b := f.DebugMap()
		for k, p := range h.m {
			b.Entry(Fmt(k, key), Fmt(*p, val))
		}
		b.Finish()
	}
}

// mapLike is what the entry API needs from a map.
type mapLike[K, V any] interface {
	getPtr(k K) (*V, bool)
	insertPtr(k K, v V) *V
}

// Entry is Rust's `hash_map::Entry` / `btree_map::Entry`: a key of a map,
// present or not.
type Entry[K, V any] struct {
	m mapLike[K, V]
	k K
}

// OrInsert implements `Entry::or_insert`.
func (e Entry[K, V]) OrInsert(v V) *V {
	if p, ok := e.m.getPtr(e.k); ok {
		return p
	}
	return e.m.insertPtr(e.k, v)
}

// OrInsertDrop is OrInsert for values with drop glue: the default is
// dropped where the key is present.
func (e Entry[K, V]) OrInsertDrop(v V, drop func(*V)) *V {
	if p, ok := e.m.getPtr(e.k); ok {
		drop(&v)
		return p
	}
	return e.m.insertPtr(e.k, v)
}

// OrInsertWith implements `Entry::or_insert_with`.
func (e Entry[K, V]) OrInsertWith(f func() V) *V {
	if p, ok := e.m.getPtr(e.k); ok {
		return p
	}
	return e.m.insertPtr(e.k, f())
}

// OrInsertWithKey implements `Entry::or_insert_with_key`.
func (e Entry[K, V]) OrInsertWithKey(f func(K) V) *V {
	if p, ok := e.m.getPtr(e.k); ok {
		return p
	}
	return e.m.insertPtr(e.k, f(e.k))
}

// OrDefault implements `Entry::or_default` (Go's zero value is Default).
func (e Entry[K, V]) OrDefault() *V {
	var z V
	return e.OrInsert(z)
}

// OrDefaultWith implements `Entry::or_default` for values whose Default
// is not Go's zero value.
func (e Entry[K, V]) OrDefaultWith(def func() V) *V { return e.OrInsertWith(def) }

// AndModify implements `Entry::and_modify`.
func (e Entry[K, V]) AndModify(f func(*V)) Entry[K, V] {
	if p, ok := e.m.getPtr(e.k); ok {
		f(p)
	}
	return e
}

// Key implements `Entry::key`.
func (e Entry[K, V]) Key() K { return e.k }

// HashSet is Rust's `HashSet<T>`.
type HashSet[T comparable] struct {
	m map[T]struct{}
}

// NewHashSet implements `HashSet::new()`.
func NewHashSet[T comparable]() *HashSet[T] { return &HashSet[T]{m: map[T]struct{}{}} }

// Insert implements `HashSet::insert`: whether the value was new.
func (s *HashSet[T]) Insert(v T) bool {
	if _, ok := s.m[v]; ok {
		return false
	}
	s.m[v] = struct{}{}
	return true
}

// Contains implements `HashSet::contains`.
func (s *HashSet[T]) Contains(v T) bool {
	_, ok := s.m[v]
	return ok
}

// Remove implements `HashSet::remove`.
func (s *HashSet[T]) Remove(v T) bool {
	if _, ok := s.m[v]; ok {
		delete(s.m, v)
		return true
	}
	return false
}

// Take implements `HashSet::take`.
func (s *HashSet[T]) Take(v T) Option[T] {
	if s.Remove(v) {
		return Some(v)
	}
	return Option[T]{}
}

// Get implements `HashSet::get`.
func (s *HashSet[T]) Get(v T) Option[T] {
	if s.Contains(v) {
		return Some(v)
	}
	return Option[T]{}
}

// Len implements `HashSet::len`.
func (s *HashSet[T]) Len() uint { return uint(len(s.m)) }

// IsEmpty implements `HashSet::is_empty`.
func (s *HashSet[T]) IsEmpty() bool { return len(s.m) == 0 }

// Clear implements `HashSet::clear`.
func (s *HashSet[T]) Clear() { clear(s.m) }

func (s *HashSet[T]) items() []T {
	out := make([]T, 0, len(s.m))
	for v := range s.m {
		out = append(out, v)
	}
	return out
}

// Iter implements `HashSet::iter` (and `into_iter`).
func (s *HashSet[T]) Iter() *Iter[T] { return sliceIter(s.items()) }

// Drain implements `HashSet::drain`.
func (s *HashSet[T]) Drain() *Iter[T] {
	it := s.Iter()
	clear(s.m)
	return it
}

// Union implements `HashSet::union`.
func (s *HashSet[T]) Union(o *HashSet[T]) *Iter[T] {
	out := s.items()
	for v := range o.m {
		if !s.Contains(v) {
			out = append(out, v)
		}
	}
	return sliceIter(out)
}

// Intersection implements `HashSet::intersection`.
func (s *HashSet[T]) Intersection(o *HashSet[T]) *Iter[T] {
	var out []T
	for v := range s.m {
		if o.Contains(v) {
			out = append(out, v)
		}
	}
	return sliceIter(out)
}

// Difference implements `HashSet::difference`.
func (s *HashSet[T]) Difference(o *HashSet[T]) *Iter[T] {
	var out []T
	for v := range s.m {
		if !o.Contains(v) {
			out = append(out, v)
		}
	}
	return sliceIter(out)
}

// SymmetricDifference implements `HashSet::symmetric_difference`.
func (s *HashSet[T]) SymmetricDifference(o *HashSet[T]) *Iter[T] {
	return s.Difference(o).Chain(o.Difference(s))
}

// IsSubset implements `HashSet::is_subset`.
func (s *HashSet[T]) IsSubset(o *HashSet[T]) bool {
	for v := range s.m {
		if !o.Contains(v) {
			return false
		}
	}
	return true
}

// IsSuperset implements `HashSet::is_superset`.
func (s *HashSet[T]) IsSuperset(o *HashSet[T]) bool { return o.IsSubset(s) }

// IsDisjoint implements `HashSet::is_disjoint`.
func (s *HashSet[T]) IsDisjoint(o *HashSet[T]) bool {
	for v := range s.m {
		if o.Contains(v) {
			return false
		}
	}
	return true
}

// Retain implements `HashSet::retain`.
func (s *HashSet[T]) Retain(f func(T) bool) {
	for v := range s.m {
		if !f(v) {
			delete(s.m, v)
		}
	}
}

// Extend implements `HashSet::extend`.
func (s *HashSet[T]) Extend(it *Iter[T]) {
	for v := range it.All() {
		s.m[v] = struct{}{}
	}
}

// Clone implements `HashSet::clone`.
func (s *HashSet[T]) Clone() *HashSet[T] {
	out := &HashSet[T]{m: make(map[T]struct{}, len(s.m))}
	for v := range s.m {
		out.m[v] = struct{}{}
	}
	return out
}

// Equal implements `==` of sets.
func (s *HashSet[T]) Equal(o *HashSet[T]) bool { return len(s.m) == len(o.m) && s.IsSubset(o) }

// CollectHashSet implements `collect::<HashSet<T>>()`.
func CollectHashSet[T comparable](it *Iter[T]) *HashSet[T] {
	s := NewHashSet[T]()
	s.Extend(it)
	return s
}

// DebugHashSet returns the Debug formatter of `HashSet<T>`.
func DebugHashSet[T comparable](elem func(T, *Formatter)) func(*HashSet[T], *Formatter) {
	return func(s *HashSet[T], f *Formatter) { DebugSetOf(elem)(s.items(), f) }
}

// BitOr, BitAnd, Sub and BitXor implement `&a | &b`, `&a & &b`, `&a - &b`
// and `&a ^ &b` of HashSets: a new set of the union, intersection,
// difference and symmetric difference.
func (s *HashSet[T]) BitOr(o *HashSet[T]) *HashSet[T] {
	return CollectHashSet(s.Union(o))
}

func (s *HashSet[T]) BitAnd(o *HashSet[T]) *HashSet[T] {
	return CollectHashSet(s.Intersection(o))
}

func (s *HashSet[T]) Sub(o *HashSet[T]) *HashSet[T] {
	return CollectHashSet(s.Difference(o))
}

func (s *HashSet[T]) BitXor(o *HashSet[T]) *HashSet[T] {
	return CollectHashSet(s.SymmetricDifference(o))
}

package rt

import "reflect"

// Dropping a collection whose elements have drop glue: the translator
// passes one func per element type (nil where that type has none), and
// DropElems drops every element in the order Rust's drop does (keys
// before values; a hash collection's order is unspecified in both).

// DropElems drops each key and value of the map.
func (h *HashMap[K, V]) DropElems(dk func(*K), dv func(*V)) {
	for k, p := range h.m {
		if dk != nil {
			dk(&k)
		}
		if dv != nil {
			dv(p)
		}
	}
}

// DropElems drops each key and value of the map, in key order.
func (m *BTreeMap[K, V]) DropElems(dk func(*K), dv func(*V)) {
	for i := range m.keys {
		if dk != nil {
			dk(&m.keys[i])
		}
		if dv != nil {
			dv(m.vals[i])
		}
	}
}

// DropElems drops each element of the set.
func (s *HashSet[T]) DropElems(d func(*T)) {
	for v := range s.m {
		d(&v)
	}
}

// DropElems drops each element of the set, in order.
func (s *BTreeSet[T]) DropElems(d func(*T)) {
	for i := range s.items {
		d(&s.items[i])
	}
}

// DropElems drops each element of the deque, front to back.
func (d *VecDeque[T]) DropElems(drop func(*T)) {
	for i := 0; i < d.n; i++ {
		drop(d.at(i))
	}
}

// DropElems drops each element of the heap, in its internal order.
func (h *BinaryHeap[T]) DropElems(d func(*T)) {
	for i := range h.data {
		d(&h.data[i])
	}
}

// DropDyn drops the value in a trait object (Box<dyn Trait>) through its
// Drop method, where its type has drop glue. A struct's Drop is a pointer
// method: a trait object holding the struct's value (Rc<dyn Trait>) drops
// it through a pointer to a copy, the value being gone after its drop.
func DropDyn(v any) {
	if d, ok := v.(Dropper); ok {
		d.Drop()
		return
	}
	if v == nil {
		return
	}
	p := reflect.New(reflect.TypeOf(v))
	p.Elem().Set(reflect.ValueOf(v))
	if d, ok := p.Interface().(Dropper); ok {
		d.Drop()
	}
}

// InsertDrop implements `HashSet::insert` of elements with drop glue: a
// value already present is dropped (Rust keeps the set's own).
func (s *HashSet[T]) InsertDrop(v T, d func(*T)) bool {
	if s.Insert(v) {
		return true
	}
	d(&v)
	return false
}

// InsertDrop implements `BTreeSet::insert` of elements with drop glue.
func (s *BTreeSet[T]) InsertDrop(v T, d func(*T)) bool {
	if s.Insert(v) {
		return true
	}
	d(&v)
	return false
}

// ClearDrop implements `HashMap::clear` where the values have drop glue:
// each value drops (in the map's order, which Rust leaves unspecified).
func (h *HashMap[K, V]) ClearDrop(dv func(*V)) {
	old := h.m
	h.m = map[K]*V{}
	for _, p := range old {
		dv(p)
	}
}

// RetainDrop implements `HashMap::retain` where the values have drop
// glue: a value the closure rejects drops when it is removed.
func (h *HashMap[K, V]) RetainDrop(f func(K, *V) bool, dv func(*V)) {
	for k, p := range h.m {
		if !f(k, p) {
			delete(h.m, k)
			dv(p)
		}
	}
}

// ClearDrop implements `BTreeMap::clear` where the values have drop
// glue: they drop in key order.
func (m *BTreeMap[K, V]) ClearDrop(dv func(*V)) {
	vals := m.vals
	m.keys, m.vals = nil, nil
	for _, p := range vals {
		dv(p)
	}
}

// RetainDrop implements `BTreeMap::retain` where the values have drop
// glue: in key order, a value the closure rejects drops when it is
// removed.
func (m *BTreeMap[K, V]) RetainDrop(f func(K, *V) bool, dv func(*V)) {
	j := 0
	for i := range m.keys {
		if f(m.keys[i], m.vals[i]) {
			m.keys[j], m.vals[j] = m.keys[i], m.vals[i]
			j++
			continue
		}
		dv(m.vals[i])
	}
	clear(m.keys[j:])
	clear(m.vals[j:])
	m.keys, m.vals = m.keys[:j], m.vals[:j]
}

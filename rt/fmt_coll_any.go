package rt

// The collections' Debug where the element types are known only at run
// time (a derived Debug of a generic struct holding one: DebugOf reaches
// them through DebugAny). Generated code with known element types uses
// DebugHashMap and the others directly.

// FmtDebug prints the map's Debug with DebugAny for keys and values.
func (h *HashMap[K, V]) FmtDebug(f *Formatter) { DebugHashMap(DebugOf[K], DebugOf[V])(h, f) }

// FmtDebug prints the map's Debug with DebugAny for keys and values.
func (m *BTreeMap[K, V]) FmtDebug(f *Formatter) { DebugBTreeMap(DebugOf[K], DebugOf[V])(m, f) }

// FmtDebug prints the set's Debug with DebugAny for its elements.
func (s *HashSet[T]) FmtDebug(f *Formatter) { DebugHashSet(DebugOf[T])(s, f) }

// FmtDebug prints the set's Debug with DebugAny for its elements.
func (s *BTreeSet[T]) FmtDebug(f *Formatter) { DebugBTreeSet(DebugOf[T])(s, f) }

// FmtDebug prints the deque's Debug with DebugAny for its elements.
func (d *VecDeque[T]) FmtDebug(f *Formatter) { DebugVecDeque(DebugOf[T])(d, f) }

// FmtDebug prints the heap's Debug with DebugAny for its elements.
func (h *BinaryHeap[T]) FmtDebug(f *Formatter) { DebugBinaryHeap(DebugOf[T])(h, f) }

package rt

// BinaryHeap is Rust's `BinaryHeap<T>`, a max-heap ordered by T's Ord
// (cmp). It uses std's algorithms (sift_up, sift_down_to_bottom, rebuild),
// so that its internal order, which iter() and {:?} show, is Rust's.
type BinaryHeap[T any] struct {
	data []T
	cmp  func(T, T) int
}

// NewBinaryHeap implements `BinaryHeap::new()`.
func NewBinaryHeap[T any](cmp func(T, T) int) *BinaryHeap[T] { return &BinaryHeap[T]{cmp: cmp} }

// BinaryHeapFrom implements `BinaryHeap::from(vec)` (and collect).
func BinaryHeapFrom[T any](v []T, cmp func(T, T) int) *BinaryHeap[T] {
	h := &BinaryHeap[T]{data: v, cmp: cmp}
	for n := len(v) / 2; n > 0; {
		n--
		h.siftDownRange(n, len(v))
	}
	return h
}

func (h *BinaryHeap[T]) siftUp(start, pos int) int {
	elem := h.data[pos]
	for pos > start {
		parent := (pos - 1) / 2
		if h.cmp(elem, h.data[parent]) <= 0 {
			break
		}
		h.data[pos] = h.data[parent]
		pos = parent
	}
	h.data[pos] = elem
	return pos
}

func (h *BinaryHeap[T]) siftDownRange(pos, end int) {
	elem := h.data[pos]
	child := 2*pos + 1
	for end >= 2 && child <= end-2 {
		if h.cmp(h.data[child], h.data[child+1]) <= 0 {
			child++
		}
		if h.cmp(elem, h.data[child]) >= 0 {
			h.data[pos] = elem
			return
		}
		h.data[pos] = h.data[child]
		pos = child
		child = 2*pos + 1
	}
	if child == end-1 && h.cmp(elem, h.data[child]) < 0 {
		h.data[pos] = h.data[child]
		pos = child
	}
	h.data[pos] = elem
}

func (h *BinaryHeap[T]) siftDownToBottom(pos int) {
	end := len(h.data)
	start := pos
	elem := h.data[pos]
	child := 2*pos + 1
	for end >= 2 && child <= end-2 {
		if h.cmp(h.data[child], h.data[child+1]) <= 0 {
			child++
		}
		h.data[pos] = h.data[child]
		pos = child
		child = 2*pos + 1
	}
	if child == end-1 {
		h.data[pos] = h.data[child]
		pos = child
	}
	h.data[pos] = elem
	h.siftUp(start, pos)
}

// Push implements `BinaryHeap::push`.
func (h *BinaryHeap[T]) Push(v T) {
	h.data = append(h.data, v)
	h.siftUp(0, len(h.data)-1)
}

// Pop implements `BinaryHeap::pop`: the greatest element.
func (h *BinaryHeap[T]) Pop() Option[T] {
	n := len(h.data)
	if n == 0 {
		return Option[T]{}
	}
	item := h.data[n-1]
	var z T
	h.data[n-1] = z
	h.data = h.data[:n-1]
	if len(h.data) > 0 {
		item, h.data[0] = h.data[0], item
		h.siftDownToBottom(0)
	}
	return Some(item)
}

// Peek implements `BinaryHeap::peek` where `&T` is T in Go.
func (h *BinaryHeap[T]) Peek() Option[T] {
	if len(h.data) == 0 {
		return Option[T]{}
	}
	return Some(h.data[0])
}

// PeekPtr implements `BinaryHeap::peek` where `&T` is a pointer.
func (h *BinaryHeap[T]) PeekPtr() Option[*T] {
	if len(h.data) == 0 {
		return Option[*T]{}
	}
	return Some(&h.data[0])
}

// Len implements `BinaryHeap::len`.
func (h *BinaryHeap[T]) Len() uint { return uint(len(h.data)) }

// IsEmpty implements `BinaryHeap::is_empty`.
func (h *BinaryHeap[T]) IsEmpty() bool { return len(h.data) == 0 }

// Clear implements `BinaryHeap::clear`.
func (h *BinaryHeap[T]) Clear() { h.data = nil }

// Iter implements `BinaryHeap::iter` (in the heap's internal order).
func (h *BinaryHeap[T]) Iter() *Iter[T] { return sliceIter(append([]T(nil), h.data...)) }

// IntoVec implements `BinaryHeap::into_vec`.
func (h *BinaryHeap[T]) IntoVec() []T { return append([]T{}, h.data...) }

// IntoSortedVec implements `BinaryHeap::into_sorted_vec` (ascending).
func (h *BinaryHeap[T]) IntoSortedVec() []T {
	for end := len(h.data); end > 1; {
		end--
		h.data[0], h.data[end] = h.data[end], h.data[0]
		h.siftDownRange(0, end)
	}
	return h.IntoVec()
}

// Drain implements `BinaryHeap::drain`.
func (h *BinaryHeap[T]) Drain() *Iter[T] {
	it := h.Iter()
	h.data = nil
	return it
}

// Extend implements `BinaryHeap::extend` (pushing each item).
func (h *BinaryHeap[T]) Extend(it *Iter[T]) {
	for v := range it.All() {
		h.Push(v)
	}
}

// Clone implements `BinaryHeap::clone`.
func (h *BinaryHeap[T]) Clone(cloneT func(T) T) *BinaryHeap[T] {
	d := append([]T(nil), h.data...)
	if cloneT != nil {
		for i := range d {
			d[i] = cloneT(d[i])
		}
	}
	return &BinaryHeap[T]{data: d, cmp: h.cmp}
}

// CollectBinaryHeap implements `collect::<BinaryHeap<T>>()`.
func CollectBinaryHeap[T any](it *Iter[T], cmp func(T, T) int) *BinaryHeap[T] {
	return BinaryHeapFrom(it.Collect(), cmp)
}

// DebugBinaryHeap returns the Debug formatter of `BinaryHeap<T>`.
func DebugBinaryHeap[T any](elem func(T, *Formatter)) func(*BinaryHeap[T], *Formatter) {
	return func(h *BinaryHeap[T], f *Formatter) { DebugSlice(elem)(h.data, f) }
}

// Reverse is `std::cmp::Reverse<T>`: T ordered the other way.
type Reverse[T any] struct{ F0 T }

// CmpReverseOf returns the Ord of Reverse<T> given T's.
func CmpReverseOf[T any](elem func(T, T) int) func(Reverse[T], Reverse[T]) int {
	return func(a, b Reverse[T]) int { return elem(b.F0, a.F0) }
}

// DebugReverse returns the Debug formatter of Reverse<T>.
func DebugReverse[T any](elem func(T, *Formatter)) func(Reverse[T], *Formatter) {
	return func(r Reverse[T], f *Formatter) { f.DebugTuple("Reverse").Field(Fmt(r.F0, elem)).Finish() }
}

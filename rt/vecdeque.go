package rt

import "slices"

// VecDeque is Rust's `VecDeque<T>`: a ring buffer.
type VecDeque[T any] struct {
	buf  []T
	head int
	n    int
}

// NewVecDeque implements `VecDeque::new()` (and `with_capacity`).
func NewVecDeque[T any]() *VecDeque[T] { return &VecDeque[T]{} }

// VecDequeFrom implements `VecDeque::from(vec)`.
func VecDequeFrom[T any](v []T) *VecDeque[T] {
	return &VecDeque[T]{buf: append([]T(nil), v...), n: len(v)}
}

func (d *VecDeque[T]) grow() {
	if d.n < len(d.buf) {
		return
	}
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		nb[i] = *d.at(i)
	}
	d.buf, d.head = nb, 0
}

// at is the element i places after the front (0 <= i <= n, below len(buf)):
// head+i is less than twice the capacity, so a subtraction wraps it, as
// Rust's VecDeque does, without a division.
func (d *VecDeque[T]) at(i int) *T {
	j := d.head + i
	if j >= len(d.buf) {
		j -= len(d.buf)
	}
	return &d.buf[j]
}

// PushBack implements `VecDeque::push_back`.
func (d *VecDeque[T]) PushBack(v T) {
	d.grow()
	*d.at(d.n) = v
	d.n++
}

// PushFront implements `VecDeque::push_front`.
func (d *VecDeque[T]) PushFront(v T) {
	d.grow()
	if d.head == 0 {
		d.head = len(d.buf)
	}
	d.head--
	d.buf[d.head] = v
	d.n++
}

// PopFront implements `VecDeque::pop_front`.
func (d *VecDeque[T]) PopFront() Option[T] {
	if d.n == 0 {
		return Option[T]{}
	}
	p := d.at(0)
	v := *p
	var z T
	*p = z
	if d.head++; d.head == len(d.buf) {
		d.head = 0
	}
	d.n--
	return Some(v)
}

// PopBack implements `VecDeque::pop_back`.
func (d *VecDeque[T]) PopBack() Option[T] {
	if d.n == 0 {
		return Option[T]{}
	}
	p := d.at(d.n - 1)
	v := *p
	var z T
	*p = z
	d.n--
	return Some(v)
}

// Front implements `VecDeque::front` where `&T` is T in Go.
func (d *VecDeque[T]) Front() Option[T] {
	if d.n == 0 {
		return Option[T]{}
	}
	return Some(*d.at(0))
}

// Back implements `VecDeque::back`.
func (d *VecDeque[T]) Back() Option[T] {
	if d.n == 0 {
		return Option[T]{}
	}
	return Some(*d.at(d.n - 1))
}

// FrontPtr implements `VecDeque::front_mut` (and `front` where `&T` is a
// pointer).
func (d *VecDeque[T]) FrontPtr() Option[*T] {
	if d.n == 0 {
		return Option[*T]{}
	}
	return Some(d.at(0))
}

// BackPtr implements `VecDeque::back_mut`.
func (d *VecDeque[T]) BackPtr() Option[*T] {
	if d.n == 0 {
		return Option[*T]{}
	}
	return Some(d.at(d.n - 1))
}

// Get implements `VecDeque::get`.
func (d *VecDeque[T]) Get(i uint) Option[T] {
	if i >= uint(d.n) {
		return Option[T]{}
	}
	return Some(*d.at(int(i)))
}

// GetPtr implements `VecDeque::get_mut`.
func (d *VecDeque[T]) GetPtr(i uint) Option[*T] {
	if i >= uint(d.n) {
		return Option[*T]{}
	}
	return Some(d.at(int(i)))
}

// Index implements `d[i]` as a place.
func (d *VecDeque[T]) Index(i uint, loc Loc) *T {
	if i >= uint(d.n) {
		PanicStr(loc, "Out of bounds access")
	}
	return d.at(int(i))
}

// Len implements `VecDeque::len`.
func (d *VecDeque[T]) Len() uint { return uint(d.n) }

// IsEmpty implements `VecDeque::is_empty`.
func (d *VecDeque[T]) IsEmpty() bool { return d.n == 0 }

// Clear implements `VecDeque::clear`.
func (d *VecDeque[T]) Clear() { d.buf, d.head, d.n = nil, 0, 0 }

// Slice returns the elements in order (a copy).
func (d *VecDeque[T]) Slice() []T {
	out := make([]T, d.n)
	for i := range out {
		out[i] = *d.at(i)
	}
	return out
}

// Iter implements `VecDeque::iter` (and `into_iter`, `drain(..)`).
func (d *VecDeque[T]) Iter() *Iter[T] { return sliceIter(d.Slice()) }

// IterMut implements `VecDeque::iter_mut` (and `iter` where `&T` is a
// pointer).
func (d *VecDeque[T]) IterMut() *Iter[*T] {
	out := make([]*T, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return sliceIter(out)
}

// Drain implements `VecDeque::drain(..)`.
func (d *VecDeque[T]) Drain() *Iter[T] {
	it := d.Iter()
	d.Clear()
	return it
}

// Contains implements `VecDeque::contains` given the elements' equality.
func (d *VecDeque[T]) Contains(v T, eq func(T, T) bool) bool {
	for i := 0; i < d.n; i++ {
		if eq(*d.at(i), v) {
			return true
		}
	}
	return false
}

// Extend implements `VecDeque::extend`.
func (d *VecDeque[T]) Extend(it *Iter[T]) {
	for v := range it.All() {
		d.PushBack(v)
	}
}

// Retain implements `VecDeque::retain`.
func (d *VecDeque[T]) Retain(f func(T) bool) {
	s := d.Slice()
	d.Clear()
	for _, v := range s {
		if f(v) {
			d.PushBack(v)
		}
	}
}

// Truncate implements `VecDeque::truncate`.
func (d *VecDeque[T]) Truncate(n uint) {
	for uint(d.n) > n {
		d.PopBack()
	}
}

// Remove implements `VecDeque::remove`.
func (d *VecDeque[T]) Remove(i uint) Option[T] {
	if i >= uint(d.n) {
		return Option[T]{}
	}
	s := d.Slice()
	v := s[i]
	*d = *VecDequeFrom(append(s[:i], s[i+1:]...))
	return Some(v)
}

// Insert implements `VecDeque::insert`.
func (d *VecDeque[T]) Insert(i uint, v T) {
	if i > uint(d.n) {
		PanicStr(stdVecDequeInsertLoc, "index out of bounds")
	}
	s := d.Slice()
	s = append(s[:i], append([]T{v}, s[i:]...)...)
	*d = *VecDequeFrom(s)
}

// MakeContiguous implements `VecDeque::make_contiguous`.
func (d *VecDeque[T]) MakeContiguous() []T {
	s := d.Slice()
	d.buf, d.head = s, 0
	return d.buf[:d.n]
}

// Clone implements `VecDeque::clone`; cloneT deep-copies an element (nil:
// a plain copy).
func (d *VecDeque[T]) Clone(cloneT func(T) T) *VecDeque[T] {
	s := d.Slice()
	if cloneT != nil {
		for i := range s {
			s[i] = cloneT(s[i])
		}
	}
	return VecDequeFrom(s)
}

// CollectVecDeque implements `collect::<VecDeque<T>>()`.
func CollectVecDeque[T any](it *Iter[T]) *VecDeque[T] { return VecDequeFrom(it.Collect()) }

// DebugVecDeque returns the Debug formatter of `VecDeque<T>`.
func DebugVecDeque[T any](elem func(T, *Formatter)) func(*VecDeque[T], *Formatter) {
	return func(d *VecDeque[T], f *Formatter) { DebugSlice(elem)(d.Slice(), f) }
}

// RotateLeft implements `rotate_left(n)`: the first n elements move to
// the back.
func (d *VecDeque[T]) RotateLeft(n uint) {
	if n > uint(d.n) {
		PanicStr(stdRotateLeftLoc, "assertion failed: n <= self.len()")
	}
	s := d.MakeContiguous()
	slices.Reverse(s[:n])
	slices.Reverse(s[n:])
	slices.Reverse(s)
}

// RotateRight implements `rotate_right(n)`: the last n elements move to
// the front.
func (d *VecDeque[T]) RotateRight(n uint) {
	if n > uint(d.n) {
		PanicStr(stdRotateRightLoc, "assertion failed: n <= self.len()")
	}
	d.RotateLeft(uint(d.n) - n)
}

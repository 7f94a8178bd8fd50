package rt

// Vec and slice methods that have no exact Go counterpart (Option results,
// Rust's panic messages, in-place edits through *[]T). Where a slices
// function is exactly Rust's, the translator calls it directly.

import (
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unsafe"
)

// VecPop implements `Vec::pop`.
func VecPop[T any](v *[]T) Option[T] {
	n := len(*v)
	if n == 0 {
		return Option[T]{}
	}
	x := (*v)[n-1]
	var z T
	(*v)[n-1] = z
	*v = (*v)[:n-1]
	return Some(x)
}

// VecInsert implements `Vec::insert`.
func VecInsert[T any](v *[]T, i uint, x T, loc Loc) {
	if i > uint(len(*v)) {
		PanicString(loc, "insertion index (is "+utoa(i)+") should be <= len (is "+strconv.Itoa(len(*v))+")")
	}
	*v = slices.Insert(*v, int(i), x)
}

// VecRemove implements `Vec::remove`.
func VecRemove[T any](v *[]T, i uint, loc Loc) T {
	if i >= uint(len(*v)) {
		PanicString(loc, "removal index (is "+utoa(i)+") should be < len (is "+strconv.Itoa(len(*v))+")")
	}
	x := (*v)[i]
	*v = slices.Delete(*v, int(i), int(i)+1)
	return x
}

// VecSwapRemove implements `Vec::swap_remove`.
func VecSwapRemove[T any](v *[]T, i uint) T {
	n := len(*v)
	if i >= uint(n) {
		PanicString(stdSwapRemoveLoc, "swap_remove index (is "+utoa(i)+") should be < len (is "+strconv.Itoa(n)+")")
	}
	x := (*v)[i]
	(*v)[i] = (*v)[n-1]
	var z T
	(*v)[n-1] = z
	*v = (*v)[:n-1]
	return x
}

// VecTruncate implements `Vec::truncate`.
func VecTruncate[T any](v *[]T, n uint) {
	if n < uint(len(*v)) {
		clear((*v)[n:])
		*v = (*v)[:n]
	}
}

// VecTruncateDrop is VecTruncate for elements with drop glue: the removed
// ones are dropped in order, after the length is set (as Rust does).
func VecTruncateDrop[T any](v *[]T, n uint, drop func(*T)) {
	if n < uint(len(*v)) {
		tail := (*v)[n:]
		*v = (*v)[:n]
		for i := range tail {
			drop(&tail[i])
		}
		clear(tail)
	}
}

// VecClearDrop is VecClear for elements with drop glue.
func VecClearDrop[T any](v *[]T, drop func(*T)) { VecTruncateDrop(v, 0, drop) }

// VecClear implements `Vec::clear`.
func VecClear[T any](v *[]T) {
	clear(*v)
	*v = (*v)[:0]
}

// VecResize implements `Vec::resize`.
func VecResize[T any](v *[]T, n uint, x T) {
	if n <= uint(len(*v)) {
		VecTruncate(v, n)
		return
	}
	for uint(len(*v)) < n {
		*v = append(*v, x)
	}
}

// VecAppend implements `Vec::append`: moves the elements of o.
func VecAppend[T any](v, o *[]T) {
	*v = append(*v, *o...)
	*o = nil
}

// VecSplitOff implements `Vec::split_off`.
func VecSplitOff[T any](v *[]T, at uint, loc Loc) []T {
	if at > uint(len(*v)) {
		PanicString(loc, "`at` split index (is "+utoa(at)+") should be <= len (is "+strconv.Itoa(len(*v))+")")
	}
	tail := append([]T(nil), (*v)[at:]...)
	*v = (*v)[:at:at]
	return tail
}

// VecDrain implements `Vec::drain(a..b)`: the removed elements.
func VecDrain[T any](v *[]T, a, b uint) *Iter[T] {
	if b > uint(len(*v)) || a > b {
		sliceFail(len(*v), a, b, stdSliceIndexLoc)
	}
	out := append([]T(nil), (*v)[a:b]...)
	*v = slices.Delete(*v, int(a), int(b))
	return sliceIter(out)
}

// VecRetain implements `Vec::retain` where `&T` is T in Go.
func VecRetain[T any](v *[]T, f func(T) bool) {
	*v = slices.DeleteFunc(*v, func(x T) bool { return !f(x) })
}

// VecRetainPtr implements `Vec::retain_mut` (and `retain` where `&T` is a
// pointer).
func VecRetainPtr[T any](v *[]T, f func(*T) bool) { VecRetainPtrDrop(v, f, nil) }

// VecRetainDrop is VecRetain for elements with drop glue: each removed
// element is dropped when the predicate rejects it.
func VecRetainDrop[T any](v *[]T, f func(T) bool, drop func(*T)) {
	VecRetainPtrDrop(v, func(p *T) bool { return f(*p) }, drop)
}

// VecRetainPtrDrop is VecRetainPtr for elements with drop glue (drop nil:
// none).
func VecRetainPtrDrop[T any](v *[]T, f func(*T) bool, drop func(*T)) {
	s := *v
	j := 0
	for i := range s {
		if f(&s[i]) {
			s[j] = s[i]
			j++
		} else if drop != nil {
			drop(&s[i])
		}
	}
	clear(s[j:])
	*v = s[:j]
}

// VecDedup implements `Vec::dedup`.
func VecDedup[T comparable](v *[]T) { *v = slices.Compact(*v) }

// VecDedupBy implements `Vec::dedup_by` / `dedup` with an equality
// function (eq(a, b): a is the later element, as Rust's same_bucket).
func VecDedupBy[T any](v *[]T, eq func(a, b *T) bool) { VecDedupByDrop(v, eq, nil) }

// VecDedupByDrop is VecDedupBy for elements with drop glue: each removed
// duplicate is dropped when it is found, as Rust drops it (drop nil: none).
func VecDedupByDrop[T any](v *[]T, eq func(a, b *T) bool, drop func(*T)) {
	s := *v
	if len(s) < 2 {
		return
	}
	j := 1
	for i := 1; i < len(s); i++ {
		if !eq(&s[i], &s[j-1]) {
			s[j] = s[i]
			j++
		} else if drop != nil {
			drop(&s[i])
		}
	}
	clear(s[j:])
	*v = s[:j]
}

// VecDedupByKey implements `Vec::dedup_by_key`.
func VecDedupByKey[T any, K comparable](v *[]T, key func(*T) K) { VecDedupByKeyDrop(v, key, nil) }

// VecDedupByKeyDrop is VecDedupByKey for elements with drop glue.
func VecDedupByKeyDrop[T any, K comparable](v *[]T, key func(*T) K, drop func(*T)) {
	VecDedupByDrop(v, func(a, b *T) bool { return key(a) == key(b) }, drop)
}

// Swap implements `slice::swap`.
func Swap[T any](s []T, a, b uint, loc Loc) {
	CheckIndex(a, len(s), loc)
	CheckIndex(b, len(s), loc)
	s[a], s[b] = s[b], s[a]
}

// First implements `slice::first` where `&T` is T in Go.
func First[T any](s []T) Option[T] {
	if len(s) == 0 {
		return Option[T]{}
	}
	return Some(s[0])
}

// Last implements `slice::last`.
func Last[T any](s []T) Option[T] {
	if len(s) == 0 {
		return Option[T]{}
	}
	return Some(s[len(s)-1])
}

// FirstPtr implements `slice::first_mut` (and `first` where `&T` is a
// pointer).
func FirstPtr[T any](s []T) Option[*T] {
	if len(s) == 0 {
		return Option[*T]{}
	}
	return Some(&s[0])
}

// LastPtr implements `slice::last_mut`.
func LastPtr[T any](s []T) Option[*T] {
	if len(s) == 0 {
		return Option[*T]{}
	}
	return Some(&s[len(s)-1])
}

// Get implements `slice::get(i)`.
func Get[T any](s []T, i uint) Option[T] {
	if i >= uint(len(s)) {
		return Option[T]{}
	}
	return Some(s[i])
}

// GetPtr implements `slice::get_mut(i)` (and `get` where `&T` is a
// pointer).
func GetPtr[T any](s []T, i uint) Option[*T] {
	if i >= uint(len(s)) {
		return Option[*T]{}
	}
	return Some(&s[i])
}

// GetRange implements `slice::get(a..b)`.
func GetRange[T any](s []T, a, b uint) Option[[]T] {
	if b > uint(len(s)) || a > b {
		return Option[[]T]{}
	}
	return Some(s[a:b:b])
}

// SplitAt implements `slice::split_at` (and `split_at_mut`: the halves
// share the slice's storage).
func SplitAt[T any](s []T, mid uint, loc Loc) Tuple2[[]T, []T] {
	if mid > uint(len(s)) {
		PanicStr(loc, "mid > len")
	}
	return Tuple2[[]T, []T]{s[:mid:mid], s[mid:]}
}

// SplitFirst implements `slice::split_first`.
func SplitFirst[T any](s []T) Option[Tuple2[T, []T]] {
	if len(s) == 0 {
		return Option[Tuple2[T, []T]]{}
	}
	return Some(Tuple2[T, []T]{s[0], s[1:]})
}

// SplitLast implements `slice::split_last`.
func SplitLast[T any](s []T) Option[Tuple2[T, []T]] {
	if len(s) == 0 {
		return Option[Tuple2[T, []T]]{}
	}
	n := len(s) - 1
	return Some(Tuple2[T, []T]{s[n], s[:n:n]})
}

// SliceContainsFunc reports whether s has an element equal to x by eq
// (`contains` of a type Go cannot compare with ==).
func SliceContainsFunc[T any](s []T, x T, eq func(T, T) bool) bool {
	for _, y := range s {
		if eq(y, x) {
			return true
		}
	}
	return false
}

// BinarySearch implements `slice::binary_search` given T's Ord: Ok(index)
// or Err(insertion point).
func BinarySearch[T any](s []T, x T, cmp func(T, T) int) Result[uint, uint] {
	return BinarySearchBy(s, func(y T) Ordering { return Ordering(cmp(y, x)) })
}

// BinarySearchByKey implements `slice::binary_search_by_key`.
func BinarySearchByKey[T, K any](s []T, b K, key func(T) K, cmp func(K, K) int) Result[uint, uint] {
	return BinarySearchBy(s, func(y T) Ordering { return Ordering(cmp(key(y), b)) })
}

// BinarySearchBy implements `slice::binary_search_by` as Rust does it
// (since 1.82): halving without an early exit, so that among equal
// elements it finds the one Rust finds.
func BinarySearchBy[T any](s []T, f func(T) Ordering) Result[uint, uint] {
	size := len(s)
	if size == 0 {
		return Err[uint](uint(0))
	}
	base := 0
	for size > 1 {
		half := size / 2
		mid := base + half
		if f(s[mid]) != Greater {
			base = mid
		}
		size -= half
	}
	switch c := f(s[base]); {
	case c == Equal:
		return Ok[uint, uint](uint(base))
	case c == Less:
		return Err[uint](uint(base + 1))
	}
	return Err[uint](uint(base))
}

// PartitionPoint implements `slice::partition_point`: the index of the
// first element for which pred is false (the slice being partitioned).
func PartitionPoint[T any](s []T, pred func(T) bool) uint {
	r := BinarySearchBy(s, func(x T) Ordering {
		if pred(x) {
			return Less
		}
		return Greater
	})
	if r.ok {
		return r.v
	}
	return r.e
}

// SortByKey implements `slice::sort_by_key` (stable).
func SortByKey[T, K any](s []T, key func(T) K, cmp func(K, K) int) {
	slices.SortStableFunc(s, func(a, b T) int { return cmp(key(a), key(b)) })
}

// SortByCachedKey implements `slice::sort_by_cached_key`.
func SortByCachedKey[T, K any](s []T, key func(T) K, cmp func(K, K) int) {
	keys := make([]K, len(s))
	idx := make([]int, len(s))
	for i := range s {
		keys[i] = key(s[i])
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return cmp(keys[idx[a]], keys[idx[b]]) < 0 })
	out := make([]T, len(s))
	for i, j := range idx {
		out[i] = s[j]
	}
	copy(s, out)
}

// RotateLeft implements `slice::rotate_left`.
func RotateLeft[T any](s []T, k uint, loc Loc) {
	if k > uint(len(s)) {
		PanicStr(loc, "assertion failed: mid <= self.len()")
	}
	slices.Reverse(s[:k])
	slices.Reverse(s[k:])
	slices.Reverse(s)
}

// RotateRight implements `slice::rotate_right`.
func RotateRight[T any](s []T, k uint, loc Loc) {
	if k > uint(len(s)) {
		PanicStr(loc, "assertion failed: k <= self.len()")
	}
	RotateLeft(s, uint(len(s))-k, loc)
}

// Fill implements `slice::fill`.
func Fill[T any](s []T, x T) {
	for i := range s {
		s[i] = x
	}
}

// CopyFromSlice implements `slice::copy_from_slice` (and
// `clone_from_slice`).
func CopyFromSlice[T any](dst, src []T, loc Loc) {
	if len(dst) != len(src) {
		PanicString(loc, "copy_from_slice: source slice length ("+strconv.Itoa(len(src))+") does not match destination slice length ("+strconv.Itoa(len(dst))+")")
	}
	copy(dst, src)
}

// Concat implements `[[T]]::concat` for vectors of vectors.
func Concat[T any](ss [][]T) []T {
	out := []T{}
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

// JoinSlices implements `[Vec<T>]::join(&sep)`.
func JoinSlices[T any](ss [][]T, sep []T) []T {
	out := []T{}
	for i, s := range ss {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, s...)
	}
	return out
}

// CloneSlice deep-copies a slice with an element clone function.
func CloneSlice[T any](s []T, cloneT func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, x := range s {
		out[i] = cloneT(x)
	}
	return out
}

// RepeatSlice implements `slice::repeat`.
func RepeatSlice[T any](s []T, n uint) []T {
	repeatLen(uint(len(s)), n)
	out := make([]T, 0, len(s)*int(n))
	for range n {
		out = append(out, s...)
	}
	return out
}

// VecWithCapacity implements `Vec::with_capacity(n)`: "capacity
// overflow", inside alloc, where n items need more than isize::MAX bytes
// (where a Go int conversion would make n negative).
func VecWithCapacity[T any](n uint) []T {
	var z T
	if hi, lo := bits.Mul(n, uint(unsafe.Sizeof(z))); hi != 0 || lo > math.MaxInt {
		panic(hooked(stdRawVecLoc, "capacity overflow"))
	}
	return make([]T, 0, n)
}

// StrRepeat implements `str::repeat`.
func StrRepeat(s string, n uint) string {
	repeatLen(uint(len(s)), n)
	return strings.Repeat(s, int(n))
}

// repeatLen panics as `[T]::repeat` does when the length of n copies of
// l items overflows usize: "capacity overflow", inside alloc.
func repeatLen(l, n uint) {
	if hi, _ := bits.Mul(l, n); hi != 0 {
		panic(hooked(stdRepeatLoc, "capacity overflow"))
	}
}

// SliceIndex is `v[i]` for a vector reached through a pointer (a place).
func SliceIndex[T any](s []T, i uint, loc Loc) *T { return &s[CheckIndex(i, len(s), loc)] }

// VecRepeatClone is `vec![x; n]` for an x that owns memory: n-1 clones of
// x, then x itself (as Rust's vec! macro does).
func VecRepeatClone[T any](x T, n uint, clone func(T) T) []T {
	s := make([]T, n)
	for i := range s {
		if uint(i)+1 < n {
			s[i] = clone(x)
		} else {
			s[i] = x
		}
	}
	return s
}

package rt

// Atomics: std::sync::atomic. One type per Rust atomic, each over a
// sync/atomic word:
//
//   - AtomicI32/I64/U32/U64 use the matching sync/atomic type;
//   - AtomicIsize/AtomicUsize use atomic.Uintptr (the width of Go's int and
//     uint, as isize/usize have the width of a pointer);
//   - AtomicI8/I16/U8/U16 keep the value in the low bits of an
//     atomic.Uint32 of their own: add, sub, and, or and swap are single
//     32-bit operations whose low bits are exactly the narrow result (the
//     high bits are don't-care and every read truncates), compare-exchange
//     and the rest are CAS loops that compare the low bits only.
//
// Go's atomics are sequentially consistent, at least as strong as every
// Rust Ordering, so the orderings are accepted and ignored (after inlining
// they cost nothing). Rust rejects impossible orderings (a Release load) at
// compile time; rt does not check them.
//
// Every type repeats the same method set: edit them together.
//
// fetch_add and fetch_sub wrap on overflow, as Rust's do. The values are
// meant to live behind a pointer (NewAtomicX; the zero value is 0): Go must
// not copy an atomic.

import (
	"sync/atomic"
	"unsafe"
)

// AtomicOrdering implements std::sync::atomic::Ordering. rt's atomics are
// all sequentially consistent and ignore it.
type AtomicOrdering uint8

// The orderings of std::sync::atomic::Ordering.
const (
	Relaxed AtomicOrdering = iota
	Release
	Acquire
	AcqRel
	SeqCst
)

var atomicOrderingNames = [...]string{"Relaxed", "Release", "Acquire", "AcqRel", "SeqCst"}

// FmtDebug prints the variant name, as Rust's derived Debug.
func (o AtomicOrdering) FmtDebug(f *Formatter) { f.Pad(atomicOrderingNames[o]) }

// lowBits returns a pointer to the low n bytes of a 32-bit word, where a
// narrow atomic keeps its value (for get_mut).
func lowBits(p *uint32, size uintptr) unsafe.Pointer {
	if bigEndian {
		return unsafe.Add(unsafe.Pointer(p), 4-size)
	}
	return unsafe.Pointer(p)
}

var bigEndian = func() bool {
	x := uint32(1)
	return *(*byte)(unsafe.Pointer(&x)) == 0
}()

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// AtomicBool implements std::sync::atomic::AtomicBool over an atomic.Uint32
// holding 0 or 1.
type AtomicBool struct{ v atomic.Uint32 }

// NewAtomicBool implements AtomicBool::new.
func NewAtomicBool(v bool) *AtomicBool {
	a := &AtomicBool{}
	a.v.Store(b2u(v))
	return a
}

// Load implements AtomicBool::load.
func (a *AtomicBool) Load(AtomicOrdering) bool { return a.v.Load() != 0 }

// Store implements AtomicBool::store.
func (a *AtomicBool) Store(v bool, _ AtomicOrdering) { a.v.Store(b2u(v)) }

// Swap implements AtomicBool::swap: stores v, returns the previous value.
func (a *AtomicBool) Swap(v bool, _ AtomicOrdering) bool { return a.v.Swap(b2u(v)) != 0 }

// FetchAnd implements AtomicBool::fetch_and: logical and, returns the
// previous value.
func (a *AtomicBool) FetchAnd(v bool, _ AtomicOrdering) bool { return a.v.And(b2u(v)) != 0 }

// FetchOr implements AtomicBool::fetch_or.
func (a *AtomicBool) FetchOr(v bool, _ AtomicOrdering) bool { return a.v.Or(b2u(v)) != 0 }

// FetchXor implements AtomicBool::fetch_xor.
func (a *AtomicBool) FetchXor(v bool, _ AtomicOrdering) bool {
	if !v {
		return a.v.Load() != 0
	}
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^1) {
			return old != 0
		}
	}
}

// FetchNand implements AtomicBool::fetch_nand: stores !(old && v).
func (a *AtomicBool) FetchNand(v bool, _ AtomicOrdering) bool {
	if !v {
		return a.v.Swap(1) != 0
	}
	return a.FetchXor(true, SeqCst)
}

// FetchNot implements AtomicBool::fetch_not: logical not, returns the
// previous value.
func (a *AtomicBool) FetchNot(_ AtomicOrdering) bool { return a.FetchXor(true, SeqCst) }

// CompareExchange implements AtomicBool::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value).
func (a *AtomicBool) CompareExchange(current, new bool, _, _ AtomicOrdering) Result[bool, bool] {
	if a.v.CompareAndSwap(b2u(current), b2u(new)) {
		return Ok[bool, bool](current)
	}
	return Err[bool](!current) // a bool that is not current is !current
}

// CompareExchangeWeak implements AtomicBool::compare_exchange_weak (it
// never fails spuriously).
func (a *AtomicBool) CompareExchangeWeak(current, new bool, s, f AtomicOrdering) Result[bool, bool] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicBool::fetch_update (and try_update): f
// computes the new value from the current one until it is stored
// (Ok(previous)) or f returns None (Err(current)).
func (a *AtomicBool) FetchUpdate(_, _ AtomicOrdering, f func(bool) Option[bool]) Result[bool, bool] {
	for {
		old := a.v.Load()
		n, ok := f(old != 0).Get()
		if !ok {
			return Err[bool](old != 0)
		}
		if a.v.CompareAndSwap(old, b2u(n)) {
			return Ok[bool, bool](old != 0)
		}
	}
}

// TryUpdate implements AtomicBool::try_update, the new name of fetch_update.
func (a *AtomicBool) TryUpdate(s, f AtomicOrdering, fn func(bool) Option[bool]) Result[bool, bool] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicBool::update: stores f(current) and returns the
// previous value.
func (a *AtomicBool) Update(_, _ AtomicOrdering, f func(bool) bool) bool {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, b2u(f(old != 0))) {
			return old != 0
		}
	}
}

// IntoInner implements AtomicBool::into_inner.
func (a *AtomicBool) IntoInner() bool { return a.v.Load() != 0 }

// GetMut implements AtomicBool::get_mut: plain access through exclusive
// ownership.
func (a *AtomicBool) GetMut() *bool {
	return (*bool)(lowBits((*uint32)(unsafe.Pointer(&a.v)), 1))
}

// FmtDebug prints the value, as bool's Debug.
func (a *AtomicBool) FmtDebug(f *Formatter) { DebugBool(a.Load(SeqCst), f) }

// AtomicI8 implements std::sync::atomic::AtomicI8 over the low 8 bits of an
// atomic.Uint32.
type AtomicI8 struct{ v atomic.Uint32 }

// NewAtomicI8 implements AtomicI8::new.
func NewAtomicI8(v int8) *AtomicI8 {
	a := &AtomicI8{}
	a.v.Store(uint32(v))
	return a
}

// Load implements AtomicI8::load.
func (a *AtomicI8) Load(AtomicOrdering) int8 { return int8(a.v.Load()) }

// Store implements AtomicI8::store.
func (a *AtomicI8) Store(v int8, _ AtomicOrdering) { a.v.Store(uint32(v)) }

// Swap implements AtomicI8::swap: stores v, returns the previous value.
func (a *AtomicI8) Swap(v int8, _ AtomicOrdering) int8 { return int8(a.v.Swap(uint32(v))) }

// FetchAdd implements AtomicI8::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicI8) FetchAdd(v int8, _ AtomicOrdering) int8 {
	return int8(a.v.Add(uint32(v)) - uint32(v))
}

// FetchSub implements AtomicI8::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicI8) FetchSub(v int8, _ AtomicOrdering) int8 {
	return int8(a.v.Add(-uint32(v)) + uint32(v))
}

// FetchAnd implements AtomicI8::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicI8) FetchAnd(v int8, _ AtomicOrdering) int8 { return int8(a.v.And(uint32(v))) }

// FetchOr implements AtomicI8::fetch_or.
func (a *AtomicI8) FetchOr(v int8, _ AtomicOrdering) int8 { return int8(a.v.Or(uint32(v))) }

// FetchXor implements AtomicI8::fetch_xor.
func (a *AtomicI8) FetchXor(v int8, _ AtomicOrdering) int8 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uint32(v)) {
			return int8(old)
		}
	}
}

// FetchNand implements AtomicI8::fetch_nand: stores !(old & v).
func (a *AtomicI8) FetchNand(v int8, _ AtomicOrdering) int8 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uint32(v))) {
			return int8(old)
		}
	}
}

// FetchMax implements AtomicI8::fetch_max: stores max(old, v) (signed
// comparison), returns the previous value.
func (a *AtomicI8) FetchMax(v int8, _ AtomicOrdering) int8 {
	for {
		old := a.v.Load()
		if int8(old) >= v || a.v.CompareAndSwap(old, uint32(v)) {
			return int8(old)
		}
	}
}

// FetchMin implements AtomicI8::fetch_min: stores min(old, v).
func (a *AtomicI8) FetchMin(v int8, _ AtomicOrdering) int8 {
	for {
		old := a.v.Load()
		if int8(old) <= v || a.v.CompareAndSwap(old, uint32(v)) {
			return int8(old)
		}
	}
}

// CompareExchange implements AtomicI8::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicI8) CompareExchange(current, new int8, _, _ AtomicOrdering) Result[int8, int8] {
	for {
		old := a.v.Load()
		if int8(old) != current {
			return Err[int8](int8(old))
		}
		if a.v.CompareAndSwap(old, uint32(new)) {
			return Ok[int8, int8](current)
		}
	}
}

// CompareExchangeWeak implements AtomicI8::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicI8) CompareExchangeWeak(current, new int8, s, f AtomicOrdering) Result[int8, int8] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicI8::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicI8) FetchUpdate(_, _ AtomicOrdering, f func(int8) Option[int8]) Result[int8, int8] {
	for {
		old := a.v.Load()
		n, ok := f(int8(old)).Get()
		if !ok {
			return Err[int8](int8(old))
		}
		if a.v.CompareAndSwap(old, uint32(n)) {
			return Ok[int8, int8](int8(old))
		}
	}
}

// TryUpdate implements AtomicI8::try_update, the new name of fetch_update.
func (a *AtomicI8) TryUpdate(s, f AtomicOrdering, fn func(int8) Option[int8]) Result[int8, int8] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicI8::update: stores f(current) and returns the
// previous value.
func (a *AtomicI8) Update(_, _ AtomicOrdering, f func(int8) int8) int8 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uint32(f(int8(old)))) {
			return int8(old)
		}
	}
}

// IntoInner implements AtomicI8::into_inner.
func (a *AtomicI8) IntoInner() int8 { return int8(a.v.Load()) }

// GetMut implements AtomicI8::get_mut: plain access through exclusive
// ownership.
func (a *AtomicI8) GetMut() *int8 {
	return (*int8)(lowBits((*uint32)(unsafe.Pointer(&a.v)), 1))
}

// FmtDebug prints the value, as i8's Debug.
func (a *AtomicI8) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicI16 implements std::sync::atomic::AtomicI16 over the low 16 bits of an
// atomic.Uint32.
type AtomicI16 struct{ v atomic.Uint32 }

// NewAtomicI16 implements AtomicI16::new.
func NewAtomicI16(v int16) *AtomicI16 {
	a := &AtomicI16{}
	a.v.Store(uint32(v))
	return a
}

// Load implements AtomicI16::load.
func (a *AtomicI16) Load(AtomicOrdering) int16 { return int16(a.v.Load()) }

// Store implements AtomicI16::store.
func (a *AtomicI16) Store(v int16, _ AtomicOrdering) { a.v.Store(uint32(v)) }

// Swap implements AtomicI16::swap: stores v, returns the previous value.
func (a *AtomicI16) Swap(v int16, _ AtomicOrdering) int16 { return int16(a.v.Swap(uint32(v))) }

// FetchAdd implements AtomicI16::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicI16) FetchAdd(v int16, _ AtomicOrdering) int16 {
	return int16(a.v.Add(uint32(v)) - uint32(v))
}

// FetchSub implements AtomicI16::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicI16) FetchSub(v int16, _ AtomicOrdering) int16 {
	return int16(a.v.Add(-uint32(v)) + uint32(v))
}

// FetchAnd implements AtomicI16::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicI16) FetchAnd(v int16, _ AtomicOrdering) int16 { return int16(a.v.And(uint32(v))) }

// FetchOr implements AtomicI16::fetch_or.
func (a *AtomicI16) FetchOr(v int16, _ AtomicOrdering) int16 { return int16(a.v.Or(uint32(v))) }

// FetchXor implements AtomicI16::fetch_xor.
func (a *AtomicI16) FetchXor(v int16, _ AtomicOrdering) int16 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uint32(v)) {
			return int16(old)
		}
	}
}

// FetchNand implements AtomicI16::fetch_nand: stores !(old & v).
func (a *AtomicI16) FetchNand(v int16, _ AtomicOrdering) int16 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uint32(v))) {
			return int16(old)
		}
	}
}

// FetchMax implements AtomicI16::fetch_max: stores max(old, v) (signed
// comparison), returns the previous value.
func (a *AtomicI16) FetchMax(v int16, _ AtomicOrdering) int16 {
	for {
		old := a.v.Load()
		if int16(old) >= v || a.v.CompareAndSwap(old, uint32(v)) {
			return int16(old)
		}
	}
}

// FetchMin implements AtomicI16::fetch_min: stores min(old, v).
func (a *AtomicI16) FetchMin(v int16, _ AtomicOrdering) int16 {
	for {
		old := a.v.Load()
		if int16(old) <= v || a.v.CompareAndSwap(old, uint32(v)) {
			return int16(old)
		}
	}
}

// CompareExchange implements AtomicI16::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicI16) CompareExchange(current, new int16, _, _ AtomicOrdering) Result[int16, int16] {
	for {
		old := a.v.Load()
		if int16(old) != current {
			return Err[int16](int16(old))
		}
		if a.v.CompareAndSwap(old, uint32(new)) {
			return Ok[int16, int16](current)
		}
	}
}

// CompareExchangeWeak implements AtomicI16::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicI16) CompareExchangeWeak(current, new int16, s, f AtomicOrdering) Result[int16, int16] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicI16::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicI16) FetchUpdate(_, _ AtomicOrdering, f func(int16) Option[int16]) Result[int16, int16] {
	for {
		old := a.v.Load()
		n, ok := f(int16(old)).Get()
		if !ok {
			return Err[int16](int16(old))
		}
		if a.v.CompareAndSwap(old, uint32(n)) {
			return Ok[int16, int16](int16(old))
		}
	}
}

// TryUpdate implements AtomicI16::try_update, the new name of fetch_update.
func (a *AtomicI16) TryUpdate(s, f AtomicOrdering, fn func(int16) Option[int16]) Result[int16, int16] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicI16::update: stores f(current) and returns the
// previous value.
func (a *AtomicI16) Update(_, _ AtomicOrdering, f func(int16) int16) int16 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uint32(f(int16(old)))) {
			return int16(old)
		}
	}
}

// IntoInner implements AtomicI16::into_inner.
func (a *AtomicI16) IntoInner() int16 { return int16(a.v.Load()) }

// GetMut implements AtomicI16::get_mut: plain access through exclusive
// ownership.
func (a *AtomicI16) GetMut() *int16 {
	return (*int16)(lowBits((*uint32)(unsafe.Pointer(&a.v)), 2))
}

// FmtDebug prints the value, as i16's Debug.
func (a *AtomicI16) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicI32 implements std::sync::atomic::AtomicI32 over an atomic.Int32.
type AtomicI32 struct{ v atomic.Int32 }

// NewAtomicI32 implements AtomicI32::new.
func NewAtomicI32(v int32) *AtomicI32 {
	a := &AtomicI32{}
	a.v.Store(int32(v))
	return a
}

// Load implements AtomicI32::load.
func (a *AtomicI32) Load(AtomicOrdering) int32 { return int32(a.v.Load()) }

// Store implements AtomicI32::store.
func (a *AtomicI32) Store(v int32, _ AtomicOrdering) { a.v.Store(int32(v)) }

// Swap implements AtomicI32::swap: stores v, returns the previous value.
func (a *AtomicI32) Swap(v int32, _ AtomicOrdering) int32 { return int32(a.v.Swap(int32(v))) }

// FetchAdd implements AtomicI32::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicI32) FetchAdd(v int32, _ AtomicOrdering) int32 {
	return int32(a.v.Add(int32(v)) - int32(v))
}

// FetchSub implements AtomicI32::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicI32) FetchSub(v int32, _ AtomicOrdering) int32 {
	return int32(a.v.Add(-int32(v)) + int32(v))
}

// FetchAnd implements AtomicI32::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicI32) FetchAnd(v int32, _ AtomicOrdering) int32 { return int32(a.v.And(int32(v))) }

// FetchOr implements AtomicI32::fetch_or.
func (a *AtomicI32) FetchOr(v int32, _ AtomicOrdering) int32 { return int32(a.v.Or(int32(v))) }

// FetchXor implements AtomicI32::fetch_xor.
func (a *AtomicI32) FetchXor(v int32, _ AtomicOrdering) int32 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^int32(v)) {
			return int32(old)
		}
	}
}

// FetchNand implements AtomicI32::fetch_nand: stores !(old & v).
func (a *AtomicI32) FetchNand(v int32, _ AtomicOrdering) int32 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & int32(v))) {
			return int32(old)
		}
	}
}

// FetchMax implements AtomicI32::fetch_max: stores max(old, v) (signed
// comparison), returns the previous value.
func (a *AtomicI32) FetchMax(v int32, _ AtomicOrdering) int32 {
	for {
		old := a.v.Load()
		if int32(old) >= v || a.v.CompareAndSwap(old, int32(v)) {
			return int32(old)
		}
	}
}

// FetchMin implements AtomicI32::fetch_min: stores min(old, v).
func (a *AtomicI32) FetchMin(v int32, _ AtomicOrdering) int32 {
	for {
		old := a.v.Load()
		if int32(old) <= v || a.v.CompareAndSwap(old, int32(v)) {
			return int32(old)
		}
	}
}

// CompareExchange implements AtomicI32::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicI32) CompareExchange(current, new int32, _, _ AtomicOrdering) Result[int32, int32] {
	if a.v.CompareAndSwap(int32(current), int32(new)) {
		return Ok[int32, int32](current)
	}
	for {
		old := a.v.Load()
		if int32(old) != current {
			return Err[int32](int32(old))
		}
		if a.v.CompareAndSwap(old, int32(new)) {
			return Ok[int32, int32](current)
		}
	}
}

// CompareExchangeWeak implements AtomicI32::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicI32) CompareExchangeWeak(current, new int32, s, f AtomicOrdering) Result[int32, int32] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicI32::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicI32) FetchUpdate(_, _ AtomicOrdering, f func(int32) Option[int32]) Result[int32, int32] {
	for {
		old := a.v.Load()
		n, ok := f(int32(old)).Get()
		if !ok {
			return Err[int32](int32(old))
		}
		if a.v.CompareAndSwap(old, int32(n)) {
			return Ok[int32, int32](int32(old))
		}
	}
}

// TryUpdate implements AtomicI32::try_update, the new name of fetch_update.
func (a *AtomicI32) TryUpdate(s, f AtomicOrdering, fn func(int32) Option[int32]) Result[int32, int32] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicI32::update: stores f(current) and returns the
// previous value.
func (a *AtomicI32) Update(_, _ AtomicOrdering, f func(int32) int32) int32 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, int32(f(int32(old)))) {
			return int32(old)
		}
	}
}

// IntoInner implements AtomicI32::into_inner.
func (a *AtomicI32) IntoInner() int32 { return int32(a.v.Load()) }

// GetMut implements AtomicI32::get_mut: plain access through exclusive
// ownership.
func (a *AtomicI32) GetMut() *int32 {
	return (*int32)(unsafe.Pointer(&a.v))
}

// FmtDebug prints the value, as i32's Debug.
func (a *AtomicI32) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicI64 implements std::sync::atomic::AtomicI64 over an atomic.Int64.
type AtomicI64 struct{ v atomic.Int64 }

// NewAtomicI64 implements AtomicI64::new.
func NewAtomicI64(v int64) *AtomicI64 {
	a := &AtomicI64{}
	a.v.Store(int64(v))
	return a
}

// Load implements AtomicI64::load.
func (a *AtomicI64) Load(AtomicOrdering) int64 { return int64(a.v.Load()) }

// Store implements AtomicI64::store.
func (a *AtomicI64) Store(v int64, _ AtomicOrdering) { a.v.Store(int64(v)) }

// Swap implements AtomicI64::swap: stores v, returns the previous value.
func (a *AtomicI64) Swap(v int64, _ AtomicOrdering) int64 { return int64(a.v.Swap(int64(v))) }

// FetchAdd implements AtomicI64::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicI64) FetchAdd(v int64, _ AtomicOrdering) int64 {
	return int64(a.v.Add(int64(v)) - int64(v))
}

// FetchSub implements AtomicI64::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicI64) FetchSub(v int64, _ AtomicOrdering) int64 {
	return int64(a.v.Add(-int64(v)) + int64(v))
}

// FetchAnd implements AtomicI64::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicI64) FetchAnd(v int64, _ AtomicOrdering) int64 { return int64(a.v.And(int64(v))) }

// FetchOr implements AtomicI64::fetch_or.
func (a *AtomicI64) FetchOr(v int64, _ AtomicOrdering) int64 { return int64(a.v.Or(int64(v))) }

// FetchXor implements AtomicI64::fetch_xor.
func (a *AtomicI64) FetchXor(v int64, _ AtomicOrdering) int64 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^int64(v)) {
			return int64(old)
		}
	}
}

// FetchNand implements AtomicI64::fetch_nand: stores !(old & v).
func (a *AtomicI64) FetchNand(v int64, _ AtomicOrdering) int64 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & int64(v))) {
			return int64(old)
		}
	}
}

// FetchMax implements AtomicI64::fetch_max: stores max(old, v) (signed
// comparison), returns the previous value.
func (a *AtomicI64) FetchMax(v int64, _ AtomicOrdering) int64 {
	for {
		old := a.v.Load()
		if int64(old) >= v || a.v.CompareAndSwap(old, int64(v)) {
			return int64(old)
		}
	}
}

// FetchMin implements AtomicI64::fetch_min: stores min(old, v).
func (a *AtomicI64) FetchMin(v int64, _ AtomicOrdering) int64 {
	for {
		old := a.v.Load()
		if int64(old) <= v || a.v.CompareAndSwap(old, int64(v)) {
			return int64(old)
		}
	}
}

// CompareExchange implements AtomicI64::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicI64) CompareExchange(current, new int64, _, _ AtomicOrdering) Result[int64, int64] {
	if a.v.CompareAndSwap(int64(current), int64(new)) {
		return Ok[int64, int64](current)
	}
	for {
		old := a.v.Load()
		if int64(old) != current {
			return Err[int64](int64(old))
		}
		if a.v.CompareAndSwap(old, int64(new)) {
			return Ok[int64, int64](current)
		}
	}
}

// CompareExchangeWeak implements AtomicI64::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicI64) CompareExchangeWeak(current, new int64, s, f AtomicOrdering) Result[int64, int64] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicI64::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicI64) FetchUpdate(_, _ AtomicOrdering, f func(int64) Option[int64]) Result[int64, int64] {
	for {
		old := a.v.Load()
		n, ok := f(int64(old)).Get()
		if !ok {
			return Err[int64](int64(old))
		}
		if a.v.CompareAndSwap(old, int64(n)) {
			return Ok[int64, int64](int64(old))
		}
	}
}

// TryUpdate implements AtomicI64::try_update, the new name of fetch_update.
func (a *AtomicI64) TryUpdate(s, f AtomicOrdering, fn func(int64) Option[int64]) Result[int64, int64] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicI64::update: stores f(current) and returns the
// previous value.
func (a *AtomicI64) Update(_, _ AtomicOrdering, f func(int64) int64) int64 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, int64(f(int64(old)))) {
			return int64(old)
		}
	}
}

// IntoInner implements AtomicI64::into_inner.
func (a *AtomicI64) IntoInner() int64 { return int64(a.v.Load()) }

// GetMut implements AtomicI64::get_mut: plain access through exclusive
// ownership.
func (a *AtomicI64) GetMut() *int64 {
	return (*int64)(unsafe.Pointer(&a.v))
}

// FmtDebug prints the value, as i64's Debug.
func (a *AtomicI64) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicIsize implements std::sync::atomic::AtomicIsize over an atomic.Uintptr.
type AtomicIsize struct{ v atomic.Uintptr }

// NewAtomicIsize implements AtomicIsize::new.
func NewAtomicIsize(v int) *AtomicIsize {
	a := &AtomicIsize{}
	a.v.Store(uintptr(v))
	return a
}

// Load implements AtomicIsize::load.
func (a *AtomicIsize) Load(AtomicOrdering) int { return int(a.v.Load()) }

// Store implements AtomicIsize::store.
func (a *AtomicIsize) Store(v int, _ AtomicOrdering) { a.v.Store(uintptr(v)) }

// Swap implements AtomicIsize::swap: stores v, returns the previous value.
func (a *AtomicIsize) Swap(v int, _ AtomicOrdering) int { return int(a.v.Swap(uintptr(v))) }

// FetchAdd implements AtomicIsize::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicIsize) FetchAdd(v int, _ AtomicOrdering) int {
	return int(a.v.Add(uintptr(v)) - uintptr(v))
}

// FetchSub implements AtomicIsize::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicIsize) FetchSub(v int, _ AtomicOrdering) int {
	return int(a.v.Add(-uintptr(v)) + uintptr(v))
}

// FetchAnd implements AtomicIsize::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicIsize) FetchAnd(v int, _ AtomicOrdering) int { return int(a.v.And(uintptr(v))) }

// FetchOr implements AtomicIsize::fetch_or.
func (a *AtomicIsize) FetchOr(v int, _ AtomicOrdering) int { return int(a.v.Or(uintptr(v))) }

// FetchXor implements AtomicIsize::fetch_xor.
func (a *AtomicIsize) FetchXor(v int, _ AtomicOrdering) int {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uintptr(v)) {
			return int(old)
		}
	}
}

// FetchNand implements AtomicIsize::fetch_nand: stores !(old & v).
func (a *AtomicIsize) FetchNand(v int, _ AtomicOrdering) int {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uintptr(v))) {
			return int(old)
		}
	}
}

// FetchMax implements AtomicIsize::fetch_max: stores max(old, v) (signed
// comparison), returns the previous value.
func (a *AtomicIsize) FetchMax(v int, _ AtomicOrdering) int {
	for {
		old := a.v.Load()
		if int(old) >= v || a.v.CompareAndSwap(old, uintptr(v)) {
			return int(old)
		}
	}
}

// FetchMin implements AtomicIsize::fetch_min: stores min(old, v).
func (a *AtomicIsize) FetchMin(v int, _ AtomicOrdering) int {
	for {
		old := a.v.Load()
		if int(old) <= v || a.v.CompareAndSwap(old, uintptr(v)) {
			return int(old)
		}
	}
}

// CompareExchange implements AtomicIsize::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicIsize) CompareExchange(current, new int, _, _ AtomicOrdering) Result[int, int] {
	if a.v.CompareAndSwap(uintptr(current), uintptr(new)) {
		return Ok[int, int](current)
	}
	for {
		old := a.v.Load()
		if int(old) != current {
			return Err[int](int(old))
		}
		if a.v.CompareAndSwap(old, uintptr(new)) {
			return Ok[int, int](current)
		}
	}
}

// CompareExchangeWeak implements AtomicIsize::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicIsize) CompareExchangeWeak(current, new int, s, f AtomicOrdering) Result[int, int] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicIsize::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicIsize) FetchUpdate(_, _ AtomicOrdering, f func(int) Option[int]) Result[int, int] {
	for {
		old := a.v.Load()
		n, ok := f(int(old)).Get()
		if !ok {
			return Err[int](int(old))
		}
		if a.v.CompareAndSwap(old, uintptr(n)) {
			return Ok[int, int](int(old))
		}
	}
}

// TryUpdate implements AtomicIsize::try_update, the new name of fetch_update.
func (a *AtomicIsize) TryUpdate(s, f AtomicOrdering, fn func(int) Option[int]) Result[int, int] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicIsize::update: stores f(current) and returns the
// previous value.
func (a *AtomicIsize) Update(_, _ AtomicOrdering, f func(int) int) int {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uintptr(f(int(old)))) {
			return int(old)
		}
	}
}

// IntoInner implements AtomicIsize::into_inner.
func (a *AtomicIsize) IntoInner() int { return int(a.v.Load()) }

// GetMut implements AtomicIsize::get_mut: plain access through exclusive
// ownership.
func (a *AtomicIsize) GetMut() *int {
	return (*int)(unsafe.Pointer(&a.v))
}

// FmtDebug prints the value, as isize's Debug.
func (a *AtomicIsize) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicU8 implements std::sync::atomic::AtomicU8 over the low 8 bits of an
// atomic.Uint32.
type AtomicU8 struct{ v atomic.Uint32 }

// NewAtomicU8 implements AtomicU8::new.
func NewAtomicU8(v uint8) *AtomicU8 {
	a := &AtomicU8{}
	a.v.Store(uint32(v))
	return a
}

// Load implements AtomicU8::load.
func (a *AtomicU8) Load(AtomicOrdering) uint8 { return uint8(a.v.Load()) }

// Store implements AtomicU8::store.
func (a *AtomicU8) Store(v uint8, _ AtomicOrdering) { a.v.Store(uint32(v)) }

// Swap implements AtomicU8::swap: stores v, returns the previous value.
func (a *AtomicU8) Swap(v uint8, _ AtomicOrdering) uint8 { return uint8(a.v.Swap(uint32(v))) }

// FetchAdd implements AtomicU8::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicU8) FetchAdd(v uint8, _ AtomicOrdering) uint8 {
	return uint8(a.v.Add(uint32(v)) - uint32(v))
}

// FetchSub implements AtomicU8::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicU8) FetchSub(v uint8, _ AtomicOrdering) uint8 {
	return uint8(a.v.Add(-uint32(v)) + uint32(v))
}

// FetchAnd implements AtomicU8::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicU8) FetchAnd(v uint8, _ AtomicOrdering) uint8 { return uint8(a.v.And(uint32(v))) }

// FetchOr implements AtomicU8::fetch_or.
func (a *AtomicU8) FetchOr(v uint8, _ AtomicOrdering) uint8 { return uint8(a.v.Or(uint32(v))) }

// FetchXor implements AtomicU8::fetch_xor.
func (a *AtomicU8) FetchXor(v uint8, _ AtomicOrdering) uint8 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uint32(v)) {
			return uint8(old)
		}
	}
}

// FetchNand implements AtomicU8::fetch_nand: stores !(old & v).
func (a *AtomicU8) FetchNand(v uint8, _ AtomicOrdering) uint8 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uint32(v))) {
			return uint8(old)
		}
	}
}

// FetchMax implements AtomicU8::fetch_max: stores max(old, v) (unsigned
// comparison), returns the previous value.
func (a *AtomicU8) FetchMax(v uint8, _ AtomicOrdering) uint8 {
	for {
		old := a.v.Load()
		if uint8(old) >= v || a.v.CompareAndSwap(old, uint32(v)) {
			return uint8(old)
		}
	}
}

// FetchMin implements AtomicU8::fetch_min: stores min(old, v).
func (a *AtomicU8) FetchMin(v uint8, _ AtomicOrdering) uint8 {
	for {
		old := a.v.Load()
		if uint8(old) <= v || a.v.CompareAndSwap(old, uint32(v)) {
			return uint8(old)
		}
	}
}

// CompareExchange implements AtomicU8::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicU8) CompareExchange(current, new uint8, _, _ AtomicOrdering) Result[uint8, uint8] {
	for {
		old := a.v.Load()
		if uint8(old) != current {
			return Err[uint8](uint8(old))
		}
		if a.v.CompareAndSwap(old, uint32(new)) {
			return Ok[uint8, uint8](current)
		}
	}
}

// CompareExchangeWeak implements AtomicU8::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicU8) CompareExchangeWeak(current, new uint8, s, f AtomicOrdering) Result[uint8, uint8] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicU8::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicU8) FetchUpdate(_, _ AtomicOrdering, f func(uint8) Option[uint8]) Result[uint8, uint8] {
	for {
		old := a.v.Load()
		n, ok := f(uint8(old)).Get()
		if !ok {
			return Err[uint8](uint8(old))
		}
		if a.v.CompareAndSwap(old, uint32(n)) {
			return Ok[uint8, uint8](uint8(old))
		}
	}
}

// TryUpdate implements AtomicU8::try_update, the new name of fetch_update.
func (a *AtomicU8) TryUpdate(s, f AtomicOrdering, fn func(uint8) Option[uint8]) Result[uint8, uint8] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicU8::update: stores f(current) and returns the
// previous value.
func (a *AtomicU8) Update(_, _ AtomicOrdering, f func(uint8) uint8) uint8 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uint32(f(uint8(old)))) {
			return uint8(old)
		}
	}
}

// IntoInner implements AtomicU8::into_inner.
func (a *AtomicU8) IntoInner() uint8 { return uint8(a.v.Load()) }

// GetMut implements AtomicU8::get_mut: plain access through exclusive
// ownership.
func (a *AtomicU8) GetMut() *uint8 {
	return (*uint8)(lowBits((*uint32)(unsafe.Pointer(&a.v)), 1))
}

// FmtDebug prints the value, as u8's Debug.
func (a *AtomicU8) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicU16 implements std::sync::atomic::AtomicU16 over the low 16 bits of an
// atomic.Uint32.
type AtomicU16 struct{ v atomic.Uint32 }

// NewAtomicU16 implements AtomicU16::new.
func NewAtomicU16(v uint16) *AtomicU16 {
	a := &AtomicU16{}
	a.v.Store(uint32(v))
	return a
}

// Load implements AtomicU16::load.
func (a *AtomicU16) Load(AtomicOrdering) uint16 { return uint16(a.v.Load()) }

// Store implements AtomicU16::store.
func (a *AtomicU16) Store(v uint16, _ AtomicOrdering) { a.v.Store(uint32(v)) }

// Swap implements AtomicU16::swap: stores v, returns the previous value.
func (a *AtomicU16) Swap(v uint16, _ AtomicOrdering) uint16 { return uint16(a.v.Swap(uint32(v))) }

// FetchAdd implements AtomicU16::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicU16) FetchAdd(v uint16, _ AtomicOrdering) uint16 {
	return uint16(a.v.Add(uint32(v)) - uint32(v))
}

// FetchSub implements AtomicU16::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicU16) FetchSub(v uint16, _ AtomicOrdering) uint16 {
	return uint16(a.v.Add(-uint32(v)) + uint32(v))
}

// FetchAnd implements AtomicU16::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicU16) FetchAnd(v uint16, _ AtomicOrdering) uint16 { return uint16(a.v.And(uint32(v))) }

// FetchOr implements AtomicU16::fetch_or.
func (a *AtomicU16) FetchOr(v uint16, _ AtomicOrdering) uint16 { return uint16(a.v.Or(uint32(v))) }

// FetchXor implements AtomicU16::fetch_xor.
func (a *AtomicU16) FetchXor(v uint16, _ AtomicOrdering) uint16 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uint32(v)) {
			return uint16(old)
		}
	}
}

// FetchNand implements AtomicU16::fetch_nand: stores !(old & v).
func (a *AtomicU16) FetchNand(v uint16, _ AtomicOrdering) uint16 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uint32(v))) {
			return uint16(old)
		}
	}
}

// FetchMax implements AtomicU16::fetch_max: stores max(old, v) (unsigned
// comparison), returns the previous value.
func (a *AtomicU16) FetchMax(v uint16, _ AtomicOrdering) uint16 {
	for {
		old := a.v.Load()
		if uint16(old) >= v || a.v.CompareAndSwap(old, uint32(v)) {
			return uint16(old)
		}
	}
}

// FetchMin implements AtomicU16::fetch_min: stores min(old, v).
func (a *AtomicU16) FetchMin(v uint16, _ AtomicOrdering) uint16 {
	for {
		old := a.v.Load()
		if uint16(old) <= v || a.v.CompareAndSwap(old, uint32(v)) {
			return uint16(old)
		}
	}
}

// CompareExchange implements AtomicU16::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicU16) CompareExchange(current, new uint16, _, _ AtomicOrdering) Result[uint16, uint16] {
	for {
		old := a.v.Load()
		if uint16(old) != current {
			return Err[uint16](uint16(old))
		}
		if a.v.CompareAndSwap(old, uint32(new)) {
			return Ok[uint16, uint16](current)
		}
	}
}

// CompareExchangeWeak implements AtomicU16::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicU16) CompareExchangeWeak(current, new uint16, s, f AtomicOrdering) Result[uint16, uint16] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicU16::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicU16) FetchUpdate(_, _ AtomicOrdering, f func(uint16) Option[uint16]) Result[uint16, uint16] {
	for {
		old := a.v.Load()
		n, ok := f(uint16(old)).Get()
		if !ok {
			return Err[uint16](uint16(old))
		}
		if a.v.CompareAndSwap(old, uint32(n)) {
			return Ok[uint16, uint16](uint16(old))
		}
	}
}

// TryUpdate implements AtomicU16::try_update, the new name of fetch_update.
func (a *AtomicU16) TryUpdate(s, f AtomicOrdering, fn func(uint16) Option[uint16]) Result[uint16, uint16] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicU16::update: stores f(current) and returns the
// previous value.
func (a *AtomicU16) Update(_, _ AtomicOrdering, f func(uint16) uint16) uint16 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uint32(f(uint16(old)))) {
			return uint16(old)
		}
	}
}

// IntoInner implements AtomicU16::into_inner.
func (a *AtomicU16) IntoInner() uint16 { return uint16(a.v.Load()) }

// GetMut implements AtomicU16::get_mut: plain access through exclusive
// ownership.
func (a *AtomicU16) GetMut() *uint16 {
	return (*uint16)(lowBits((*uint32)(unsafe.Pointer(&a.v)), 2))
}

// FmtDebug prints the value, as u16's Debug.
func (a *AtomicU16) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicU32 implements std::sync::atomic::AtomicU32 over an atomic.Uint32.
type AtomicU32 struct{ v atomic.Uint32 }

// NewAtomicU32 implements AtomicU32::new.
func NewAtomicU32(v uint32) *AtomicU32 {
	a := &AtomicU32{}
	a.v.Store(uint32(v))
	return a
}

// Load implements AtomicU32::load.
func (a *AtomicU32) Load(AtomicOrdering) uint32 { return uint32(a.v.Load()) }

// Store implements AtomicU32::store.
func (a *AtomicU32) Store(v uint32, _ AtomicOrdering) { a.v.Store(uint32(v)) }

// Swap implements AtomicU32::swap: stores v, returns the previous value.
func (a *AtomicU32) Swap(v uint32, _ AtomicOrdering) uint32 { return uint32(a.v.Swap(uint32(v))) }

// FetchAdd implements AtomicU32::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicU32) FetchAdd(v uint32, _ AtomicOrdering) uint32 {
	return uint32(a.v.Add(uint32(v)) - uint32(v))
}

// FetchSub implements AtomicU32::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicU32) FetchSub(v uint32, _ AtomicOrdering) uint32 {
	return uint32(a.v.Add(-uint32(v)) + uint32(v))
}

// FetchAnd implements AtomicU32::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicU32) FetchAnd(v uint32, _ AtomicOrdering) uint32 { return uint32(a.v.And(uint32(v))) }

// FetchOr implements AtomicU32::fetch_or.
func (a *AtomicU32) FetchOr(v uint32, _ AtomicOrdering) uint32 { return uint32(a.v.Or(uint32(v))) }

// FetchXor implements AtomicU32::fetch_xor.
func (a *AtomicU32) FetchXor(v uint32, _ AtomicOrdering) uint32 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uint32(v)) {
			return uint32(old)
		}
	}
}

// FetchNand implements AtomicU32::fetch_nand: stores !(old & v).
func (a *AtomicU32) FetchNand(v uint32, _ AtomicOrdering) uint32 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uint32(v))) {
			return uint32(old)
		}
	}
}

// FetchMax implements AtomicU32::fetch_max: stores max(old, v) (unsigned
// comparison), returns the previous value.
func (a *AtomicU32) FetchMax(v uint32, _ AtomicOrdering) uint32 {
	for {
		old := a.v.Load()
		if uint32(old) >= v || a.v.CompareAndSwap(old, uint32(v)) {
			return uint32(old)
		}
	}
}

// FetchMin implements AtomicU32::fetch_min: stores min(old, v).
func (a *AtomicU32) FetchMin(v uint32, _ AtomicOrdering) uint32 {
	for {
		old := a.v.Load()
		if uint32(old) <= v || a.v.CompareAndSwap(old, uint32(v)) {
			return uint32(old)
		}
	}
}

// CompareExchange implements AtomicU32::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicU32) CompareExchange(current, new uint32, _, _ AtomicOrdering) Result[uint32, uint32] {
	if a.v.CompareAndSwap(uint32(current), uint32(new)) {
		return Ok[uint32, uint32](current)
	}
	for {
		old := a.v.Load()
		if uint32(old) != current {
			return Err[uint32](uint32(old))
		}
		if a.v.CompareAndSwap(old, uint32(new)) {
			return Ok[uint32, uint32](current)
		}
	}
}

// CompareExchangeWeak implements AtomicU32::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicU32) CompareExchangeWeak(current, new uint32, s, f AtomicOrdering) Result[uint32, uint32] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicU32::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicU32) FetchUpdate(_, _ AtomicOrdering, f func(uint32) Option[uint32]) Result[uint32, uint32] {
	for {
		old := a.v.Load()
		n, ok := f(uint32(old)).Get()
		if !ok {
			return Err[uint32](uint32(old))
		}
		if a.v.CompareAndSwap(old, uint32(n)) {
			return Ok[uint32, uint32](uint32(old))
		}
	}
}

// TryUpdate implements AtomicU32::try_update, the new name of fetch_update.
func (a *AtomicU32) TryUpdate(s, f AtomicOrdering, fn func(uint32) Option[uint32]) Result[uint32, uint32] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicU32::update: stores f(current) and returns the
// previous value.
func (a *AtomicU32) Update(_, _ AtomicOrdering, f func(uint32) uint32) uint32 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uint32(f(uint32(old)))) {
			return uint32(old)
		}
	}
}

// IntoInner implements AtomicU32::into_inner.
func (a *AtomicU32) IntoInner() uint32 { return uint32(a.v.Load()) }

// GetMut implements AtomicU32::get_mut: plain access through exclusive
// ownership.
func (a *AtomicU32) GetMut() *uint32 {
	return (*uint32)(unsafe.Pointer(&a.v))
}

// FmtDebug prints the value, as u32's Debug.
func (a *AtomicU32) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicU64 implements std::sync::atomic::AtomicU64 over an atomic.Uint64.
type AtomicU64 struct{ v atomic.Uint64 }

// NewAtomicU64 implements AtomicU64::new.
func NewAtomicU64(v uint64) *AtomicU64 {
	a := &AtomicU64{}
	a.v.Store(uint64(v))
	return a
}

// Load implements AtomicU64::load.
func (a *AtomicU64) Load(AtomicOrdering) uint64 { return uint64(a.v.Load()) }

// Store implements AtomicU64::store.
func (a *AtomicU64) Store(v uint64, _ AtomicOrdering) { a.v.Store(uint64(v)) }

// Swap implements AtomicU64::swap: stores v, returns the previous value.
func (a *AtomicU64) Swap(v uint64, _ AtomicOrdering) uint64 { return uint64(a.v.Swap(uint64(v))) }

// FetchAdd implements AtomicU64::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicU64) FetchAdd(v uint64, _ AtomicOrdering) uint64 {
	return uint64(a.v.Add(uint64(v)) - uint64(v))
}

// FetchSub implements AtomicU64::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicU64) FetchSub(v uint64, _ AtomicOrdering) uint64 {
	return uint64(a.v.Add(-uint64(v)) + uint64(v))
}

// FetchAnd implements AtomicU64::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicU64) FetchAnd(v uint64, _ AtomicOrdering) uint64 { return uint64(a.v.And(uint64(v))) }

// FetchOr implements AtomicU64::fetch_or.
func (a *AtomicU64) FetchOr(v uint64, _ AtomicOrdering) uint64 { return uint64(a.v.Or(uint64(v))) }

// FetchXor implements AtomicU64::fetch_xor.
func (a *AtomicU64) FetchXor(v uint64, _ AtomicOrdering) uint64 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uint64(v)) {
			return uint64(old)
		}
	}
}

// FetchNand implements AtomicU64::fetch_nand: stores !(old & v).
func (a *AtomicU64) FetchNand(v uint64, _ AtomicOrdering) uint64 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uint64(v))) {
			return uint64(old)
		}
	}
}

// FetchMax implements AtomicU64::fetch_max: stores max(old, v) (unsigned
// comparison), returns the previous value.
func (a *AtomicU64) FetchMax(v uint64, _ AtomicOrdering) uint64 {
	for {
		old := a.v.Load()
		if uint64(old) >= v || a.v.CompareAndSwap(old, uint64(v)) {
			return uint64(old)
		}
	}
}

// FetchMin implements AtomicU64::fetch_min: stores min(old, v).
func (a *AtomicU64) FetchMin(v uint64, _ AtomicOrdering) uint64 {
	for {
		old := a.v.Load()
		if uint64(old) <= v || a.v.CompareAndSwap(old, uint64(v)) {
			return uint64(old)
		}
	}
}

// CompareExchange implements AtomicU64::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicU64) CompareExchange(current, new uint64, _, _ AtomicOrdering) Result[uint64, uint64] {
	if a.v.CompareAndSwap(uint64(current), uint64(new)) {
		return Ok[uint64, uint64](current)
	}
	for {
		old := a.v.Load()
		if uint64(old) != current {
			return Err[uint64](uint64(old))
		}
		if a.v.CompareAndSwap(old, uint64(new)) {
			return Ok[uint64, uint64](current)
		}
	}
}

// CompareExchangeWeak implements AtomicU64::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicU64) CompareExchangeWeak(current, new uint64, s, f AtomicOrdering) Result[uint64, uint64] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicU64::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicU64) FetchUpdate(_, _ AtomicOrdering, f func(uint64) Option[uint64]) Result[uint64, uint64] {
	for {
		old := a.v.Load()
		n, ok := f(uint64(old)).Get()
		if !ok {
			return Err[uint64](uint64(old))
		}
		if a.v.CompareAndSwap(old, uint64(n)) {
			return Ok[uint64, uint64](uint64(old))
		}
	}
}

// TryUpdate implements AtomicU64::try_update, the new name of fetch_update.
func (a *AtomicU64) TryUpdate(s, f AtomicOrdering, fn func(uint64) Option[uint64]) Result[uint64, uint64] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicU64::update: stores f(current) and returns the
// previous value.
func (a *AtomicU64) Update(_, _ AtomicOrdering, f func(uint64) uint64) uint64 {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uint64(f(uint64(old)))) {
			return uint64(old)
		}
	}
}

// IntoInner implements AtomicU64::into_inner.
func (a *AtomicU64) IntoInner() uint64 { return uint64(a.v.Load()) }

// GetMut implements AtomicU64::get_mut: plain access through exclusive
// ownership.
func (a *AtomicU64) GetMut() *uint64 {
	return (*uint64)(unsafe.Pointer(&a.v))
}

// FmtDebug prints the value, as u64's Debug.
func (a *AtomicU64) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

// AtomicUsize implements std::sync::atomic::AtomicUsize over an atomic.Uintptr.
type AtomicUsize struct{ v atomic.Uintptr }

// NewAtomicUsize implements AtomicUsize::new.
func NewAtomicUsize(v uint) *AtomicUsize {
	a := &AtomicUsize{}
	a.v.Store(uintptr(v))
	return a
}

// Load implements AtomicUsize::load.
func (a *AtomicUsize) Load(AtomicOrdering) uint { return uint(a.v.Load()) }

// Store implements AtomicUsize::store.
func (a *AtomicUsize) Store(v uint, _ AtomicOrdering) { a.v.Store(uintptr(v)) }

// Swap implements AtomicUsize::swap: stores v, returns the previous value.
func (a *AtomicUsize) Swap(v uint, _ AtomicOrdering) uint { return uint(a.v.Swap(uintptr(v))) }

// FetchAdd implements AtomicUsize::fetch_add: wrapping add, returns the previous
// value.
func (a *AtomicUsize) FetchAdd(v uint, _ AtomicOrdering) uint {
	return uint(a.v.Add(uintptr(v)) - uintptr(v))
}

// FetchSub implements AtomicUsize::fetch_sub: wrapping subtract, returns the
// previous value.
func (a *AtomicUsize) FetchSub(v uint, _ AtomicOrdering) uint {
	return uint(a.v.Add(-uintptr(v)) + uintptr(v))
}

// FetchAnd implements AtomicUsize::fetch_and: bitwise and, returns the previous
// value.
func (a *AtomicUsize) FetchAnd(v uint, _ AtomicOrdering) uint { return uint(a.v.And(uintptr(v))) }

// FetchOr implements AtomicUsize::fetch_or.
func (a *AtomicUsize) FetchOr(v uint, _ AtomicOrdering) uint { return uint(a.v.Or(uintptr(v))) }

// FetchXor implements AtomicUsize::fetch_xor.
func (a *AtomicUsize) FetchXor(v uint, _ AtomicOrdering) uint {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, old^uintptr(v)) {
			return uint(old)
		}
	}
}

// FetchNand implements AtomicUsize::fetch_nand: stores !(old & v).
func (a *AtomicUsize) FetchNand(v uint, _ AtomicOrdering) uint {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, ^(old & uintptr(v))) {
			return uint(old)
		}
	}
}

// FetchMax implements AtomicUsize::fetch_max: stores max(old, v) (unsigned
// comparison), returns the previous value.
func (a *AtomicUsize) FetchMax(v uint, _ AtomicOrdering) uint {
	for {
		old := a.v.Load()
		if uint(old) >= v || a.v.CompareAndSwap(old, uintptr(v)) {
			return uint(old)
		}
	}
}

// FetchMin implements AtomicUsize::fetch_min: stores min(old, v).
func (a *AtomicUsize) FetchMin(v uint, _ AtomicOrdering) uint {
	for {
		old := a.v.Load()
		if uint(old) <= v || a.v.CompareAndSwap(old, uintptr(v)) {
			return uint(old)
		}
	}
}

// CompareExchange implements AtomicUsize::compare_exchange: if the value is
// current it becomes new and the result is Ok(current); otherwise the
// result is Err(actual value), never equal to current.
func (a *AtomicUsize) CompareExchange(current, new uint, _, _ AtomicOrdering) Result[uint, uint] {
	if a.v.CompareAndSwap(uintptr(current), uintptr(new)) {
		return Ok[uint, uint](current)
	}
	for {
		old := a.v.Load()
		if uint(old) != current {
			return Err[uint](uint(old))
		}
		if a.v.CompareAndSwap(old, uintptr(new)) {
			return Ok[uint, uint](current)
		}
	}
}

// CompareExchangeWeak implements AtomicUsize::compare_exchange_weak (it never
// fails spuriously).
func (a *AtomicUsize) CompareExchangeWeak(current, new uint, s, f AtomicOrdering) Result[uint, uint] {
	return a.CompareExchange(current, new, s, f)
}

// FetchUpdate implements AtomicUsize::fetch_update (and try_update): f computes
// the new value from the current one until it is stored (Ok(previous)) or
// f returns None (Err(current)).
func (a *AtomicUsize) FetchUpdate(_, _ AtomicOrdering, f func(uint) Option[uint]) Result[uint, uint] {
	for {
		old := a.v.Load()
		n, ok := f(uint(old)).Get()
		if !ok {
			return Err[uint](uint(old))
		}
		if a.v.CompareAndSwap(old, uintptr(n)) {
			return Ok[uint, uint](uint(old))
		}
	}
}

// TryUpdate implements AtomicUsize::try_update, the new name of fetch_update.
func (a *AtomicUsize) TryUpdate(s, f AtomicOrdering, fn func(uint) Option[uint]) Result[uint, uint] {
	return a.FetchUpdate(s, f, fn)
}

// Update implements AtomicUsize::update: stores f(current) and returns the
// previous value.
func (a *AtomicUsize) Update(_, _ AtomicOrdering, f func(uint) uint) uint {
	for {
		old := a.v.Load()
		if a.v.CompareAndSwap(old, uintptr(f(uint(old)))) {
			return uint(old)
		}
	}
}

// IntoInner implements AtomicUsize::into_inner.
func (a *AtomicUsize) IntoInner() uint { return uint(a.v.Load()) }

// GetMut implements AtomicUsize::get_mut: plain access through exclusive
// ownership.
func (a *AtomicUsize) GetMut() *uint {
	return (*uint)(unsafe.Pointer(&a.v))
}

// FmtDebug prints the value, as usize's Debug.
func (a *AtomicUsize) FmtDebug(f *Formatter) { DebugInt(a.Load(SeqCst), f) }

package rt

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// A Rust closure behind `Box<dyn Fn()>` (or `impl Fn`) owns its
// captures: they drop when the box does. A Go func value cannot carry a
// drop, so a closure owning values with drop glue is registered with
// its FnOwner, keyed by the func value's closure object: DropFn finds it
// again from any copy of the func value.
//
// The closure object of a func literal with captures is a heap object
// distinct from every other live one (registering it makes it escape),
// and the registry keeps it alive until DropFn or Take removes it.

// FnOwner runs the drops of one closure's captures, once.
type FnOwner struct {
	key  unsafe.Pointer
	drop func()
}

var fnOwners struct {
	sync.Mutex
	m map[unsafe.Pointer]*FnOwner
	n atomic.Int64 // len(m), read without the lock
}

// NewFnOwner returns the owner of captures that drop dropped.
func NewFnOwner(drop func()) *FnOwner { return &FnOwner{drop: drop} }

// fnKey is the closure object of f, a func value.
func fnKey[F any](f F) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&f))
}

// OwnedFn registers closure f with o, the owner of its captures, and
// returns f.
func OwnedFn[F any](f F, o *FnOwner) F {
	o.key = fnKey(f)
	fnOwners.Lock()
	if fnOwners.m == nil {
		fnOwners.m = map[unsafe.Pointer]*FnOwner{}
	}
	fnOwners.m[o.key] = o
	fnOwners.n.Store(int64(len(fnOwners.m)))
	fnOwners.Unlock()
	return f
}

// take unregisters o and reports whether it was registered.
func (o *FnOwner) take() bool {
	fnOwners.Lock()
	defer fnOwners.Unlock()
	if fnOwners.m[o.key] != o {
		return false
	}
	delete(fnOwners.m, o.key)
	fnOwners.n.Store(int64(len(fnOwners.m)))
	return true
}

// Take is called by an FnOnce closure when it is called: its body owns
// the captures from then on, so dropping the closure drops nothing.
func (o *FnOwner) Take() { o.take() }

// DropFn drops closure f: the captures it owns, if it is registered and
// its body has not taken them (an FnOnce that was called).
func DropFn[F any](f F) {
	if fnOwners.n.Load() == 0 {
		return
	}
	key := fnKey(f)
	if key == nil {
		return
	}
	fnOwners.Lock()
	o := fnOwners.m[key]
	fnOwners.Unlock()
	if o != nil && o.take() {
		o.drop()
	}
}

package rt

// Condvar: std::sync::Condvar, used with the MutexGuard of any Mutex.
//
// Go methods cannot be generic, so the waits are functions taking the
// Condvar and the guard: `cvar.wait(g)` is `rt.CondvarWait(cvar, g)`.

import (
	"sync"
	"sync/atomic"
	"time"
)

// Condvar implements std::sync::Condvar. The zero value is ready to use;
// NewCondvar is Condvar::new.
//
// Waits take one of two paths. The untimed waits on the mutex the Condvar
// was first used with (the usual case) sleep in a sync.Cond whose Locker is
// that mutex: the runtime's notify list, as cheap as Go's own condition
// variables. Timed waits, and waits on any other mutex (Rust's futex
// condvar accepts guards of different mutexes), queue in FIFO order, each
// parked on its own one-slot channel, so that a timed wait can leave the
// queue. A notify wakes a sync.Cond waiter first, if there is one.
//
// nCond counts the sync.Cond waiters not yet notified. A waiter counts
// itself after taking its ticket in the notify list and before releasing
// the mutex, so a notifier that changed the shared state under the mutex
// (as a correct program does) always sees every waiter that checked it.
type Condvar struct {
	bound  atomic.Pointer[sync.Mutex] // the mutex of the first untimed wait
	cond   sync.Cond                  // L is locker, set with bound
	locker cvLocker
	nCond  atomic.Int32

	mu         sync.Mutex // guards the channel waiters
	head, tail *cvWaiter
	nChan      atomic.Int32 // queued channel waiters
}

// cvLocker is the Locker of Condvar.cond: the bound mutex, where Unlock
// first counts the waiter (sync.Cond.Wait calls it after taking a ticket).
type cvLocker struct{ c *Condvar }

// Lock locks the bound mutex (sync.Locker).
func (l *cvLocker) Lock() { l.c.bound.Load().Lock() }

// Unlock counts the waiter and unlocks the bound mutex (sync.Locker).
func (l *cvLocker) Unlock() {
	l.c.nCond.Add(1)
	l.c.bound.Load().Unlock()
}

type cvWaiter struct {
	ch         chan struct{} // the wake token, cap 1
	prev, next *cvWaiter
	queued     bool
}

var cvWaiters = sync.Pool{New: func() any { return &cvWaiter{ch: make(chan struct{}, 1)} }}

// NewCondvar implements Condvar::new.
func NewCondvar() *Condvar { return &Condvar{} }

// WaitTimeoutResult implements std::sync::WaitTimeoutResult.
type WaitTimeoutResult struct{ timedOut bool }

// TimedOut implements WaitTimeoutResult::timed_out.
func (r WaitTimeoutResult) TimedOut() bool { return r.timedOut }

// FmtDebug prints `WaitTimeoutResult(true)` or `WaitTimeoutResult(false)`.
func (r WaitTimeoutResult) FmtDebug(f *Formatter) {
	f.DebugTuple("WaitTimeoutResult").Field(Fmt(r.timedOut, DebugBool)).Finish()
}

// GuardTimeout is the tuple (MutexGuard<'_, T>, WaitTimeoutResult) that
// Condvar::wait_timeout returns.
type GuardTimeout[T any] = Tuple2[*MutexGuard[T], WaitTimeoutResult]

// FmtDebug prints `Condvar { .. }`.
func (c *Condvar) FmtDebug(f *Formatter) { f.DebugStruct("Condvar").FinishNonExhaustive() }

// CondvarWait implements Condvar::wait(guard): it releases the guard's
// mutex, sleeps until notified (or spuriously woken), takes the mutex back
// and returns the guard, in Err(PoisonError) if the mutex is now poisoned.
func CondvarWait[T any](c *Condvar, g *MutexGuard[T]) Result[*MutexGuard[T], PoisonError[*MutexGuard[T]]] {
	c.wait(&g.c, 0, false)
	return guardResult(g)
}

// CondvarWaitWhile implements Condvar::wait_while(guard, cond): it waits
// for as long as cond (given the guarded value) returns true.
func CondvarWaitWhile[T any](c *Condvar, g *MutexGuard[T], cond func(*T) bool) Result[*MutexGuard[T], PoisonError[*MutexGuard[T]]] {
	for cond(&g.data) {
		c.wait(&g.c, 0, false)
		if g.c.poisoned.Load() {
			return Err[*MutexGuard[T]](PoisonError[*MutexGuard[T]]{g})
		}
	}
	return Ok[*MutexGuard[T], PoisonError[*MutexGuard[T]]](g)
}

// CondvarWaitUnwrap is `cvar.wait(guard).unwrap()` in one call: the guard,
// or the PoisonError unwrap panic at loc (releasing the lock while
// unwinding, as Mutex.LockUnwrap).
func CondvarWaitUnwrap[T any](c *Condvar, g *MutexGuard[T], loc Loc) *MutexGuard[T] {
	c.waitUnwrap(&g.c, loc)
	return g
}

// CondvarWaitWhileUnwrap is `cvar.wait_while(guard, cond).unwrap()` in one
// call. (Translated code may as well spell the loop out, as Rust's
// wait_while does: `for cond(g.Ptr()) { g = CondvarWaitUnwrap(c, g, loc) }`.)
// It is small enough to be inlined, and cond with it: a wait_while whose
// condition is false at once costs no call.
func CondvarWaitWhileUnwrap[T any](c *Condvar, g *MutexGuard[T], cond func(*T) bool, loc Loc) *MutexGuard[T] {
	for cond(&g.data) {
		c.waitUnwrap(&g.c, loc)
	}
	return g
}

// waitUnwrap is an untimed wait, then the PoisonError unwrap panic at loc
// if the mutex is poisoned.
func (c *Condvar) waitUnwrap(g *lockCore, loc Loc) {
	c.wait(g, 0, false)
	if g.poisoned.Load() {
		lockUnwrapFailed(loc, g.unlock)
	}
}

// CondvarWaitTimeout implements Condvar::wait_timeout(guard, d): as
// CondvarWait, but it gives up after d; the WaitTimeoutResult says whether
// it did.
func CondvarWaitTimeout[T any](c *Condvar, g *MutexGuard[T], d time.Duration) Result[GuardTimeout[T], PoisonError[GuardTimeout[T]]] {
	timedOut := c.wait(&g.c, d, true)
	return timeoutResult(g, timedOut)
}

// CondvarWaitTimeoutWhile implements Condvar::wait_timeout_while(guard, d,
// cond): it waits while cond holds, for at most d in all; timed_out() is
// true if cond still held when the time ran out.
func CondvarWaitTimeoutWhile[T any](c *Condvar, g *MutexGuard[T], d time.Duration, cond func(*T) bool) Result[GuardTimeout[T], PoisonError[GuardTimeout[T]]] {
	start := time.Now()
	for {
		if !cond(&g.data) {
			return timeoutResult(g, false)
		}
		left := d - time.Since(start)
		if left <= 0 {
			return timeoutResult(g, true)
		}
		if timedOut := c.wait(&g.c, left, true); g.c.poisoned.Load() {
			return timeoutResult(g, timedOut)
		}
	}
}

// NotifyOne implements Condvar::notify_one: it wakes one waiting thread,
// if any.
func (c *Condvar) NotifyOne() {
	for {
		n := c.nCond.Load()
		if n == 0 {
			break
		}
		if c.nCond.CompareAndSwap(n, n-1) {
			c.cond.Signal()
			return
		}
	}
	if c.nChan.Load() == 0 {
		return
	}
	c.mu.Lock()
	w := c.head
	if w != nil {
		c.unlink(w)
	}
	c.mu.Unlock()
	if w != nil {
		w.ch <- struct{}{}
	}
}

// NotifyAll implements Condvar::notify_all: it wakes every waiting thread.
func (c *Condvar) NotifyAll() {
	if c.nCond.Swap(0) != 0 {
		c.cond.Broadcast()
	}
	if c.nChan.Load() == 0 {
		return
	}
	c.mu.Lock()
	w := c.head
	for x := w; x != nil; x = x.next {
		x.queued = false
	}
	c.head, c.tail = nil, nil
	c.nChan.Store(0)
	c.mu.Unlock()
	for w != nil {
		next := w.next // read before the token: the waiter reuses w once woken
		w.prev, w.next = nil, nil
		w.ch <- struct{}{}
		w = next
	}
}

// wait unlocks g's mutex, sleeps until notified (or for at most d if
// timed) and relocks. It reports whether the time ran out.
func (c *Condvar) wait(g *lockCore, d time.Duration, timed bool) (timedOut bool) {
	if !timed {
		b := c.bound.Load()
		if b == nil {
			b = c.bind(&g.mu)
		}
		if b == &g.mu {
			panicked := g.panicked
			g.panicked = false
			c.cond.Wait()
			g.panicked = panicked
			return false
		}
	}
	return c.waitChan(g, d, timed)
}

// bind makes mu the mutex of the sync.Cond path, unless another is already.
func (c *Condvar) bind(mu *sync.Mutex) *sync.Mutex {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b := c.bound.Load(); b != nil {
		return b
	}
	c.locker.c = c
	c.cond.L = &c.locker
	c.bound.Store(mu)
	return mu
}

// waitChan is wait on the path of the channel waiters.
func (c *Condvar) waitChan(g *lockCore, d time.Duration, timed bool) (timedOut bool) {
	w := cvWaiters.Get().(*cvWaiter)
	c.mu.Lock()
	w.queued = true
	w.prev = c.tail
	if c.tail != nil {
		c.tail.next = w
	} else {
		c.head = w
	}
	c.tail = w
	c.nChan.Add(1)
	c.mu.Unlock()

	panicked := g.unlockForWait()
	if !timed {
		<-w.ch
	} else {
		t := time.NewTimer(d)
		select {
		case <-w.ch:
		case <-t.C:
			c.mu.Lock()
			if w.queued {
				c.unlink(w)
				timedOut = true
				c.mu.Unlock()
			} else {
				// A notifier took w off the queue and is sending the token:
				// the wait ends as notified.
				c.mu.Unlock()
				<-w.ch
			}
		}
		t.Stop()
	}
	cvWaiters.Put(w)
	g.relockAfterWait(panicked)
	return timedOut
}

// unlink takes w off the queue (c.mu held).
func (c *Condvar) unlink(w *cvWaiter) {
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		c.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		c.tail = w.prev
	}
	w.prev, w.next, w.queued = nil, nil, false
	c.nChan.Add(-1)
}

func guardResult[T any](g *MutexGuard[T]) Result[*MutexGuard[T], PoisonError[*MutexGuard[T]]] {
	if g.c.poisoned.Load() {
		return Err[*MutexGuard[T]](PoisonError[*MutexGuard[T]]{g})
	}
	return Ok[*MutexGuard[T], PoisonError[*MutexGuard[T]]](g)
}

func timeoutResult[T any](g *MutexGuard[T], timedOut bool) Result[GuardTimeout[T], PoisonError[GuardTimeout[T]]] {
	t := Tup2(g, WaitTimeoutResult{timedOut})
	if g.c.poisoned.Load() {
		return Err[GuardTimeout[T]](PoisonError[GuardTimeout[T]]{t})
	}
	return Ok[GuardTimeout[T], PoisonError[GuardTimeout[T]]](t)
}

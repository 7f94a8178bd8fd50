package rt

import (
	"sync"
	"testing"
	"time"
)

func TestCondvarTexts(t *testing.T) {
	if got := dbg(NewCondvar()); got != "Condvar { .. }" {
		t.Errorf("condvar: %s", got)
	}
	if got := dbg(WaitTimeoutResult{true}); got != "WaitTimeoutResult(true)" {
		t.Errorf("result: %s", got)
	}
}

// TestCondvarPredicateLoop is conformance 30-sync/condvar_predicate_loop.
func TestCondvarPredicateLoop(t *testing.T) {
	type queue struct {
		items  []uint32
		closed bool
	}
	lock, cvar := NewMutex(queue{}), NewCondvar()
	consumer := SpawnValue(func() []uint32 {
		var got []uint32
		for {
			q := lock.Lock().Unwrap("t.rs:1:1")
			for len(q.Ptr().items) == 0 && !q.Ptr().closed {
				q = CondvarWait(cvar, q).Unwrap("t.rs:1:1")
			}
			items := &q.Ptr().items
			if len(*items) == 0 {
				q.Drop()
				return got
			}
			got = append(got, (*items)[0])
			*items = (*items)[1:]
			q.Drop()
		}
	})
	for _, v := range []uint32{3, 1, 4, 1, 5, 9, 2, 6} {
		g := lock.LockUnwrap("t.rs:1:1")
		g.Ptr().items = append(g.Ptr().items, v)
		g.Drop()
		cvar.NotifyOne()
	}
	g := lock.LockUnwrap("t.rs:1:1")
	g.Ptr().closed = true
	g.Drop()
	cvar.NotifyOne()
	got := consumer.Join().Unwrap("t.rs:1:1")
	if s := Sprint(got, DebugSlice(DebugInt[uint32]), DebugSpec); s != "[3, 1, 4, 1, 5, 9, 2, 6]" {
		t.Errorf("consumer got %s", s)
	}
}

// TestCondvarWaitWhileNotifyAll is conformance
// 30-sync/condvar_wait_while_notify_all.
func TestCondvarWaitWhileNotifyAll(t *testing.T) {
	lock, cvar := NewMutex(uint32(0)), NewCondvar()
	var waiters []*JoinHandle[uint32]
	for id := uint32(1); id <= 4; id++ {
		waiters = append(waiters, SpawnValue(func() uint32 {
			g := CondvarWaitWhile(cvar, lock.Lock().Unwrap("t.rs:1:1"), func(g *uint32) bool { return *g == 0 }).Unwrap("t.rs:1:1")
			defer g.Drop()
			return id*100 + g.Get()
		}))
	}
	time.Sleep(30 * time.Millisecond)
	g := lock.LockUnwrap("t.rs:1:1")
	g.Set(7)
	g.Drop()
	cvar.NotifyAll()
	for i, w := range waiters {
		if v := w.Join().Unwrap("t.rs:1:1"); v != uint32(i+1)*100+7 {
			t.Errorf("waiter %d returned %d", i, v)
		}
	}
	start := time.Now()
	r := CondvarWaitTimeoutWhile(cvar, lock.LockUnwrap("t.rs:1:1"), 20*time.Millisecond, func(g *uint32) bool { return *g < 100 }).Unwrap("t.rs:1:1")
	if !r.F1.TimedOut() || r.F0.Get() != 7 {
		t.Errorf("timed out %v, value %d", r.F1.TimedOut(), r.F0.Get())
	}
	if el := time.Since(start); el < 20*time.Millisecond {
		t.Errorf("returned after %v", el)
	}
	r.F0.Drop()
	g = CondvarWaitWhile(cvar, lock.LockUnwrap("t.rs:1:1"), func(g *uint32) bool { return *g == 0 }).Unwrap("t.rs:1:1")
	if g.Get() != 7 {
		t.Errorf("immediate wait_while %d", g.Get())
	}
	g.Drop()
}

// TestCondvarWaitTimeout: a timed wait that is notified in time reports
// timed_out() false; one that is not, true.
func TestCondvarWaitTimeout(t *testing.T) {
	m, cv := NewMutex(false), NewCondvar()
	g := m.LockUnwrap("t.rs:1:1")
	r := CondvarWaitTimeout(cv, g, 10*time.Millisecond).Unwrap("t.rs:1:1")
	if !r.F1.TimedOut() {
		t.Error("no notify, yet not timed out")
	}
	g = r.F0
	go func() {
		time.Sleep(5 * time.Millisecond)
		g := m.LockUnwrap("t.rs:1:1")
		g.Set(true)
		g.Drop()
		cv.NotifyOne()
	}()
	for !g.Get() {
		r = CondvarWaitTimeout(cv, g, 5*time.Second).Unwrap("t.rs:1:1")
		g = r.F0
		if r.F1.TimedOut() {
			t.Fatal("timed out despite the notify")
		}
	}
	g.Drop()
}

// TestCondvarTimeoutRace races notifies against short timed waits: every
// wait ends (no stale token makes a later wait return early without a
// notify being counted, no notify wakes nobody while a waiter waits).
func TestCondvarTimeoutRace(t *testing.T) {
	m, cv := NewMutex(0), NewCondvar()
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			cv.NotifyOne()
			time.Sleep(time.Microsecond)
		}
	}()
	g := m.LockUnwrap("t.rs:1:1")
	for range 3000 {
		g = CondvarWaitTimeout(cv, g, time.Microsecond).Unwrap("t.rs:1:1").F0
	}
	g.Drop()
	close(done)
}

// TestCondvarBoundedQueue is a producer/consumer stress test with a bounded
// queue (two condvars, several producers and consumers): every item is
// consumed exactly once.
func TestCondvarBoundedQueue(t *testing.T) {
	const capacity, producers, consumers, per = 4, 4, 3, 2000
	type queue struct {
		items []int
		left  int
	}
	m := NewMutex(queue{left: producers})
	notEmpty, notFull := NewCondvar(), NewCondvar()
	var wg sync.WaitGroup
	for p := range producers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				g := m.LockUnwrap("t.rs:1:1")
				g = CondvarWaitWhileUnwrap(notFull, g, func(q *queue) bool { return len(q.items) >= capacity }, "t.rs:1:1")
				g.Ptr().items = append(g.Ptr().items, p*per+i)
				g.Drop()
				notEmpty.NotifyOne()
			}
			g := m.LockUnwrap("t.rs:1:1")
			g.Ptr().left--
			g.Drop()
			notEmpty.NotifyAll()
		}()
	}
	seen := make([][]int, consumers)
	var cw sync.WaitGroup
	for c := range consumers {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for {
				g := m.LockUnwrap("t.rs:1:1")
				for q := g.Ptr(); len(q.items) == 0 && q.left > 0; q = g.Ptr() {
					// Mix timed and untimed waits: both paths must work
					// together.
					if len(seen[c])%3 == 0 {
						g = CondvarWaitTimeout(notEmpty, g, time.Millisecond).Unwrap("t.rs:1:1").F0
					} else {
						g = CondvarWaitUnwrap(notEmpty, g, "t.rs:1:1")
					}
				}
				q := g.Ptr()
				if len(q.items) == 0 {
					g.Drop()
					return
				}
				seen[c] = append(seen[c], q.items[0])
				q.items = q.items[1:]
				g.Drop()
				notFull.NotifyOne()
			}
		}()
	}
	wg.Wait()
	cw.Wait()
	count := make([]int, producers*per)
	for _, s := range seen {
		for _, v := range s {
			count[v]++
		}
	}
	for v, n := range count {
		if n != 1 {
			t.Fatalf("item %d consumed %d times", v, n)
		}
	}
}

// TestCondvarTwoMutexes: Rust's condvar accepts guards of different mutexes;
// waits on the second one take the channel path and are notified too.
func TestCondvarTwoMutexes(t *testing.T) {
	m1, m2, cv := NewMutex(false), NewMutex(false), NewCondvar()
	var wg sync.WaitGroup
	for _, m := range []*Mutex[bool]{m1, m2, m1, m2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := CondvarWaitWhileUnwrap(cv, m.LockUnwrap("t.rs:1:1"), func(ready *bool) bool { return !*ready }, "t.rs:1:1")
			g.Drop()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	for _, m := range []*Mutex[bool]{m1, m2} {
		g := m.LockUnwrap("t.rs:1:1")
		g.Set(true)
		g.Drop()
	}
	cv.NotifyAll()
	wg.Wait()
}

// TestCondvarPoisoned: a wait that reacquires a poisoned mutex returns
// Err(PoisonError(guard)).
func TestCondvarPoisoned(t *testing.T) {
	quietPanics(t)
	m, cv := NewMutex(0), NewCondvar()
	waiting := make(chan struct{})
	res := make(chan bool)
	go func() {
		g := m.LockUnwrap("t.rs:1:1")
		close(waiting)
		r := CondvarWait(cv, g)
		res <- r.IsErr()
		r.ErrValue().IntoInner().Drop()
	}()
	<-waiting
	Spawn(func() {
		g := m.LockUnwrap("t.rs:1:1")
		defer func() {
			if Panicking() {
				g.Drop()
			}
		}()
		PanicStr("t.rs:1:1", "poisoner")
	}).Join()
	cv.NotifyOne()
	if !<-res {
		t.Error("wait on a poisoned mutex returned Ok")
	}
}

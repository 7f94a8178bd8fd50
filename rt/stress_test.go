package rt

// Stress tests of the std::sync semantics that translated programs rely
// on, meant to be run under -race (go test -race ./rt/): channel
// disconnection with many senders dropping, guards under drop flags, and
// poisoning seen across threads. Each asserts observable Rust behaviour,
// so that a wrong reference count, a double unlock or a lost poison fails.

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// senderSet is one channel of either flavour seen through its senders.
type senderSet[T any] struct {
	clone func(i int) (send func(T), drop func())
	drop  func() // the original sender's drop
	rx    Receiver[T]
}

func newSenderSet[T any](bound int) senderSet[T] {
	if bound < 0 {
		tx, rx := Channel[T]()
		return senderSet[T]{
			clone: func(int) (func(T), func()) {
				c := tx.Clone()
				return func(v T) { c.Send(v).Unwrap("s.rs:1:1") }, c.Drop
			},
			drop: tx.Drop,
			rx:   rx,
		}
	}
	tx, rx := SyncChannel[T](uint(bound))
	return senderSet[T]{
		clone: func(int) (func(T), func()) {
			c := tx.Clone()
			return func(v T) { c.Send(v).Unwrap("s.rs:1:1") }, c.Drop
		},
		drop: tx.Drop,
		rx:   rx,
	}
}

// TestStressSendersDropWhileIterating: senders cloned from the original
// and from clones; some moved into threads (dropped when the thread ends,
// one of them by its frame while the thread unwinds from a panic), some
// held in a slice by another thread and dropped one by one, the original
// dropped last of all after a pause. The receiver iterates meanwhile: it
// must receive every message, in order per sender, and its loop must end
// exactly when the last sender is dropped: not before (the drop counter
// is not yet at zero) and not never (the test would time out).
func TestStressSendersDropWhileIterating(t *testing.T) {
	quietPanics(t)
	for _, bound := range []int{-1, 0, 1, 7} {
		t.Run(fmt.Sprintf("bound%d", bound), func(t *testing.T) {
			for round := range 4 {
				stressSendersRound(t, bound, round)
			}
		})
	}
}

func stressSendersRound(t *testing.T, bound, round int) {
	type msg struct{ from, i int }
	const moved, held, nested, per = 6, 6, 4, 300
	ch := newSenderSet[msg](bound)
	// live counts the senders whose drop has not begun. Every drop site
	// decrements it just before dropping, so when the iteration ends it
	// must be zero.
	var live atomic.Int64
	live.Store(1 + moved + held + nested)
	sent := make([]atomic.Int64, moved+held+nested+1)
	var hs []*JoinHandle[Unit]

	// Senders moved into threads, one of which panics after sending: its
	// frame drops the sender while unwinding.
	for k := range moved {
		send, drop := ch.clone(k)
		hs = append(hs, Spawn(func() {
			var f Frame
			defer f.Unwind()
			f.Set(0, DropFunc(func() { live.Add(-1); drop() }))
			for i := range per {
				send(msg{k, i})
				sent[k].Add(1)
				if i%50 == 0 {
					YieldNow()
				}
			}
			if k == round%moved {
				PanicStr("s.rs:2:2", "sender thread panics")
			}
			f.Drop(0)
		}))
	}

	// Senders held in a slice by one thread, which sends from them in
	// turn and drops them in an order that depends on the round.
	type heldSender struct {
		send func(msg)
		drop func()
	}
	var slice []heldSender
	for k := range held {
		send, drop := ch.clone(moved + k)
		slice = append(slice, heldSender{send, drop})
	}
	hs = append(hs, Spawn(func() {
		for i := range per {
			for k, s := range slice {
				if s.send != nil {
					s.send(msg{moved + k, i})
					sent[moved+k].Add(1)
				}
			}
			if i%(per/held) == per/held-1 {
				// Drop one sender (swap_remove style: the order varies).
				k := (i/(per/held) + round) % held
				for slice[k].send == nil {
					k = (k + 1) % held
				}
				live.Add(-1)
				slice[k].drop()
				slice[k] = heldSender{}
			}
		}
		for k := range slice {
			if slice[k].send != nil {
				live.Add(-1)
				slice[k].drop()
			}
		}
	}))

	// Clones of clones: a thread clones its sender into a nested thread
	// and drops its own right away.
	for k := range nested / 2 {
		from := moved + held + 2*k
		send, drop := ch.clone(from)
		var mu sync.Mutex // hands the nested clone over
		mu.Lock()
		var send2 func(msg)
		var drop2 func()
		hs = append(hs, Spawn(func() {
			mu.Lock()
			s2, d2 := send2, drop2
			mu.Unlock()
			h := Spawn(func() {
				for i := range per {
					s2(msg{from + 1, i})
					sent[from+1].Add(1)
				}
				live.Add(-1)
				d2()
			})
			for i := range per {
				send(msg{from, i})
				sent[from].Add(1)
			}
			live.Add(-1)
			drop()
			h.Join().Unwrap("s.rs:3:3")
		}))
		send2, drop2 = ch.clone(from + 1)
		mu.Unlock()
	}

	// The original sender, dropped last after a pause, from another
	// thread, while the receiver may be blocked in the iteration.
	hs = append(hs, Spawn(func() {
		for live.Load() > 1 {
			Sleep(100 * time.Microsecond)
		}
		Sleep(2 * time.Millisecond)
		live.Add(-1)
		ch.drop()
	}))

	// A loop that never ends fails the test here rather than at the
	// test binary's timeout.
	watchdog := time.AfterFunc(time.Minute, func() {
		panic(fmt.Sprintf("bound %d, round %d: the iteration did not end (%d senders not yet dropped)", bound, round, live.Load()))
	})
	next := make([]int, len(sent))
	n := 0
	for m := range ch.rx.Iter() {
		if m.i != next[m.from] {
			t.Fatalf("round %d: sender %d: got message %d, want %d", round, m.from, m.i, next[m.from])
		}
		next[m.from]++
		n++
	}
	watchdog.Stop()
	if l := live.Load(); l != 0 {
		t.Fatalf("round %d: the iteration ended with %d senders not yet dropped", round, l)
	}
	want := 0
	for k := range sent {
		want += int(sent[k].Load())
		if next[k] != int(sent[k].Load()) {
			t.Fatalf("round %d: sender %d: received %d messages, sent %d", round, k, next[k], sent[k].Load())
		}
	}
	if n != want || want < (moved+nested)*per {
		t.Fatalf("round %d: received %d messages, sent %d", round, n, want)
	}
	if r := ch.rx.TryRecv(); !r.IsErr() || r.ErrValue() != TryRecvErrorDisconnected {
		t.Fatalf("round %d: try_recv after the end = %s", round, dbg(r))
	}
	panicked := 0
	for _, h := range hs {
		if h.Join().IsErr() {
			panicked++
		}
	}
	if panicked != 1 {
		t.Fatalf("round %d: %d threads panicked, want 1", round, panicked)
	}
	ch.rx.Drop()
}

// TestStressGuardDropFlags: threads lock one mutex many times; the guard
// lives in a frame slot (its drop flag) and is, by turns, dropped
// explicitly, moved into a function that drops it, moved into a function
// that hands it back, or left to the frame's Unwind at the end of the
// scope. A guard dropped twice would unlock someone else's critical
// section (or crash on an unlocked mutex); one never dropped would
// deadlock. The critical sections check that they are alone.
func TestStressGuardDropFlags(t *testing.T) {
	const threads, iters = 8, 400
	m := NewMutex(0)
	var inside atomic.Int32
	var overlaps atomic.Int64
	enter := func() {
		if inside.Add(1) != 1 {
			overlaps.Add(1)
		}
	}
	leave := func() { inside.Add(-1) }
	// consume takes the guard by value (a Rust move into the call) and
	// drops it at its own end.
	consume := func(g *MutexGuard[int]) {
		var f Frame
		defer f.Unwind()
		f.Set(0, g)
		*g.Ptr()++
		leave()
	}
	// passThrough takes the guard and returns it.
	passThrough := func(g *MutexGuard[int]) *MutexGuard[int] {
		*g.Ptr()++
		return g
	}
	var hs []*JoinHandle[Unit]
	for th := range threads {
		hs = append(hs, Spawn(func() {
			for i := range iters {
				func() {
					var f Frame
					defer f.Unwind()
					g := m.LockUnwrap("s.rs:1:1")
					f.Set(0, g)
					enter()
					switch (th + i) % 4 {
					case 0: // drop(g)
						*g.Ptr()++
						leave()
						f.Drop(0)
					case 1: // consume(g): moved, the flag is cleared
						f.Forget(0)
						consume(g)
					case 2: // g = pass_through(g): moved out and back in
						f.Forget(0)
						g = passThrough(g)
						f.Set(0, g)
						leave()
						f.Drop(0)
					case 3: // dropped by the scope's end
						*g.Ptr()++
						leave()
					}
					if i%7 == 0 {
						YieldNow()
					}
				}()
			}
		}))
	}
	for _, h := range hs {
		h.Join().Unwrap("s.rs:2:2")
	}
	if o := overlaps.Load(); o != 0 {
		t.Fatalf("%d critical sections overlapped", o)
	}
	if m.IsPoisoned() {
		t.Fatal("poisoned without a panic")
	}
	if v := m.IntoInner().Unwrap("s.rs:3:3"); v != threads*iters {
		t.Fatalf("count = %d, want %d", v, threads*iters)
	}
	// Every guard was released: the lock is free.
	r := m.TryLock()
	if r.IsErr() {
		t.Fatalf("try_lock after the threads: %s", dbg(r.ErrValue()))
	}
	r.Unwrap("s.rs:4:4").Drop()
}

// TestStressPoisonSeenByWaiters: a thread panics while holding a lock that
// other threads are blocked on. Every one of them, and every later locker,
// sees the poison: lock() is Err(PoisonError) holding the guard (which
// into_inner gives back, with the panicking thread's write), lock().unwrap()
// panics with Rust's message and releases the lock; into_inner of the
// mutex is Err, its PoisonError's into_inner the final value. The same for
// RwLock readers and writers.
func TestStressPoisonSeenByWaiters(t *testing.T) {
	out := quietPanics(t)
	const waiters = 6
	for round := range 5 {
		m := NewMutex(0)
		var started atomic.Int32
		locked := make(chan struct{})
		holder := Spawn(func() {
			var f Frame
			defer f.Unwind()
			g := m.LockUnwrap("s.rs:1:1")
			f.Set(0, g)
			*g.Ptr() = 100
			close(locked)
			for started.Load() < waiters+1 {
				YieldNow()
			}
			Sleep(time.Millisecond) // let them block in lock()
			PanicStr("s.rs:2:2", "holder panics")
		})
		<-locked
		var saw atomic.Int32
		var hs []*JoinHandle[Unit]
		for range waiters {
			hs = append(hs, Spawn(func() {
				started.Add(1)
				r := m.Lock()
				if !r.IsErr() {
					r.Unwrap("s.rs:3:3").Drop()
					return
				}
				g := r.ErrValue().IntoInner()
				if g.Get() >= 100 {
					saw.Add(1)
				}
				*g.Ptr()++
				g.Drop()
			}))
		}
		// One waiter unwraps: it must panic, and release the lock while
		// unwinding.
		unwrapper := Spawn(func() {
			started.Add(1)
			g := m.LockUnwrap("s.rs:4:4")
			*g.Ptr() += 1000 // not reached
			g.Drop()
		})
		if !holder.Join().IsErr() {
			t.Fatal("holder did not panic")
		}
		if !unwrapper.Join().IsErr() {
			t.Fatalf("round %d: lock().unwrap() on the poisoned mutex did not panic", round)
		}
		for _, h := range hs {
			h.Join().Unwrap("s.rs:5:5")
		}
		if s := saw.Load(); s != waiters {
			t.Fatalf("round %d: %d of %d waiters saw the poison with the holder's write", round, s, waiters)
		}
		if !m.IsPoisoned() {
			t.Fatalf("round %d: not poisoned", round)
		}
		// A later lock from another thread sees it too.
		later := SpawnValue(func() bool {
			r := m.Lock()
			if r.IsErr() {
				r.ErrValue().IntoInner().Drop()
				return true
			}
			r.Unwrap("s.rs:6:6").Drop()
			return false
		})
		if !later.Join().Unwrap("s.rs:6:6") {
			t.Fatalf("round %d: a later lock() is Ok", round)
		}
		inner := m.IntoInner()
		if !inner.IsErr() {
			t.Fatalf("round %d: into_inner is Ok", round)
		}
		if v := inner.ErrValue().IntoInner(); v != 100+waiters {
			t.Fatalf("round %d: into_inner through the poison = %d, want %d", round, v, 100+waiters)
		}
	}
	if c := strings.Count(out.String(), "PoisonError { .. }"); c != 5 {
		t.Errorf("%d unwrap panic messages, want 5:\n%s", c, out)
	}

	// RwLock: a writer panics while readers and a writer wait.
	l := NewRwLock(1)
	var started atomic.Int32
	locked := make(chan struct{})
	w := Spawn(func() {
		var f Frame
		defer f.Unwind()
		g := l.WriteUnwrap("s.rs:7:7")
		f.Set(0, g)
		g.Set(2)
		close(locked)
		for started.Load() < 4 {
			YieldNow()
		}
		Sleep(time.Millisecond)
		PanicStr("s.rs:8:8", "writer panics")
	})
	<-locked
	var hs []*JoinHandle[int]
	for k := range 4 {
		hs = append(hs, SpawnValue(func() int {
			started.Add(1)
			if k%2 == 0 {
				r := l.Read()
				if !r.IsErr() {
					r.Unwrap("s.rs:9:9").Drop()
					return -1
				}
				g := r.ErrValue().IntoInner()
				v := g.Get()
				g.Drop()
				return v
			}
			r := l.Write()
			if !r.IsErr() {
				r.Unwrap("s.rs:10:10").Drop()
				return -1
			}
			g := r.ErrValue().IntoInner()
			v := g.Get()
			g.Drop()
			return v
		}))
	}
	if !w.Join().IsErr() {
		t.Fatal("writer did not panic")
	}
	for k, h := range hs {
		if v := h.Join().Unwrap("s.rs:11:11"); v != 2 {
			t.Errorf("rwlock waiter %d: got %d, want Err(PoisonError) holding 2", k, v)
		}
	}
	if v := l.IntoInner().UnwrapOrElse(func(e PoisonError[int]) int { return -e.IntoInner() }); v != -2 {
		t.Errorf("rwlock into_inner = %d, want Err holding 2", v)
	}
}

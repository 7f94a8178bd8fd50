package rt

import (
	"strings"
	"sync"
	"testing"
)

func TestMutexTexts(t *testing.T) {
	m := NewMutex(int32(5))
	if got := dbg(m); got != "Mutex { data: 5, poisoned: false, .. }" {
		t.Errorf("unlocked: %s", got)
	}
	g := m.LockUnwrap("t.rs:1:1")
	if got := dbg(m); got != `Mutex { data: "<locked>", poisoned: false, .. }` {
		t.Errorf("locked: %s", got)
	}
	if got := dbg(g) + " " + disp(g); got != "5 5" {
		t.Errorf("guard: %s", got)
	}
	r := m.TryLock()
	if got := dbg(r.ErrValue()) + " | " + disp(r.ErrValue()); got != `"WouldBlock" | try_lock failed because the operation would block` {
		t.Errorf("try_lock: %s", got)
	}
	g.Drop()
	p := NewPoisonError(3)
	if got := dbg(p) + " | " + disp(p); got != "PoisonError { .. } | poisoned lock: another task failed inside" {
		t.Errorf("poison: %s", got)
	}
	e := TryLockErrorPoisoned(p)
	if got := dbg(e) + " | " + disp(e); got != `"Poisoned(..)" | poisoned lock: another task failed inside` {
		t.Errorf("try_lock poisoned: %s", got)
	}
	if got := pretty(m); got != "Mutex {\n    data: 5,\n    poisoned: false,\n    ..\n}" {
		t.Errorf("pretty: %q", got)
	}
	if got := pretty(TryLockErrorWouldBlock[int]()); got != `"WouldBlock"` {
		t.Errorf("pretty WouldBlock: %q", got)
	}
}

// TestMutexGuardScope is conformance 30-sync/mutex_guard_scope_drop.
func TestMutexGuardScope(t *testing.T) {
	m := NewMutex([]string{"start"})
	status := func() string {
		r := m.TryLock()
		if r.IsOk() {
			r.OkValue().Drop()
			return "free"
		}
		if r.ErrValue().IsWouldBlock() {
			return "locked"
		}
		return "poisoned"
	}
	var got []string
	{
		g := m.LockUnwrap("t.rs:1:1")
		*g.Ptr() = append(*g.Ptr(), "scoped")
		got = append(got, status())
		g.Drop()
	}
	got = append(got, status())
	g := m.Lock().Unwrap("t.rs:1:1")
	*g.Ptr() = append(*g.Ptr(), "explicit")
	got = append(got, status())
	g.Drop()
	got = append(got, status())
	// A guard held by one thread blocks another thread's try_lock.
	g = m.LockUnwrap("t.rs:1:1")
	got = append(got, SpawnValue(status).Join().Unwrap("t.rs:1:1"))
	g.Drop()
	got = append(got, SpawnValue(status).Join().Unwrap("t.rs:1:1"))
	if want := "locked free locked free locked free"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	if v := m.IntoInner().Unwrap("t.rs:1:1"); len(v) != 3 {
		t.Errorf("into_inner: %v", v)
	}
}

// dropIn takes a guard by value and drops it: a guard moved into another
// function (Rust: `fn consume(g: MutexGuard<i32>) { .. }`).
func dropIn(g *MutexGuard[int], add int) {
	*g.Ptr() += add
	g.Drop()
}

// TestMutexGuardMoved drops guards on one path and moves them into other
// functions (and other threads) on another.
func TestMutexGuardMoved(t *testing.T) {
	m := NewMutex(0)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 500 {
				g := m.LockUnwrap("t.rs:1:1")
				if (i+j)%2 == 0 {
					dropIn(g, 1)
					continue
				}
				*g.Ptr() += 1
				g.Drop()
			}
		}()
	}
	// A guard taken here and released by another thread (MutexGuard is
	// !Send in Rust, but a guard moved into a scoped thread's closure that
	// drops it is the same hand-over as far as the lock is concerned).
	g := m.LockUnwrap("t.rs:1:1")
	done := make(chan struct{})
	go func() { dropIn(g, 1000); close(done) }()
	<-done
	wg.Wait()
	if v := m.LockUnwrap("t.rs:1:1"); v.Get() != 8*500+1000 {
		t.Errorf("count = %d", v.Get())
	} else {
		v.Drop()
	}
}

// TestMutexPoisoning is conformance 30-sync/mutex_poisoning: a thread that
// panics while holding the guard poisons the mutex.
func TestMutexPoisoning(t *testing.T) {
	out := quietPanics(t)
	balance := NewMutex(int32(100))
	r := Spawn(func() {
		g := balance.LockUnwrap("t.rs:10:33")
		defer func() {
			// What translated code does on unwinding: drop the live guard.
			if Panicking() {
				g.Drop()
			}
		}()
		*g.Ptr() -= 30
		if g.Get() < 80 {
			PanicString("t.rs:13:13", "invariant violated: balance 70")
		}
		g.Drop()
	}).Join()
	if !r.IsErr() {
		t.Fatal("worker did not panic")
	}
	if !balance.IsPoisoned() {
		t.Fatal("not poisoned")
	}
	lr := balance.Lock()
	if lr.IsOk() {
		t.Fatal("lock after poison is Ok")
	}
	if got := disp(lr.ErrValue()); got != "poisoned lock: another task failed inside" {
		t.Errorf("display: %s", got)
	}
	g := lr.ErrValue().IntoInner()
	if g.Get() != 70 {
		t.Errorf("recovered %d", g.Get())
	}
	*g.Ptr() += 30
	g.Drop()
	if !balance.IsPoisoned() {
		t.Error("poison cleared by a clean drop")
	}
	balance.ClearPoison()
	if balance.IsPoisoned() {
		t.Error("clear_poison")
	}
	if got := Sprint(MapResult(balance.Lock(), func(g *MutexGuard[int32]) int32 { v := g.Get(); g.Drop(); return v }),
		DebugResult(DebugInt[int32], Debug[PoisonError[*MutexGuard[int32]]]), DebugSpec); got != "Ok(100)" {
		t.Errorf("lock now: %s", got)
	}

	// A poisoned lock that is never repaired; lock().unwrap() panics with
	// Rust's message and releases the lock while unwinding.
	m := NewMutex("data")
	Spawn(func() {
		g := m.LockUnwrap("t.rs:38:22")
		defer func() {
			if Panicking() {
				g.Drop()
			}
		}()
		PanicStr("t.rs:39:13", "second panic")
	}).Join()
	if r := m.Lock(); !r.IsErr() {
		t.Error("lock().is_err() false")
	} else {
		r.ErrValue().IntoInner().Drop() // the temporary's drop
	}
	r = Spawn(func() { m.LockUnwrap("t.rs:45:7").Drop() }).Join()
	if !r.IsErr() {
		t.Error("lock().unwrap() on a poisoned mutex did not panic")
	}
	if m.TryLock().ErrValue().IsWouldBlock() {
		t.Error("the panicking lock().unwrap() kept the lock")
	}
	text := m.IntoInner().UnwrapOrElse(func(e PoisonError[string]) string { return e.IntoInner() })
	if text != "data" {
		t.Errorf("into_inner through poison: %s", text)
	}
	want := "\nthread '<unnamed>' (N) panicked at t.rs:13:13:\ninvariant violated: balance 70\n" +
		"\nthread '<unnamed>' (N) panicked at t.rs:39:13:\nsecond panic\n" +
		"\nthread '<unnamed>' (N) panicked at t.rs:45:7:\ncalled `Result::unwrap()` on an `Err` value: PoisonError { .. }\n"
	if got := threadNum.ReplaceAllString(out.String(), "$1 (N)"); strings.ReplaceAll(got, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n", "") != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
	}
}

// TestMutexPanickingHolderDoesNotPoison: a guard taken while the thread is
// already unwinding (in a destructor) does not poison the mutex when it
// is dropped, as in Rust.
func TestMutexPanickingHolderDoesNotPoison(t *testing.T) {
	quietPanics(t)
	m := NewMutex(0)
	Spawn(func() {
		defer func() {
			g := m.LockUnwrap("t.rs:1:1") // in a Drop impl during unwinding
			*g.Ptr() = 1
			g.Drop()
		}()
		PanicStr("t.rs:2:2", "boom")
	}).Join()
	if m.IsPoisoned() {
		t.Error("poisoned by a guard taken while panicking")
	}
	if m.LockUnwrap("t.rs:1:1").Get() != 1 {
		t.Error("destructor did not run")
	}
}

// TestMutexPoisonStress panics in many threads holding the lock, while
// others keep locking it: the lock is always released and the count of
// completed increments is exact.
func TestMutexPoisonStress(t *testing.T) {
	quietPanics(t)
	m := NewMutex(0)
	var hs []*JoinHandle[Unit]
	for i := range 16 {
		hs = append(hs, Spawn(func() {
			for j := range 50 {
				r := m.Lock()
				g := r.UnwrapOrElse(func(e PoisonError[*MutexGuard[int]]) *MutexGuard[int] { return e.IntoInner() })
				func() {
					defer func() {
						if Panicking() {
							g.Drop()
						}
					}()
					*g.Ptr()++
					if j == 49 && i%4 == 0 {
						PanicStr("t.rs:1:1", "stress")
					}
				}()
				g.Drop()
			}
		}))
	}
	failed := 0
	for _, h := range hs {
		if h.Join().IsErr() {
			failed++
		}
	}
	if failed != 4 || !m.IsPoisoned() {
		t.Fatalf("failed %d, poisoned %v", failed, m.IsPoisoned())
	}
	if v := m.GetMut().ErrValue().IntoInner(); *v != 16*50 {
		t.Fatalf("count %d", *v)
	}
}

func TestMutexGetMut(t *testing.T) {
	m := NewMutex([]int{1})
	p := m.GetMut().Unwrap("t.rs:1:1")
	*p = append(*p, 2)
	if got := Sprint(m, DebugMutex(DebugSlice(DebugInt[int])), DebugSpec); got != "Mutex { data: [1, 2], poisoned: false, .. }" {
		t.Errorf("%s", got)
	}
}

// TestMutexContention hammers one mutex from many goroutines, mixing lock,
// try_lock and condvar-free hand-overs: mutual exclusion holds (a plain
// counter stays exact) and nobody sleeps forever.
func TestMutexContention(t *testing.T) {
	m := NewMutex(0)
	var inside int32
	var wg sync.WaitGroup
	const workers, per = 16, 3000
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; {
				var g *MutexGuard[int]
				if (w+i)%5 == 0 {
					r := m.TryLock()
					if r.IsErr() {
						continue
					}
					g = r.OkValue()
				} else {
					g = m.LockUnwrap("t.rs:1:1")
				}
				inside++
				if inside != 1 {
					t.Error("two holders")
				}
				*g.Ptr()++
				inside--
				g.Drop()
				i++
			}
		}()
	}
	wg.Wait()
	if v := m.IntoInner().Unwrap("t.rs:1:1"); v != workers*per {
		t.Fatalf("count %d", v)
	}
}

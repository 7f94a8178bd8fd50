package rt

import (
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestOnceOnceLockLazyLock is conformance 30-sync/once_oncelock_lazylock.
func TestOnceOnceLockLazyLock(t *testing.T) {
	var init SyncOnce
	var initRuns, lazyRuns atomic.Int32
	var config OnceLock[string]
	squares := NewLazyLock(func() map[uint32]uint32 {
		lazyRuns.Add(1)
		m := map[uint32]uint32{}
		for i := uint32(1); i <= 10; i++ {
			m[i] = i * i
		}
		return m
	})
	if init.IsCompleted() || config.Get().IsSome() {
		t.Fatal("before")
	}
	var hs []*JoinHandle[string]
	for i := range uint32(6) {
		hs = append(hs, SpawnValue(func() string {
			init.CallOnce("t.rs:1:1", func() { initRuns.Add(1) })
			c := config.GetOrInit(func() string { initRuns.Add(100); return "mode=fast" })
			return *c + " " + string(rune('0'+(*squares.Force())[i+1]%10))
		}))
	}
	for _, h := range hs {
		if s := h.Join().Unwrap("t.rs:1:1"); !strings.HasPrefix(s, "mode=fast ") {
			t.Errorf("thread saw %q", s)
		}
	}
	if initRuns.Load() != 101 || lazyRuns.Load() != 1 || !init.IsCompleted() {
		t.Errorf("init runs %d, lazy runs %d", initRuns.Load(), lazyRuns.Load())
	}
	if got := Sprint(config.Set("mode=slow"), DebugResult(DebugUnit, DebugStr), DebugSpec); got != `Err("mode=slow")` {
		t.Errorf("set again: %s", got)
	}
	cell := NewOnceLock[[]int32]()
	show := DebugOnceLock(DebugSlice(DebugInt[int32]))
	if got := Sprint(cell, show, DebugSpec); got != "OnceLock(<uninit>)" {
		t.Errorf("debug empty: %s", got)
	}
	if !cell.Set([]int32{1, 2}).IsOk() {
		t.Error("first set")
	}
	if got := Sprint(cell, show, DebugSpec); got != "OnceLock([1, 2])" {
		t.Errorf("debug set: %s", got)
	}
	if got := Sprint(cell, show, PrettySpec); got != "OnceLock(\n    [\n        1,\n        2,\n    ],\n)" {
		t.Errorf("pretty: %q", got)
	}
	if v := *cell.GetOrInit(func() []int32 { return []int32{9} }); len(v) != 2 {
		t.Error("get_or_init keeps first")
	}
	if v := cell.IntoInner().Unwrap("t.rs:1:1"); len(v) != 2 {
		t.Error("into_inner")
	}
	if v := cell.Take().Unwrap("t.rs:1:1"); len(v) != 2 || cell.Get().IsSome() {
		t.Error("take")
	}
	if got := dbg(NewLazyLock(func() int32 { return 5 })); got != "LazyLock(<uninit>)" {
		t.Errorf("lazy debug: %s", got)
	}
	l := NewLazyLock(func() int32 { return 5 })
	if l.Get() != 5 || dbg(l) != "LazyLock(5)" || dbg(&init) != "Once { .. }" {
		t.Errorf("lazy debug after force: %s", dbg(l))
	}
}

// TestOncePoisoned: a panicking call_once poisons the Once; call_once then
// panics with Rust's message at its own call site, call_once_force runs.
func TestOncePoisoned(t *testing.T) {
	out := quietPanics(t)
	o := NewSyncOnce()
	if Spawn(func() { o.CallOnce("t.rs:5:56", func() { PanicStr("t.rs:5:56", "in once") }) }).Join().IsOk() {
		t.Fatal("no panic")
	}
	if Spawn(func() { o.CallOnce("t.rs:6:43", func() {}) }).Join().IsOk() {
		t.Fatal("call_once on a poisoned Once did not panic")
	}
	if o.IsCompleted() {
		t.Fatal("completed after a panic")
	}
	poisoned := false
	o.CallOnceForce(func(s OnceState) { poisoned = s.IsPoisoned() })
	if !poisoned || !o.IsCompleted() {
		t.Fatal("call_once_force")
	}
	o.Wait("t.rs:1:1")
	want := "in once\n\nthread '<unnamed>' (N) panicked at t.rs:6:43:\nOnce instance has previously been poisoned\n"
	if got := threadNum.ReplaceAllString(out.String(), "$1 (N)"); !strings.HasSuffix(got, want) {
		t.Errorf("stderr %q", got)
	}
}

// TestLazyLockPoisoned: a panicking initializer poisons the LazyLock; the
// next use panics at Rust's own std location.
func TestLazyLockPoisoned(t *testing.T) {
	out := quietPanics(t)
	l := NewLazyLock(func() int32 { PanicStr("t.rs:2:44", "boom"); return 0 })
	Spawn(func() { l.Force() }).Join()
	Spawn(func() { l.Force() }).Join()
	want := "\nthread '<unnamed>' (N) panicked at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/sync/lazy_lock.rs:410:5:\nLazyLock instance has previously been poisoned\n"
	if got := threadNum.ReplaceAllString(out.String(), "$1 (N)"); !strings.HasSuffix(got, want) {
		t.Errorf("stderr %q", got)
	}
}

// TestOnceLockInitPanicRetries: OnceLock is not poisoned by a panicking
// initializer; the next get_or_init runs its own.
func TestOnceLockInitPanicRetries(t *testing.T) {
	quietPanics(t)
	var c OnceLock[int32]
	Spawn(func() { c.GetOrInit(func() int32 { PanicStr("t.rs:1:1", "ol"); return 0 }) }).Join()
	if *c.GetOrInit(func() int32 { return 3 }) != 3 {
		t.Fatal("retry")
	}
}

// TestOnceWait: Once::wait and OnceLock::wait block until another thread
// completes the initialization.
func TestOnceWait(t *testing.T) {
	var o SyncOnce
	var c OnceLock[string]
	var wg sync.WaitGroup
	var order atomic.Int32
	for range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			o.Wait("t.rs:1:1")
			if order.Load() == 0 {
				t.Error("Once::wait returned early")
			}
		}()
		go func() {
			defer wg.Done()
			if *c.Wait() != "v" {
				t.Error("OnceLock::wait value")
			}
		}()
	}
	time.Sleep(10 * time.Millisecond)
	order.Store(1)
	o.CallOnce("t.rs:1:1", func() {})
	c.Set("v")
	wg.Wait()
}

// TestOnceConcurrent: many threads race to initialize; exactly one
// initializer runs and everyone sees its value.
func TestOnceConcurrent(t *testing.T) {
	for range 20 {
		var runs atomic.Int32
		c := NewOnceLock[*int]()
		l := NewLazyLock(func() int { runs.Add(1); return 42 })
		var wg sync.WaitGroup
		ptrs := make([]*int, 8)
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ptrs[i] = *c.GetOrInit(func() *int { runs.Add(1); v := i; return &v })
				if *l.Force() != 42 {
					t.Error("lazy value")
				}
			}()
		}
		wg.Wait()
		if runs.Load() != 2 {
			t.Fatalf("runs %d", runs.Load())
		}
		for _, p := range ptrs {
			if p != ptrs[0] {
				t.Fatal("different values")
			}
		}
	}
}

package rt

import (
	"sync"
	"testing"
	"time"
)

func TestRwLockTexts(t *testing.T) {
	l := NewRwLock([]int32{1})
	show := DebugRwLock(DebugSlice(DebugInt[int32]))
	if got := Sprint(l, show, DebugSpec); got != "RwLock { data: [1], poisoned: false, .. }" {
		t.Errorf("unlocked: %s", got)
	}
	w := l.WriteUnwrap("t.rs:1:1")
	if got := Sprint(l, show, DebugSpec); got != "RwLock { data: <locked>, poisoned: false, .. }" {
		t.Errorf("write-locked: %s", got)
	}
	w.Drop()
	r := l.ReadUnwrap("t.rs:1:1")
	if got := Sprint(l, show, DebugSpec); got != "RwLock { data: [1], poisoned: false, .. }" {
		t.Errorf("read-locked: %s", got)
	}
	if got := Sprint(l, show, PrettySpec); got != "RwLock {\n    data: [\n        1,\n    ],\n    poisoned: false,\n    ..\n}" {
		t.Errorf("pretty: %q", got)
	}
	r.Drop()
	if got := dbg(NewRwLock(int32(1))); got != "RwLock { data: 1, poisoned: false, .. }" {
		t.Errorf("FmtDebug: %s", got)
	}
}

// TestRwLockReadersWriters is conformance 30-sync/rwlock_readers_writers:
// readers hold read guards at the same time (a barrier proves it), writers
// exclude everyone, try_write fails while a reader is in.
func TestRwLockReadersWriters(t *testing.T) {
	table := NewRwLock(map[string]int32{"x": 1, "y": 2})
	barrier := NewBarrier(3)
	var hs []*JoinHandle[int32]
	for i := range int32(3) {
		hs = append(hs, SpawnValue(func() int32 {
			g := table.Read().Unwrap("t.rs:1:1")
			barrier.Wait()
			var sum int32
			for _, v := range *g.Ptr() {
				sum += v
			}
			g.Drop()
			return sum * (i + 1)
		}))
	}
	for i, h := range hs {
		if v := h.Join().Unwrap("t.rs:1:1"); v != 3*int32(i+1) {
			t.Errorf("reader %d saw %d", i, v)
		}
	}
	var ws []*JoinHandle[Unit]
	for _, key := range []string{"a", "b", "c", "d"} {
		ws = append(ws, Spawn(func() {
			w := table.Write().Unwrap("t.rs:1:1")
			(*w.Ptr())[key] = 10
			(*w.Ptr())["x"]++
			w.Drop()
		}))
	}
	for _, w := range ws {
		w.Join().Unwrap("t.rs:1:1")
	}
	r := table.ReadUnwrap("t.rs:1:1")
	if len(r.Get()) != 6 || r.Get()["x"] != 5 {
		t.Errorf("after writers: %v", r.Get())
	}
	if tw := table.TryWrite(); !tw.IsErr() || !tw.ErrValue().IsWouldBlock() {
		t.Error("try_write while reading succeeded")
	}
	tr := table.TryRead()
	if !tr.IsOk() {
		t.Error("try_read while reading failed")
	} else {
		tr.OkValue().Drop()
	}
	r.Drop()
	tw := table.TryWrite()
	if !tw.IsOk() {
		t.Error("try_write after drop failed")
	} else {
		if tr := table.TryRead(); !tr.IsErr() {
			t.Error("try_read while writing succeeded")
		}
		tw.OkValue().Drop()
	}
}

// TestRwLockPoisoning: only a write guard dropped while panicking poisons.
func TestRwLockPoisoning(t *testing.T) {
	quietPanics(t)
	l := NewRwLock(1)
	Spawn(func() {
		g := l.ReadUnwrap("t.rs:1:1")
		defer func() {
			if Panicking() {
				g.Drop()
			}
		}()
		PanicStr("t.rs:2:2", "reader panics")
	}).Join()
	if l.IsPoisoned() {
		t.Fatal("a read guard poisoned the lock")
	}
	Spawn(func() {
		g := l.WriteUnwrap("t.rs:1:1")
		defer func() {
			if Panicking() {
				g.Drop()
			}
		}()
		g.Set(2)
		PanicStr("t.rs:2:2", "writer panics")
	}).Join()
	if !l.IsPoisoned() {
		t.Fatal("a write guard did not poison the lock")
	}
	r := l.Read()
	if !r.IsErr() || r.ErrValue().IntoInner().Get() != 2 {
		t.Fatal("read on a poisoned lock")
	}
	r.ErrValue().IntoInner().Drop()
	if tr := l.TryRead(); !tr.IsErr() || !tr.ErrValue().IsPoisoned() {
		t.Fatal("try_read on a poisoned lock")
	} else {
		p, _ := tr.ErrValue().Poisoned()
		p.IntoInner().Drop()
	}
	if h := Spawn(func() { l.WriteUnwrap("t.rs:9:9").Drop() }).Join(); !h.IsErr() {
		t.Fatal("write().unwrap() on a poisoned lock did not panic")
	}
	if h := Spawn(func() { l.ReadUnwrap("t.rs:9:9").Drop() }).Join(); !h.IsErr() {
		t.Fatal("read().unwrap() on a poisoned lock did not panic")
	}
	if tw := l.TryWrite(); !tw.IsErr() || tw.ErrValue().IsWouldBlock() {
		t.Fatal("the lock was kept by a failed unwrap")
	} else {
		p, _ := tw.ErrValue().Poisoned()
		p.IntoInner().Drop()
	}
	if v := *l.GetMut().ErrValue().IntoInner(); v != 2 {
		t.Errorf("get_mut: %d", v)
	}
	l.ClearPoison()
	if v := l.IntoInner().Unwrap("t.rs:1:1"); v != 2 {
		t.Errorf("into_inner: %d", v)
	}
}

// TestRwLockStress: writers keep an invariant (a == b) that readers check,
// under the race detector.
func TestRwLockStress(t *testing.T) {
	type pair struct{ a, b int }
	l := NewRwLock(pair{})
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				g := l.ReadUnwrap("t.rs:1:1")
				if p := g.Get(); p.a != p.b {
					t.Errorf("torn read %v", p)
				}
				g.Drop()
			}
		}()
	}
	for range 2000 {
		g := l.WriteUnwrap("t.rs:1:1")
		g.Ptr().a++
		g.Ptr().b++
		g.Drop()
	}
	time.Sleep(time.Millisecond)
	close(stop)
	wg.Wait()
	if p := l.IntoInner().Unwrap("t.rs:1:1"); p.a != 2000 {
		t.Errorf("final %v", p)
	}
}

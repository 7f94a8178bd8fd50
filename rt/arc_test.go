package rt

import (
	"sync"
	"testing"
)

// TestArcCounts is conformance 30-sync/arc_shared_readonly.
func TestArcCounts(t *testing.T) {
	readings := NewArc([]float64{12.5, 8.25, 15.0, 9.75})
	if readings.StrongCount() != 1 {
		t.Fatal("count at start")
	}
	a := readings.Clone()
	b := readings.Clone()
	if readings.StrongCount() != 3 || !a.PtrEq(b) {
		t.Fatal("count with two clones")
	}
	h1 := SpawnValue(func() float64 { defer a.Drop(); return (*a.Ptr())[2] })
	h2 := SpawnValue(func() int { defer b.Drop(); return len(b.Get()) })
	if h1.Join().Unwrap("t.rs:1:1") != 15 || h2.Join().Unwrap("t.rs:1:1") != 4 {
		t.Fatal("threads")
	}
	if readings.StrongCount() != 1 {
		t.Fatalf("count after threads: %d", readings.StrongCount())
	}
	extra := readings.Clone()
	r := readings.TryUnwrap()
	if r.IsOk() {
		t.Fatal("try_unwrap while shared")
	}
	readings = r.ErrValue()
	if readings.StrongCount() != 2 {
		t.Fatal("try_unwrap changed the count")
	}
	extra.Drop()
	owned := readings.TryUnwrap().Unwrap("t.rs:1:1")
	if len(owned) != 4 {
		t.Fatal("owned")
	}
	if got := dbg(NewArc(int32(5))); got != "5" {
		t.Errorf("debug %s", got)
	}
}

func TestArcWeakAndIntoInner(t *testing.T) {
	a := NewArc(5)
	w := a.Downgrade()
	if a.WeakCount() != 1 || w.StrongCount() != 1 || a.GetMut().IsSome() {
		t.Fatal("counts with a weak")
	}
	u := w.Upgrade().Unwrap("t.rs:1:1")
	if a.StrongCount() != 2 || !u.PtrEq(a) {
		t.Fatal("upgrade")
	}
	u.Drop()
	if v := a.IntoInner().Unwrap("t.rs:1:1"); v != 5 {
		t.Fatal("into_inner")
	}
	if w.Upgrade().IsSome() || w.WeakCount() != 0 {
		t.Fatal("upgrade after the last strong handle")
	}
	w.Drop()
	if NewWeak[int]().Upgrade().IsSome() || dbg(NewWeak[int]()) != "(Weak)" {
		t.Fatal("Weak::new")
	}
	b := NewArc([]int{1})
	c := b.Clone()
	p := &c
	v := ArcMakeMut(p, func(v []int) []int { return append([]int(nil), v...) })
	*v = append(*v, 2)
	if len(b.Get()) != 1 || len(c.Get()) != 2 || b.StrongCount() != 1 {
		t.Fatal("make_mut")
	}
	*b.GetMut().Unwrap("t.rs:1:1") = nil
}

// TestArcDropWith: the last drop runs the drop glue, once, whichever
// thread drops last.
func TestArcDropWith(t *testing.T) {
	for range 50 {
		tx, rx := Channel[int]()
		a := NewArc(tx)
		var wg sync.WaitGroup
		for i := range 8 {
			c := a.Clone()
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.Ptr().Send(i)
				c.DropWith(func(s *Sender[int]) { s.Drop() })
			}()
		}
		a.DropWith(func(s *Sender[int]) { s.Drop() })
		n := 0
		for range rx.Iter() {
			n++
		}
		wg.Wait()
		if n != 8 {
			t.Fatalf("received %d", n)
		}
	}
}

// TestArcMutexCounter is conformance 30-sync/arc_mutex_counter.
func TestArcMutexCounter(t *testing.T) {
	counter := NewArc(NewMutex(uint64(0)))
	var hs []*JoinHandle[int32]
	for i := range int32(8) {
		c := counter.Clone()
		hs = append(hs, SpawnValue(func() int32 {
			defer c.Drop()
			for range 1000 {
				g := c.Get().LockUnwrap("t.rs:1:1")
				*g.Ptr()++
				g.Drop()
			}
			return i
		}))
	}
	if n := counter.StrongCount(); n < 1 || n > 9 {
		t.Fatalf("count while running %d", n)
	}
	for _, h := range hs {
		h.Join().Unwrap("t.rs:1:1")
	}
	if counter.StrongCount() != 1 {
		t.Fatal("count after joins")
	}
	v := counter.TryUnwrap().Expect("t.rs:1:1", "still shared").IntoInner().Unwrap("t.rs:1:1")
	if v != 8000 {
		t.Fatalf("value %d", v)
	}
}

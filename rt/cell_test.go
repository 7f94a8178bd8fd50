package rt

import (
	"strings"
	"testing"
	"time"
)

func TestCell(t *testing.T) {
	c := NewCell[int32](5)
	c.Set(c.Get() + 1)
	if got := c.Replace(10); got != 6 {
		t.Fatalf("Replace returned %d", got)
	}
	if got := c.Take(); got != 10 || c.Get() != 0 {
		t.Fatalf("Take: %d, left %d", got, c.Get())
	}
	if s := ToString(c, (*Cell[int32]).FmtDebug); s != "Cell { value: 0 }" {
		t.Fatalf("Debug: %q", s)
	}
}

func TestRefCellBorrows(t *testing.T) {
	quietPanics(t)
	c := NewRefCell([]int32{1})
	r1, r2 := c.Borrow("x.rs:1:1"), c.Borrow("x.rs:1:2")
	if !c.TryBorrowMut().IsErr() {
		t.Fatal("try_borrow_mut succeeded while borrowed")
	}
	r1.Drop()
	r2.Drop()
	m := c.BorrowMut("x.rs:2:1")
	*m.Ptr() = append(*m.Ptr(), 2)
	if !c.TryBorrow().IsErr() {
		t.Fatal("try_borrow succeeded while mutably borrowed")
	}
	if s := ToString(c, (*RefCell[[]int32]).FmtDebug); s != "RefCell { value: <borrowed> }" {
		t.Fatalf("Debug while borrowed: %q", s)
	}
	m.Drop()
	if s := ToString(c, (*RefCell[[]int32]).FmtDebug); s != "RefCell { value: [1, 2] }" {
		t.Fatalf("Debug: %q", s)
	}
	p := CatchUnwind(func() Unit {
		c.BorrowMut("x.rs:3:1")
		c.Borrow("x.rs:3:2")
		return Unit{}
	})
	e, _ := p.Err().Get()
	if msg, _ := e.DowncastStr().Get(); msg != "RefCell already mutably borrowed" {
		t.Fatalf("panic message %q", msg)
	}
}

func TestRc(t *testing.T) {
	r := NewRc(NewRefCell(int32(0)))
	a := r.Clone()
	w := r.Downgrade()
	if r.StrongCount() != 2 || r.WeakCount() != 1 {
		t.Fatalf("counts %d %d", r.StrongCount(), r.WeakCount())
	}
	a.Drop()
	if !r.TryUnwrap().IsOk() {
		t.Fatal("try_unwrap of the last handle failed")
	}
	if w.Upgrade().IsSome() {
		t.Fatal("upgrade after the value was taken")
	}
}

func TestDurationHelpers(t *testing.T) {
	quietPanics(t)
	b := DurationFromSecsF64("x.rs:1:1", 1.5)
	a := 250 * time.Millisecond
	if DurationAsMillis(b) != 1500 || DurationSubsecMillis(b) != 500 || DurationAsSecs(b) != 1 {
		t.Fatal("conversions")
	}
	if DurationCheckedSub(a, b).IsSome() || DurationSaturatingSub(a, b) != 0 {
		t.Fatal("checked/saturating sub")
	}
	if s := ToString(DurationFromSecsF32("x.rs:1:1", 0.1), DebugDuration); s != "100.000001ms" {
		t.Fatalf("from_secs_f32(0.1) = %s", s)
	}
	r := CatchUnwind(func() time.Duration { return DurationSub(a, b, "x.rs:2:1") })
	e, _ := r.Err().Get()
	if msg, _ := e.DowncastStr().Get(); msg != "overflow when subtracting durations" {
		t.Fatalf("panic %q", msg)
	}
	i := InstantNow()
	if i.Elapsed() < 0 || InstantNow().DurationSince(i) < 0 || i.DurationSince(InstantNow()) != 0 {
		t.Fatal("instants")
	}
}

func TestLocalKeyPerThread(t *testing.T) {
	k := NewLocalKey(func() *Cell[int32] { return NewCell[int32](0) })
	LocalCellSet(k, 7)
	h := SpawnValue(func() int32 {
		LocalDo(k, func(c *Cell[int32]) { c.Set(c.Get() + 1) })
		return LocalCellGet(k)
	})
	if v := h.Join().Unwrap("x.rs:1:1"); v != 1 {
		t.Fatalf("spawned thread saw %d", v)
	}
	if v := LocalCellGet(k); v != 7 {
		t.Fatalf("main saw %d", v)
	}
}

func TestPayloadDowncasts(t *testing.T) {
	quietPanics(t)
	h := Spawn(func() { PanicAny("x.rs:1:1", uint8(7)) })
	p, _ := h.Join().Err().Get()
	if v, ok := DowncastValue[uint8](p).Get(); !ok || v != 7 {
		t.Fatal("downcast_ref::<u8>")
	}
	if DowncastStrBox(p).IsOk() || !DowncastBox[uint8](p).IsOk() {
		t.Fatal("downcast")
	}
	h2 := Spawn(func() { PanicString("x.rs:2:1", "code 42") })
	p2, _ := h2.Join().Err().Get()
	if s, _ := DowncastStringBox(p2).Ok().Get(); s != "code 42" {
		t.Fatalf("downcast::<String> = %q", s)
	}
}

func TestChannelPairAndIter(t *testing.T) {
	ch := ChannelPair[int32]()
	tx, rx := ch.F0, ch.F1
	go func() {
		for i := int32(0); i < 3; i++ {
			tx.Send(i)
		}
		tx.Drop()
	}()
	var got []int32
	it := ReceiverIntoIter(rx)
	for v := range it.All() {
		got = append(got, v)
	}
	if len(got) != 3 || got[2] != 2 {
		t.Fatalf("got %v", got)
	}
}

func TestTryLockErrorDrop(t *testing.T) {
	m := NewMutex([]string{"a"})
	g := m.Lock().Unwrap("x.rs:1:1")
	r := m.TryLock()
	if !r.IsErr() {
		t.Fatal("try_lock while locked")
	}
	e, _ := r.Err().Get()
	if !e.IsWouldBlock() {
		t.Fatal("not WouldBlock")
	}
	r.Drop() // WouldBlock holds no guard: nothing happens
	g.Drop()
	r2 := m.TryLock()
	r2.Drop() // Ok(guard): unlocks
	if !m.TryLock().IsOk() {
		t.Fatal("the guard of a dropped Result was not released")
	}
	if s := ToString(NewRcWeak[int32](), (*RcWeak[int32]).FmtDebug); !strings.Contains(s, "Weak") {
		t.Fatal(s)
	}
}

package rt

import (
	"math"
	"sync"
	"testing"
)

// TestAtomicsOperations is conformance 30-sync/atomics_operations.
func TestAtomicsOperations(t *testing.T) {
	hits := NewAtomicUsize(0)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2500 {
				hits.FetchAdd(1, Relaxed)
			}
		}()
	}
	wg.Wait()
	if hits.Load(SeqCst) != 10000 {
		t.Fatalf("hits = %d", hits.Load(SeqCst))
	}
	n := NewAtomicI64(10)
	check := func(what string, got, want int64) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %d, want %d", what, got, want)
		}
	}
	check("fetch_sub", n.FetchSub(15, AcqRel), 10)
	check("after", n.Load(Acquire), -5)
	check("fetch_max", n.FetchMax(3, SeqCst), -5)
	check("after", n.Load(SeqCst), 3)
	check("fetch_min", n.FetchMin(-8, SeqCst), 3)
	check("after", n.Load(SeqCst), -8)
	check("swap", n.Swap(42, SeqCst), -8)
	show := DebugResult(DebugInt[int64], DebugInt[int64])
	if got := Sprint(n.CompareExchange(42, 50, SeqCst, Relaxed), show, DebugSpec); got != "Ok(42)" {
		t.Errorf("cmpxchg(42->50): %s", got)
	}
	if got := Sprint(n.CompareExchange(42, 60, SeqCst, Relaxed), show, DebugSpec); got != "Err(50)" {
		t.Errorf("cmpxchg(42->60): %s", got)
	}
	n.Store(-1, Release)
	r := n.FetchUpdate(SeqCst, SeqCst, func(v int64) Option[int64] {
		if v < 0 {
			return Some(v * -100)
		}
		return None[int64]()
	})
	if got := Sprint(r, show, DebugSpec); got != "Ok(-1)" || n.Load(SeqCst) != 100 {
		t.Errorf("fetch_update: %s, now %d", got, n.Load(SeqCst))
	}
	if got := Sprint(n.FetchUpdate(SeqCst, SeqCst, func(int64) Option[int64] { return None[int64]() }), show, DebugSpec); got != "Err(100)" {
		t.Errorf("fetch_update None: %s", got)
	}

	flag := NewAtomicBool(false)
	bools := []bool{
		flag.Swap(true, SeqCst),                                      // false
		flag.FetchAnd(false, SeqCst),                                 // true
		flag.Load(SeqCst),                                            // false
		flag.FetchOr(true, SeqCst),                                   // false
		flag.FetchXor(true, SeqCst),                                  // true
		flag.Load(SeqCst),                                            // false
		flag.FetchNand(true, SeqCst),                                 // false -> !(false&&true) = true
		flag.FetchNand(true, SeqCst),                                 // true -> false
		flag.FetchNot(SeqCst),                                        // false -> true
		flag.CompareExchange(true, false, SeqCst, SeqCst).IsOk(),     // true
		flag.CompareExchange(true, false, SeqCst, SeqCst).ErrValue(), // false
	}
	want := []bool{false, true, false, false, true, false, false, true, false, true, false}
	for i := range want {
		if bools[i] != want[i] {
			t.Errorf("bool op %d = %v", i, bools[i])
		}
	}

	claimed := NewAtomicBool(false)
	winners := NewAtomicUsize(0)
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if claimed.CompareExchange(false, true, AcqRel, Acquire).IsOk() {
				winners.FetchAdd(1, SeqCst)
			}
		}()
	}
	wg.Wait()
	if winners.Load(SeqCst) != 1 {
		t.Errorf("winners = %d", winners.Load(SeqCst))
	}
	owned := NewAtomicUsize(5)
	*owned.GetMut() += 1
	if owned.IntoInner() != 6 {
		t.Error("get_mut then into_inner")
	}
	if got := dbg(NewAtomicUsize(9)) + " " + dbg(NewAtomicBool(true)) + " " + dbg(NewAtomicI8(-3)) + " " + dbg(SeqCst); got != "9 true -3 SeqCst" {
		t.Errorf("debug: %s", got)
	}
	f := Formatter{spec: Spec{Verb: '?', Width: 5, HasWidth: true}}
	NewAtomicI32(8).FmtDebug(&f)
	if f.String() != "    8" {
		t.Errorf("{:5?} = %q", f.String())
	}
}

// TestAtomicNarrowWrapping: the 8- and 16-bit atomics wrap and compare in
// their own width although they live in a 32-bit word.
func TestAtomicNarrowWrapping(t *testing.T) {
	u := NewAtomicU8(250)
	if u.FetchAdd(10, SeqCst) != 250 || u.Load(SeqCst) != 4 {
		t.Errorf("u8 add: %d", u.Load(SeqCst))
	}
	if u.FetchSub(5, SeqCst) != 4 || u.Load(SeqCst) != 255 {
		t.Errorf("u8 sub: %d", u.Load(SeqCst))
	}
	// High garbage bits must not break compare_exchange.
	if r := u.CompareExchange(255, 7, SeqCst, SeqCst); !r.IsOk() || u.Load(SeqCst) != 7 {
		t.Errorf("u8 cmpxchg after wrap: %v %d", r.IsOk(), u.Load(SeqCst))
	}
	if r := u.CompareExchange(8, 9, SeqCst, SeqCst); r.IsOk() || r.ErrValue() != 7 {
		t.Error("u8 failing cmpxchg")
	}
	if u.FetchMax(200, SeqCst) != 7 || u.FetchMin(3, SeqCst) != 200 || u.Load(SeqCst) != 3 {
		t.Error("u8 max/min")
	}
	if u.FetchNand(1, SeqCst) != 3 || u.Load(SeqCst) != 0xFE {
		t.Errorf("u8 nand: %d", u.Load(SeqCst))
	}
	if u.FetchXor(0xFF, SeqCst) != 0xFE || u.Load(SeqCst) != 1 {
		t.Error("u8 xor")
	}
	*u.GetMut() = 77
	if u.Load(SeqCst) != 77 {
		t.Error("u8 get_mut")
	}

	i := NewAtomicI8(127)
	if i.FetchAdd(1, SeqCst) != 127 || i.Load(SeqCst) != -128 {
		t.Errorf("i8 add wraps: %d", i.Load(SeqCst))
	}
	if i.FetchMax(-1, SeqCst) != -128 || i.Load(SeqCst) != -1 {
		t.Error("i8 signed max")
	}
	if i.FetchAnd(0x0F, SeqCst) != -1 || i.Load(SeqCst) != 15 {
		t.Error("i8 and")
	}
	if i.FetchOr(-16, SeqCst) != 15 || i.Load(SeqCst) != -1 {
		t.Error("i8 or")
	}
	if r := i.CompareExchange(-1, -100, SeqCst, SeqCst); !r.IsOk() || i.Load(SeqCst) != -100 {
		t.Error("i8 cmpxchg")
	}
	*i.GetMut() -= 1
	if i.IntoInner() != -101 {
		t.Error("i8 get_mut")
	}

	s := NewAtomicI16(math.MinInt16)
	if s.FetchSub(1, SeqCst) != math.MinInt16 || s.Load(SeqCst) != math.MaxInt16 {
		t.Error("i16 sub wraps")
	}
	w := NewAtomicU16(0)
	if w.Update(SeqCst, SeqCst, func(v uint16) uint16 { return v - 1 }) != 0 || w.Load(SeqCst) != math.MaxUint16 {
		t.Error("u16 update")
	}
	if w.TryUpdate(SeqCst, SeqCst, func(v uint16) Option[uint16] { return Some(v + 2) }).Unwrap("t.rs:1:1") != math.MaxUint16 || w.Load(SeqCst) != 1 {
		t.Error("u16 try_update")
	}

	// Contended narrow adds stay exact.
	c := NewAtomicU16(0)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				c.FetchAdd(3, Relaxed)
				c.FetchSub(1, Relaxed)
			}
		}()
	}
	wg.Wait()
	if c.Load(SeqCst) != 16000 {
		t.Errorf("u16 contended: %d", c.Load(SeqCst))
	}
}

func TestAtomicWideWrapping(t *testing.T) {
	u := NewAtomicU64(math.MaxUint64)
	if u.FetchAdd(2, SeqCst) != math.MaxUint64 || u.Load(SeqCst) != 1 {
		t.Error("u64 add wraps")
	}
	z := NewAtomicUsize(0)
	if z.FetchSub(1, SeqCst) != 0 || z.Load(SeqCst) != math.MaxUint {
		t.Error("usize sub wraps")
	}
	s := NewAtomicIsize(math.MinInt)
	if s.FetchSub(1, SeqCst) != math.MinInt || s.Load(SeqCst) != math.MaxInt {
		t.Error("isize sub wraps")
	}
	if s.FetchMin(-5, SeqCst) != math.MaxInt || s.Load(SeqCst) != -5 {
		t.Error("isize signed min")
	}
	i := NewAtomicI32(-1)
	if i.FetchXor(-1, SeqCst) != -1 || i.Load(SeqCst) != 0 {
		t.Error("i32 xor")
	}
	if i.FetchNand(0, SeqCst) != 0 || i.Load(SeqCst) != -1 {
		t.Error("i32 nand")
	}
	*i.GetMut() = 9
	*s.GetMut() = 10
	*u.GetMut() = 11
	if i.IntoInner() != 9 || s.IntoInner() != 10 || u.IntoInner() != 11 {
		t.Error("get_mut")
	}
	u32 := NewAtomicU32(5)
	if r := u32.CompareExchangeWeak(4, 6, SeqCst, SeqCst); r.IsOk() || r.ErrValue() != 5 {
		t.Error("u32 weak cmpxchg")
	}
}

// TestAtomicCasMaxTracker is conformance 30-sync/atomic_cas_max_tracker.
func TestAtomicCasMaxTracker(t *testing.T) {
	maxSeen, tickets := NewAtomicU32(0), NewAtomicUsize(0)
	const capN = 10
	record := func(v uint32) {
		cur := maxSeen.Load(Relaxed)
		for v > cur {
			r := maxSeen.CompareExchangeWeak(cur, v, AcqRel, Relaxed)
			if r.IsOk() {
				break
			}
			cur = r.ErrValue()
		}
	}
	take := func() bool {
		cur := tickets.Load(Relaxed)
		for cur < capN {
			r := tickets.CompareExchangeWeak(cur, cur+1, AcqRel, Relaxed)
			if r.IsOk() {
				return true
			}
			cur = r.ErrValue()
		}
		return false
	}
	var wg sync.WaitGroup
	var got [4]int
	for th := range uint32(4) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range uint32(50) {
				record((i*37 + th*11) % 997)
				if take() {
					got[th]++
				}
			}
		}()
	}
	wg.Wait()
	want := uint32(0)
	for th := range uint32(4) {
		for i := range uint32(50) {
			want = max(want, (i*37+th*11)%997)
		}
	}
	if maxSeen.Load(SeqCst) != want {
		t.Errorf("max seen %d, want %d", maxSeen.Load(SeqCst), want)
	}
	if got[0]+got[1]+got[2]+got[3] != capN || tickets.Load(SeqCst) != capN || take() {
		t.Errorf("tickets %v", got)
	}
}

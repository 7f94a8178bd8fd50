package rt

import (
	"sync"
	"sync/atomic"
	"testing"
)

// TestBarrierRounds is conformance 30-sync/barrier_rounds_leader, plus
// reuse across many generations: exactly one leader per generation, and
// nobody passes a generation before everyone arrived.
func TestBarrierRounds(t *testing.T) {
	const workers, rounds = 5, 200
	b := NewBarrier(workers)
	var arrivals [rounds]atomic.Int32
	var leaders [rounds]atomic.Int32
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				arrivals[r].Add(1)
				res := b.Wait()
				if n := arrivals[r].Load(); n != workers {
					t.Errorf("round %d: passed with %d arrivals", r, n)
				}
				if res.IsLeader() {
					leaders[r].Add(1)
				}
				b.Wait()
			}
		}()
	}
	wg.Wait()
	for r := range rounds {
		if n := leaders[r].Load(); n != 1 {
			t.Fatalf("round %d: %d leaders", r, n)
		}
	}
	single := NewBarrier(1)
	if !single.Wait().IsLeader() || !single.Wait().IsLeader() {
		t.Error("single-party barrier")
	}
	if !NewBarrier(0).Wait().IsLeader() {
		t.Error("zero-party barrier")
	}
	if got := dbg(b) + " " + dbg(single.Wait()) + " " + dbg(BarrierWaitResult{}); got != "Barrier { .. } BarrierWaitResult { is_leader: true } BarrierWaitResult { is_leader: false }" {
		t.Errorf("debug: %s", got)
	}
}

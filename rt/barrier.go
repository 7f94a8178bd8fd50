package rt

// Barrier: std::sync::Barrier.

import "sync"

// Barrier implements std::sync::Barrier: Wait blocks until n threads have
// called it, then releases them all; the last one to arrive is the leader.
// It is reusable: the next n waits form the next generation.
type Barrier struct {
	mu    sync.Mutex
	cond  sync.Cond
	n     uint
	count uint   // arrivals in the current generation (mu)
	gen   uint64 // completed generations (mu)
}

// NewBarrier implements Barrier::new(n). As in Rust, n == 0 behaves as 1:
// every wait returns at once as the leader.
func NewBarrier(n uint) *Barrier {
	b := &Barrier{n: n}
	b.cond.L = &b.mu
	return b
}

// BarrierWaitResult implements std::sync::BarrierWaitResult.
type BarrierWaitResult struct{ leader bool }

// IsLeader implements BarrierWaitResult::is_leader: true for exactly one
// thread per generation.
func (r BarrierWaitResult) IsLeader() bool { return r.leader }

// FmtDebug prints `BarrierWaitResult { is_leader: true }`.
func (r BarrierWaitResult) FmtDebug(f *Formatter) {
	f.DebugStruct("BarrierWaitResult").Field("is_leader", Fmt(r.leader, DebugBool)).Finish()
}

// Wait implements Barrier::wait.
func (b *Barrier) Wait() BarrierWaitResult {
	b.mu.Lock()
	b.count++
	if b.count >= b.n {
		b.count = 0
		b.gen++
		b.mu.Unlock()
		b.cond.Broadcast()
		return BarrierWaitResult{leader: true}
	}
	if b.cond.L == nil {
		b.cond.L = &b.mu
	}
	for gen := b.gen; gen == b.gen; {
		b.cond.Wait()
	}
	b.mu.Unlock()
	return BarrierWaitResult{}
}

// FmtDebug prints `Barrier { .. }`.
func (b *Barrier) FmtDebug(f *Formatter) { f.DebugStruct("Barrier").FinishNonExhaustive() }

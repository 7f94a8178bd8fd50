package rt

// Barrier: std::sync::Barrier.

import "sync"

// Barrier implements std::sync::Barrier: Wait blocks until n threads have
// called it, then releases them all; the last one to arrive is the leader.
// It is reusable: the next n waits form the next generation.
type Barrier struct {
	mu    sync.Mutex
	n     uint
	count uint
	gate  chan struct{} // closed when the current generation is complete
}

// NewBarrier implements Barrier::new(n). As in Rust, n == 0 behaves as 1:
// every wait returns at once as the leader.
func NewBarrier(n uint) *Barrier { return &Barrier{n: n} }

// BarrierWaitResult implements std::sync::BarrierWaitResult.
type BarrierWaitResult struct{ leader bool }

// IsLeader implements BarrierWaitResult::is_leader: true for exactly one
// thread per generation.
func (r BarrierWaitResult) IsLeader() bool { return r.leader }

// FmtDebug prints `BarrierWaitResult { is_leader: true }`.
func (r BarrierWaitResult) FmtDebug(f *Formatter) {
	f.DebugStruct("BarrierWaitResult").Field("is_leader", Fmt(r.leader, DisplayBool)).Finish()
}

// Wait implements Barrier::wait.
func (b *Barrier) Wait() BarrierWaitResult {
	b.mu.Lock()
	b.count++
	if b.count >= b.n {
		if b.gate != nil {
			close(b.gate)
			b.gate = nil
		}
		b.count = 0
		b.mu.Unlock()
		return BarrierWaitResult{leader: true}
	}
	if b.gate == nil {
		b.gate = make(chan struct{})
	}
	gate := b.gate
	b.mu.Unlock()
	<-gate
	return BarrierWaitResult{}
}

// FmtDebug prints `Barrier { .. }`.
func (b *Barrier) FmtDebug(f *Formatter) { f.DebugStruct("Barrier").FinishNonExhaustive() }

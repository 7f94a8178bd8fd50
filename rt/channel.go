package rt

// Channels: std::sync::mpsc. Channel is the unbounded flavour (a queue of
// its own), SyncChannel the bounded one (a Go chan). Both hand out the same
// Receiver type, as Rust does.
//
// Disconnection follows Rust: the channel is closed for the receiver when the
// last Sender (or SyncSender) is dropped, and for the senders when the
// Receiver is dropped. Translated code calls Drop at every Rust drop point of
// a Sender, SyncSender or Receiver; Clone makes another sender that must be
// dropped too.

import (
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// RecvError implements std::sync::mpsc::RecvError: Recv found the channel
// empty with every sender dropped.
type RecvError struct{}

// FmtDebug prints `RecvError`.
func (RecvError) FmtDebug(f *Formatter) { f.WriteStr("RecvError") }

// FmtDisplay prints `receiving on a closed channel`.
func (RecvError) FmtDisplay(f *Formatter) { f.WriteStr("receiving on a closed channel") }

// SendError implements std::sync::mpsc::SendError(pub T): the receiver is
// gone, and the value that could not be sent comes back in F0 (Rust's `.0`).
type SendError[T any] struct{ F0 T }

// FmtDebug prints `SendError { .. }` (Rust does not print the value).
func (SendError[T]) FmtDebug(f *Formatter) { f.WriteStr("SendError { .. }") }

// FmtDisplay prints `sending on a closed channel`.
func (SendError[T]) FmtDisplay(f *Formatter) { f.WriteStr("sending on a closed channel") }

// TryRecvError implements the C-like enum std::sync::mpsc::TryRecvError.
type TryRecvError uint8

const (
	// TryRecvErrorEmpty is TryRecvError::Empty: no message now, senders alive.
	TryRecvErrorEmpty TryRecvError = iota
	// TryRecvErrorDisconnected is TryRecvError::Disconnected: empty, and every
	// sender dropped.
	TryRecvErrorDisconnected
)

// FmtDebug prints the variant name, `Empty` or `Disconnected`.
func (e TryRecvError) FmtDebug(f *Formatter) {
	if e == TryRecvErrorEmpty {
		f.WriteStr("Empty")
	} else {
		f.WriteStr("Disconnected")
	}
}

// FmtDisplay prints `receiving on an empty channel` or `receiving on a closed
// channel`, as Rust does.
func (e TryRecvError) FmtDisplay(f *Formatter) {
	if e == TryRecvErrorEmpty {
		f.WriteStr("receiving on an empty channel")
	} else {
		f.WriteStr("receiving on a closed channel")
	}
}

// RecvTimeoutError implements the C-like enum
// std::sync::mpsc::RecvTimeoutError.
type RecvTimeoutError uint8

const (
	// RecvTimeoutErrorTimeout is RecvTimeoutError::Timeout.
	RecvTimeoutErrorTimeout RecvTimeoutError = iota
	// RecvTimeoutErrorDisconnected is RecvTimeoutError::Disconnected.
	RecvTimeoutErrorDisconnected
)

// FmtDebug prints `Timeout` or `Disconnected`.
func (e RecvTimeoutError) FmtDebug(f *Formatter) {
	if e == RecvTimeoutErrorTimeout {
		f.WriteStr("Timeout")
	} else {
		f.WriteStr("Disconnected")
	}
}

// FmtDisplay prints `timed out waiting on channel` or `channel is empty and
// sending half is closed`, as Rust does.
func (e RecvTimeoutError) FmtDisplay(f *Formatter) {
	if e == RecvTimeoutErrorTimeout {
		f.WriteStr("timed out waiting on channel")
	} else {
		f.WriteStr("channel is empty and sending half is closed")
	}
}

// TrySendError implements the enum std::sync::mpsc::TrySendError<T>:
// Full(T) or Disconnected(T), both carrying the unsent value back. Build one
// with TrySendErrorFull or TrySendErrorDisconnected; match it with Full and
// Disconnected (or IsFull / IsDisconnected).
type TrySendError[T any] struct {
	disconnected bool
	v            T
}

// TrySendErrorFull builds TrySendError::Full(v).
func TrySendErrorFull[T any](v T) TrySendError[T] { return TrySendError[T]{v: v} }

// TrySendErrorDisconnected builds TrySendError::Disconnected(v).
func TrySendErrorDisconnected[T any](v T) TrySendError[T] {
	return TrySendError[T]{disconnected: true, v: v}
}

// IsFull reports whether e is TrySendError::Full.
func (e TrySendError[T]) IsFull() bool { return !e.disconnected }

// IsDisconnected reports whether e is TrySendError::Disconnected.
func (e TrySendError[T]) IsDisconnected() bool { return e.disconnected }

// Full matches `TrySendError::Full(v)`: the value and true for that variant.
func (e TrySendError[T]) Full() (T, bool) { return e.v, !e.disconnected }

// Disconnected matches `TrySendError::Disconnected(v)`.
func (e TrySendError[T]) Disconnected() (T, bool) { return e.v, e.disconnected }

// IntoInner returns the unsent value of either variant.
func (e TrySendError[T]) IntoInner() T { return e.v }

// FmtDebug prints `TrySendError::Full(..)` or `TrySendError::Disconnected(..)`
// (Rust hides the value).
func (e TrySendError[T]) FmtDebug(f *Formatter) {
	if e.disconnected {
		f.WriteStr("TrySendError::Disconnected(..)")
	} else {
		f.WriteStr("TrySendError::Full(..)")
	}
}

// FmtDisplay prints `sending on a full channel` or `sending on a closed
// channel`.
func (e TrySendError[T]) FmtDisplay(f *Formatter) {
	if e.disconnected {
		f.WriteStr("sending on a closed channel")
	} else {
		f.WriteStr("sending on a full channel")
	}
}

// ---------------------------------------------------------------------------
// Unbounded flavour

// listChan is the state of an unbounded channel. Senders append to q under
// mu; the single receiver (Rust's Receiver is !Sync, so one thread at a time
// receives) swaps the whole of q out under one lock acquisition and then
// consumes its private copy without locking. A receiver with nothing to take
// sets waiting and parks on wake; the sender that clears waiting sends the
// one wake token, so at most one token is ever in flight.
type listChan[T any] struct {
	mu      sync.Mutex
	q       []T  // pending messages (mu)
	senders int  // live Sender handles (mu)
	rxGone  bool // Receiver dropped (mu)
	waiting bool // receiver parked on wake (mu)
	wake    chan struct{}

	// Keep the receiver's private fields off the senders' cache line.
	_ [64]byte

	rbuf []T // receiver-owned batch taken from q
	rpos int // next message in rbuf
}

// Sender implements std::sync::mpsc::Sender<T>, the sending half of Channel.
// It is a handle: copying it is a Rust move; Clone makes a new sender, and
// every sender must be dropped (Drop) for the receiver to see the channel
// closed.
type Sender[T any] struct{ c *listChan[T] }

// Channel implements std::sync::mpsc::channel(): an unbounded channel.
// Sends never block; the receiver sees messages in send order per sender.
func Channel[T any]() (Sender[T], Receiver[T]) {
	c := &listChan[T]{senders: 1, wake: make(chan struct{}, 1)}
	return Sender[T]{c}, Receiver[T]{l: c}
}

// Send implements Sender::send: Ok(()) once the value is queued, or
// Err(SendError(v)) if the Receiver has been dropped.
func (s Sender[T]) Send(v T) Result[Unit, SendError[T]] {
	if !s.c.send(v) {
		return Err[Unit](SendError[T]{v})
	}
	return Ok[Unit, SendError[T]](Unit{})
}

func (c *listChan[T]) send(v T) bool {
	c.mu.Lock()
	if c.rxGone {
		c.mu.Unlock()
		return false
	}
	c.q = append(c.q, v)
	w := c.waiting
	c.waiting = false
	c.mu.Unlock()
	if w {
		c.wake <- struct{}{}
	}
	return true
}

// Clone implements Sender::clone: another sender of the same channel.
func (s Sender[T]) Clone() Sender[T] {
	s.c.mu.Lock()
	s.c.senders++
	s.c.mu.Unlock()
	return s
}

// Drop drops this sender. Dropping the last one disconnects the channel:
// the receiver drains what is queued and then gets RecvError.
func (s Sender[T]) Drop() {
	c := s.c
	c.mu.Lock()
	c.senders--
	w := c.senders == 0 && c.waiting
	if w {
		c.waiting = false
	}
	c.mu.Unlock()
	if w {
		c.wake <- struct{}{}
	}
}

// FmtDebug prints `Sender { .. }`.
func (Sender[T]) FmtDebug(f *Formatter) { f.WriteStr("Sender { .. }") }

// take returns the next message of the receiver's batch, refilling the batch
// from q when it is empty. It does not block. ok is false when there is
// nothing to take; disconnected then says whether every sender is gone.
func (c *listChan[T]) take() (v T, ok, disconnected bool) {
	if c.rpos < len(c.rbuf) {
		return c.pop(), true, false
	}
	c.mu.Lock()
	if len(c.q) == 0 {
		d := c.senders == 0
		c.mu.Unlock()
		return v, false, d
	}
	c.swap()
	c.mu.Unlock()
	return c.pop(), true, false
}

// swap exchanges the drained batch with the senders' queue (mu held).
func (c *listChan[T]) swap() {
	old := c.rbuf[:0]
	// Do not keep a huge buffer alive after a burst.
	if cap(old) > 4096 && len(c.q) < cap(old)/8 {
		old = nil
	}
	c.rbuf, c.q, c.rpos = c.q, old, 0
}

func (c *listChan[T]) pop() T {
	var zero T
	v := c.rbuf[c.rpos]
	c.rbuf[c.rpos] = zero // let the GC have it
	c.rpos++
	return v
}

// recv blocks until a message arrives (ok) or the channel is empty and
// disconnected (!ok).
func (c *listChan[T]) recv() (T, bool) {
	if c.rpos < len(c.rbuf) {
		return c.pop(), true
	}
	for {
		c.mu.Lock()
		if len(c.q) > 0 {
			c.swap()
			c.mu.Unlock()
			return c.pop(), true
		}
		if c.senders == 0 {
			c.mu.Unlock()
			var zero T
			return zero, false
		}
		c.waiting = true
		c.mu.Unlock()
		<-c.wake
	}
}

// recvTimeout is recv with a time limit.
func (c *listChan[T]) recvTimeout(d time.Duration) (T, RecvTimeoutError, bool) {
	if v, ok, disc := c.take(); ok {
		return v, 0, true
	} else if disc {
		return v, RecvTimeoutErrorDisconnected, false
	}
	t := time.NewTimer(d)
	defer t.Stop()
	expired := false
	for {
		c.mu.Lock()
		if len(c.q) > 0 {
			c.swap()
			c.mu.Unlock()
			return c.pop(), 0, true
		}
		if gone := c.senders == 0; gone || expired {
			c.mu.Unlock() // senders is read under mu: a last Drop may be changing it
			var zero T
			if !gone {
				return zero, RecvTimeoutErrorTimeout, false
			}
			return zero, RecvTimeoutErrorDisconnected, false
		}
		c.waiting = true
		c.mu.Unlock()
		select {
		case <-c.wake:
		case <-t.C:
			expired = true
			c.mu.Lock()
			if c.waiting {
				c.waiting = false
				c.mu.Unlock()
			} else {
				// A sender cleared waiting and is sending the token: take
				// it, so that no stale token is left behind.
				c.mu.Unlock()
				<-c.wake
			}
		}
	}
}

// close is the receiver's drop: later sends fail, queued messages are
// discarded (returned, for drop glue).
func (c *listChan[T]) close() []T {
	c.mu.Lock()
	c.rxGone = true
	rest := append(c.rbuf[c.rpos:], c.q...)
	c.q, c.rbuf, c.rpos = nil, nil, 0
	c.mu.Unlock()
	return rest
}

// ---------------------------------------------------------------------------
// Bounded flavour

// syncChan is the state of a sync_channel: a Go chan of the same capacity
// (0 is Go's unbuffered rendezvous, as in Rust), closed when the last
// SyncSender is dropped. A dropped Receiver closes gone, which wakes the
// senders blocked in send; the data chan itself is never closed by the
// receiver (a close racing with a send is a data race for Go).
type syncChan[T any] struct {
	ch      chan T
	senders atomic.Int64
	rxGone  atomic.Bool
	gone    chan struct{}
}

// sendTries is how many non-blocking attempts a SyncSender makes before it
// blocks. Blocking must also watch for the receiver's drop, a two-case
// select that costs about twice a plain send; in a hand-off the receiver
// is usually about to park on the channel, and a short spin of cheap
// failing attempts (a few ns each, lock-free) meets it there. On one CPU
// nobody else can arrive meanwhile, so there is no spin.
var sendTries = func() int {
	if runtime.NumCPU() > 1 {
		return 100
	}
	return 1
}()

// SyncSender implements std::sync::mpsc::SyncSender<T>, the sending half of
// SyncChannel. Like Sender it is a handle: Clone and Drop as in Rust.
type SyncSender[T any] struct{ c *syncChan[T] }

// SyncChannel implements std::sync::mpsc::sync_channel(bound): a channel
// holding at most bound messages, where Send blocks while it is full. With
// bound == 0 every send is a rendezvous: it completes only when a receiver
// takes the value.
func SyncChannel[T any](bound uint) (SyncSender[T], Receiver[T]) {
	c := &syncChan[T]{ch: make(chan T, bound), gone: make(chan struct{})}
	c.senders.Store(1)
	return SyncSender[T]{c}, Receiver[T]{s: c}
}

// Send implements SyncSender::send: blocks until there is room (or, for a
// rendezvous channel, until the receiver takes the value); Err(SendError(v))
// if the Receiver is dropped before or while waiting.
func (s SyncSender[T]) Send(v T) Result[Unit, SendError[T]] {
	c := s.c
	if !c.rxGone.Load() {
		for range sendTries {
			select {
			case c.ch <- v:
				return Ok[Unit, SendError[T]](Unit{})
			default:
			}
		}
		select {
		case c.ch <- v:
			return Ok[Unit, SendError[T]](Unit{})
		case <-c.gone:
		}
	}
	return Err[Unit](SendError[T]{v})
}

// TrySend implements SyncSender::try_send: Ok if the value fits now (for a
// rendezvous channel: if a receiver is waiting), Err(Full(v)) if not,
// Err(Disconnected(v)) if the Receiver is gone.
func (s SyncSender[T]) TrySend(v T) Result[Unit, TrySendError[T]] {
	c := s.c
	if c.rxGone.Load() {
		return Err[Unit](TrySendErrorDisconnected(v))
	}
	select {
	case c.ch <- v:
		return Ok[Unit, TrySendError[T]](Unit{})
	default:
		return Err[Unit](TrySendErrorFull(v))
	}
}

// Clone implements SyncSender::clone.
func (s SyncSender[T]) Clone() SyncSender[T] {
	s.c.senders.Add(1)
	return s
}

// Drop drops this sender; the last one closes the channel, so the receiver
// drains it and then gets RecvError.
func (s SyncSender[T]) Drop() {
	if s.c.senders.Add(-1) == 0 {
		close(s.c.ch)
	}
}

// FmtDebug prints `SyncSender { .. }`.
func (SyncSender[T]) FmtDebug(f *Formatter) { f.WriteStr("SyncSender { .. }") }

// ---------------------------------------------------------------------------
// Receiver

// Receiver implements std::sync::mpsc::Receiver<T> for both flavours. It is a
// handle (copying it is a Rust move); Drop it at its Rust drop point so that
// senders see SendError.
type Receiver[T any] struct {
	l *listChan[T]
	s *syncChan[T]
}

// Recv implements Receiver::recv: the next message, blocking while the
// channel is empty; Err(RecvError) once it is empty and every sender is
// dropped.
func (r Receiver[T]) Recv() Result[T, RecvError] {
	if v, ok := r.recv(); ok {
		return Ok[T, RecvError](v)
	}
	return Err[T](RecvError{})
}

func (r Receiver[T]) recv() (T, bool) {
	if r.l != nil {
		return r.l.recv()
	}
	v, ok := <-r.s.ch
	return v, ok
}

// TryRecv implements Receiver::try_recv: a message if one is ready, else
// Err(Empty) while senders live and Err(Disconnected) after they are gone.
func (r Receiver[T]) TryRecv() Result[T, TryRecvError] {
	v, ok, disc := r.tryRecv()
	if ok {
		return Ok[T, TryRecvError](v)
	}
	if disc {
		return Err[T](TryRecvErrorDisconnected)
	}
	return Err[T](TryRecvErrorEmpty)
}

func (r Receiver[T]) tryRecv() (v T, ok, disconnected bool) {
	if r.l != nil {
		return r.l.take()
	}
	select {
	case v, ok = <-r.s.ch:
		return v, ok, !ok
	default:
		return v, false, false
	}
}

// RecvTimeout implements Receiver::recv_timeout: like Recv, but
// Err(Timeout) if nothing arrives within d.
func (r Receiver[T]) RecvTimeout(d time.Duration) Result[T, RecvTimeoutError] {
	var v T
	var e RecvTimeoutError
	var ok bool
	if r.l != nil {
		v, e, ok = r.l.recvTimeout(d)
	} else {
		v, e, ok = r.s.recvTimeout(d)
	}
	if ok {
		return Ok[T, RecvTimeoutError](v)
	}
	return Err[T](e)
}

func (c *syncChan[T]) recvTimeout(d time.Duration) (v T, e RecvTimeoutError, ok bool) {
	select {
	case v, ok = <-c.ch:
		if !ok {
			return v, RecvTimeoutErrorDisconnected, false
		}
		return v, 0, true
	default:
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case v, ok = <-c.ch:
		if !ok {
			return v, RecvTimeoutErrorDisconnected, false
		}
		return v, 0, true
	case <-t.C:
		return v, RecvTimeoutErrorTimeout, false
	}
}

// Iter implements Receiver::iter (and `for x in &rx`): the messages in
// order, blocking between them, ending when the channel is empty and
// disconnected.
func (r Receiver[T]) Iter() iter.Seq[T] {
	return func(yield func(T) bool) {
		if r.s != nil {
			for v := range r.s.ch {
				if !yield(v) {
					return
				}
			}
			return
		}
		for {
			v, ok := r.l.recv()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// IntoIter implements `for x in rx` on an owned Receiver (IntoIterator):
// as Iter, and the receiver is dropped when the loop ends, exhausted,
// broken out of or unwound, as Rust drops the consumed iterator.
func (r Receiver[T]) IntoIter() iter.Seq[T] {
	return func(yield func(T) bool) {
		defer r.Drop()
		r.Iter()(yield)
	}
}

// TryIter implements Receiver::try_iter: the messages that are ready now,
// without blocking.
func (r Receiver[T]) TryIter() iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			v, ok, _ := r.tryRecv()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// Drop drops the receiver: queued messages are discarded and every later
// (or blocked) send fails with SendError.
func (r Receiver[T]) Drop() { r.DropWith(nil) }

// DropWith is Drop for a message type with drop glue: glue runs on every
// message still queued, in order, as Rust drops them with the channel (a
// queued Sender inside a message is dropped then, for example).
func (r Receiver[T]) DropWith(glue func(*T)) {
	var rest []T
	if r.l != nil {
		rest = r.l.close()
	} else {
		c := r.s
		if !c.rxGone.Swap(true) {
			close(c.gone)
		}
		if glue != nil {
			for {
				select {
				case v, ok := <-c.ch:
					if !ok {
						return
					}
					glue(&v)
					continue
				default:
				}
				return
			}
		}
	}
	if glue != nil {
		for i := range rest {
			glue(&rest[i])
		}
	}
}

// FmtDebug prints `Receiver { .. }`.
func (Receiver[T]) FmtDebug(f *Formatter) { f.WriteStr("Receiver { .. }") }

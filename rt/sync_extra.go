package rt

// Helpers the translator calls for std::sync beyond the primitives'
// own files: tuple-returning channel constructors, TryLockError's
// payload, NonZeroUsize, and the adaptation of rt's pointer results to the
// translator's representation of references.

// ChannelPair implements mpsc::channel() as Rust's tuple (Sender, Receiver).
func ChannelPair[T any]() Tuple2[Sender[T], Receiver[T]] {
	tx, rx := Channel[T]()
	return Tuple2[Sender[T], Receiver[T]]{tx, rx}
}

// SyncChannelPair implements mpsc::sync_channel(bound) as a tuple.
func SyncChannelPair[T any](bound uint) Tuple2[SyncSender[T], Receiver[T]] {
	tx, rx := SyncChannel[T](bound)
	return Tuple2[SyncSender[T], Receiver[T]]{tx, rx}
}

// PoisonedValue returns the PoisonError of TryLockError::Poisoned (for a
// pattern `Poisoned(p)`; meaningful only when IsPoisoned).
func (e TryLockError[G]) PoisonedValue() PoisonError[G] {
	p, _ := e.Poisoned()
	return p
}

// NonZeroUsize implements NonZeroUsize::new: None for zero.
func NonZeroUsize(n uint) Option[uint] {
	if n == 0 {
		return None[uint]()
	}
	return Some(n)
}

// DerefOption turns rt's Option[*T] into Option[T], for a Rust Option<&T>
// whose reference the translator represents by a copy of the value.
func DerefOption[T any](o Option[*T]) Option[T] {
	if p, ok := o.Get(); ok {
		return Some(*p)
	}
	return None[T]()
}

// DerefResult turns rt's Result[*T, E] into Result[T, E].
func DerefResult[T, E any](r Result[*T, E]) Result[T, E] {
	p, e, ok := r.Get()
	if ok {
		return Ok[T, E](*p)
	}
	return Err[T](e)
}

// ReceiverIntoIter implements `for x in rx` / `rx.into_iter()` /
// `rx.iter()` as the messages of the channel.
func ReceiverIntoIter[T any](r Receiver[T]) *Iter[T] {
	return NewIter(func() (T, bool) { return r.recv() })
}

// ReceiverTryIter implements `rx.try_iter()`.
func ReceiverTryIter[T any](r Receiver[T]) *Iter[T] {
	return NewIter(func() (T, bool) {
		v, ok, _ := r.tryRecv()
		return v, ok
	})
}

// DropAt runs the drop glue of the value at p, held generically (in a
// Result, a PoisonError, a SendError): a Dropper by its pointer (a user
// struct's Drop method) or by its value (a guard, a Sender, a Box).
func DropAt[T any](p *T) {
	if d, ok := any(p).(Dropper); ok {
		d.Drop()
	} else if d, ok := any(*p).(Dropper); ok {
		d.Drop()
	}
}

// Drop drops the Ok or Err value of a Result, whichever is there and has
// drop glue (a Result holding a MutexGuard unlocks).
func (r Result[T, E]) Drop() {
	if r.ok {
		DropAt(&r.v)
	} else {
		DropAt(&r.e)
	}
}

// Drop drops the guard inside a PoisonError.
func (e PoisonError[G]) Drop() { DropAt(&e.v) }

// Drop drops the message a failed send gave back.
func (e SendError[T]) Drop() { DropAt(&e.F0) }

// Drop drops the guard inside TryLockError::Poisoned.
func (e TryLockError[G]) Drop() {
	if !e.wouldBlock {
		e.p.Drop()
	}
}

// Ptr gives the value inside the Mutex, for its drop glue (a Mutex is
// dropped only when nothing can lock it any more).
func (m *Mutex[T]) Ptr() *T { return &m.data }

// Ptr gives the value inside the RwLock, for its drop glue.
func (l *RwLock[T]) Ptr() *T { return &l.data }

// OnceLockFrom implements OnceLock::from(v): a cell already set.
func OnceLockFrom[T any](v T) *OnceLock[T] {
	c := NewOnceLock[T]()
	c.Set(v)
	return c
}

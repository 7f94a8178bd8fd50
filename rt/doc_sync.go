// # std::sync
//
// How translated code spells each std::sync item: conventions, then one
// table from Rust to rt.
//
// Conventions:
//
//   - Handles (Sender, SyncSender, Receiver, guards, Arc, Weak) are small
//     values or pointers: a Rust move is a Go copy. Translated code calls
//     Drop at every Rust drop point (and on unwinding, for guards, so that
//     a panic poisons and releases the lock); Clone makes a handle that
//     must be dropped too.
//   - Locks, cells and atomics live behind a pointer (NewX returns *X; the
//     zero value of Mutex, RwLock, Condvar, SyncOnce, OnceLock and the
//     atomics is valid): Go must not copy them, vet's copylocks agrees.
//   - `x.unwrap()` directly on lock(), read(), write() or a condvar wait
//     has a one-call form, XUnwrap(loc), that builds no Result and releases
//     the lock while the unwrap panic unwinds, as Rust drops the guard
//     inside the PoisonError. Prefer it.
//   - Data-carrying std enums (TrySendError, TryLockError) are structs:
//     build with <Enum><Variant>(..), match with IsVariant() or
//     Variant() (payload, ok). C-like ones (TryRecvError, RecvTimeoutError)
//     are integer types with <Enum><Variant> constants. Rust's tuple
//     fields `.0`/`.1` are F0/F1 (SendError, the Tuple2 of wait_timeout).
//   - Every error and handle has FmtDebug/FmtDisplay with Rust 1.95's text;
//     generic containers also have DebugX(elem) formatter builders.
//   - Durations are time.Duration.
//
// Table:
//
//	Rust                                   rt
//	mpsc::channel::<T>()                   Channel[T]() (Sender[T], Receiver[T])
//	mpsc::sync_channel::<T>(n)             SyncChannel[T](n) (SyncSender[T], Receiver[T])
//	tx.send(v)                             tx.Send(v) Result[Unit, SendError[T]]
//	tx.clone() / drop(tx)                  tx.Clone() / tx.Drop()
//	stx.try_send(v)                        stx.TrySend(v) Result[Unit, TrySendError[T]]
//	rx.recv()                              rx.Recv() Result[T, RecvError]
//	rx.try_recv()                          rx.TryRecv() Result[T, TryRecvError]
//	rx.recv_timeout(d)                     rx.RecvTimeout(d) Result[T, RecvTimeoutError]
//	for x in &rx / rx.iter()               for x := range rx.Iter()
//	for x in rx                            for x := range rx.IntoIter() (drops rx after)
//	rx.try_iter()                          rx.TryIter()
//	drop(rx)                               rx.Drop(), or rx.DropWith(glue) when T has drop glue
//	SendError(v) / e.0                     SendError[T]{v} / e.F0
//	TrySendError::Full(v) / Disconnected(v) TrySendErrorFull(v) / TrySendErrorDisconnected(v); e.Full(), e.Disconnected()
//	TryRecvError::Empty / Disconnected     TryRecvErrorEmpty / TryRecvErrorDisconnected
//	RecvTimeoutError::Timeout / Disconnected RecvTimeoutErrorTimeout / RecvTimeoutErrorDisconnected
//	RecvError                              RecvError{}
//
//	Mutex::new(v)                          NewMutex(v) *Mutex[T]
//	m.lock()                               m.Lock() Result[*MutexGuard[T], PoisonError[*MutexGuard[T]]]
//	m.lock().unwrap()                      m.LockUnwrap(loc)
//	m.try_lock()                           m.TryLock() Result[*MutexGuard[T], TryLockError[*MutexGuard[T]]]
//	*g / *g = v / g.method() / &mut *g     g.Get() / g.Set(v) / g.Ptr().Method() / g.Ptr()
//	drop(g)                                g.Drop()
//	m.is_poisoned() / m.clear_poison()     m.IsPoisoned() / m.ClearPoison()
//	m.into_inner() / m.get_mut()           m.IntoInner() Result[T, PoisonError[T]] / m.GetMut() Result[*T, PoisonError[*T]]
//	PoisonError::new(v) / e.into_inner()   NewPoisonError(v) / e.IntoInner(); e.GetRef(), e.GetMut()
//	TryLockError::WouldBlock / Poisoned(p) TryLockErrorWouldBlock[G]() / TryLockErrorPoisoned(p); e.IsWouldBlock(), e.Poisoned()
//
//	RwLock::new(v)                         NewRwLock(v) *RwLock[T]
//	l.read() / l.write()                   l.Read() / l.Write() (ReadUnwrap(loc) / WriteUnwrap(loc))
//	l.try_read() / l.try_write()           l.TryRead() / l.TryWrite()
//	read guard *r / write guard *w = v     r.Get(), r.Ptr() / w.Get(), w.Set(v), w.Ptr(); Drop()
//	l.is_poisoned(), clear_poison, into_inner, get_mut  same names
//
//	Condvar::new()                         NewCondvar() *Condvar (or a zero Condvar)
//	cv.wait(g)                             CondvarWait(cv, g) Result[*MutexGuard[T], PoisonError[..]]; CondvarWaitUnwrap(cv, g, loc)
//	cv.wait_while(g, |v| cond)             CondvarWaitWhile(cv, g, func(v *T) bool); CondvarWaitWhileUnwrap(cv, g, cond, loc)
//	cv.wait_timeout(g, d)                  CondvarWaitTimeout(cv, g, d) Result[GuardTimeout[T], PoisonError[GuardTimeout[T]]]
//	cv.wait_timeout_while(g, d, cond)      CondvarWaitTimeoutWhile(cv, g, d, cond)
//	let (g, r) = ..; r.timed_out()         t.F0, t.F1.TimedOut()  (GuardTimeout[T] = Tuple2[*MutexGuard[T], WaitTimeoutResult])
//	cv.notify_one() / cv.notify_all()      cv.NotifyOne() / cv.NotifyAll()
//
//	Barrier::new(n) / b.wait()             NewBarrier(n) / b.Wait() BarrierWaitResult
//	r.is_leader()                          r.IsLeader()
//
//	AtomicBool, AtomicI8 .. AtomicU64,     AtomicBool, AtomicI8 .. AtomicU64, AtomicIsize, AtomicUsize:
//	AtomicIsize, AtomicUsize ::new(v)      NewAtomicX(v) *AtomicX
//	Ordering::Relaxed .. SeqCst            Relaxed, Release, Acquire, AcqRel, SeqCst (type AtomicOrdering)
//	a.load(o) / a.store(v, o) / a.swap(v, o) a.Load(o) / a.Store(v, o) / a.Swap(v, o)
//	a.fetch_add/sub/and/or/xor/nand/max/min a.FetchAdd .. a.FetchMin (wrapping, as Rust)
//	a.compare_exchange(c, n, s, f)         a.CompareExchange(c, n, s, f) Result[T, T] (also ..Weak)
//	a.fetch_update(s, f, |v| Some(..))     a.FetchUpdate(s, f, func(T) Option[T]) Result[T, T]; TryUpdate, Update
//	AtomicBool::fetch_not                  a.FetchNot(o)
//	a.into_inner() / a.get_mut()           a.IntoInner() / a.GetMut() *T
//
//	Once::new() / static ONCE: Once        NewSyncOnce() / var ONCE rt.SyncOnce   (rt.Once is std::iter::once)
//	o.call_once(f) / o.call_once_force(f)  o.CallOnce(loc, f) / o.CallOnceForce(func(OnceState))
//	o.is_completed() / o.wait()            o.IsCompleted() / o.Wait(loc)
//	OnceLock::new()                        NewOnceLock[T]() or a zero OnceLock[T]
//	c.get() / c.set(v) / c.get_or_init(f)  c.Get() Option[*T] / c.Set(v) Result[Unit, T] / c.GetOrInit(f) *T
//	c.into_inner() / c.take() / c.wait()   c.IntoInner() / c.Take() / c.Wait()
//	LazyLock::new(f) / *lazy / force       NewLazyLock(f) / *lazy.Force() (lazy.Get() copies)
//
//	Arc::new(v) / Arc::clone(&a) / drop(a) NewArc(v) *Arc[T] / a.Clone() / a.Drop() (DropWith(glue) when T has drop glue)
//	*a / a.method()                        a.Get() / a.Ptr().Method()
//	Arc::strong_count / weak_count         a.StrongCount() / a.WeakCount()
//	Arc::ptr_eq(&a, &b)                    a.PtrEq(b)
//	Arc::try_unwrap(a) / into_inner(a)     a.TryUnwrap() Result[T, *Arc[T]] / a.IntoInner() Option[T]
//	Arc::get_mut(&mut a) / make_mut        a.GetMut() Option[*T] / ArcMakeMut(&a, clone)
//	Arc::downgrade(&a) / w.upgrade()       a.Downgrade() Weak[T] / w.Upgrade() Option[*Arc[T]]
//
// Arc<T> need not be an *Arc[T]: where the program never observes the count
// (no strong_count, weak_count, try_unwrap, into_inner, get_mut, make_mut or
// downgrade on that type) and T has no drop glue, a plain pointer is exact
// and cheaper (clone is a copy, drop nothing, ptr_eq ==). Arc<Mutex<U>> is
// then just the *Mutex[U]. See arc.go.
//
// Not provided: RwLockWriteGuard::downgrade (a sync.RWMutex cannot
// downgrade atomically), AtomicPtr, MutexGuard::map and other unstable
// APIs; Rust's runtime panics for impossible atomic orderings (rustc
// rejects constant ones at compile time).
package rt

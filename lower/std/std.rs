// rs2go's model of the Rust standard library: each item's Rust signature
// and, in #[go(...)], how it lowers. lower parses this file with rs2go's
// own frontend and resolves user code against it like any other crate.
// Adding a std item means adding its stub here (and, for an intrinsic, its
// lowering in lower/intrinsics.go).
//
// #[go(...)] vocabulary:
//   type = "pkg.Name"     the Go type of a struct/enum/trait object (pkg: rt, time, ...)
//   pointer               the Go type is a pointer to that type
//   builtin = "slice"     Vec<T> is []T; "string": String is string
//   transparent           Box<T> is T
//   func = "pkg.Name"     a call to that Go function: self (if any) first, then the arguments
//   method = "Name"       a method call on the Go value of self
//   loc                   a panic location (rt.Loc) is passed as the first argument
//   intrinsic = "name"    lowered by a named rule in lower/intrinsics.go (other keys are its parameters)

pub mod prelude {
    pub use super::mem::drop;
    pub use super::vec::Vec;
    pub use super::string::String;
    pub use super::boxed::Box;
    pub use super::option::Option;
    pub use super::option::Option::Some;
    pub use super::option::Option::None;
    pub use super::result::Result;
    pub use super::result::Result::Ok;
    pub use super::result::Result::Err;
    pub use super::cmp::PartialEq;
    pub use super::cmp::Eq;
    pub use super::cmp::PartialOrd;
    pub use super::cmp::Ord;
    pub use super::clone::Clone;
    pub use super::marker::Copy;
    pub use super::marker::Send;
    pub use super::marker::Sync;
    pub use super::default::Default;
}

// Traits used as generic bounds. `constraint` is the Go constraint a
// type parameter bounded by the trait gets.
pub mod cmp {
    #[go(constraint = "comparable")]
    pub trait PartialEq {}
    #[go(constraint = "comparable")]
    pub trait Eq {}
    #[go(constraint = "cmp.Ordered")]
    pub trait PartialOrd {}
    #[go(constraint = "cmp.Ordered")]
    pub trait Ord {}
}

pub mod clone {
    pub trait Clone {}
}

pub mod marker {
    pub trait Copy {}
    pub trait Send {}
    pub trait Sync {}
}

pub mod default {
    pub trait Default {}
}

pub mod thread {
    use super::any::Any;
    use super::time::Duration;
    use super::io;
    use super::num::NonZeroUsize;

    #[go(intrinsic = "spawn")]
    pub fn spawn<F, T>(f: F) -> JoinHandle<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static;

    #[go(intrinsic = "scope", loc)]
    pub fn scope<F, T>(f: F) -> T
    where
        F: FnOnce(&Scope) -> T;

    #[go(func = "time.Sleep")]
    pub fn sleep(dur: Duration);
    #[go(func = "runtime.Gosched")]
    pub fn yield_now();
    #[go(func = "rt.Park")]
    pub fn park();
    #[go(func = "rt.ParkTimeout")]
    pub fn park_timeout(dur: Duration);
    #[go(func = "rt.Current")]
    pub fn current() -> Thread;
    #[go(func = "rt.Panicking")]
    pub fn panicking() -> bool;
    #[go(func = "rt.AvailableParallelism")]
    pub fn available_parallelism() -> Result<NonZeroUsize, io::Error>;

    #[go(type = "rt.JoinHandle", pointer)]
    pub struct JoinHandle<T>;

    impl<T> JoinHandle<T> {
        #[go(method = "Join")]
        pub fn join(self) -> Result<T, Box<dyn Any + Send + 'static>>;
        #[go(method = "IsFinished")]
        pub fn is_finished(&self) -> bool;
        #[go(method = "Thread")]
        pub fn thread(&self) -> &Thread;
    }

    #[go(type = "rt.ScopeT", pointer)]
    pub struct Scope;

    impl Scope {
        #[go(intrinsic = "scope_spawn")]
        pub fn spawn<F, T>(&self, f: F) -> ScopedJoinHandle<T>
        where
            F: FnOnce() -> T + Send;
    }

    #[go(type = "rt.ScopedJoinHandle", pointer)]
    pub struct ScopedJoinHandle<T>;

    impl<T> ScopedJoinHandle<T> {
        #[go(method = "Join")]
        pub fn join(self) -> Result<T, Box<dyn Any + Send + 'static>>;
        #[go(method = "IsFinished")]
        pub fn is_finished(&self) -> bool;
        #[go(method = "Thread")]
        pub fn thread(&self) -> &Thread;
    }

    #[go(type = "rt.Builder", pointer)]
    pub struct Builder;

    impl Builder {
        #[go(func = "rt.NewBuilder")]
        pub fn new() -> Builder;
        #[go(method = "Name")]
        pub fn name(self, name: String) -> Builder;
        #[go(method = "StackSize")]
        pub fn stack_size(self, size: usize) -> Builder;
        #[go(intrinsic = "builder_spawn")]
        pub fn spawn<F, T>(self, f: F) -> Result<JoinHandle<T>, io::Error>
        where
            F: FnOnce() -> T + Send + 'static,
            T: Send + 'static;
        #[go(intrinsic = "builder_spawn_scoped")]
        pub fn spawn_scoped<F, T>(self, scope: &Scope, f: F) -> Result<ScopedJoinHandle<T>, io::Error>
        where
            F: FnOnce() -> T + Send;
    }

    #[go(type = "rt.Thread", pointer, debug = "method")]
    pub struct Thread;

    impl Thread {
        #[go(method = "Name")]
        pub fn name(&self) -> Option<&str>;
        #[go(method = "ID")]
        pub fn id(&self) -> ThreadId;
        #[go(method = "Unpark")]
        pub fn unpark(&self);
        #[go(intrinsic = "copy")]
        pub fn clone(&self) -> Thread;
    }

    #[go(type = "rt.ThreadId", debug = "method", eq)]
    pub struct ThreadId;

    impl ThreadId {
        #[go(method = "AsU64")]
        pub fn as_u64(&self) -> u64;
        #[go(intrinsic = "copy")]
        pub fn clone(&self) -> ThreadId;
    }

    #[go(type = "rt.LocalKey", pointer)]
    pub struct LocalKey<T>;

    impl<T> LocalKey<T> {
        #[go(intrinsic = "local_with")]
        pub fn with<F, R>(&self, f: F) -> R
        where
            F: FnOnce(&T) -> R;
    }

    impl<T> LocalKey<super::cell::Cell<T>> {
        #[go(func = "rt.LocalCellGet")]
        pub fn get(&self) -> T;
        #[go(func = "rt.LocalCellSet")]
        pub fn set(&self, value: T);
        #[go(func = "rt.LocalCellReplace")]
        pub fn replace(&self, value: T) -> T;
        #[go(func = "rt.LocalCellTake")]
        pub fn take(&self) -> T;
    }

    impl<T> LocalKey<super::cell::RefCell<T>> {
        #[go(intrinsic = "local_with_borrow", loc)]
        pub fn with_borrow<F, R>(&self, f: F) -> R
        where
            F: FnOnce(&T) -> R;
        #[go(intrinsic = "local_with_borrow_mut", loc)]
        pub fn with_borrow_mut<F, R>(&self, f: F) -> R
        where
            F: FnOnce(&mut T) -> R;
    }
}

pub mod any {
    use super::boxed::Box;

    #[go(type = "rt.Payload", pointer)]
    pub trait Any {}

    impl Box<dyn Any + Send> {
        #[go(intrinsic = "downcast_ref")]
        pub fn downcast_ref<T>(&self) -> Option<&T>;
        #[go(intrinsic = "downcast")]
        pub fn downcast<T>(self) -> Result<Box<T>, Box<dyn Any + Send>>;
        #[go(intrinsic = "downcast_is")]
        pub fn is<T>(&self) -> bool;
    }
}

pub mod boxed {
    #[go(transparent, deref = "arg", box)]
    pub struct Box<T>;

    impl<T> Box<T> {
        #[go(intrinsic = "box_new")]
        pub fn new(x: T) -> Box<T>;
    }
}

pub mod string {
    #[go(builtin = "string", deref = "str")]
    pub struct String;
}

pub mod vec {
    #[go(builtin = "slice", deref = "slice")]
    pub struct Vec<T>;

    impl<T> Vec<T> {
        #[go(intrinsic = "vec_new")]
        pub fn new() -> Vec<T>;
        #[go(intrinsic = "len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "push")]
        pub fn push(&mut self, value: T);
    }
}

pub mod option {
    #[go(type = "rt.Option")]
    pub enum Option<T> {
        #[go(func = "rt.None", test = "IsNone")]
        None,
        #[go(func = "rt.Some", test = "IsSome", value = "SomeValue")]
        Some(T),
    }

    impl<T> Option<T> {
        #[go(method = "Unwrap", loc)]
        pub fn unwrap(self) -> T;
        #[go(method = "Expect", loc)]
        pub fn expect(self, msg: &str) -> T;
        #[go(method = "IsSome")]
        pub fn is_some(&self) -> bool;
        #[go(method = "IsNone")]
        pub fn is_none(&self) -> bool;
        #[go(method = "UnwrapOr")]
        pub fn unwrap_or(self, default: T) -> T;
    }
}

pub mod result {
    #[go(type = "rt.Result")]
    pub enum Result<T, E> {
        #[go(func = "rt.Ok", test = "IsOk", value = "OkValue")]
        Ok(T),
        #[go(func = "rt.Err", test = "IsErr", value = "ErrValue")]
        Err(E),
    }

    impl<T, E> Result<T, E> {
        #[go(method = "Unwrap", loc)]
        pub fn unwrap(self) -> T;
        #[go(method = "Expect", loc)]
        pub fn expect(self, msg: &str) -> T;
        #[go(method = "IsOk")]
        pub fn is_ok(&self) -> bool;
        #[go(method = "IsErr")]
        pub fn is_err(&self) -> bool;
        #[go(method = "UnwrapOr")]
        pub fn unwrap_or(self, default: T) -> T;
    }
}

pub mod ops {
    #[go(iter = "range")]
    pub struct Range<Idx>;
    #[go(iter = "range_inclusive")]
    pub struct RangeInclusive<Idx>;
}

pub mod fmt {
    #[go(type = "rt.Formatter", pointer)]
    pub struct Formatter;

    #[go(type = "rt.FmtError")]
    pub struct Error;

    pub type Result = super::result::Result<(), Error>;

    pub trait Display {}
    pub trait Debug {}
    pub trait Write {}

    impl Formatter {
        #[go(method = "WriteFmt")]
        pub fn write_str(&mut self, s: &str) -> Result;
        #[go(method = "Alternate")]
        pub fn alternate(&self) -> bool;
    }
}

pub mod mem {
    #[go(intrinsic = "drop")]
    pub fn drop<T>(x: T);
}

pub mod sync {
    use super::time::Duration;

    #[go(type = "rt.Arc", pointer, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop")]
    pub struct Arc<T>;

    impl<T> Arc<T> {
        #[go(func = "rt.NewArc")]
        pub fn new(value: T) -> Arc<T>;
        #[go(method = "Clone")]
        pub fn clone(&self) -> Arc<T>;
        #[go(method = "StrongCount")]
        pub fn strong_count(&self) -> usize;
        #[go(method = "WeakCount")]
        pub fn weak_count(&self) -> usize;
        #[go(method = "PtrEq")]
        pub fn ptr_eq(&self, other: &Arc<T>) -> bool;
        #[go(method = "TryUnwrap")]
        pub fn try_unwrap(self) -> Result<T, Arc<T>>;
        #[go(method = "IntoInner")]
        pub fn into_inner(self) -> Option<T>;
        #[go(intrinsic = "ptr_method", method = "GetMut")]
        pub fn get_mut(&mut self) -> Option<&mut T>;
        #[go(intrinsic = "ptr_method", method = "Ptr")]
        pub fn as_ref(&self) -> &T;
    }

    #[go(type = "rt.Mutex", pointer, debug = "method")]
    pub struct Mutex<T>;

    impl<T> Mutex<T> {
        #[go(func = "rt.NewMutex")]
        pub fn new(t: T) -> Mutex<T>;
        #[go(method = "Lock")]
        pub fn lock(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>;
        #[go(method = "TryLock")]
        pub fn try_lock(&self) -> Result<MutexGuard<T>, TryLockError<MutexGuard<T>>>;
        #[go(method = "IsPoisoned")]
        pub fn is_poisoned(&self) -> bool;
        #[go(method = "ClearPoison")]
        pub fn clear_poison(&self);
        #[go(method = "IntoInner")]
        pub fn into_inner(self) -> Result<T, PoisonError<T>>;
        #[go(intrinsic = "ptr_method", method = "GetMut")]
        pub fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>>;
    }

    #[go(type = "rt.MutexGuard", pointer, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop")]
    pub struct MutexGuard<T>;

    #[go(type = "rt.RwLock", pointer, debug = "method")]
    pub struct RwLock<T>;

    impl<T> RwLock<T> {
        #[go(func = "rt.NewRwLock")]
        pub fn new(t: T) -> RwLock<T>;
        #[go(method = "Read")]
        pub fn read(&self) -> Result<RwLockReadGuard<T>, PoisonError<RwLockReadGuard<T>>>;
        #[go(method = "Write")]
        pub fn write(&self) -> Result<RwLockWriteGuard<T>, PoisonError<RwLockWriteGuard<T>>>;
        #[go(method = "TryRead")]
        pub fn try_read(&self) -> Result<RwLockReadGuard<T>, TryLockError<RwLockReadGuard<T>>>;
        #[go(method = "TryWrite")]
        pub fn try_write(&self) -> Result<RwLockWriteGuard<T>, TryLockError<RwLockWriteGuard<T>>>;
        #[go(method = "IsPoisoned")]
        pub fn is_poisoned(&self) -> bool;
        #[go(method = "ClearPoison")]
        pub fn clear_poison(&self);
        #[go(method = "IntoInner")]
        pub fn into_inner(self) -> Result<T, PoisonError<T>>;
        #[go(intrinsic = "ptr_method", method = "GetMut")]
        pub fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>>;
    }

    #[go(type = "rt.RwLockReadGuard", pointer, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop")]
    pub struct RwLockReadGuard<T>;

    #[go(type = "rt.RwLockWriteGuard", pointer, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop")]
    pub struct RwLockWriteGuard<T>;

    #[go(type = "rt.PoisonError", debug = "method", display = "method", drop_args)]
    pub struct PoisonError<G>;

    impl<G> PoisonError<G> {
        #[go(func = "rt.NewPoisonError")]
        pub fn new(guard: G) -> PoisonError<G>;
        #[go(method = "IntoInner")]
        pub fn into_inner(self) -> G;
        #[go(intrinsic = "ptr_method", method = "GetRef")]
        pub fn get_ref(&self) -> &G;
        #[go(intrinsic = "ptr_method", method = "GetMut")]
        pub fn get_mut(&mut self) -> &mut G;
    }

    #[go(type = "rt.TryLockError", debug = "method", display = "method", drop_args)]
    pub enum TryLockError<G> {
        #[go(func = "rt.TryLockErrorPoisoned", test = "IsPoisoned", value = "PoisonedValue")]
        Poisoned(PoisonError<G>),
        #[go(func = "rt.TryLockErrorWouldBlock", test = "IsWouldBlock")]
        WouldBlock,
    }

    #[go(type = "rt.Condvar", pointer, debug = "method")]
    pub struct Condvar;

    impl Condvar {
        #[go(func = "rt.NewCondvar")]
        pub fn new() -> Condvar;
        #[go(func = "rt.CondvarWait")]
        pub fn wait<T>(&self, guard: MutexGuard<T>) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>;
        #[go(func = "rt.CondvarWaitWhile")]
        pub fn wait_while<T, F>(&self, guard: MutexGuard<T>, condition: F) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>
        where
            F: FnMut(&mut T) -> bool;
        #[go(func = "rt.CondvarWaitTimeout")]
        pub fn wait_timeout<T>(&self, guard: MutexGuard<T>, dur: Duration) -> Result<(MutexGuard<T>, WaitTimeoutResult), PoisonError<(MutexGuard<T>, WaitTimeoutResult)>>;
        #[go(func = "rt.CondvarWaitTimeoutWhile")]
        pub fn wait_timeout_while<T, F>(&self, guard: MutexGuard<T>, dur: Duration, condition: F) -> Result<(MutexGuard<T>, WaitTimeoutResult), PoisonError<(MutexGuard<T>, WaitTimeoutResult)>>
        where
            F: FnMut(&mut T) -> bool;
        #[go(method = "NotifyOne")]
        pub fn notify_one(&self);
        #[go(method = "NotifyAll")]
        pub fn notify_all(&self);
    }

    #[go(type = "rt.WaitTimeoutResult", debug = "method")]
    pub struct WaitTimeoutResult;

    impl WaitTimeoutResult {
        #[go(method = "TimedOut")]
        pub fn timed_out(&self) -> bool;
    }

    #[go(type = "rt.Barrier", pointer, debug = "method")]
    pub struct Barrier;

    impl Barrier {
        #[go(func = "rt.NewBarrier")]
        pub fn new(n: usize) -> Barrier;
        #[go(method = "Wait")]
        pub fn wait(&self) -> BarrierWaitResult;
    }

    #[go(type = "rt.BarrierWaitResult", debug = "method")]
    pub struct BarrierWaitResult;

    impl BarrierWaitResult {
        #[go(method = "IsLeader")]
        pub fn is_leader(&self) -> bool;
    }

    #[go(type = "rt.Once", pointer, debug = "method")]
    pub struct Once;

    impl Once {
        #[go(func = "rt.NewOnce")]
        pub fn new() -> Once;
        #[go(method = "CallOnce", loc)]
        pub fn call_once<F>(&self, f: F)
        where
            F: FnOnce();
        #[go(method = "IsCompleted")]
        pub fn is_completed(&self) -> bool;
    }

    #[go(type = "rt.OnceLock", pointer, debug = "method")]
    pub struct OnceLock<T>;

    impl<T> OnceLock<T> {
        #[go(func = "rt.NewOnceLock", targs)]
        pub fn new() -> OnceLock<T>;
        #[go(intrinsic = "ptr_method", method = "Get")]
        pub fn get(&self) -> Option<&T>;
        #[go(intrinsic = "ptr_method", method = "GetMut")]
        pub fn get_mut(&mut self) -> Option<&mut T>;
        #[go(method = "Set")]
        pub fn set(&self, value: T) -> Result<(), T>;
        #[go(intrinsic = "ptr_method", method = "GetOrInit")]
        pub fn get_or_init<F>(&self, f: F) -> &T
        where
            F: FnOnce() -> T;
        #[go(intrinsic = "ptr_method", method = "Wait")]
        pub fn wait(&self) -> &T;
        #[go(method = "IntoInner")]
        pub fn into_inner(self) -> Option<T>;
        #[go(method = "Take")]
        pub fn take(&mut self) -> Option<T>;
    }

    #[go(type = "rt.LazyLock", pointer, deref = "arg", deref_ptr = "Force", deref_get = "Get", fmt = "deref")]
    pub struct LazyLock<T>;

    impl<T> LazyLock<T> {
        #[go(func = "rt.NewLazyLock")]
        pub fn new<F>(f: F) -> LazyLock<T>
        where
            F: FnOnce() -> T;
        #[go(intrinsic = "ptr_method", method = "Force")]
        pub fn force(&self) -> &T;
    }

    pub mod mpsc {
        use super::super::time::Duration;

        #[go(func = "rt.ChannelPair", targs)]
        pub fn channel<T>() -> (Sender<T>, Receiver<T>);
        #[go(func = "rt.SyncChannelPair", targs)]
        pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);

        #[go(type = "rt.Sender", debug = "method", drop = "Drop")]
        pub struct Sender<T>;

        impl<T> Sender<T> {
            #[go(method = "Send")]
            pub fn send(&self, t: T) -> Result<(), SendError<T>>;
            #[go(method = "Clone")]
            pub fn clone(&self) -> Sender<T>;
        }

        #[go(type = "rt.SyncSender", debug = "method", drop = "Drop")]
        pub struct SyncSender<T>;

        impl<T> SyncSender<T> {
            #[go(method = "Send")]
            pub fn send(&self, t: T) -> Result<(), SendError<T>>;
            #[go(method = "TrySend")]
            pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>>;
            #[go(method = "Clone")]
            pub fn clone(&self) -> SyncSender<T>;
        }

        #[go(type = "rt.Receiver", debug = "method", drop = "Drop", iter = "seq", seq = "Iter")]
        pub struct Receiver<T>;

        impl<T> Receiver<T> {
            #[go(method = "Recv")]
            pub fn recv(&self) -> Result<T, RecvError>;
            #[go(method = "TryRecv")]
            pub fn try_recv(&self) -> Result<T, TryRecvError>;
            #[go(method = "RecvTimeout")]
            pub fn recv_timeout(&self, timeout: Duration) -> Result<T, RecvTimeoutError>;
            #[go(method = "Iter")]
            pub fn iter(&self) -> Iter<T>;
            #[go(method = "TryIter")]
            pub fn try_iter(&self) -> TryIter<T>;
        }

        #[go(type = "iter.Seq", iter = "seq")]
        pub struct Iter<T>;
        #[go(type = "iter.Seq", iter = "seq")]
        pub struct TryIter<T>;
        #[go(type = "iter.Seq", iter = "seq")]
        pub struct IntoIter<T>;

        #[go(type = "rt.RecvError", debug = "method", display = "method", eq)]
        pub struct RecvError;

        #[go(type = "rt.SendError", debug = "method", display = "method")]
        pub struct SendError<T>(pub T);

        #[go(type = "rt.TryRecvError", debug = "method", display = "method", eq)]
        pub enum TryRecvError {
            #[go(const = "rt.TryRecvErrorEmpty")]
            Empty,
            #[go(const = "rt.TryRecvErrorDisconnected")]
            Disconnected,
        }

        #[go(type = "rt.RecvTimeoutError", debug = "method", display = "method", eq)]
        pub enum RecvTimeoutError {
            #[go(const = "rt.RecvTimeoutErrorTimeout")]
            Timeout,
            #[go(const = "rt.RecvTimeoutErrorDisconnected")]
            Disconnected,
        }

        #[go(type = "rt.TrySendError", debug = "method", display = "method")]
        pub enum TrySendError<T> {
            #[go(func = "rt.TrySendErrorFull", test = "IsFull", value = "IntoInner")]
            Full(T),
            #[go(func = "rt.TrySendErrorDisconnected", test = "IsDisconnected", value = "IntoInner")]
            Disconnected(T),
        }
    }

    pub mod atomic {
        #[go(type = "rt.AtomicOrdering", debug = "method", eq)]
        pub enum Ordering {
            #[go(const = "rt.Relaxed")]
            Relaxed,
            #[go(const = "rt.Release")]
            Release,
            #[go(const = "rt.Acquire")]
            Acquire,
            #[go(const = "rt.AcqRel")]
            AcqRel,
            #[go(const = "rt.SeqCst")]
            SeqCst,
        }

        #[go(type = "rt.AtomicBool", pointer, debug = "method")]
        pub struct AtomicBool;
    
        impl AtomicBool {
            #[go(func = "rt.NewAtomicBool")]
            pub fn new(v: bool) -> AtomicBool;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> bool;
            #[go(method = "Store")]
            pub fn store(&self, val: bool, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: bool, order: Ordering) -> bool;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: bool, order: Ordering) -> bool;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: bool, order: Ordering) -> bool;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: bool, order: Ordering) -> bool;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<bool, bool>
            where
                F: FnMut(bool) -> Option<bool>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> bool;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut bool;
            #[go(method = "FetchNot")]
            pub fn fetch_not(&self, order: Ordering) -> bool;
        }
    
        #[go(type = "rt.AtomicI8", pointer, debug = "method")]
        pub struct AtomicI8;
    
        impl AtomicI8 {
            #[go(func = "rt.NewAtomicI8")]
            pub fn new(v: i8) -> AtomicI8;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> i8;
            #[go(method = "Store")]
            pub fn store(&self, val: i8, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: i8, new: i8, success: Ordering, failure: Ordering) -> Result<i8, i8>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: i8, new: i8, success: Ordering, failure: Ordering) -> Result<i8, i8>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i8, i8>
            where
                F: FnMut(i8) -> Option<i8>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> i8;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut i8;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: i8, order: Ordering) -> i8;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: i8, order: Ordering) -> i8;
        }
    
        #[go(type = "rt.AtomicI16", pointer, debug = "method")]
        pub struct AtomicI16;
    
        impl AtomicI16 {
            #[go(func = "rt.NewAtomicI16")]
            pub fn new(v: i16) -> AtomicI16;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> i16;
            #[go(method = "Store")]
            pub fn store(&self, val: i16, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: i16, new: i16, success: Ordering, failure: Ordering) -> Result<i16, i16>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: i16, new: i16, success: Ordering, failure: Ordering) -> Result<i16, i16>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i16, i16>
            where
                F: FnMut(i16) -> Option<i16>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> i16;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut i16;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: i16, order: Ordering) -> i16;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: i16, order: Ordering) -> i16;
        }
    
        #[go(type = "rt.AtomicI32", pointer, debug = "method")]
        pub struct AtomicI32;
    
        impl AtomicI32 {
            #[go(func = "rt.NewAtomicI32")]
            pub fn new(v: i32) -> AtomicI32;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> i32;
            #[go(method = "Store")]
            pub fn store(&self, val: i32, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: i32, new: i32, success: Ordering, failure: Ordering) -> Result<i32, i32>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: i32, new: i32, success: Ordering, failure: Ordering) -> Result<i32, i32>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i32, i32>
            where
                F: FnMut(i32) -> Option<i32>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> i32;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut i32;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: i32, order: Ordering) -> i32;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: i32, order: Ordering) -> i32;
        }
    
        #[go(type = "rt.AtomicI64", pointer, debug = "method")]
        pub struct AtomicI64;
    
        impl AtomicI64 {
            #[go(func = "rt.NewAtomicI64")]
            pub fn new(v: i64) -> AtomicI64;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> i64;
            #[go(method = "Store")]
            pub fn store(&self, val: i64, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: i64, new: i64, success: Ordering, failure: Ordering) -> Result<i64, i64>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: i64, new: i64, success: Ordering, failure: Ordering) -> Result<i64, i64>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i64, i64>
            where
                F: FnMut(i64) -> Option<i64>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> i64;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut i64;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: i64, order: Ordering) -> i64;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: i64, order: Ordering) -> i64;
        }
    
        #[go(type = "rt.AtomicIsize", pointer, debug = "method")]
        pub struct AtomicIsize;
    
        impl AtomicIsize {
            #[go(func = "rt.NewAtomicIsize")]
            pub fn new(v: isize) -> AtomicIsize;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> isize;
            #[go(method = "Store")]
            pub fn store(&self, val: isize, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: isize, new: isize, success: Ordering, failure: Ordering) -> Result<isize, isize>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: isize, new: isize, success: Ordering, failure: Ordering) -> Result<isize, isize>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<isize, isize>
            where
                F: FnMut(isize) -> Option<isize>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> isize;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut isize;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: isize, order: Ordering) -> isize;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: isize, order: Ordering) -> isize;
        }
    
        #[go(type = "rt.AtomicU8", pointer, debug = "method")]
        pub struct AtomicU8;
    
        impl AtomicU8 {
            #[go(func = "rt.NewAtomicU8")]
            pub fn new(v: u8) -> AtomicU8;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> u8;
            #[go(method = "Store")]
            pub fn store(&self, val: u8, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: u8, new: u8, success: Ordering, failure: Ordering) -> Result<u8, u8>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: u8, new: u8, success: Ordering, failure: Ordering) -> Result<u8, u8>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u8, u8>
            where
                F: FnMut(u8) -> Option<u8>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> u8;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut u8;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: u8, order: Ordering) -> u8;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: u8, order: Ordering) -> u8;
        }
    
        #[go(type = "rt.AtomicU16", pointer, debug = "method")]
        pub struct AtomicU16;
    
        impl AtomicU16 {
            #[go(func = "rt.NewAtomicU16")]
            pub fn new(v: u16) -> AtomicU16;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> u16;
            #[go(method = "Store")]
            pub fn store(&self, val: u16, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: u16, new: u16, success: Ordering, failure: Ordering) -> Result<u16, u16>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: u16, new: u16, success: Ordering, failure: Ordering) -> Result<u16, u16>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u16, u16>
            where
                F: FnMut(u16) -> Option<u16>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> u16;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut u16;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: u16, order: Ordering) -> u16;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: u16, order: Ordering) -> u16;
        }
    
        #[go(type = "rt.AtomicU32", pointer, debug = "method")]
        pub struct AtomicU32;
    
        impl AtomicU32 {
            #[go(func = "rt.NewAtomicU32")]
            pub fn new(v: u32) -> AtomicU32;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> u32;
            #[go(method = "Store")]
            pub fn store(&self, val: u32, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: u32, new: u32, success: Ordering, failure: Ordering) -> Result<u32, u32>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: u32, new: u32, success: Ordering, failure: Ordering) -> Result<u32, u32>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u32, u32>
            where
                F: FnMut(u32) -> Option<u32>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> u32;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut u32;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: u32, order: Ordering) -> u32;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: u32, order: Ordering) -> u32;
        }
    
        #[go(type = "rt.AtomicU64", pointer, debug = "method")]
        pub struct AtomicU64;
    
        impl AtomicU64 {
            #[go(func = "rt.NewAtomicU64")]
            pub fn new(v: u64) -> AtomicU64;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> u64;
            #[go(method = "Store")]
            pub fn store(&self, val: u64, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: u64, new: u64, success: Ordering, failure: Ordering) -> Result<u64, u64>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: u64, new: u64, success: Ordering, failure: Ordering) -> Result<u64, u64>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u64, u64>
            where
                F: FnMut(u64) -> Option<u64>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> u64;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut u64;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: u64, order: Ordering) -> u64;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: u64, order: Ordering) -> u64;
        }
    
        #[go(type = "rt.AtomicUsize", pointer, debug = "method")]
        pub struct AtomicUsize;
    
        impl AtomicUsize {
            #[go(func = "rt.NewAtomicUsize")]
            pub fn new(v: usize) -> AtomicUsize;
            #[go(method = "Load")]
            pub fn load(&self, order: Ordering) -> usize;
            #[go(method = "Store")]
            pub fn store(&self, val: usize, order: Ordering);
            #[go(method = "Swap")]
            pub fn swap(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "CompareExchange")]
            pub fn compare_exchange(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
            #[go(method = "CompareExchangeWeak")]
            pub fn compare_exchange_weak(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
            #[go(method = "FetchAnd")]
            pub fn fetch_and(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "FetchNand")]
            pub fn fetch_nand(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "FetchOr")]
            pub fn fetch_or(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "FetchXor")]
            pub fn fetch_xor(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "FetchUpdate")]
            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<usize, usize>
            where
                F: FnMut(usize) -> Option<usize>;
            #[go(method = "IntoInner")]
            pub fn into_inner(self) -> usize;
            #[go(method = "GetMut")]
            pub fn get_mut(&mut self) -> &mut usize;
            #[go(method = "FetchAdd")]
            pub fn fetch_add(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "FetchSub")]
            pub fn fetch_sub(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "FetchMax")]
            pub fn fetch_max(&self, val: usize, order: Ordering) -> usize;
            #[go(method = "FetchMin")]
            pub fn fetch_min(&self, val: usize, order: Ordering) -> usize;
        }
    }
}

pub mod time {
    #[go(type = "time.Duration", debug = "rt.DebugDuration", ops = "duration", eq, ord)]
    pub struct Duration;

    impl Duration {
        #[go(intrinsic = "duration_from", unit = "Nanosecond")]
        pub fn from_nanos(nanos: u64) -> Duration;
        #[go(intrinsic = "duration_from", unit = "Microsecond")]
        pub fn from_micros(micros: u64) -> Duration;
        #[go(intrinsic = "duration_from", unit = "Millisecond")]
        pub fn from_millis(millis: u64) -> Duration;
        #[go(intrinsic = "duration_from", unit = "Second")]
        pub fn from_secs(secs: u64) -> Duration;
        #[go(func = "rt.DurationNew", loc)]
        pub fn new(secs: u64, nanos: u32) -> Duration;
        #[go(func = "rt.DurationFromSecsF64", loc)]
        pub fn from_secs_f64(secs: f64) -> Duration;
        #[go(func = "rt.DurationFromSecsF32", loc)]
        pub fn from_secs_f32(secs: f32) -> Duration;
        #[go(func = "rt.DurationAsSecs")]
        pub fn as_secs(&self) -> u64;
        #[go(func = "rt.DurationAsMillis")]
        pub fn as_millis(&self) -> u64;
        #[go(func = "rt.DurationAsMicros")]
        pub fn as_micros(&self) -> u64;
        #[go(func = "rt.DurationAsNanos")]
        pub fn as_nanos(&self) -> u64;
        #[go(method = "Seconds")]
        pub fn as_secs_f64(&self) -> f64;
        #[go(func = "rt.DurationAsSecsF32")]
        pub fn as_secs_f32(&self) -> f32;
        #[go(func = "rt.DurationSubsecMillis")]
        pub fn subsec_millis(&self) -> u32;
        #[go(func = "rt.DurationSubsecMicros")]
        pub fn subsec_micros(&self) -> u32;
        #[go(func = "rt.DurationSubsecNanos")]
        pub fn subsec_nanos(&self) -> u32;
        #[go(func = "rt.DurationIsZero")]
        pub fn is_zero(&self) -> bool;
        #[go(func = "rt.DurationCheckedAdd")]
        pub fn checked_add(self, rhs: Duration) -> Option<Duration>;
        #[go(func = "rt.DurationCheckedSub")]
        pub fn checked_sub(self, rhs: Duration) -> Option<Duration>;
        #[go(func = "rt.DurationCheckedMul")]
        pub fn checked_mul(self, rhs: u32) -> Option<Duration>;
        #[go(func = "rt.DurationCheckedDiv")]
        pub fn checked_div(self, rhs: u32) -> Option<Duration>;
        #[go(func = "rt.DurationSaturatingAdd")]
        pub fn saturating_add(self, rhs: Duration) -> Duration;
        #[go(func = "rt.DurationSaturatingSub")]
        pub fn saturating_sub(self, rhs: Duration) -> Duration;
        #[go(func = "rt.DurationSaturatingMul")]
        pub fn saturating_mul(self, rhs: u32) -> Duration;
        #[go(func = "rt.DurationMulF64", loc)]
        pub fn mul_f64(self, rhs: f64) -> Duration;
        #[go(func = "rt.DurationDivF64", loc)]
        pub fn div_f64(self, rhs: f64) -> Duration;
        #[go(func = "rt.DurationAbsDiff")]
        pub fn abs_diff(self, other: Duration) -> Duration;
        #[go(intrinsic = "copy")]
        pub fn clone(&self) -> Duration;
        #[go(value = "rt.DurationZero")]
        pub const ZERO: Duration;
        #[go(value = "rt.DurationMax")]
        pub const MAX: Duration;
        #[go(value = "time.Second")]
        pub const SECOND: Duration;
        #[go(value = "time.Millisecond")]
        pub const MILLISECOND: Duration;
        #[go(value = "time.Microsecond")]
        pub const MICROSECOND: Duration;
        #[go(value = "time.Nanosecond")]
        pub const NANOSECOND: Duration;
    }

    #[go(type = "rt.Instant", ops = "instant", eq, ord, debug = "method")]
    pub struct Instant;

    impl Instant {
        #[go(func = "rt.InstantNow")]
        pub fn now() -> Instant;
        #[go(method = "Elapsed")]
        pub fn elapsed(&self) -> Duration;
        #[go(method = "DurationSince")]
        pub fn duration_since(&self, earlier: Instant) -> Duration;
        #[go(method = "CheckedDurationSince")]
        pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration>;
        #[go(method = "DurationSince")]
        pub fn saturating_duration_since(&self, earlier: Instant) -> Duration;
        #[go(method = "CheckedAdd")]
        pub fn checked_add(&self, d: Duration) -> Option<Instant>;
        #[go(method = "CheckedSub")]
        pub fn checked_sub(&self, d: Duration) -> Option<Instant>;
        #[go(intrinsic = "copy")]
        pub fn clone(&self) -> Instant;
    }
}

pub mod cell {
    #[go(type = "rt.Cell", pointer, debug = "method")]
    pub struct Cell<T>;

    impl<T> Cell<T> {
        #[go(func = "rt.NewCell")]
        pub fn new(value: T) -> Cell<T>;
        #[go(method = "Get")]
        pub fn get(&self) -> T;
        #[go(method = "Set")]
        pub fn set(&self, val: T);
        #[go(method = "Replace")]
        pub fn replace(&self, val: T) -> T;
        #[go(method = "Take")]
        pub fn take(&self) -> T;
        #[go(method = "Get")]
        pub fn into_inner(self) -> T;
        #[go(intrinsic = "ptr_method", method = "Ptr")]
        pub fn get_mut(&mut self) -> &mut T;
    }

    #[go(type = "rt.RefCell", pointer, debug = "method")]
    pub struct RefCell<T>;

    impl<T> RefCell<T> {
        #[go(func = "rt.NewRefCell")]
        pub fn new(value: T) -> RefCell<T>;
        #[go(method = "Borrow", loc)]
        pub fn borrow(&self) -> Ref<T>;
        #[go(method = "BorrowMut", loc)]
        pub fn borrow_mut(&self) -> RefMut<T>;
        #[go(method = "TryBorrow")]
        pub fn try_borrow(&self) -> Result<Ref<T>, BorrowError>;
        #[go(method = "TryBorrowMut")]
        pub fn try_borrow_mut(&self) -> Result<RefMut<T>, BorrowMutError>;
        #[go(method = "IntoInner")]
        pub fn into_inner(self) -> T;
        #[go(method = "Replace", loc)]
        pub fn replace(&self, t: T) -> T;
        #[go(method = "Take", loc)]
        pub fn take(&self) -> T;
        #[go(intrinsic = "ptr_method", method = "Ptr")]
        pub fn get_mut(&mut self) -> &mut T;
    }

    #[go(type = "rt.Ref", pointer, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop")]
    pub struct Ref<T>;

    #[go(type = "rt.RefMut", pointer, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop")]
    pub struct RefMut<T>;

    #[go(type = "rt.BorrowError", debug = "method", display = "method")]
    pub struct BorrowError;

    #[go(type = "rt.BorrowMutError", debug = "method", display = "method")]
    pub struct BorrowMutError;
}

pub mod rc {
    #[go(type = "rt.Rc", pointer, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop")]
    pub struct Rc<T>;

    impl<T> Rc<T> {
        #[go(func = "rt.NewRc")]
        pub fn new(value: T) -> Rc<T>;
        #[go(method = "Clone")]
        pub fn clone(&self) -> Rc<T>;
        #[go(method = "StrongCount")]
        pub fn strong_count(&self) -> usize;
        #[go(method = "WeakCount")]
        pub fn weak_count(&self) -> usize;
        #[go(method = "PtrEq")]
        pub fn ptr_eq(&self, other: &Rc<T>) -> bool;
        #[go(method = "TryUnwrap")]
        pub fn try_unwrap(self) -> Result<T, Rc<T>>;
        #[go(method = "IntoInner")]
        pub fn into_inner(self) -> Option<T>;
        #[go(intrinsic = "ptr_method", method = "GetMut")]
        pub fn get_mut(&mut self) -> Option<&mut T>;
        #[go(method = "Downgrade")]
        pub fn downgrade(&self) -> Weak<T>;
    }

    #[go(type = "rt.RcWeak", pointer, drop = "Drop", debug = "method")]
    pub struct Weak<T>;

    impl<T> Weak<T> {
        #[go(func = "rt.NewRcWeak", targs)]
        pub fn new() -> Weak<T>;
        #[go(method = "Upgrade")]
        pub fn upgrade(&self) -> Option<Rc<T>>;
        #[go(method = "Clone")]
        pub fn clone(&self) -> Weak<T>;
        #[go(method = "StrongCount")]
        pub fn strong_count(&self) -> usize;
        #[go(method = "WeakCount")]
        pub fn weak_count(&self) -> usize;
    }
}

pub mod io {
    #[go(type = "rt.IoError", debug = "method", display = "method")]
    pub struct Error;
}

pub mod num {
    #[go(type = "uint", eq, ord)]
    pub struct NonZeroUsize;

    impl NonZeroUsize {
        #[go(func = "rt.NonZeroUsize")]
        pub fn new(n: usize) -> Option<NonZeroUsize>;
        #[go(intrinsic = "copy")]
        pub fn get(self) -> usize;
    }
}

pub mod panic {
    #[go(func = "rt.PanicAny", loc)]
    pub fn panic_any<M>(msg: M) -> !;
}

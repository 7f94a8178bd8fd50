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
//   void_unit             with a result type parameter set to (), the lowering has no Go value
//
// The std value types (strings, vectors, iterators, collections, numbers;
// rules in lower/std_*.go):
//   intrinsic = "call"    a Go call with extras (lower/std_call.go): ptr = the func/method
//                         used when &T is a Go pointer (ref = "V": of that generic; mut_ref:
//                         &mut T, which is the Go value itself for a pointer, map or func),
//                         targs = "K,V" explicit Go type arguments, self = "value" (a
//                         &mut self slice passed by value), loc (last argument here),
//                         tuple (Go results (T, bool) as a Tuple2), ordering (the
//                         closure returns Ordering: rt.CmpBy), noargs, default_with =
//                         the func/method used, with T's Default made by a func() T
//                         (eq, cmp: the items' PartialEq / Ord as an extra argument)
//                         as an extra argument, where Go's zero value is not it
//                         drop_elems (drop_elems_ptr with ptr) = the func used, with a func(*T)
//                         dropping an element as an extra argument, where the Vec's
//                         elements have drop glue (drop_vals: the method used, with a
//                         func(*V) dropping a map's value, where its values have drop
//                         glue and its keys none), mut_val (the closure's last
//                         parameter, a &mut V, is passed as a *V: adapted where &mut V is
//                         V's Go value itself), release = the func/method
//                         used with -release (integer overflow wraps), ret_ptr (the Go
//                         method returns a pointer for the &mut T it returns, which is
//                         the Go value itself where T's is a pointer), discard = the func
//                         (or method) used, with a func(*X) per generic X of discard_args = "T,E"
//                         (nil where X has no drop glue), where one of them has drop
//                         glue: the method throws such values away (std_call.go)
//   hook = "name"         a check hook (lower/std_check.go) relating types a signature
//                         cannot (collect's target and items, parse's error type)
//   into_iter             a parameter of this type accepts any iterable (IntoIterator)
//   map / set / deque     a collection (ordered: its Go value needs the key's Ord); it has
//                         drop glue where its elements do (rt: DropElems)
//   drops                 the method drops elements it holds or is given (clear, retain, a
//                         set's insert of a present value): unsupported where they have
//                         glue, unless the call intrinsic's drop_elems variant drops them
//   prim = "int"|"float"  the methods of every integer / float type (Self = T)
//   universal             the blanket methods of every type (clone, to_string, into, cmp)
//
// Traits: constraint = "cmp.Ordered"|"comparable" (the Go constraint of a
// bound), op = "+" and fn = "add" (an operator trait), required = "fmt"
// (the method a user impl must provide: E0046), members = "a b" (every
// method an impl may define: another is E0407; an operator trait's is
// its fn), prims (every number
// implements it: `Box::new(5)` as a Box<dyn Debug> is a Box<i32>).

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
    pub use super::iter::Iterator;
    pub use super::iter::IntoIterator;
    pub use super::iter::DoubleEndedIterator;
    pub use super::iter::ExactSizeIterator;
    pub use super::iter::Extend;
    pub use super::iter::FromIterator;
    pub use super::string::ToString;
    pub use super::convert::From;
    pub use super::convert::Into;
    pub use super::convert::TryFrom;
    pub use super::convert::TryInto;
    pub use super::convert::AsRef;
    pub use super::convert::AsMut;
}

// Traits used as generic bounds. `constraint` is the Go constraint a
// type parameter bounded by the trait gets.
pub mod cmp {
    #[go(constraint = "comparable", required = "eq", members = "eq ne")]
    pub trait PartialEq {}
    #[go(constraint = "comparable")]
    pub trait Eq {}
    #[go(constraint = "cmp.Ordered", required = "partial_cmp", members = "partial_cmp lt le gt ge")]
    pub trait PartialOrd {}
    #[go(constraint = "cmp.Ordered", required = "cmp", members = "cmp max min clamp")]
    pub trait Ord {}

    #[go(type = "rt.Ordering", debug = "method", eq, ord)]
    pub enum Ordering {
        #[go(const = "rt.Less")]
        Less,
        #[go(const = "rt.Equal")]
        Equal,
        #[go(const = "rt.Greater")]
        Greater,
    }


    // Reverse(x): x ordered the other way.
    #[go(type = "rt.Reverse", reverse)]
    pub struct Reverse<T>(pub T);

    #[go(intrinsic = "cmp_minmax", max)]
    pub fn max<T>(v1: T, v2: T) -> T;
    #[go(intrinsic = "cmp_minmax")]
    pub fn min<T>(v1: T, v2: T) -> T;

    impl Ordering {
        #[go(method = "Reverse")]
        pub fn reverse(self) -> Ordering;
        #[go(method = "Then")]
        pub fn then(self, other: Ordering) -> Ordering;
        #[go(method = "ThenWith")]
        pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering;
        #[go(method = "IsEq")]
        pub fn is_eq(self) -> bool;
        #[go(method = "IsNe")]
        pub fn is_ne(self) -> bool;
        #[go(method = "IsLt")]
        pub fn is_lt(self) -> bool;
        #[go(method = "IsGt")]
        pub fn is_gt(self) -> bool;
        #[go(method = "IsLe")]
        pub fn is_le(self) -> bool;
        #[go(method = "IsGe")]
        pub fn is_ge(self) -> bool;
    }

}

pub mod clone {
    #[go(required = "clone", members = "clone clone_from")]
    pub trait Clone {}
}

pub mod marker {
    pub trait Copy {}
    pub trait Send {}
    pub trait Sync {}
}

pub mod default {
    #[go(required = "default", members = "default")]
    pub trait Default {}

    // Default::default() (the type comes from inference).
    #[go(intrinsic = "default")]
    pub fn default<T>() -> T;
}

pub mod thread {
    use super::any::Any;
    use super::time::Duration;
    use super::io;
    use super::num::NonZeroUsize;

    pub type Result<T> = super::result::Result<T, super::boxed::Box<dyn Any + Send + 'static>>;

    #[go(intrinsic = "spawn")]
    pub fn spawn<F, T>(f: F) -> JoinHandle<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static;

    #[go(intrinsic = "scope", loc, void_unit)]
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
    pub fn available_parallelism() -> super::result::Result<NonZeroUsize, io::Error>;

    #[go(type = "rt.JoinHandle", pointer, debug = "method")]
    pub struct JoinHandle<T>;

    impl<T> JoinHandle<T> {
        #[go(method = "Join")]
        pub fn join(self) -> super::result::Result<T, Box<dyn Any + Send + 'static>>;
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

    #[go(type = "rt.ScopedJoinHandle", pointer, debug = "method")]
    pub struct ScopedJoinHandle<T>;

    impl<T> ScopedJoinHandle<T> {
        #[go(method = "Join")]
        pub fn join(self) -> super::result::Result<T, Box<dyn Any + Send + 'static>>;
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
        pub fn spawn<F, T>(self, f: F) -> super::result::Result<JoinHandle<T>, io::Error>
        where
            F: FnOnce() -> T + Send + 'static,
            T: Send + 'static;
        #[go(intrinsic = "builder_spawn_scoped")]
        pub fn spawn_scoped<F, T>(self, scope: &Scope, f: F) -> super::result::Result<ScopedJoinHandle<T>, io::Error>
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
        #[go(intrinsic = "local_with", void_unit)]
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
        #[go(intrinsic = "call", func = "rt.LocalCellTake", default_with = "rt.LocalCellTakeWith")]
        pub fn take(&self) -> T;
    }

    impl<T> LocalKey<super::cell::RefCell<T>> {
        #[go(intrinsic = "call", func = "rt.LocalRefCellSet", loc)]
        pub fn set(&self, value: T);
        #[go(intrinsic = "call", func = "rt.LocalRefCellReplace", loc)]
        pub fn replace(&self, value: T) -> T;
        #[go(intrinsic = "call", func = "rt.LocalRefCellTake", loc, default_with = "rt.LocalRefCellTakeWith")]
        pub fn take(&self) -> T;
        #[go(intrinsic = "local_with_borrow", loc, void_unit)]
        pub fn with_borrow<F, R>(&self, f: F) -> R
        where
            F: FnOnce(&T) -> R;
        #[go(intrinsic = "local_with_borrow_mut", loc, void_unit)]
        pub fn with_borrow_mut<F, R>(&self, f: F) -> R
        where
            F: FnOnce(&mut T) -> R;
    }
}

pub mod any {
    use super::boxed::Box;

    #[go(type = "rt.Payload", pointer, debug = "method")]
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
        #[go(intrinsic = "box_ref")]
        pub fn as_ref(&self) -> &T;
        #[go(intrinsic = "box_ref")]
        pub fn as_mut(&mut self) -> &mut T;
    }
}

pub mod string {
    use super::iter::Iter;
    #[derive(Default)]
    #[go(builtin = "string", deref = "str")]
    pub struct String;
    #[go(type = "rt.Utf8Error", debug = "method", display = "method")]
    pub struct FromUtf8Error;
    pub trait ToString {}

    impl String {
        #[go(intrinsic = "string_new")]
        pub fn new() -> String;
        #[go(intrinsic = "string_new")]
        pub fn with_capacity(capacity: usize) -> String;
        #[go(intrinsic = "convert")]
        pub fn from<U>(s: U) -> String;
        #[go(intrinsic = "call", func = "rt.FromUtf8")]
        pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;
        #[go(intrinsic = "call", func = "rt.FromUtf8Lossy")]
        pub fn from_utf8_lossy(v: &[u8]) -> String;
        #[go(intrinsic = "push_str")]
        pub fn push_str(&mut self, s: &str);
        #[go(intrinsic = "push_str", char)]
        pub fn push(&mut self, c: char);
        #[go(intrinsic = "call", func = "rt.StrPop")]
        pub fn pop(&mut self) -> Option<char>;
        #[go(intrinsic = "call", func = "rt.StrInsert", loc)]
        pub fn insert(&mut self, idx: usize, ch: char);
        #[go(intrinsic = "call", func = "rt.StrInsertStr", loc)]
        pub fn insert_str(&mut self, idx: usize, string: &str);
        #[go(intrinsic = "call", func = "rt.StrRemove", loc)]
        pub fn remove(&mut self, idx: usize) -> char;
        #[go(intrinsic = "call", func = "rt.StrTruncate", loc)]
        pub fn truncate(&mut self, new_len: usize);
        #[go(intrinsic = "string_clear")]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", func = "rt.StrRetain")]
        pub fn retain<F: FnMut(char) -> bool>(&mut self, f: F);
        #[go(intrinsic = "string_drain")]
        pub fn drain<R>(&mut self, range: R) -> Iter<char>;
        #[go(intrinsic = "identity")]
        pub fn as_str(&self) -> &str;
        #[go(intrinsic = "identity")]
        pub fn as_mut_str(&mut self) -> &mut str;
        #[go(intrinsic = "identity")]
        pub fn into_boxed_str(self) -> super::boxed::Box<str>;
        // from_utf8_lossy(..).into_owned(): the Cow<str> is a String here.
        #[go(intrinsic = "identity")]
        pub fn into_owned(self) -> String;
        #[go(intrinsic = "as_bytes")]
        pub fn into_bytes(self) -> Vec<u8>;
        #[go(intrinsic = "len")]
        pub fn capacity(&self) -> usize;
        #[go(intrinsic = "len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "is_empty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "noop")]
        pub fn reserve(&mut self, additional: usize);
        #[go(intrinsic = "noop")]
        pub fn shrink_to_fit(&mut self);
        #[go(intrinsic = "string_extend")]
        pub fn extend<I>(&mut self, iter: I);
    }
}

pub mod vec {
    use super::iter::Iter;
    use super::iter::IntoIter;
    #[derive(Default)]
    #[go(builtin = "slice", deref = "slice")]
    pub struct Vec<T>;

    impl<T> Vec<T> {
        #[go(intrinsic = "vec_new")]
        pub fn new() -> Vec<T>;
        #[go(intrinsic = "call", func = "rt.VecWithCapacity", targs = "T")]
        pub fn with_capacity(capacity: usize) -> Vec<T>;
        #[go(intrinsic = "vec_from")]
        pub fn from<U>(v: U) -> Vec<T>;
        #[go(intrinsic = "len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "push")]
        pub fn push(&mut self, value: T);
        #[go(intrinsic = "call", func = "rt.VecPop")]
        pub fn pop(&mut self) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.VecInsert", loc)]
        pub fn insert(&mut self, index: usize, element: T);
        #[go(intrinsic = "call", func = "rt.VecRemove", loc)]
        pub fn remove(&mut self, index: usize) -> T;
        #[go(intrinsic = "call", func = "rt.VecSwapRemove")]
        pub fn swap_remove(&mut self, index: usize) -> T;
        #[go(intrinsic = "call", func = "rt.VecTruncate", drop_elems = "rt.VecTruncateDrop")]
        pub fn truncate(&mut self, len: usize);
        #[go(intrinsic = "call", func = "rt.VecClear", drop_elems = "rt.VecClearDrop")]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", func = "rt.VecResize")]
        pub fn resize(&mut self, new_len: usize, value: T);
        #[go(intrinsic = "vec_extend")]
        pub fn extend(&mut self, iter: IntoIter<T>);
        #[go(intrinsic = "vec_extend_slice")]
        pub fn extend_from_slice(&mut self, other: &[T]);
        #[go(intrinsic = "call", func = "rt.VecAppend")]
        pub fn append(&mut self, other: &mut Vec<T>);
        #[go(intrinsic = "call", func = "rt.VecSplitOff", loc)]
        pub fn split_off(&mut self, at: usize) -> Vec<T>;
        #[go(intrinsic = "vec_drain")]
        pub fn drain<R>(&mut self, range: R) -> Iter<T>;
        #[go(intrinsic = "call", func = "rt.VecRetain", ptr = "rt.VecRetainPtr", drop_elems = "rt.VecRetainDrop", drop_elems_ptr = "rt.VecRetainPtrDrop")]
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        #[go(intrinsic = "call", func = "rt.VecRetainPtr", drop_elems = "rt.VecRetainPtrDrop")]
        pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F);
        #[go(intrinsic = "dedup")]
        pub fn dedup(&mut self);
        #[go(intrinsic = "call", func = "rt.VecDedupByKey", drop_elems = "rt.VecDedupByKeyDrop")]
        pub fn dedup_by_key<K, F: FnMut(&mut T) -> K>(&mut self, key: F);
        #[go(intrinsic = "call", func = "rt.VecDedupBy", drop_elems = "rt.VecDedupByDrop")]
        pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F);
        #[go(intrinsic = "cap")]
        pub fn capacity(&self) -> usize;
        #[go(intrinsic = "identity")]
        pub fn as_slice(&self) -> &[T];
        #[go(intrinsic = "identity")]
        pub fn as_mut_slice(&mut self) -> &mut [T];
        #[go(intrinsic = "identity")]
        pub fn into_boxed_slice(self) -> super::boxed::Box<[T]>;
        #[go(intrinsic = "noop")]
        pub fn reserve(&mut self, additional: usize);
        #[go(intrinsic = "noop")]
        pub fn shrink_to_fit(&mut self);
    }
}

pub mod option {
    use super::iter::Iter;
    #[derive(Default)]
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
        #[go(intrinsic = "call", method = "UnwrapOr", discard = "rt.OptionUnwrapOrDrop", discard_args = "T")]
        pub fn unwrap_or(self, default: T) -> T;
        #[go(intrinsic = "call", method = "UnwrapOrElse")]
        pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T;
        #[go(intrinsic = "unwrap_or_default")]
        pub fn unwrap_or_default(self) -> T;
        #[go(intrinsic = "call", func = "rt.MapOption")]
        pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U>;
        #[go(intrinsic = "call", func = "rt.MapOr")]
        pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
        #[go(intrinsic = "call", func = "rt.MapOrElse")]
        pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
        #[go(intrinsic = "call", func = "rt.AndThen")]
        pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U>;
        #[go(intrinsic = "call", func = "rt.OptionAnd", discard = "rt.OptionAndDrop", discard_args = "T,U")]
        pub fn and<U>(self, optb: Option<U>) -> Option<U>;
        #[go(intrinsic = "call", method = "Or", discard = "rt.OptionOrDrop", discard_args = "T")]
        pub fn or(self, optb: Option<T>) -> Option<T>;
        #[go(intrinsic = "call", method = "OrElse")]
        pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T>;
        #[go(intrinsic = "call", method = "Xor", discard = "rt.OptionXorDrop", discard_args = "T")]
        pub fn xor(self, optb: Option<T>) -> Option<T>;
        #[go(intrinsic = "call", method = "Filter", discard = "rt.OptionFilterDrop", discard_args = "T")]
        pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T>;
        #[go(intrinsic = "call", method = "IsSomeAnd")]
        pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool;
        #[go(intrinsic = "call", method = "IsNoneOr")]
        pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool;
        #[go(intrinsic = "call", func = "rt.OkOr", discard = "rt.OkOrDrop", discard_args = "E")]
        pub fn ok_or<E>(self, err: E) -> Result<T, E>;
        #[go(intrinsic = "call", func = "rt.OkOrElse")]
        pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E>;
        #[go(intrinsic = "option_as_ref")]
        pub fn as_ref(&self) -> Option<&T>;
        #[go(intrinsic = "option_as_ref")]
        pub fn as_mut(&mut self) -> Option<&mut T>;
        #[go(intrinsic = "identity", hook = "as_deref")]
        pub fn as_deref<U>(&self) -> Option<U>;
        #[go(intrinsic = "call", method = "Take")]
        pub fn take(&mut self) -> Option<T>;
        #[go(intrinsic = "call", method = "Replace")]
        pub fn replace(&mut self, value: T) -> Option<T>;
        #[go(intrinsic = "call", method = "Insert", discard = "rt.OptionInsertDrop", discard_args = "T")]
        pub fn insert(&mut self, value: T) -> &mut T;
        #[go(intrinsic = "call", method = "GetOrInsert", discard = "rt.OptionGetOrInsertDrop", discard_args = "T")]
        pub fn get_or_insert(&mut self, value: T) -> &mut T;
        #[go(intrinsic = "call", method = "GetOrInsertWith")]
        pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T;
        #[go(intrinsic = "option_copied")]
        pub fn copied<U>(self) -> Option<U>;
        #[go(intrinsic = "option_copied", clone)]
        pub fn cloned<U>(self) -> Option<U>;
        #[go(intrinsic = "call", func = "rt.OptionIter")]
        pub fn iter(&self) -> Iter<&T>;
        #[go(intrinsic = "call", func = "rt.OptionZip")]
        pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
        #[go(intrinsic = "option_flatten")]
        pub fn flatten<U>(self) -> Option<U>;
        #[go(intrinsic = "call", func = "rt.OptionTranspose", hook = "option_transpose")]
        pub fn transpose<U, E>(self) -> Result<Option<U>, E>;
    }
}

pub mod result {
    use super::iter::Iter;
    #[go(type = "rt.Result")]
    pub enum Result<T, E> {
        #[go(func = "rt.Ok", test = "IsOk", value = "OkValue")]
        Ok(T),
        #[go(func = "rt.Err", test = "IsErr", value = "ErrValue")]
        Err(E),
    }

    impl<T, E> Result<T, E> {
        #[go(intrinsic = "result_unwrap", method = "UnwrapFmt")]
        pub fn unwrap(self) -> T;
        #[go(intrinsic = "result_unwrap", method = "ExpectFmt")]
        pub fn expect(self, msg: &str) -> T;
        #[go(intrinsic = "result_unwrap", method = "UnwrapErrFmt", ok)]
        pub fn unwrap_err(self) -> E;
        #[go(intrinsic = "result_unwrap", method = "ExpectErrFmt", ok)]
        pub fn expect_err(self, msg: &str) -> E;
        #[go(method = "IsOk")]
        pub fn is_ok(&self) -> bool;
        #[go(method = "IsErr")]
        pub fn is_err(&self) -> bool;
        #[go(intrinsic = "call", method = "UnwrapOr", discard = "rt.ResultUnwrapOrDrop", discard_args = "T,E")]
        pub fn unwrap_or(self, default: T) -> T;
        #[go(intrinsic = "call", method = "UnwrapOrElse")]
        pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T;
        #[go(intrinsic = "unwrap_or_default")]
        pub fn unwrap_or_default(self) -> T;
        #[go(intrinsic = "call", method = "Ok", discard = "rt.ResultOkDrop", discard_args = "E")]
        pub fn ok(self) -> Option<T>;
        #[go(intrinsic = "call", method = "Err", discard = "rt.ResultErrDrop", discard_args = "T")]
        pub fn err(self) -> Option<E>;
        #[go(intrinsic = "call", func = "rt.MapResult")]
        pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E>;
        #[go(intrinsic = "call", func = "rt.MapErr")]
        pub fn map_err<F2, O: FnOnce(E) -> F2>(self, op: O) -> Result<T, F2>;
        #[go(intrinsic = "call", func = "rt.MapOrResult")]
        pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
        #[go(intrinsic = "call", func = "rt.ResultAndThen")]
        pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E>;
        #[go(intrinsic = "call", func = "rt.ResultOrElse")]
        pub fn or_else<F2, O: FnOnce(E) -> Result<T, F2>>(self, op: O) -> Result<T, F2>;
        #[go(intrinsic = "call", method = "IsOkAnd")]
        pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool;
        #[go(intrinsic = "call", method = "IsErrAnd")]
        pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool;
        #[go(intrinsic = "identity")]
        pub fn as_ref(&self) -> Result<&T, &E>;
        #[go(intrinsic = "call", func = "rt.ResultIter")]
        pub fn iter(&self) -> Iter<&T>;
    }
}

pub mod ops {
    // Operator traits: `op` is the Rust operator, `fn` the trait's
    // method. A user impl (impl Add for V2) makes the operator a call of
    // its method; a bound (T: Add<Output = T>) makes it a call of the
    // dictionary function the generic function receives (dict.go).
    #[go(op = "+", fn = "add")]
    pub trait Add {}
    #[go(op = "-", fn = "sub")]
    pub trait Sub {}
    #[go(op = "*", fn = "mul")]
    pub trait Mul {}
    #[go(op = "/", fn = "div")]
    pub trait Div {}
    #[go(op = "%", fn = "rem")]
    pub trait Rem {}
    #[go(op = "&", fn = "bitand")]
    pub trait BitAnd {}
    #[go(op = "|", fn = "bitor")]
    pub trait BitOr {}
    #[go(op = "^", fn = "bitxor")]
    pub trait BitXor {}
    // A user impl of a unary or compound-assignment operator trait makes
    // `-v`, `!v` and `a += b` calls of its method (`a += b` on the place).
    #[go(unary_op = "-", fn = "neg")]
    pub trait Neg {}
    #[go(unary_op = "!", fn = "not")]
    pub trait Not {}
    #[go(assign_op = "+=", fn = "add_assign")]
    pub trait AddAssign {}
    #[go(assign_op = "-=", fn = "sub_assign")]
    pub trait SubAssign {}
    #[go(assign_op = "*=", fn = "mul_assign")]
    pub trait MulAssign {}
    #[go(assign_op = "/=", fn = "div_assign")]
    pub trait DivAssign {}
    #[go(assign_op = "%=", fn = "rem_assign")]
    pub trait RemAssign {}
    #[go(assign_op = "&=", fn = "bitand_assign")]
    pub trait BitAndAssign {}
    #[go(assign_op = "|=", fn = "bitor_assign")]
    pub trait BitOrAssign {}
    #[go(assign_op = "^=", fn = "bitxor_assign")]
    pub trait BitXorAssign {}
    // A user impl of Index (IndexMut) makes x[i] a call of its index
    // (index_mut where x[i] is written or borrowed mutably).
    pub trait Index {}
    pub trait IndexMut {}

    #[go(type = "rt.Iter", pointer, iter = "range", deref = "iter")]
    pub struct Range<Idx>;
    #[go(type = "rt.Iter", pointer, iter = "range_inclusive", deref = "iter")]
    pub struct RangeInclusive<Idx>;
    #[go(type = "rt.Iter", pointer, deref = "iter")]
    pub struct RangeFrom<Idx>;
    // Ranges without a start are only arguments (v[..n], v.drain(..)).
    pub struct RangeTo<Idx>;
    pub struct RangeToInclusive<Idx>;
    pub struct RangeFull<Idx>;

    impl<Idx> Range<Idx> {
        #[go(intrinsic = "range_contains")]
        pub fn contains(&self, item: &Idx) -> bool;
        #[go(intrinsic = "range_len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "range_is_empty")]
        pub fn is_empty(&self) -> bool;
    }
    impl<Idx> RangeInclusive<Idx> {
        #[go(intrinsic = "range_contains")]
        pub fn contains(&self, item: &Idx) -> bool;
        #[go(intrinsic = "range_is_empty")]
        pub fn is_empty(&self) -> bool;
    }
}

pub mod error {
    // A dyn Error is a Go interface of the two formatting methods.
    #[go(type = "rt.DynError", display = "method", debug = "method")]
    pub trait Error {}
}

pub mod fmt {
    #[go(type = "rt.Formatter", pointer)]
    pub struct Formatter;

    #[go(type = "rt.FmtError", debug = "method", display = "method")]
    pub struct Error;

    pub type Result = super::result::Result<(), Error>;

    // A dyn Display (dyn Debug) is a Go interface of the formatting
    // method; a value whose Go type has none is wrapped (rt.DisplayAs).
    #[go(required = "fmt", members = "fmt", prims, type = "rt.DisplayFormatter", display = "method", wrap = "rt.DisplayAs")]
    pub trait Display {}
    #[go(required = "fmt", members = "fmt", prims, type = "rt.DebugFormatter", debug = "method", wrap = "rt.DebugAs")]
    pub trait Debug {}
    pub trait Write {}
    // The traits of {:x}, {:X}, {:o}, {:b}, {:e} and {:E}: a user impl's
    // fmt is a Go method FmtLowerHex (...) of its type (fmtWrappers).
    pub trait LowerHex {}
    pub trait UpperHex {}
    pub trait Octal {}
    pub trait Binary {}
    pub trait LowerExp {}
    pub trait UpperExp {}

    impl Formatter {
        #[go(method = "WriteFmt")]
        pub fn write_str(&mut self, s: &str) -> Result;
        #[go(method = "WriteCharFmt")]
        pub fn write_char(&mut self, c: char) -> Result;
        #[go(method = "Alternate")]
        pub fn alternate(&self) -> bool;
        #[go(method = "Width")]
        pub fn width(&self) -> Option<usize>;
        #[go(method = "Precision")]
        pub fn precision(&self) -> Option<usize>;
        #[go(method = "Fill")]
        pub fn fill(&self) -> char;
        #[go(method = "SignPlus")]
        pub fn sign_plus(&self) -> bool;
        #[go(method = "SignAwareZeroPad")]
        pub fn sign_aware_zero_pad(&self) -> bool;
        #[go(method = "PadFmt")]
        pub fn pad(&mut self, s: &str) -> Result;
        #[go(method = "PadIntegralFmt")]
        pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result;
        #[go(method = "DebugStruct")]
        pub fn debug_struct(&mut self, name: &str) -> DebugStruct;
        #[go(method = "DebugTuple")]
        pub fn debug_tuple(&mut self, name: &str) -> DebugTuple;
        #[go(method = "DebugList")]
        pub fn debug_list(&mut self) -> DebugList;
        #[go(method = "DebugSet")]
        pub fn debug_set(&mut self) -> DebugList;
    }

    // The Debug builders (rt/fmt_builders.go), for hand-written Debug
    // impls; a field is a &dyn Debug.
    #[go(type = "rt.DebugStructBuilder", pointer)]
    pub struct DebugStruct;
    #[go(type = "rt.DebugTupleBuilder", pointer)]
    pub struct DebugTuple;
    #[go(type = "rt.DebugListBuilder", pointer)]
    pub struct DebugList;

    impl DebugStruct {
        #[go(method = "FieldDyn")]
        pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut DebugStruct;
        #[go(method = "FinishFmt")]
        pub fn finish(&mut self) -> Result;
        #[go(method = "FinishNonExhaustiveFmt")]
        pub fn finish_non_exhaustive(&mut self) -> Result;
    }
    impl DebugTuple {
        #[go(method = "FieldDyn")]
        pub fn field(&mut self, value: &dyn Debug) -> &mut DebugTuple;
        #[go(method = "FinishFmt")]
        pub fn finish(&mut self) -> Result;
    }
    impl DebugList {
        #[go(method = "EntryDyn")]
        pub fn entry(&mut self, value: &dyn Debug) -> &mut DebugList;
        #[go(method = "FinishFmt")]
        pub fn finish(&mut self) -> Result;
    }
}

pub mod hint {
    #[go(intrinsic = "identity")]
    pub fn black_box<T>(dummy: T) -> T;
    // A spinning thread lets the others run (Go preempts it anyway).
    #[go(func = "rt.YieldNow")]
    pub fn spin_loop();
}

pub mod env {
    use super::iter::Iter;
    use super::string::String;
    // The program's arguments, its path first.
    #[go(func = "rt.EnvArgs")]
    pub fn args() -> Iter<String>;
}

pub mod process {
    // Pending stdout is flushed; destructors do not run (as in Rust).
    #[go(func = "rt.ProcessExit")]
    pub fn exit(code: i32) -> !;
}

pub mod mem {
    #[go(intrinsic = "drop")]
    pub fn drop<T>(x: T);
    #[go(intrinsic = "forget")]
    pub fn forget<T>(t: T);
    #[go(intrinsic = "mem_swap")]
    pub fn swap<T>(x: &mut T, y: &mut T);
    #[go(intrinsic = "mem_replace")]
    pub fn replace<T>(dest: &mut T, src: T) -> T;
    #[go(intrinsic = "mem_replace", take)]
    pub fn take<T>(dest: &mut T) -> T;
}

pub mod sync {
    use super::time::Duration;

    #[go(type = "rt.Arc", pointer, unsize, counted, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop", drop_with = "DropWith")]
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
        #[go(intrinsic = "make_mut", func = "rt.ArcMakeMut")]
        pub fn make_mut(this: &mut Arc<T>) -> &mut T;
        #[go(intrinsic = "ptr_method", method = "Ptr")]
        pub fn as_ref(&self) -> &T;
        #[go(method = "Downgrade")]
        pub fn downgrade(&self) -> Weak<T>;
    }

    #[go(type = "rt.Weak", drop = "Drop", debug = "method")]
    pub struct Weak<T>;

    impl<T> Weak<T> {
        #[go(func = "rt.NewWeak", targs)]
        pub fn new() -> Weak<T>;
        #[go(method = "Upgrade")]
        pub fn upgrade(&self) -> Option<Arc<T>>;
        #[go(method = "Clone")]
        pub fn clone(&self) -> Weak<T>;
        #[go(method = "StrongCount")]
        pub fn strong_count(&self) -> usize;
        #[go(method = "WeakCount")]
        pub fn weak_count(&self) -> usize;
        #[go(method = "PtrEq")]
        pub fn ptr_eq(&self, other: &Weak<T>) -> bool;
    }

    #[go(type = "rt.Mutex", pointer, debug_elem = "rt.DebugMutex", drop_args, drop_ptr = "Ptr")]
    pub struct Mutex<T>;

    impl<T> Mutex<T> {
        #[go(func = "rt.NewMutex")]
        pub fn new(t: T) -> Mutex<T>;
        #[go(method = "Lock", unwrap = "LockUnwrap")]
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

    #[go(type = "rt.RwLock", pointer, debug_elem = "rt.DebugRwLock", drop_args, drop_ptr = "Ptr")]
    pub struct RwLock<T>;

    impl<T> RwLock<T> {
        #[go(func = "rt.NewRwLock")]
        pub fn new(t: T) -> RwLock<T>;
        #[go(method = "Read", unwrap = "ReadUnwrap")]
        pub fn read(&self) -> Result<RwLockReadGuard<T>, PoisonError<RwLockReadGuard<T>>>;
        #[go(method = "Write", unwrap = "WriteUnwrap")]
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
        #[go(func = "rt.CondvarWait", unwrap = "rt.CondvarWaitUnwrap")]
        pub fn wait<T>(&self, guard: MutexGuard<T>) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>;
        #[go(intrinsic = "call", func = "rt.CondvarWaitWhile", unwrap = "rt.CondvarWaitWhileUnwrap", mut_val)]
        pub fn wait_while<T, F>(&self, guard: MutexGuard<T>, condition: F) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>
        where
            F: FnMut(&mut T) -> bool;
        #[go(func = "rt.CondvarWaitTimeout")]
        pub fn wait_timeout<T>(&self, guard: MutexGuard<T>, dur: Duration) -> Result<(MutexGuard<T>, WaitTimeoutResult), PoisonError<(MutexGuard<T>, WaitTimeoutResult)>>;
        #[go(intrinsic = "call", func = "rt.CondvarWaitTimeoutWhile", mut_val)]
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

    #[go(type = "rt.SyncOnce", pointer, debug = "method")]
    pub struct Once;

    impl Once {
        #[go(func = "rt.NewSyncOnce")]
        pub fn new() -> Once;
        #[go(method = "CallOnce", loc)]
        pub fn call_once<F>(&self, f: F)
        where
            F: FnOnce();
        #[go(method = "IsCompleted")]
        pub fn is_completed(&self) -> bool;
    }

    #[go(type = "rt.OnceLock", pointer, debug_elem = "rt.DebugOnceLock")]
    pub struct OnceLock<T>;

    impl<T> OnceLock<T> {
        #[go(func = "rt.NewOnceLock", targs)]
        pub fn new() -> OnceLock<T>;
        #[go(func = "rt.OnceLockFrom")]
        pub fn from(value: T) -> OnceLock<T>;
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
        use super::super::iter::Iter;

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

        #[go(type = "rt.Receiver", debug = "method", drop = "Drop", drop_with = "DropWith", iter = "seq", seq = "Iter")]
        pub struct Receiver<T>;

        impl<T> Receiver<T> {
            #[go(method = "Recv")]
            pub fn recv(&self) -> Result<T, RecvError>;
            #[go(method = "TryRecv")]
            pub fn try_recv(&self) -> Result<T, TryRecvError>;
            #[go(method = "RecvTimeout")]
            pub fn recv_timeout(&self, timeout: Duration) -> Result<T, RecvTimeoutError>;
            #[go(func = "rt.ReceiverIntoIter")]
            pub fn iter(&self) -> Iter<T>;
            #[go(func = "rt.ReceiverTryIter")]
            pub fn try_iter(&self) -> Iter<T>;
            #[go(func = "rt.ReceiverIntoIter")]
            pub fn into_iter(self) -> Iter<T>;
        }

        #[go(type = "rt.RecvError", debug = "method", display = "method", eq)]
        pub struct RecvError;

        #[go(type = "rt.SendError", debug = "method", display = "method", drop_args)]
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
    #[go(type = "rt.Cell", pointer, debug_elem = "rt.DebugCell", drop_args, drop_ptr = "Ptr")]
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
        #[go(intrinsic = "call", method = "Take", default_with = "TakeWith")]
        pub fn take(&self) -> T;
        #[go(method = "Get")]
        pub fn into_inner(self) -> T;
        #[go(intrinsic = "ptr_method", method = "Ptr")]
        pub fn get_mut(&mut self) -> &mut T;
    }

    #[go(type = "rt.RefCell", pointer, debug_elem = "rt.DebugRefCell", drop_args, drop_ptr = "Ptr")]
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
        #[go(intrinsic = "call", method = "Take", loc, default_with = "TakeWith")]
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

// Raw pointers are typed (so that the thread-safety checks can reject
// them as rustc does) but not lowered: the builder reports their types.
pub mod ptr {
    impl<T> *const T {
        #[go(method = "IsNil")]
        pub fn is_null(self) -> bool;
    }
}

pub mod rc {
    #[go(type = "rt.Rc", pointer, unsize, counted, deref = "arg", deref_ptr = "Ptr", deref_get = "Get", fmt = "deref", drop = "Drop", drop_with = "DropWith")]
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
        #[go(intrinsic = "make_mut", func = "rt.RcMakeMut")]
        pub fn make_mut(this: &mut Rc<T>) -> &mut T;
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
    pub type Result<T> = super::result::Result<T, Error>;
}

pub mod array {
    #[go(type = "rt.TryFromSliceError", debug = "method", display = "method")]
    pub struct TryFromSliceError;
}

pub mod num {
    use super::cmp::Ordering;
    #[go(type = "uint", eq, ord)]
    pub struct NonZeroUsize;

    impl NonZeroUsize {
        #[go(func = "rt.NonZeroUsize")]
        pub fn new(n: usize) -> Option<NonZeroUsize>;
        #[go(intrinsic = "copy")]
        pub fn get(self) -> usize;
    }

    #[go(type = "rt.ParseIntError", debug = "method", display = "method")]
    pub struct ParseIntError;
    #[go(type = "rt.ParseFloatError", debug = "method", display = "method")]
    pub struct ParseFloatError;
    #[go(type = "rt.TryFromIntError", debug = "method", display = "method")]
    pub struct TryFromIntError;

    // The methods of every integer type (Self = T) and of every float type.
    #[go(prim = "int")]
    pub struct Int<T>;
    #[go(prim = "float")]
    pub struct Float<T>;

    impl<T> Int<T> {
        #[go(intrinsic = "call", func = "rt.Pow", release = "rt.WrappingPow")]
        pub fn pow(self, exp: u32) -> T;
        #[go(intrinsic = "call", func = "rt.Abs", release = "rt.WrappingAbs")]
        pub fn abs(self) -> T;
        #[go(intrinsic = "call", func = "rt.Signum")]
        pub fn signum(self) -> T;
        #[go(intrinsic = "call", func = "rt.IsPositive")]
        pub fn is_positive(self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsNegative")]
        pub fn is_negative(self) -> bool;
        #[go(intrinsic = "call", func = "rt.AbsDiff", targs = "T,U", hook = "unsigned")]
        pub fn abs_diff<U>(self, other: T) -> U;
        #[go(intrinsic = "call", func = "rt.UnsignedAbs", targs = "T,U", hook = "unsigned")]
        pub fn unsigned_abs<U>(self) -> U;
        #[go(intrinsic = "call", func = "rt.CheckedAdd")]
        pub fn checked_add(self, rhs: T) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedSub")]
        pub fn checked_sub(self, rhs: T) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedMul")]
        pub fn checked_mul(self, rhs: T) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedDiv")]
        pub fn checked_div(self, rhs: T) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedRem")]
        pub fn checked_rem(self, rhs: T) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedNeg")]
        pub fn checked_neg(self) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedAbs")]
        pub fn checked_abs(self) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedPow")]
        pub fn checked_pow(self, exp: u32) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedShl")]
        pub fn checked_shl(self, rhs: u32) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.CheckedShr")]
        pub fn checked_shr(self, rhs: u32) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.WrappingAdd", nopanic)]
        pub fn wrapping_add(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingSub", nopanic)]
        pub fn wrapping_sub(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingMul", nopanic)]
        pub fn wrapping_mul(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingDiv", loc)]
        pub fn wrapping_div(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingRem", loc)]
        pub fn wrapping_rem(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingNeg", nopanic)]
        pub fn wrapping_neg(self) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingAbs", nopanic)]
        pub fn wrapping_abs(self) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingPow")]
        pub fn wrapping_pow(self, exp: u32) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingShl", nopanic)]
        pub fn wrapping_shl(self, rhs: u32) -> T;
        #[go(intrinsic = "call", func = "rt.WrappingShr", nopanic)]
        pub fn wrapping_shr(self, rhs: u32) -> T;
        #[go(intrinsic = "call", func = "rt.SaturatingAdd", nopanic)]
        pub fn saturating_add(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.SaturatingSub", nopanic)]
        pub fn saturating_sub(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.SaturatingMul", nopanic)]
        pub fn saturating_mul(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.SaturatingPow")]
        pub fn saturating_pow(self, exp: u32) -> T;
        #[go(intrinsic = "call", func = "rt.SaturatingAbs", nopanic)]
        pub fn saturating_abs(self) -> T;
        #[go(intrinsic = "call", func = "rt.SaturatingNeg", nopanic)]
        pub fn saturating_neg(self) -> T;
        #[go(intrinsic = "call", func = "rt.OverflowingShl", tuple)]
        pub fn overflowing_shl(self, rhs: u32) -> (T, bool);
        #[go(intrinsic = "call", func = "rt.OverflowingShr", tuple)]
        pub fn overflowing_shr(self, rhs: u32) -> (T, bool);
        #[go(intrinsic = "call", func = "rt.OverflowingAdd", tuple)]
        pub fn overflowing_add(self, rhs: T) -> (T, bool);
        #[go(intrinsic = "call", func = "rt.OverflowingSub", tuple)]
        pub fn overflowing_sub(self, rhs: T) -> (T, bool);
        #[go(intrinsic = "call", func = "rt.OverflowingMul", tuple)]
        pub fn overflowing_mul(self, rhs: T) -> (T, bool);
        #[go(intrinsic = "call", func = "rt.OverflowingNeg", tuple)]
        pub fn overflowing_neg(self) -> (T, bool);
        #[go(intrinsic = "call", func = "rt.OverflowingPow", tuple)]
        pub fn overflowing_pow(self, exp: u32) -> (T, bool);
        #[go(intrinsic = "call", func = "rt.RemEuclid", loc)]
        pub fn rem_euclid(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.DivEuclid", loc)]
        pub fn div_euclid(self, rhs: T) -> T;
        #[go(intrinsic = "builtin", func = "min")]
        pub fn min(self, other: T) -> T;
        #[go(intrinsic = "builtin", func = "max")]
        pub fn max(self, other: T) -> T;
        #[go(intrinsic = "call", func = "rt.Clamp", loc)]
        pub fn clamp(self, min: T, max: T) -> T;
        #[go(intrinsic = "call", func = "rt.CountOnes", nopanic)]
        pub fn count_ones(self) -> u32;
        #[go(intrinsic = "call", func = "rt.CountZeros", nopanic)]
        pub fn count_zeros(self) -> u32;
        #[go(intrinsic = "call", func = "rt.LeadingZeros", nopanic)]
        pub fn leading_zeros(self) -> u32;
        #[go(intrinsic = "call", func = "rt.TrailingZeros", nopanic)]
        pub fn trailing_zeros(self) -> u32;
        #[go(intrinsic = "call", func = "rt.RotateLeftInt", nopanic)]
        pub fn rotate_left(self, n: u32) -> T;
        #[go(intrinsic = "call", func = "rt.RotateRightInt", nopanic)]
        pub fn rotate_right(self, n: u32) -> T;
        #[go(intrinsic = "call", func = "rt.IsPowerOfTwo", nopanic)]
        pub fn is_power_of_two(self) -> bool;
        #[go(intrinsic = "call", func = "rt.NextPowerOfTwo", release = "rt.WrappingNextPowerOfTwo")]
        pub fn next_power_of_two(self) -> T;
        #[go(intrinsic = "call", func = "rt.Isqrt", loc)]
        pub fn isqrt(self) -> T;
        #[go(intrinsic = "call", func = "rt.Ilog2", loc)]
        pub fn ilog2(self) -> u32;
        #[go(intrinsic = "call", func = "rt.Ilog10", loc)]
        pub fn ilog10(self) -> u32;
        #[go(intrinsic = "call", func = "rt.CheckedIlog2")]
        pub fn checked_ilog2(self) -> Option<u32>;
        #[go(intrinsic = "call", func = "rt.CheckedIlog10")]
        pub fn checked_ilog10(self) -> Option<u32>;
        #[go(intrinsic = "call", func = "rt.CheckedNextPowerOfTwo")]
        pub fn checked_next_power_of_two(self) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.LeadingOnes")]
        pub fn leading_ones(self) -> u32;
        #[go(intrinsic = "call", func = "rt.TrailingOnes")]
        pub fn trailing_ones(self) -> u32;
        #[go(intrinsic = "call", func = "rt.SwapBytes")]
        pub fn swap_bytes(self) -> T;
        #[go(intrinsic = "call", func = "rt.ReverseBits")]
        pub fn reverse_bits(self) -> T;
        #[go(intrinsic = "call", func = "rt.ParseIntRadix", targs = "T")]
        pub fn from_str_radix(src: &str, radix: u32) -> Result<T, ParseIntError>;
        // A is [u8; size of T] (hook byte_array).
        #[go(intrinsic = "call", func = "rt.ToBeBytes", targs = "T", hook = "byte_array")]
        pub fn to_be_bytes<A>(self) -> A;
        #[go(intrinsic = "call", func = "rt.ToLeBytes", targs = "T", hook = "byte_array")]
        pub fn to_le_bytes<A>(self) -> A;
        #[go(intrinsic = "call", func = "rt.ToLeBytes", targs = "T", hook = "byte_array")]
        pub fn to_ne_bytes<A>(self) -> A;
        #[go(intrinsic = "call", func = "rt.FromBeBytes", targs = "T", hook = "byte_array")]
        pub fn from_be_bytes<A>(bytes: A) -> T;
        #[go(intrinsic = "call", func = "rt.FromLeBytes", targs = "T", hook = "byte_array")]
        pub fn from_le_bytes<A>(bytes: A) -> T;
        #[go(intrinsic = "call", func = "rt.FromLeBytes", targs = "T", hook = "byte_array")]
        pub fn from_ne_bytes<A>(bytes: A) -> T;
        #[go(intrinsic = "convert")]
        pub fn from<U>(v: U) -> T;
        #[go(intrinsic = "try_from_int")]
        pub fn try_from<U>(v: U) -> Result<T, TryFromIntError>;
        #[go(intrinsic = "zero")]
        pub fn default() -> T;
    }

    impl<T> Float<T> {
        #[go(intrinsic = "float_math", func = "Sqrt")]
        pub fn sqrt(self) -> T;
        #[go(intrinsic = "float_math", func = "Cbrt")]
        pub fn cbrt(self) -> T;
        #[go(intrinsic = "float_math", func = "Abs")]
        pub fn abs(self) -> T;
        #[go(intrinsic = "float_math", func = "Floor")]
        pub fn floor(self) -> T;
        #[go(intrinsic = "float_math", func = "Ceil")]
        pub fn ceil(self) -> T;
        #[go(intrinsic = "float_math", func = "Round")]
        pub fn round(self) -> T;
        #[go(intrinsic = "float_math", func = "Trunc")]
        pub fn trunc(self) -> T;
        #[go(intrinsic = "float_math", func = "Exp")]
        pub fn exp(self) -> T;
        #[go(intrinsic = "float_math", func = "Exp2")]
        pub fn exp2(self) -> T;
        #[go(intrinsic = "float_math", func = "Log")]
        pub fn ln(self) -> T;
        #[go(intrinsic = "float_math", func = "Log10")]
        pub fn log10(self) -> T;
        #[go(intrinsic = "float_math", func = "Log2")]
        pub fn log2(self) -> T;
        #[go(intrinsic = "float_math", func = "Sin")]
        pub fn sin(self) -> T;
        #[go(intrinsic = "float_math", func = "Cos")]
        pub fn cos(self) -> T;
        #[go(intrinsic = "float_math", func = "Tan")]
        pub fn tan(self) -> T;
        #[go(intrinsic = "float_math", func = "Asin")]
        pub fn asin(self) -> T;
        #[go(intrinsic = "float_math", func = "Acos")]
        pub fn acos(self) -> T;
        #[go(intrinsic = "float_math", func = "Atan")]
        pub fn atan(self) -> T;
        #[go(intrinsic = "float_math", func = "Sinh")]
        pub fn sinh(self) -> T;
        #[go(intrinsic = "float_math", func = "Cosh")]
        pub fn cosh(self) -> T;
        #[go(intrinsic = "float_math", func = "Tanh")]
        pub fn tanh(self) -> T;
        #[go(intrinsic = "float_math", func = "Pow")]
        pub fn powf(self, n: T) -> T;
        #[go(intrinsic = "float_math", func = "Atan2")]
        pub fn atan2(self, other: T) -> T;
        #[go(intrinsic = "float_math", func = "Hypot")]
        pub fn hypot(self, other: T) -> T;
        #[go(intrinsic = "float_math", func = "FMA")]
        pub fn mul_add(self, a: T, b: T) -> T;
        #[go(intrinsic = "float_log")]
        pub fn log(self, base: T) -> T;
        #[go(intrinsic = "call", func = "rt.Powi")]
        pub fn powi(self, n: i32) -> T;
        #[go(intrinsic = "call", func = "rt.FMax")]
        pub fn max(self, other: T) -> T;
        #[go(intrinsic = "call", func = "rt.FMin")]
        pub fn min(self, other: T) -> T;
        #[go(intrinsic = "call", func = "rt.FClamp", loc)]
        pub fn clamp(self, min: T, max: T) -> T;
        #[go(intrinsic = "call", func = "rt.FSignum")]
        pub fn signum(self) -> T;
        #[go(intrinsic = "call", func = "rt.Fract")]
        pub fn fract(self) -> T;
        #[go(intrinsic = "call", func = "rt.FRemEuclid")]
        pub fn rem_euclid(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.FDivEuclid")]
        pub fn div_euclid(self, rhs: T) -> T;
        #[go(intrinsic = "call", func = "rt.Recip")]
        pub fn recip(self) -> T;
        #[go(intrinsic = "call", func = "rt.ToDegrees")]
        pub fn to_degrees(self) -> T;
        #[go(intrinsic = "call", func = "rt.ToRadians")]
        pub fn to_radians(self) -> T;
        #[go(intrinsic = "float_test", test = "nan")]
        pub fn is_nan(self) -> bool;
        #[go(intrinsic = "float_test", test = "inf")]
        pub fn is_infinite(self) -> bool;
        #[go(intrinsic = "float_test", test = "finite")]
        pub fn is_finite(self) -> bool;
        #[go(intrinsic = "float_test", test = "neg")]
        pub fn is_sign_negative(self) -> bool;
        #[go(intrinsic = "float_test", test = "pos")]
        pub fn is_sign_positive(self) -> bool;
        #[go(intrinsic = "call", func = "rt.CmpFloatOrd")]
        pub fn total_cmp(&self, other: &T) -> Ordering;
        #[go(intrinsic = "call", func = "rt.PartialCmpFloat")]
        pub fn partial_cmp(&self, other: &T) -> Option<Ordering>;
        #[go(intrinsic = "convert")]
        pub fn from<U>(v: U) -> T;
        #[go(intrinsic = "zero")]
        pub fn default() -> T;
    }

}

pub mod panic {
    use super::any::Any;
    use super::boxed::Box;
    use super::option::Option;
    use super::result::Result;

    #[go(func = "rt.PanicAny", loc)]
    pub fn panic_any<M>(msg: M) -> !;
    // The closure's panic was reported by the hook; its payload is Err.
    #[go(intrinsic = "call", func = "rt.CatchUnwind")]
    pub fn catch_unwind<F, R>(f: F) -> Result<R, Box<dyn Any + Send>>
    where
        F: FnOnce() -> R;
    #[go(func = "rt.ResumeUnwind")]
    pub fn resume_unwind(payload: Box<dyn Any + Send>) -> !;
    // AssertUnwindSafe(closure): unwind safety is not checked.
    #[go(intrinsic = "identity")]
    pub fn AssertUnwindSafe<T>(v: T) -> T;
    #[go(func = "rt.SetHook")]
    pub fn set_hook(hook: Box<dyn Fn(&PanicHookInfo) + Sync + Send>);
    #[go(func = "rt.TakeHook")]
    pub fn take_hook() -> Box<dyn Fn(&PanicHookInfo) + Sync + Send>;

    #[go(type = "rt.PanicHookInfo", pointer, display = "method")]
    pub struct PanicHookInfo;
    pub type PanicInfo = PanicHookInfo;
    #[go(type = "rt.Location", pointer, display = "method")]
    pub struct Location;

    impl PanicHookInfo {
        #[go(method = "Location")]
        pub fn location(&self) -> Option<&Location>;
        #[go(method = "Payload")]
        pub fn payload(&self) -> &Box<dyn Any + Send>;
    }
    impl Location {
        #[go(method = "File")]
        pub fn file(&self) -> &str;
        #[go(method = "Line")]
        pub fn line(&self) -> u32;
        #[go(method = "Column")]
        pub fn column(&self) -> u32;
    }
}

// ---- iterators, collections, primitives (the std value types) ----
//
// intrinsic = "call" is a Go call with extras: func/method as above;
// ptr = an alternative func/method used when `&R` (R the generic named by
// ref, default the owner's first) is a Go pointer; targs = generics passed
// as explicit Go type arguments; self = "value" passes a &mut self
// receiver by value (slices are views). Closure arguments whose Fn bound
// takes &X get X from rt (wrapped when &X is a Go pointer).

pub mod iter {
    use super::cmp::Ordering;
    #[go(type = "rt.Iter", pointer)]
    pub struct Iter<T>;
    // A parameter of type IntoIter<T> accepts anything iterable with items
    // T (IntoIterator<Item = T>), converted to an Iter.
    #[go(type = "rt.Iter", pointer, into_iter)]
    pub struct IntoIter<T>;

    // The receiver of an iterator method called on a user type that
    // implements Iterator (the checker inserts the call: userIterRecv);
    // the argument's coercion to IntoIter makes the iterator.
    #[go(intrinsic = "identity")]
    pub fn user_iter<T>(it: IntoIter<T>) -> Iter<T>;

    pub trait Iterator {}
    pub trait IntoIterator {}
    // Peekable<I> is I: the one iterator type peeks; the adapters that
    // keep I's items are I too.
    pub type Peekable<I> = I;
    pub type Rev<I> = I;
    pub type StepBy<I> = I;
    pub type Take<I> = I;
    pub type Skip<I> = I;
    pub type Fuse<I> = I;
    pub trait DoubleEndedIterator {}
    pub trait ExactSizeIterator {}
    pub trait FromIterator {}
    pub trait Extend {}
    pub trait Sum {}
    pub trait Product {}

    #[go(intrinsic = "call", func = "rt.Empty", targs = "T")]
    pub fn empty<T>() -> Iter<T>;
    #[go(intrinsic = "call", func = "rt.Once")]
    pub fn once<T>(value: T) -> Iter<T>;
    #[go(intrinsic = "call", func = "rt.Repeat")]
    pub fn repeat<T>(value: T) -> Iter<T>;
    #[go(intrinsic = "call", func = "rt.RepeatN")]
    pub fn repeat_n<T>(value: T, n: usize) -> Iter<T>;
    #[go(intrinsic = "call", func = "rt.Successors")]
    pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Iter<T>;
    #[go(intrinsic = "call", func = "rt.FromFn")]
    pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> Iter<T>;
    #[go(intrinsic = "call", func = "rt.Zip")]
    pub fn zip<A, B>(a: IntoIter<A>, b: IntoIter<B>) -> Iter<(A, B)>;

    impl<T> Iter<T> {
        // Chars::as_str and CharIndices::as_str: the rest of the string.
        #[go(method = "AsStr")]
        pub fn as_str(&self) -> &str;
        #[go(method = "Next")]
        pub fn next(&mut self) -> Option<T>;
        #[go(method = "NextBack")]
        pub fn next_back(&mut self) -> Option<T>;
        #[go(intrinsic = "call", method = "Peek", ptr = "PeekPtr")]
        pub fn peek(&mut self) -> Option<&T>;
        #[go(intrinsic = "call", method = "PeekPtr")]
        pub fn peek_mut(&mut self) -> Option<&mut T>;
        #[go(intrinsic = "call", method = "NextIf")]
        pub fn next_if<F: FnOnce(&T) -> bool>(&mut self, f: F) -> Option<T>;
        #[go(intrinsic = "next_if_eq")]
        pub fn next_if_eq(&mut self, expected: &T) -> Option<T>;
        #[go(intrinsic = "iter_self")]
        pub fn into_iter(self) -> Iter<T>;
        #[go(intrinsic = "iter_self")]
        pub fn iter(self) -> Iter<T>;

        #[go(intrinsic = "call", func = "rt.Map")]
        pub fn map<U, F: FnMut(T) -> U>(self, f: F) -> Iter<U>;
        #[go(intrinsic = "call", method = "Filter")]
        pub fn filter<P: FnMut(&T) -> bool>(self, predicate: P) -> Iter<T>;
        #[go(intrinsic = "call", func = "rt.FilterMap")]
        pub fn filter_map<U, F: FnMut(T) -> Option<U>>(self, f: F) -> Iter<U>;
        #[go(intrinsic = "call", func = "rt.MapWhile")]
        pub fn map_while<U, F: FnMut(T) -> Option<U>>(self, f: F) -> Iter<U>;
        #[go(intrinsic = "call", func = "rt.Enumerate")]
        pub fn enumerate(self) -> Iter<(usize, T)>;
        #[go(intrinsic = "call", func = "rt.Zip")]
        pub fn zip<U>(self, other: IntoIter<U>) -> Iter<(T, U)>;
        #[go(intrinsic = "call", method = "Chain")]
        pub fn chain(self, other: IntoIter<T>) -> Iter<T>;
        #[go(intrinsic = "call", func = "rt.IterEq", eq)]
        pub fn eq(self, other: IntoIter<T>) -> bool;
        #[go(intrinsic = "call", func = "rt.IterNe", eq)]
        pub fn ne(self, other: IntoIter<T>) -> bool;
        #[go(intrinsic = "call", func = "rt.IterCmp", cmp)]
        pub fn cmp(self, other: IntoIter<T>) -> Ordering;
        #[go(intrinsic = "call", func = "rt.IterLt", cmp)]
        pub fn lt(self, other: IntoIter<T>) -> bool;
        #[go(intrinsic = "call", func = "rt.IterLe", cmp)]
        pub fn le(self, other: IntoIter<T>) -> bool;
        #[go(intrinsic = "call", func = "rt.IterGt", cmp)]
        pub fn gt(self, other: IntoIter<T>) -> bool;
        #[go(intrinsic = "call", func = "rt.IterGe", cmp)]
        pub fn ge(self, other: IntoIter<T>) -> bool;
        #[go(intrinsic = "call", method = "Rev")]
        pub fn rev(self) -> Iter<T>;
        #[go(intrinsic = "call", method = "Skip")]
        pub fn skip(self, n: usize) -> Iter<T>;
        #[go(intrinsic = "call", method = "Take")]
        pub fn take(self, n: usize) -> Iter<T>;
        #[go(intrinsic = "call", method = "StepBy")]
        pub fn step_by(self, step: usize) -> Iter<T>;
        #[go(intrinsic = "call", method = "TakeWhile")]
        pub fn take_while<P: FnMut(&T) -> bool>(self, predicate: P) -> Iter<T>;
        #[go(intrinsic = "call", method = "SkipWhile")]
        pub fn skip_while<P: FnMut(&T) -> bool>(self, predicate: P) -> Iter<T>;
        #[go(intrinsic = "call", method = "Inspect")]
        pub fn inspect<F: FnMut(&T)>(self, f: F) -> Iter<T>;
        #[go(intrinsic = "call", method = "Peekable")]
        pub fn peekable(self) -> Iter<T>;
        #[go(intrinsic = "call", method = "Fuse")]
        pub fn fuse(self) -> Iter<T>;
        #[go(intrinsic = "call", method = "Cycle")]
        pub fn cycle(self) -> Iter<T>;
        #[go(intrinsic = "call", method = "ByRef")]
        pub fn by_ref(&mut self) -> Iter<T>;
        #[go(intrinsic = "call", func = "rt.FlatMap")]
        pub fn flat_map<U, F: FnMut(T) -> IntoIter<U>>(self, f: F) -> Iter<U>;
        #[go(intrinsic = "flatten")]
        pub fn flatten<U>(self) -> Iter<U>;
        #[go(intrinsic = "call", func = "rt.Scan")]
        pub fn scan<S, U, F: FnMut(&mut S, T) -> Option<U>>(self, initial_state: S, f: F) -> Iter<U>;
        #[go(intrinsic = "iter_copied")]
        pub fn copied<U>(self) -> Iter<U>;
        #[go(intrinsic = "iter_copied", clone)]
        pub fn cloned<U>(self) -> Iter<U>;

        #[go(intrinsic = "call", method = "Count")]
        pub fn count(self) -> usize;
        // ExactSizeIterator::len (not checked to be one).
        #[go(intrinsic = "call", method = "Len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "call", method = "Last")]
        pub fn last(self) -> Option<T>;
        #[go(intrinsic = "call", method = "Nth")]
        pub fn nth(&mut self, n: usize) -> Option<T>;
        #[go(intrinsic = "call", method = "NthBack")]
        pub fn nth_back(&mut self, n: usize) -> Option<T>;
        #[go(intrinsic = "call", method = "Find")]
        pub fn find<P: FnMut(&T) -> bool>(&mut self, predicate: P) -> Option<T>;
        #[go(intrinsic = "call", method = "RFind")]
        pub fn rfind<P: FnMut(&T) -> bool>(&mut self, predicate: P) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.FindMap", self = "value")]
        pub fn find_map<U, F: FnMut(T) -> Option<U>>(&mut self, f: F) -> Option<U>;
        #[go(intrinsic = "call", method = "Position")]
        pub fn position<P: FnMut(T) -> bool>(&mut self, predicate: P) -> Option<usize>;
        #[go(intrinsic = "call", method = "RPosition")]
        pub fn rposition<P: FnMut(T) -> bool>(&mut self, predicate: P) -> Option<usize>;
        #[go(intrinsic = "call", method = "Any")]
        pub fn any<F: FnMut(T) -> bool>(&mut self, f: F) -> bool;
        #[go(intrinsic = "call", method = "AllMatch")]
        pub fn all<F: FnMut(T) -> bool>(&mut self, f: F) -> bool;
        #[go(intrinsic = "call", method = "ForEach")]
        pub fn for_each<F: FnMut(T)>(self, f: F);
        #[go(intrinsic = "call", func = "rt.Fold")]
        pub fn fold<A, F: FnMut(A, T) -> A>(self, init: A, f: F) -> A;
        // R is Option<A> or Result<A, E> (hook try_fold); the iterator
        // stops at the first None or Err.
        #[go(intrinsic = "call", func = "rt.TryFoldOption", result = "rt.TryFoldResult", self = "value", hook = "try_fold")]
        pub fn try_fold<A, F, R>(&mut self, init: A, f: F) -> R
        where
            F: FnMut(A, T) -> R;
        #[go(intrinsic = "call", func = "rt.TryForEachOption", result = "rt.TryForEachResult", self = "value", hook = "try_fold")]
        pub fn try_for_each<F, R>(&mut self, f: F) -> R
        where
            F: FnMut(T) -> R;
        #[go(intrinsic = "call", method = "Reduce")]
        pub fn reduce<F: FnMut(T, T) -> T>(self, f: F) -> Option<T>;
        #[go(intrinsic = "iter_sum")]
        pub fn sum<S>(self) -> S;
        #[go(intrinsic = "iter_sum", product)]
        pub fn product<S>(self) -> S;
        #[go(intrinsic = "iter_minmax", method = "MaxBy")]
        pub fn max(self) -> Option<T>;
        #[go(intrinsic = "iter_minmax", method = "MinBy")]
        pub fn min(self) -> Option<T>;
        #[go(intrinsic = "iter_by_key", func = "rt.MaxByKey")]
        pub fn max_by_key<K, F: FnMut(&T) -> K>(self, f: F) -> Option<T>;
        #[go(intrinsic = "iter_by_key", func = "rt.MinByKey")]
        pub fn min_by_key<K, F: FnMut(&T) -> K>(self, f: F) -> Option<T>;
        #[go(intrinsic = "call", method = "MaxBy", ordering)]
        pub fn max_by<F: FnMut(&T, &T) -> Ordering>(self, compare: F) -> Option<T>;
        #[go(intrinsic = "call", method = "MinBy", ordering)]
        pub fn min_by<F: FnMut(&T, &T) -> Ordering>(self, compare: F) -> Option<T>;
        #[go(intrinsic = "collect")]
        pub fn collect<B>(self) -> B;
        #[go(intrinsic = "call", method = "Partition", hook = "partition")]
        pub fn partition<B, F: FnMut(&T) -> bool>(self, f: F) -> (B, B);
        #[go(intrinsic = "unzip")]
        pub fn unzip<A, B, FromA, FromB>(self) -> (FromA, FromB);
    }
}

pub mod slice {
    // The slice iterators are the one iterator type, by item.
    pub type Iter<'a, T> = super::iter::Iter<&'a T>;
    pub type IterMut<'a, T> = super::iter::Iter<&'a mut T>;
    pub type Windows<'a, T> = super::iter::Iter<&'a [T]>;
    pub type Chunks<'a, T> = super::iter::Iter<&'a [T]>;
    use super::cmp::Ordering;
    impl<T> [T] {
        #[go(intrinsic = "len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "is_empty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.SliceIter", ptr = "rt.SliceRefIter")]
        pub fn iter(&self) -> super::iter::Iter<&T>;
        #[go(intrinsic = "call", func = "rt.SliceIter", ptr = "rt.SliceRefIter", mut_ref, self = "value")]
        pub fn iter_mut(&mut self) -> super::iter::Iter<&mut T>;
        #[go(intrinsic = "call", func = "rt.First", ptr = "rt.FirstPtr")]
        pub fn first(&self) -> Option<&T>;
        #[go(intrinsic = "call", func = "rt.Last", ptr = "rt.LastPtr")]
        pub fn last(&self) -> Option<&T>;
        #[go(intrinsic = "call", func = "rt.First", ptr = "rt.FirstPtr", mut_ref, self = "value")]
        pub fn first_mut(&mut self) -> Option<&mut T>;
        #[go(intrinsic = "call", func = "rt.Last", ptr = "rt.LastPtr", mut_ref, self = "value")]
        pub fn last_mut(&mut self) -> Option<&mut T>;
        #[go(intrinsic = "slice_get")]
        pub fn get<I>(&self, index: I) -> Option<&T>;
        #[go(intrinsic = "call", func = "rt.Get", ptr = "rt.GetPtr", mut_ref, self = "value")]
        pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
        #[go(intrinsic = "slice_contains")]
        pub fn contains(&self, x: &T) -> bool;
        #[go(intrinsic = "slice_starts_with")]
        pub fn starts_with(&self, needle: &[T]) -> bool;
        #[go(intrinsic = "slice_starts_with", suffix)]
        pub fn ends_with(&self, needle: &[T]) -> bool;
        #[go(intrinsic = "call", func = "rt.Swap", self = "value", loc)]
        pub fn swap(&mut self, a: usize, b: usize);
        #[go(intrinsic = "call", func = "slices.Reverse", self = "value")]
        pub fn reverse(&mut self);
        #[go(intrinsic = "sort")]
        pub fn sort(&mut self);
        #[go(intrinsic = "sort", unstable)]
        pub fn sort_unstable(&mut self);
        #[go(intrinsic = "call", func = "slices.SortStableFunc", self = "value", ordering)]
        pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F);
        #[go(intrinsic = "call", func = "slices.SortFunc", self = "value", ordering)]
        pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F);
        #[go(intrinsic = "sort_by_key", func = "rt.SortByKey")]
        pub fn sort_by_key<K, F: FnMut(&T) -> K>(&mut self, f: F);
        #[go(intrinsic = "sort_by_key", func = "rt.SortByKey")]
        pub fn sort_unstable_by_key<K, F: FnMut(&T) -> K>(&mut self, f: F);
        #[go(intrinsic = "sort_by_key", func = "rt.SortByCachedKey")]
        pub fn sort_by_cached_key<K, F: FnMut(&T) -> K>(&mut self, f: F);
        #[go(intrinsic = "binary_search")]
        pub fn binary_search(&self, x: &T) -> Result<usize, usize>;
        #[go(intrinsic = "call", func = "rt.BinarySearchBy")]
        pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, f: F) -> Result<usize, usize>;
        #[go(intrinsic = "binary_search_by_key")]
        pub fn binary_search_by_key<B, F: FnMut(&T) -> B>(&self, b: &B, f: F) -> Result<usize, usize>;
        #[go(intrinsic = "call", func = "rt.PartitionPoint")]
        pub fn partition_point<P: FnMut(&T) -> bool>(&self, pred: P) -> usize;
        #[go(intrinsic = "call", func = "rt.Windows", loc)]
        pub fn windows(&self, size: usize) -> super::iter::Iter<&[T]>;
        #[go(intrinsic = "call", func = "rt.Chunks", loc)]
        pub fn chunks(&self, size: usize) -> super::iter::Iter<&[T]>;
        #[go(intrinsic = "call", func = "rt.Chunks", loc, self = "value")]
        pub fn chunks_mut(&mut self, size: usize) -> super::iter::Iter<&mut [T]>;
        #[go(intrinsic = "call", func = "rt.ChunksExact", loc)]
        pub fn chunks_exact(&self, size: usize) -> super::iter::Iter<&[T]>;
        #[go(intrinsic = "call", func = "rt.SplitAt", loc)]
        pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
        #[go(intrinsic = "call", func = "rt.SplitAt", loc, self = "value")]
        pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]);
        #[go(intrinsic = "call", func = "rt.SplitFirst")]
        pub fn split_first(&self) -> Option<(&T, &[T])>;
        #[go(intrinsic = "call", func = "rt.SplitLast")]
        pub fn split_last(&self) -> Option<(&T, &[T])>;
        #[go(intrinsic = "to_vec")]
        pub fn to_vec(&self) -> Vec<T>;
        #[go(intrinsic = "to_vec")]
        pub fn to_owned(&self) -> Vec<T>;
        #[go(intrinsic = "to_vec")]
        pub fn into_vec(self) -> Vec<T>;
        #[go(intrinsic = "concat")]
        pub fn concat<U>(&self) -> U;
        #[go(intrinsic = "join")]
        pub fn join<S, U>(&self, sep: S) -> U;
        #[go(intrinsic = "call", func = "rt.RotateLeft", self = "value", loc)]
        pub fn rotate_left(&mut self, mid: usize);
        #[go(intrinsic = "call", func = "rt.RotateRight", self = "value", loc)]
        pub fn rotate_right(&mut self, k: usize);
        #[go(intrinsic = "call", func = "rt.Fill", self = "value")]
        pub fn fill(&mut self, value: T);
        #[go(intrinsic = "call", func = "rt.CopyFromSlice", self = "value", loc)]
        pub fn copy_from_slice(&mut self, src: &[T]);
        #[go(intrinsic = "call", func = "rt.CopyFromSlice", self = "value", loc)]
        pub fn clone_from_slice(&mut self, src: &[T]);
        #[go(intrinsic = "call", func = "rt.RepeatSlice")]
        pub fn repeat(&self, n: usize) -> Vec<T>;
    }
}

pub mod str {
    use super::iter::Iter;
    #[go(type = "rt.ParseBoolError", debug = "method", display = "method")]
    pub struct ParseBoolError;
    #[go(type = "rt.Utf8Error", debug = "method", display = "method")]
    pub struct Utf8Error;
    pub trait FromStr {}

    #[go(intrinsic = "call", func = "rt.FromUtf8")]
    pub fn from_utf8(v: &[u8]) -> super::result::Result<&str, Utf8Error>;

    // The string iterators are the one iterator type.
    pub type Chars<'a> = Iter<char>;
    pub type CharIndices<'a> = Iter<(usize, char)>;
    pub type Bytes<'a> = Iter<u8>;
    pub type SplitWhitespace<'a> = Iter<&'a str>;
    pub type Lines<'a> = Iter<&'a str>;

    impl str {
        #[go(intrinsic = "len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "is_empty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.Chars")]
        pub fn chars(&self) -> Iter<char>;
        #[go(intrinsic = "call", func = "rt.CharIndices")]
        pub fn char_indices(&self) -> Iter<(usize, char)>;
        #[go(intrinsic = "call", func = "rt.Bytes")]
        pub fn bytes(&self) -> Iter<u8>;
        #[go(intrinsic = "str_pat", str = "rt.Split", func = "rt.SplitFunc")]
        pub fn split<P>(&self, pat: P) -> Iter<&str>;
        #[go(intrinsic = "str_pat", str = "rt.RSplit")]
        pub fn rsplit<P>(&self, pat: P) -> Iter<&str>;
        #[go(intrinsic = "str_pat", str = "rt.SplitN", pat = "1")]
        pub fn splitn<P>(&self, n: usize, pat: P) -> Iter<&str>;
        #[go(intrinsic = "str_pat", str = "rt.RSplitN", pat = "1")]
        pub fn rsplitn<P>(&self, n: usize, pat: P) -> Iter<&str>;
        #[go(intrinsic = "str_pat", str = "rt.SplitTerminator")]
        pub fn split_terminator<P>(&self, pat: P) -> Iter<&str>;
        #[go(intrinsic = "str_pat", str = "rt.SplitInclusive")]
        pub fn split_inclusive<P>(&self, pat: P) -> Iter<&str>;
        #[go(intrinsic = "str_pat", str = "rt.SplitOnce")]
        pub fn split_once<P>(&self, pat: P) -> Option<(&str, &str)>;
        #[go(intrinsic = "str_pat", str = "rt.RSplitOnce")]
        pub fn rsplit_once<P>(&self, pat: P) -> Option<(&str, &str)>;
        #[go(intrinsic = "call", func = "rt.SplitWhitespace")]
        pub fn split_whitespace(&self) -> Iter<&str>;
        #[go(intrinsic = "call", func = "rt.SplitAsciiWhitespace")]
        pub fn split_ascii_whitespace(&self) -> Iter<&str>;
        #[go(intrinsic = "call", func = "rt.Lines")]
        pub fn lines(&self) -> Iter<&str>;
        #[go(intrinsic = "call", func = "rt.Trim")]
        pub fn trim(&self) -> &str;
        #[go(intrinsic = "call", func = "rt.TrimStart")]
        pub fn trim_start(&self) -> &str;
        #[go(intrinsic = "call", func = "rt.TrimEnd")]
        pub fn trim_end(&self) -> &str;
        #[go(intrinsic = "call", func = "rt.TrimStart")]
        pub fn trim_left(&self) -> &str;
        #[go(intrinsic = "call", func = "rt.TrimEnd")]
        pub fn trim_right(&self) -> &str;
        #[go(intrinsic = "str_pat", str = "rt.TrimMatches", char = "strings.Trim", func = "strings.TrimFunc")]
        pub fn trim_matches<P>(&self, pat: P) -> &str;
        #[go(intrinsic = "str_pat", str = "rt.TrimStartMatches", char = "strings.TrimLeft", func = "strings.TrimLeftFunc")]
        pub fn trim_start_matches<P>(&self, pat: P) -> &str;
        #[go(intrinsic = "str_pat", str = "rt.TrimEndMatches", char = "strings.TrimRight", func = "strings.TrimRightFunc")]
        pub fn trim_end_matches<P>(&self, pat: P) -> &str;
        #[go(intrinsic = "str_pat", str = "rt.StripPrefix")]
        pub fn strip_prefix<P>(&self, prefix: P) -> Option<&str>;
        #[go(intrinsic = "str_pat", str = "rt.StripSuffix")]
        pub fn strip_suffix<P>(&self, suffix: P) -> Option<&str>;
        #[go(intrinsic = "str_pat", str = "strings.HasPrefix", func = "rt.StartsWithFunc")]
        pub fn starts_with<P>(&self, pat: P) -> bool;
        #[go(intrinsic = "str_pat", str = "strings.HasSuffix", func = "rt.EndsWithFunc")]
        pub fn ends_with<P>(&self, pat: P) -> bool;
        #[go(intrinsic = "str_pat", str = "strings.Contains", char = "strings.ContainsRune", func = "rt.ContainsFunc")]
        pub fn contains<P>(&self, pat: P) -> bool;
        #[go(intrinsic = "str_pat", str = "rt.Find", func = "rt.FindFunc")]
        pub fn find<P>(&self, pat: P) -> Option<usize>;
        #[go(intrinsic = "str_pat", str = "rt.RFind", func = "rt.RFindFunc")]
        pub fn rfind<P>(&self, pat: P) -> Option<usize>;
        #[go(intrinsic = "str_pat", str = "rt.Matches")]
        pub fn matches<P>(&self, pat: P) -> Iter<&str>;
        #[go(intrinsic = "str_pat", str = "rt.MatchIndices")]
        pub fn match_indices<P>(&self, pat: P) -> Iter<(usize, &str)>;
        #[go(intrinsic = "str_pat", str = "strings.ReplaceAll")]
        pub fn replace<P>(&self, from: P, to: &str) -> String;
        #[go(intrinsic = "str_pat", str = "strings.Replace", count = "2")]
        pub fn replacen<P>(&self, pat: P, to: &str, count: usize) -> String;
        #[go(intrinsic = "call", func = "rt.ToUppercase")]
        pub fn to_uppercase(&self) -> String;
        #[go(intrinsic = "call", func = "rt.ToLowercase")]
        pub fn to_lowercase(&self) -> String;
        #[go(intrinsic = "call", func = "rt.ToAsciiUppercase")]
        pub fn to_ascii_uppercase(&self) -> String;
        #[go(intrinsic = "call", func = "rt.ToAsciiLowercase")]
        pub fn to_ascii_lowercase(&self) -> String;
        #[go(intrinsic = "call", func = "rt.EqIgnoreAsciiCase")]
        pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
        #[go(intrinsic = "call", func = "rt.StrRepeat")]
        pub fn repeat(&self, n: usize) -> String;
        #[go(intrinsic = "parse")]
        pub fn parse<F, E>(&self) -> Result<F, E>;
        #[go(intrinsic = "identity")]
        pub fn to_string(&self) -> String;
        #[go(intrinsic = "identity")]
        pub fn to_owned(&self) -> String;
        #[go(intrinsic = "identity")]
        pub fn as_ref(&self) -> &str;
        #[go(intrinsic = "as_bytes")]
        pub fn as_bytes(&self) -> &[u8];
        #[go(intrinsic = "str_get")]
        pub fn get<R>(&self, r: R) -> Option<&str>;
        #[go(intrinsic = "call", func = "rt.IsCharBoundary")]
        pub fn is_char_boundary(&self, index: usize) -> bool;
        #[go(intrinsic = "call", func = "rt.SplitAtStr")]
        pub fn split_at(&self, mid: usize) -> (&str, &str);
        #[go(intrinsic = "is_ascii_str")]
        pub fn is_ascii(&self) -> bool;
    }
}

pub mod char {
    use super::iter::Iter;
    #[go(intrinsic = "call", func = "rt.CharFromU32")]
    pub fn from_u32(i: u32) -> Option<char>;
    #[go(intrinsic = "call", func = "rt.FromDigit", loc)]
    pub fn from_digit(num: u32, radix: u32) -> Option<char>;
    #[go(type = "rt.ParseCharError", debug = "method", display = "method")]
    pub struct ParseCharError;
    #[go(type = "rt.CharTryFromError", debug = "method", display = "method")]
    pub struct CharTryFromError;

    impl char {
        #[go(intrinsic = "call", func = "rt.CharIsAlphabetic")]
        pub fn is_alphabetic(self) -> bool;
        #[go(intrinsic = "call", func = "rt.CharIsNumeric")]
        pub fn is_numeric(self) -> bool;
        #[go(intrinsic = "call", func = "rt.CharIsAlphanumeric")]
        pub fn is_alphanumeric(self) -> bool;
        #[go(intrinsic = "call", func = "rt.CharIsWhitespace")]
        pub fn is_whitespace(self) -> bool;
        #[go(intrinsic = "call", func = "rt.CharIsUppercase")]
        pub fn is_uppercase(self) -> bool;
        #[go(intrinsic = "call", func = "rt.CharIsLowercase")]
        pub fn is_lowercase(self) -> bool;
        #[go(intrinsic = "call", func = "rt.CharIsControl")]
        pub fn is_control(self) -> bool;
        #[go(intrinsic = "char_range", lo = "0", hi = "127")]
        pub fn is_ascii(&self) -> bool;
        #[go(intrinsic = "char_range", lo = "48", hi = "57")]
        pub fn is_ascii_digit(&self) -> bool;
        #[go(intrinsic = "char_range", lo = "65", hi = "90")]
        pub fn is_ascii_uppercase(&self) -> bool;
        #[go(intrinsic = "char_range", lo = "97", hi = "122")]
        pub fn is_ascii_lowercase(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiAlphabetic")]
        pub fn is_ascii_alphabetic(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiAlphanumeric")]
        pub fn is_ascii_alphanumeric(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiPunctuation")]
        pub fn is_ascii_punctuation(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiWhitespace")]
        pub fn is_ascii_whitespace(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiHexdigit")]
        pub fn is_ascii_hexdigit(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiGraphic")]
        pub fn is_ascii_graphic(&self) -> bool;
        #[go(intrinsic = "char_is_digit")]
        pub fn is_digit(self, radix: u32) -> bool;
        #[go(intrinsic = "call", func = "rt.ToDigit")]
        pub fn to_digit(self, radix: u32) -> Option<u32>;
        #[go(intrinsic = "call", func = "rt.CharToAsciiUppercase")]
        pub fn to_ascii_uppercase(&self) -> char;
        #[go(intrinsic = "call", func = "rt.CharToAsciiLowercase")]
        pub fn to_ascii_lowercase(&self) -> char;
        #[go(intrinsic = "call", func = "rt.CharToUppercase")]
        pub fn to_uppercase(self) -> Iter<char>;
        #[go(intrinsic = "call", func = "rt.CharToLowercase")]
        pub fn to_lowercase(self) -> Iter<char>;
        #[go(intrinsic = "call", func = "rt.LenUtf8")]
        pub fn len_utf8(self) -> usize;
        #[go(intrinsic = "char_eq_ignore_case")]
        pub fn eq_ignore_ascii_case(&self, other: &char) -> bool;
        #[go(intrinsic = "call", func = "rt.CharFromU32")]
        pub fn from_u32(i: u32) -> Option<char>;
        #[go(intrinsic = "call", func = "rt.FromDigit", loc)]
        pub fn from_digit(num: u32, radix: u32) -> Option<char>;
        #[go(intrinsic = "convert")]
        pub fn from<U>(v: U) -> char;
        #[go(intrinsic = "call", func = "rt.CharTryFromU32")]
        pub fn try_from(i: u32) -> Result<char, CharTryFromError>;
    }

    impl bool {
        #[go(intrinsic = "call", func = "rt.ThenSome")]
        pub fn then_some<T>(self, t: T) -> Option<T>;
        #[go(intrinsic = "call", func = "rt.Then")]
        pub fn then<T, F: FnOnce() -> T>(self, f: F) -> Option<T>;
    }
}

pub mod collections {
    use super::iter::Iter;
    use super::iter::IntoIter;
    pub mod hash_map {
        pub use super::HashMap;
        pub use super::Entry;
    }
    pub mod btree_map {
        pub use super::BTreeMap;
        pub use super::Entry;
    }
    pub mod hash_set {
        pub use super::HashSet;
    }
    pub mod btree_set {
        pub use super::BTreeSet;
    }
    pub mod vec_deque {
        pub use super::VecDeque;
    }

    #[derive(Default)]
    #[go(type = "rt.HashMap", pointer, map)]
    pub struct HashMap<K, V>;
    #[derive(Default)]
    #[go(type = "rt.BTreeMap", pointer, map, ordered)]
    pub struct BTreeMap<K, V>;
    #[derive(Default)]
    #[go(type = "rt.HashSet", pointer, set, ops = "set")]
    pub struct HashSet<T>;
    #[derive(Default)]
    #[go(type = "rt.BTreeSet", pointer, set, ordered, ops = "set")]
    pub struct BTreeSet<T>;
    #[derive(Default)]
    #[go(type = "rt.VecDeque", pointer, deque)]
    pub struct VecDeque<T>;
    #[go(type = "rt.Entry")]
    pub struct Entry<K, V>;
    #[derive(Default)]
    #[go(type = "rt.BinaryHeap", pointer, heap)]
    pub struct BinaryHeap<T>;

    pub mod binary_heap {
        pub use super::BinaryHeap;
    }

    impl<T> BinaryHeap<T> {
        #[go(intrinsic = "coll_new")]
        pub fn new() -> BinaryHeap<T>;
        #[go(intrinsic = "coll_new")]
        pub fn with_capacity(capacity: usize) -> BinaryHeap<T>;
        #[go(intrinsic = "coll_from")]
        pub fn from<U>(v: U) -> BinaryHeap<T>;
        #[go(intrinsic = "call", method = "Push")]
        pub fn push(&mut self, item: T);
        #[go(intrinsic = "call", method = "Pop")]
        pub fn pop(&mut self) -> Option<T>;
        #[go(intrinsic = "call", method = "Peek", ptr = "PeekPtr")]
        pub fn peek(&self) -> Option<&T>;
        #[go(intrinsic = "call", method = "Len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "call", method = "IsEmpty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", method = "Clear", drops)]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", method = "Iter")]
        pub fn iter(&self) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Drain", drops)]
        pub fn drain(&mut self) -> Iter<T>;
        #[go(intrinsic = "call", method = "IntoVec")]
        pub fn into_vec(self) -> Vec<T>;
        #[go(intrinsic = "call", method = "IntoSortedVec")]
        pub fn into_sorted_vec(self) -> Vec<T>;
        #[go(intrinsic = "call", method = "Extend")]
        pub fn extend(&mut self, iter: IntoIter<T>);
    }

    impl<K, V> HashMap<K, V> {
        #[go(intrinsic = "coll_new")]
        pub fn new() -> HashMap<K, V>;
        #[go(intrinsic = "coll_new")]
        pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
        #[go(intrinsic = "coll_from")]
        pub fn from<U>(v: U) -> HashMap<K, V>;
        #[go(intrinsic = "call", method = "Insert")]
        pub fn insert(&mut self, k: K, v: V) -> Option<V>;
        #[go(intrinsic = "map_key", method = "Get", ptr = "GetPtr", ref = "V")]
        pub fn get<Q>(&self, k: &Q) -> Option<&V>;
        #[go(intrinsic = "map_key", method = "Get", ptr = "GetPtr", ref = "V", mut_ref)]
        pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;
        #[go(intrinsic = "map_key", method = "ContainsKey")]
        pub fn contains_key<Q>(&self, k: &Q) -> bool;
        #[go(intrinsic = "map_key", method = "Remove")]
        pub fn remove<Q>(&mut self, k: &Q) -> Option<V>;
        #[go(intrinsic = "map_key", method = "RemoveEntry")]
        pub fn remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>;
        #[go(intrinsic = "call", method = "Entry")]
        pub fn entry(&mut self, key: K) -> Entry<K, V>;
        #[go(intrinsic = "call", method = "Len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "call", method = "IsEmpty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", method = "Clear", drops, drop_vals = "ClearDrop")]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", method = "Keys")]
        pub fn keys(&self) -> Iter<&K>;
        #[go(intrinsic = "call", method = "Keys", drops)]
        pub fn into_keys(self) -> Iter<K>;
        #[go(intrinsic = "call", method = "Values", ptr = "ValuesMut", ref = "V")]
        pub fn values(&self) -> Iter<&V>;
        #[go(intrinsic = "call", method = "Values", drops)]
        pub fn into_values(self) -> Iter<V>;
        #[go(intrinsic = "call", method = "Values", ptr = "ValuesMut", ref = "V", mut_ref)]
        pub fn values_mut(&mut self) -> Iter<&mut V>;
        #[go(intrinsic = "call", method = "Iter", ptr = "IterMut", ref = "V")]
        pub fn iter(&self) -> Iter<(&K, &V)>;
        #[go(intrinsic = "call", method = "Iter", ptr = "IterMut", ref = "V", mut_ref)]
        pub fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
        #[go(intrinsic = "call", method = "Drain", drops)]
        pub fn drain(&mut self) -> Iter<(K, V)>;
        #[go(intrinsic = "call", method = "Retain", drops, drop_vals = "RetainDrop", mut_val)]
        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
        #[go(intrinsic = "call", method = "Extend", drops)]
        pub fn extend(&mut self, iter: IntoIter<(K, V)>);
        #[go(intrinsic = "map_index")]
        pub fn __index<Q>(&self, k: &Q) -> V;
    }

    impl<K, V> BTreeMap<K, V> {
        #[go(intrinsic = "coll_new")]
        pub fn new() -> BTreeMap<K, V>;
        #[go(intrinsic = "coll_from")]
        pub fn from<U>(v: U) -> BTreeMap<K, V>;
        #[go(intrinsic = "call", method = "Insert")]
        pub fn insert(&mut self, k: K, v: V) -> Option<V>;
        #[go(intrinsic = "map_key", method = "Get", ptr = "GetPtr", ref = "V")]
        pub fn get<Q>(&self, k: &Q) -> Option<&V>;
        #[go(intrinsic = "map_key", method = "Get", ptr = "GetPtr", ref = "V", mut_ref)]
        pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;
        #[go(intrinsic = "map_key", method = "ContainsKey")]
        pub fn contains_key<Q>(&self, k: &Q) -> bool;
        #[go(intrinsic = "map_key", method = "Remove")]
        pub fn remove<Q>(&mut self, k: &Q) -> Option<V>;
        #[go(intrinsic = "call", method = "Entry")]
        pub fn entry(&mut self, key: K) -> Entry<K, V>;
        #[go(intrinsic = "call", method = "Len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "call", method = "IsEmpty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", method = "Clear", drops, drop_vals = "ClearDrop")]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", method = "Keys")]
        pub fn keys(&self) -> Iter<&K>;
        #[go(intrinsic = "call", method = "Keys", drops)]
        pub fn into_keys(self) -> Iter<K>;
        #[go(intrinsic = "call", method = "Values", ptr = "ValuesMut", ref = "V")]
        pub fn values(&self) -> Iter<&V>;
        #[go(intrinsic = "call", method = "Values", drops)]
        pub fn into_values(self) -> Iter<V>;
        #[go(intrinsic = "call", method = "Values", ptr = "ValuesMut", ref = "V", mut_ref)]
        pub fn values_mut(&mut self) -> Iter<&mut V>;
        #[go(intrinsic = "call", method = "Iter", ptr = "IterMut", ref = "V")]
        pub fn iter(&self) -> Iter<(&K, &V)>;
        #[go(intrinsic = "call", method = "Iter", ptr = "IterMut", ref = "V", mut_ref)]
        pub fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
        #[go(intrinsic = "map_range", method = "Range", ptr = "RangePtr", ref = "V")]
        pub fn range<R>(&self, range: R) -> Iter<(&K, &V)>;
        #[go(intrinsic = "map_range", method = "RangePtr")]
        pub fn range_mut<R>(&mut self, range: R) -> Iter<(&K, &mut V)>;
        #[go(intrinsic = "call", method = "FirstKeyValue", ptr = "FirstKeyValue", ref = "V")]
        pub fn first_key_value(&self) -> Option<(&K, &V)>;
        #[go(intrinsic = "call", method = "LastKeyValue")]
        pub fn last_key_value(&self) -> Option<(&K, &V)>;
        #[go(intrinsic = "call", method = "PopFirst")]
        pub fn pop_first(&mut self) -> Option<(K, V)>;
        #[go(intrinsic = "call", method = "PopLast")]
        pub fn pop_last(&mut self) -> Option<(K, V)>;
        #[go(intrinsic = "call", method = "Retain", drops, drop_vals = "RetainDrop", mut_val)]
        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
        #[go(intrinsic = "call", method = "Extend", drops)]
        pub fn extend(&mut self, iter: IntoIter<(K, V)>);
        #[go(intrinsic = "map_index")]
        pub fn __index<Q>(&self, k: &Q) -> V;
    }

    impl<K, V> Entry<K, V> {
        #[go(intrinsic = "call", method = "OrInsert", discard = "OrInsertDrop", discard_args = "V", ret_ptr)]
        pub fn or_insert(self, default: V) -> &mut V;
        #[go(intrinsic = "call", method = "OrInsertWith", ret_ptr)]
        pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &mut V;
        #[go(intrinsic = "call", method = "OrInsertWithKey", ret_ptr)]
        pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &mut V;
        #[go(intrinsic = "or_default")]
        pub fn or_default(self) -> &mut V;
        #[go(intrinsic = "call", method = "AndModify")]
        pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<K, V>;
        #[go(intrinsic = "call", method = "Key")]
        pub fn key(&self) -> &K;
    }

    impl<T> HashSet<T> {
        #[go(intrinsic = "coll_new")]
        pub fn new() -> HashSet<T>;
        #[go(intrinsic = "coll_new")]
        pub fn with_capacity(capacity: usize) -> HashSet<T>;
        #[go(intrinsic = "coll_from")]
        pub fn from<U>(v: U) -> HashSet<T>;
        #[go(intrinsic = "call", method = "Insert", drops, drop_elems = "InsertDrop")]
        pub fn insert(&mut self, v: T) -> bool;
        #[go(intrinsic = "map_key", method = "Contains")]
        pub fn contains<Q>(&self, v: &Q) -> bool;
        #[go(intrinsic = "map_key", method = "Remove", drops)]
        pub fn remove<Q>(&mut self, v: &Q) -> bool;
        #[go(intrinsic = "map_key", method = "Take")]
        pub fn take<Q>(&mut self, v: &Q) -> Option<T>;
        #[go(intrinsic = "map_key", method = "Get")]
        pub fn get<Q>(&self, v: &Q) -> Option<&T>;
        #[go(intrinsic = "call", method = "Len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "call", method = "IsEmpty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", method = "Clear", drops)]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", method = "Iter")]
        pub fn iter(&self) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Drain", drops)]
        pub fn drain(&mut self) -> Iter<T>;
        #[go(intrinsic = "call", method = "Union")]
        pub fn union(&self, other: &HashSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Intersection")]
        pub fn intersection(&self, other: &HashSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Difference")]
        pub fn difference(&self, other: &HashSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "SymmetricDifference")]
        pub fn symmetric_difference(&self, other: &HashSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "IsSubset")]
        pub fn is_subset(&self, other: &HashSet<T>) -> bool;
        #[go(intrinsic = "call", method = "IsSuperset")]
        pub fn is_superset(&self, other: &HashSet<T>) -> bool;
        #[go(intrinsic = "call", method = "IsDisjoint")]
        pub fn is_disjoint(&self, other: &HashSet<T>) -> bool;
        #[go(intrinsic = "call", method = "Retain", drops)]
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        #[go(intrinsic = "call", method = "Extend", drops)]
        pub fn extend(&mut self, iter: IntoIter<T>);
    }

    impl<T> BTreeSet<T> {
        #[go(intrinsic = "coll_new")]
        pub fn new() -> BTreeSet<T>;
        #[go(intrinsic = "coll_from")]
        pub fn from<U>(v: U) -> BTreeSet<T>;
        #[go(intrinsic = "call", method = "Insert", drops, drop_elems = "InsertDrop")]
        pub fn insert(&mut self, v: T) -> bool;
        #[go(intrinsic = "map_key", method = "Contains")]
        pub fn contains<Q>(&self, v: &Q) -> bool;
        #[go(intrinsic = "map_key", method = "Remove", drops)]
        pub fn remove<Q>(&mut self, v: &Q) -> bool;
        #[go(intrinsic = "call", method = "Len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "call", method = "IsEmpty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", method = "Clear", drops)]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", method = "Iter")]
        pub fn iter(&self) -> Iter<&T>;
        #[go(intrinsic = "call", method = "First")]
        pub fn first(&self) -> Option<&T>;
        #[go(intrinsic = "call", method = "Last")]
        pub fn last(&self) -> Option<&T>;
        #[go(intrinsic = "call", method = "PopFirst")]
        pub fn pop_first(&mut self) -> Option<T>;
        #[go(intrinsic = "call", method = "PopLast")]
        pub fn pop_last(&mut self) -> Option<T>;
        #[go(intrinsic = "map_range", method = "Range")]
        pub fn range<R>(&self, range: R) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Union")]
        pub fn union(&self, other: &BTreeSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Intersection")]
        pub fn intersection(&self, other: &BTreeSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Difference")]
        pub fn difference(&self, other: &BTreeSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "SymmetricDifference")]
        pub fn symmetric_difference(&self, other: &BTreeSet<T>) -> Iter<&T>;
        #[go(intrinsic = "call", method = "IsSubset")]
        pub fn is_subset(&self, other: &BTreeSet<T>) -> bool;
        #[go(intrinsic = "call", method = "IsSuperset")]
        pub fn is_superset(&self, other: &BTreeSet<T>) -> bool;
        #[go(intrinsic = "call", method = "IsDisjoint")]
        pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool;
        #[go(intrinsic = "call", method = "Retain", drops)]
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        #[go(intrinsic = "call", method = "Extend", drops)]
        pub fn extend(&mut self, iter: IntoIter<T>);
    }

    impl<T> VecDeque<T> {
        #[go(intrinsic = "coll_new")]
        pub fn new() -> VecDeque<T>;
        #[go(intrinsic = "coll_new")]
        pub fn with_capacity(capacity: usize) -> VecDeque<T>;
        #[go(intrinsic = "coll_from")]
        pub fn from<U>(v: U) -> VecDeque<T>;
        #[go(intrinsic = "call", method = "PushBack")]
        pub fn push_back(&mut self, v: T);
        #[go(intrinsic = "call", method = "PushFront")]
        pub fn push_front(&mut self, v: T);
        #[go(intrinsic = "call", method = "RotateLeft")]
        pub fn rotate_left(&mut self, n: usize);
        #[go(intrinsic = "call", method = "RotateRight")]
        pub fn rotate_right(&mut self, n: usize);
        #[go(intrinsic = "call", method = "PopFront")]
        pub fn pop_front(&mut self) -> Option<T>;
        #[go(intrinsic = "call", method = "PopBack")]
        pub fn pop_back(&mut self) -> Option<T>;
        #[go(intrinsic = "call", method = "Front", ptr = "FrontPtr")]
        pub fn front(&self) -> Option<&T>;
        #[go(intrinsic = "call", method = "Back", ptr = "BackPtr")]
        pub fn back(&self) -> Option<&T>;
        #[go(intrinsic = "call", method = "Front", ptr = "FrontPtr", mut_ref)]
        pub fn front_mut(&mut self) -> Option<&mut T>;
        #[go(intrinsic = "call", method = "Back", ptr = "BackPtr", mut_ref)]
        pub fn back_mut(&mut self) -> Option<&mut T>;
        #[go(intrinsic = "call", method = "Get", ptr = "GetPtr")]
        pub fn get(&self, i: usize) -> Option<&T>;
        #[go(intrinsic = "call", method = "Get", ptr = "GetPtr", mut_ref)]
        pub fn get_mut(&mut self, i: usize) -> Option<&mut T>;
        #[go(intrinsic = "call", method = "Len")]
        pub fn len(&self) -> usize;
        #[go(intrinsic = "call", method = "IsEmpty")]
        pub fn is_empty(&self) -> bool;
        #[go(intrinsic = "call", method = "Clear", drops)]
        pub fn clear(&mut self);
        #[go(intrinsic = "call", method = "Iter", ptr = "IterMut")]
        pub fn iter(&self) -> Iter<&T>;
        #[go(intrinsic = "call", method = "Iter", ptr = "IterMut", mut_ref)]
        pub fn iter_mut(&mut self) -> Iter<&mut T>;
        #[go(intrinsic = "deque_contains")]
        pub fn contains(&self, x: &T) -> bool;
        #[go(intrinsic = "call", method = "Extend")]
        pub fn extend(&mut self, iter: IntoIter<T>);
        #[go(intrinsic = "call", method = "Retain", drops)]
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        #[go(intrinsic = "call", method = "Truncate", drops)]
        pub fn truncate(&mut self, len: usize);
        #[go(intrinsic = "call", method = "Remove")]
        pub fn remove(&mut self, i: usize) -> Option<T>;
        #[go(intrinsic = "call", method = "Insert")]
        pub fn insert(&mut self, i: usize, v: T);
        #[go(intrinsic = "call", method = "Drain", noargs, drops)]
        pub fn drain<R>(&mut self, range: R) -> Iter<T>;
        #[go(intrinsic = "call", method = "MakeContiguous")]
        pub fn make_contiguous(&mut self) -> &mut [T];
        #[go(intrinsic = "deque_index")]
        pub fn __index(&self, i: usize) -> T;
    }
}

pub mod convert {
    pub trait From {}
    pub trait Into {}
    pub trait TryFrom {}
    pub trait TryInto {}
    pub trait AsRef {}
    pub trait AsMut {}
    #[go(type = "rt.Infallible", debug = "method", display = "method")]
    pub struct Infallible;
}

pub mod hash {
    #[go(required = "hash")]
    pub trait Hash {}
}

// Methods every type has through a blanket trait impl (Clone, ToString,
// Into, Ord, PartialEq, IntoIterator): the method probe falls back to
// these with T = the receiver's type.
pub mod __blanket {
    use super::iter::Iter;
    use super::cmp::Ordering;
    #[go(universal)]
    pub struct Any<T>;

    impl<T> Any<T> {
        #[go(intrinsic = "clone")]
        pub fn clone(&self) -> T;
        #[go(intrinsic = "clone")]
        pub fn to_owned(&self) -> T;
        #[go(intrinsic = "to_string")]
        pub fn to_string(&self) -> String;
        #[go(intrinsic = "into")]
        pub fn into<U>(self) -> U;
        #[go(intrinsic = "try_into")]
        pub fn try_into<U, E>(self) -> Result<U, E>;
        #[go(intrinsic = "into_iter")]
        pub fn into_iter<U>(self) -> Iter<U>;
        #[go(intrinsic = "cmp_method", op = "cmp")]
        pub fn cmp(&self, other: &T) -> Ordering;
        #[go(intrinsic = "cmp_method", op = "partial_cmp")]
        pub fn partial_cmp(&self, other: &T) -> Option<Ordering>;
        #[go(intrinsic = "cmp_method", op = "max")]
        pub fn max(self, other: T) -> T;
        #[go(intrinsic = "cmp_method", op = "min")]
        pub fn min(self, other: T) -> T;
        #[go(intrinsic = "cmp_method", op = "==")]
        pub fn eq(&self, other: &T) -> bool;
        #[go(intrinsic = "cmp_method", op = "!=")]
        pub fn ne(&self, other: &T) -> bool;
        #[go(intrinsic = "cmp_method", op = "<")]
        pub fn lt(&self, other: &T) -> bool;
        #[go(intrinsic = "cmp_method", op = "<=")]
        pub fn le(&self, other: &T) -> bool;
        #[go(intrinsic = "cmp_method", op = ">")]
        pub fn gt(&self, other: &T) -> bool;
        #[go(intrinsic = "cmp_method", op = ">=")]
        pub fn ge(&self, other: &T) -> bool;
        #[go(intrinsic = "identity")]
        pub fn borrow(&self) -> &T;
        #[go(intrinsic = "identity")]
        pub fn as_ref(&self) -> &T;
    }
}

// Associated consts of the primitive types.
pub mod __prim_consts {
    impl i8 {
        #[go(value = "rt.I8Min")]
        pub const MIN: i8;
        #[go(value = "rt.I8Max")]
        pub const MAX: i8;
        #[go(value = "rt.I8Bits")]
        pub const BITS: u32;
    }
    impl i16 {
        #[go(value = "rt.I16Min")]
        pub const MIN: i16;
        #[go(value = "rt.I16Max")]
        pub const MAX: i16;
        #[go(value = "rt.I16Bits")]
        pub const BITS: u32;
    }
    impl i32 {
        #[go(value = "rt.I32Min")]
        pub const MIN: i32;
        #[go(value = "rt.I32Max")]
        pub const MAX: i32;
        #[go(value = "rt.I32Bits")]
        pub const BITS: u32;
    }
    impl i64 {
        #[go(value = "rt.I64Min")]
        pub const MIN: i64;
        #[go(value = "rt.I64Max")]
        pub const MAX: i64;
        #[go(value = "rt.I64Bits")]
        pub const BITS: u32;
    }
    impl isize {
        #[go(value = "rt.IsizeMin")]
        pub const MIN: isize;
        #[go(value = "rt.IsizeMax")]
        pub const MAX: isize;
        #[go(value = "rt.IsizeBits")]
        pub const BITS: u32;
    }
    impl u8 {
        #[go(value = "rt.U8Min")]
        pub const MIN: u8;
        #[go(value = "rt.U8Max")]
        pub const MAX: u8;
        #[go(value = "rt.U8Bits")]
        pub const BITS: u32;
        // The ASCII methods of a byte, as char's.
        #[go(intrinsic = "char_range", lo = "0", hi = "127")]
        pub fn is_ascii(&self) -> bool;
        #[go(intrinsic = "char_range", lo = "48", hi = "57")]
        pub fn is_ascii_digit(&self) -> bool;
        #[go(intrinsic = "char_range", lo = "65", hi = "90")]
        pub fn is_ascii_uppercase(&self) -> bool;
        #[go(intrinsic = "char_range", lo = "97", hi = "122")]
        pub fn is_ascii_lowercase(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiAlphabetic")]
        pub fn is_ascii_alphabetic(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiAlphanumeric")]
        pub fn is_ascii_alphanumeric(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiPunctuation")]
        pub fn is_ascii_punctuation(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiWhitespace")]
        pub fn is_ascii_whitespace(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiHexdigit")]
        pub fn is_ascii_hexdigit(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.IsAsciiGraphic")]
        pub fn is_ascii_graphic(&self) -> bool;
        #[go(intrinsic = "call", func = "rt.CharToAsciiUppercase")]
        pub fn to_ascii_uppercase(&self) -> u8;
        #[go(intrinsic = "call", func = "rt.CharToAsciiLowercase")]
        pub fn to_ascii_lowercase(&self) -> u8;
    }
    impl u16 {
        #[go(value = "rt.U16Min")]
        pub const MIN: u16;
        #[go(value = "rt.U16Max")]
        pub const MAX: u16;
        #[go(value = "rt.U16Bits")]
        pub const BITS: u32;
    }
    impl u32 {
        #[go(value = "rt.U32Min")]
        pub const MIN: u32;
        #[go(value = "rt.U32Max")]
        pub const MAX: u32;
        #[go(value = "rt.U32Bits")]
        pub const BITS: u32;
    }
    impl u64 {
        #[go(value = "rt.U64Min")]
        pub const MIN: u64;
        #[go(value = "rt.U64Max")]
        pub const MAX: u64;
        #[go(value = "rt.U64Bits")]
        pub const BITS: u32;
    }
    impl usize {
        #[go(value = "rt.UsizeMin")]
        pub const MIN: usize;
        #[go(value = "rt.UsizeMax")]
        pub const MAX: usize;
        #[go(value = "rt.UsizeBits")]
        pub const BITS: u32;
    }
    impl f32 {
        #[go(value = "rt.F32Max")]
        pub const MAX: f32;
        #[go(value = "rt.F32Min")]
        pub const MIN: f32;
        #[go(value = "rt.F32MinPositive")]
        pub const MIN_POSITIVE: f32;
        #[go(value = "rt.F32Epsilon")]
        pub const EPSILON: f32;
        #[go(value = "rt.F32NaN")]
        pub const NAN: f32;
        #[go(value = "rt.F32Inf")]
        pub const INFINITY: f32;
        #[go(value = "rt.F32NegInf")]
        pub const NEG_INFINITY: f32;
    }
    impl f64 {
        #[go(value = "rt.F64Max")]
        pub const MAX: f64;
        #[go(value = "rt.F64Min")]
        pub const MIN: f64;
        #[go(value = "rt.F64MinPositive")]
        pub const MIN_POSITIVE: f64;
        #[go(value = "rt.F64Epsilon")]
        pub const EPSILON: f64;
        #[go(value = "rt.F64NaN")]
        pub const NAN: f64;
        #[go(value = "rt.F64Inf")]
        pub const INFINITY: f64;
        #[go(value = "rt.F64NegInf")]
        pub const NEG_INFINITY: f64;
    }
}

pub mod f64 {
    pub mod consts {
        #[go(value = "rt.F64Pi")]
        pub const PI: f64;
        #[go(value = "rt.F64E")]
        pub const E: f64;
        #[go(value = "rt.F64Tau")]
        pub const TAU: f64;
        #[go(value = "rt.F64Sqrt2")]
        pub const SQRT_2: f64;
        #[go(value = "rt.F64Ln2")]
        pub const LN_2: f64;
        #[go(value = "rt.F64Ln10")]
        pub const LN_10: f64;
        #[go(value = "rt.F64FracPi2")]
        pub const FRAC_PI_2: f64;
        #[go(value = "rt.F64FracPi3")]
        pub const FRAC_PI_3: f64;
        #[go(value = "rt.F64FracPi4")]
        pub const FRAC_PI_4: f64;
        #[go(value = "rt.F64Frac1Sqrt2")]
        pub const FRAC_1_SQRT_2: f64;
    }
}

pub mod f32 {
    pub mod consts {
        #[go(value = "rt.F32Pi")]
        pub const PI: f32;
        #[go(value = "rt.F32E")]
        pub const E: f32;
        #[go(value = "rt.F32Tau")]
        pub const TAU: f32;
        #[go(value = "rt.F32Sqrt2")]
        pub const SQRT_2: f32;
        #[go(value = "rt.F32Ln2")]
        pub const LN_2: f32;
        #[go(value = "rt.F32Ln10")]
        pub const LN_10: f32;
        #[go(value = "rt.F32FracPi2")]
        pub const FRAC_PI_2: f32;
        #[go(value = "rt.F32FracPi3")]
        pub const FRAC_PI_3: f32;
        #[go(value = "rt.F32FracPi4")]
        pub const FRAC_PI_4: f32;
        #[go(value = "rt.F32Frac1Sqrt2")]
        pub const FRAC_1_SQRT_2: f32;
    }
}

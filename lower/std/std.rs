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
}

pub mod thread {
    use super::any::Any;
    use super::time::Duration;

    #[go(intrinsic = "spawn")]
    pub fn spawn<F, T>(f: F) -> JoinHandle<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static;

    #[go(func = "time.Sleep")]
    pub fn sleep(dur: Duration);

    #[go(type = "rt.JoinHandle", pointer)]
    pub struct JoinHandle<T>;

    impl<T> JoinHandle<T> {
        #[go(method = "Join")]
        pub fn join(self) -> Result<T, Box<dyn Any + Send + 'static>>;
        #[go(method = "IsFinished")]
        pub fn is_finished(&self) -> bool;
    }
}

pub mod time {
    #[go(type = "time.Duration")]
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
    }
}

pub mod any {
    #[go(type = "rt.Payload", pointer)]
    pub trait Any {}
}

pub mod boxed {
    #[go(transparent, deref = "arg")]
    pub struct Box<T>;
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

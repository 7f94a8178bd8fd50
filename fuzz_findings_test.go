package rs2go

// What the fuzz targets and the self-check found (issue 6), as cases: each
// was an internal error (Go that did not type-check, or a panic) or a
// wrong acceptance, and is now a diagnostic or a correct translation. The
// same inputs are in testdata/fuzz/FuzzTranslate.

import (
	"strings"
	"testing"
)

var fuzzFindings = []struct {
	name, src string
	want      string // the first diagnostic after "x.rs:"; "" for a translation
}{
	{"diverging variant argument", "fn main() {\n    let x: Option<u32> = Some(todo!());\n    println!(\"{:?}\", x);\n}\n", "2:31: error[unsupported]: a diverging expression as an operand"},
	{"diverging std call argument", "fn main() {\n    let d = std::char::from_digit(5, return);\n    println!(\"{:?}\", d);\n}\n", "2:38: error[unsupported]: a diverging expression as an operand"},
	{"variant test with its value unused", "enum C {\n    A(i64),\n    B(u8),\n    Stop,\n}\n\nfn main() {\n    for c in vec![C::A(1), C::B(2), C::Stop] {\n        match c {\n            C::A(_) => println!(\"a\"),\n            C::B(..) => println!(\"b\"),\n            C::Stop => break,\n            C::Stop => break,\n        }\n    }\n}\n", ""},
	{"method path without its receiver", "#[derive(Clone, Debug)]\nstruct P;\n\nfn main() {\n    let x = P::clone();\n    println!(\"{:?}\", x);\n}\n", "5:13: error[E0061]: this function takes 1 argument but 0 arguments were supplied"},
	{"blanket methods called by path", "#[derive(Clone, Debug)]\nstruct P(i32);\n\nfn main() {\n    let p = P(1);\n    let q = Clone::clone(&p);\n    let r = P::clone(&p);\n    let s = ToString::to_string(&5);\n    println!(\"{:?} {:?} {}\", q, r, s);\n}\n", ""},
	{"return of a return", "fn f(a: i32) -> bool {\n    if a == 0 {\n        return return false;\n    }\n    true\n}\n\nfn main() {\n    println!(\"{}\", f(0));\n}\n", ""},
	{"return of a panic", "fn g(a: i32) -> i32 {\n    if a > 5 {\n        return panic!(\"big {}\", a);\n    }\n    a\n}\n\nfn main() {\n    println!(\"{}\", g(2));\n}\n", ""},
	{"into_iter called as a path", "use std::sync::Mutex;\n\nfn main() {\n    let v: Vec<i32> = Vec::into_iter(vec![1, 2]).collect();\n    let m = Mutex::into_iter(0u64);\n}\n", "4:23: error[unsupported]: `into_iter` called as a path"},
	{"not on a collected Vec", "fn main() {\n    let flat: Vec<i32> = ![vec![1, 2], vec![3]].into_iter().flatten().collect();\n    println!(\"{:?}\", flat);\n}\n", "2:26: error[unsupported]: operator `!` on `Vec<i32>`"},
	{"not on str", "fn main() {\n    !(\"x\");\n}\n", "2:5: error[unsupported]: operator `!` on `&str`"},
	{"not on float", "fn main() {\n    let b = !1.5;\n}\n", "2:13: error[E0600]: cannot apply unary operator `!` to type `{float}`"},
	{"not on char", "fn main() {\n    let c = !'c';\n}\n", "2:13: error[E0600]: cannot apply unary operator `!` to type `char`"},
	{"not on u8 literal", "fn main() {\n    let a = !5u8;\n    println!(\"{}\", a);\n}\n", ""},
	{"neg on unsigned", "fn main() {\n    let a = -5u8;\n}\n", "2:13: error[E0600]: cannot apply unary operator `-` to type `u8`"},
	{"neg on inferred unsigned", "fn main() {\n    let b: u32 = -1;\n}\n", "2:18: error[E0600]: cannot apply unary operator `-` to type `u32`"},
	{"constant overflow", "fn main() {\n    let c = 255u8 + 1;\n}\n", "2:13: error: this arithmetic operation will overflow"},
	{"constant negation overflow", "fn main() {\n    let e = -(-128i8);\n}\n", "2:13: error: this arithmetic operation will overflow"},
	{"shift amount", "fn main() {\n    let d = 1u8 << 3;\n    let x = 7u32;\n    println!(\"{} {}\", d, x >> 1);\n}\n", ""},
	{"self in a free fn", "fn f(&self) -> i32 { 1 }\n\nfn main() {}\n", "1:6: error: `self` parameter is only allowed in associated functions"},
	{"std type as a value", "fn main() {\n    let s = String;\n}\n", "2:13: error[E0423]: expected value, found struct `String`"},
	{"struct as a value", "struct T {\n    a: i32,\n}\n\nfn main() {\n    let t = T;\n}\n", "6:13: error[E0423]: expected value, found struct `T`"},
	{"enum as a value", "fn main() {\n    let o = Option;\n}\n", "2:13: error[E0423]: expected value, found enum `Option`"},
	{"unterminated comment at the end", "fn main() {}\n/* abc\n   def\n", "2:1: error[E0758]: unterminated block comment"},
	{"field named like a Go keyword", "struct S {\n    map: i32,\n    range: u8,\n}\n\nfn main() {\n    let s = S { map: 1, range: 2 };\n    println!(\"{} {}\", s.map, s.range);\n}\n", ""},
	{"duplicate field", "struct C {\n    r: u32,\n    r: u32,\n}\n\nfn main() {}\n", "3:5: error[E0124]: field `r` is already declared"},
	{"duplicate variant field", "enum E {\n    A { x: i32, x: i32 },\n}\n\nfn main() {}\n", "2:17: error[E0124]: field `x` is already declared"},
	{"let pattern without initializer", "fn main() {\n    let (a, b);\n    println!(\"{}\", a);\n}\n", "2:9: error[unsupported]: a pattern in `let` without an initializer"},
	{"unused loop variable", "fn main() {\n    let v = vec![1, 2];\n    for x in &v {}\n    for (i, y) in v.iter().enumerate() {\n        println!(\"{}\", i);\n    }\n}\n", ""},
	{"duplicate variant", "enum S {\n    A,\n    B,\n    A,\n}\n\nfn main() {}\n", "4:5: error[E0428]: the name `A` is defined multiple times"},
	{"duplicate discriminant", "enum L {\n    Low = 1,\n    Mid,\n    High = 2,\n}\n\nfn main() {\n    let l = L::Low;\n}\n", "1:1: error[E0081]: discriminant value `2` assigned more than once"},
	{"range of unit", "fn main() {\n    println!(\"x\")..;\n}\n", "2:5: error[unsupported]: range of `()`"},
	{"range of float", "fn main() {\n    let r = 1.5..2.5;\n}\n", "2:13: error[unsupported]: range of `f64`"},
	{"a main inside main", "fn main() {\n    fn main() {}\n    println!(\"x\");\n}\n", ""},
	{"functions of one name in two modules", "mod a {\n    pub fn f() -> i32 { 1 }\n    pub fn main() -> i32 { 2 }\n}\nmod b {\n    pub fn f() -> i32 { 3 }\n}\nfn main() {\n    println!(\"{} {} {}\", a::f(), b::f(), a::main());\n}\n", ""},
	{"field given twice", "struct S {\n    a: i32,\n}\n\nfn main() {\n    let s = S { a: 1, a: 2 };\n    println!(\"{}\", s.a);\n}\n", "6:23: error[E0062]: field `a` specified more than once"},
	{"bit operator on floats", "fn main() {\n    let a = 1.5 | 2.0;\n}\n", "2:17: error[E0369]: no implementation for `{float} | {float}`"},
	{"method defined twice", "struct S;\nimpl S {\n    fn a(&self) {}\n    fn a(&self) {}\n}\n\nfn main() {}\n", "4:5: error[E0592]: duplicate definitions with name `a`"},
	{"method defined in two impls", "struct S;\nimpl S {\n    fn a(&self) {}\n}\nimpl S {\n    fn a(&self) {}\n}\n\nfn main() {}\n", "6:5: error[E0592]: duplicate definitions with name `a`"},
	{"trait method declared twice", "trait T {\n    fn a(&self);\n    fn a(&self);\n}\n\nfn main() {}\n", "3:5: error[E0428]: the name `a` is defined multiple times"},
	{"trait method implemented twice", "trait T {\n    fn a(&self);\n}\nstruct S;\nimpl T for S {\n    fn a(&self) {}\n    fn a(&self) {}\n}\n\nfn main() {}\n", "7:5: error[E0201]: duplicate definitions with name `a`:"},
	{"method not in the trait", "trait T {\n    fn a(&self);\n}\nstruct S;\nimpl T for S {\n    fn a(&self) {}\n    fn b(&self) {}\n}\n\nfn main() {}\n", "7:5: error[E0407]: method `b` is not a member of trait `T`"},
	{"trait items missing", "trait Shape {\n    const N: i32;\n    fn area(&self) -> i32;\n    fn name(&self) -> i32;\n    fn d(&self) -> i32 { 1 }\n}\nstruct Sq;\nimpl Shape for Sq {\n    fn name(&self) -> i32 { 2 }\n}\n\nfn main() {\n    println!(\"{}\", Sq.name());\n}\n", "8:1: error[E0046]: not all trait items implemented, missing: `N`, `area`"},
	{"const reading itself", "const THREADS: usize = THREADS;\n\nfn main() {\n    println!(\"{}\", THREADS);\n}\n", "1:1: error[E0391]: cycle detected when simplifying constant for the type system `THREADS`"},
	{"consts reading each other", "const A: usize = B + 1;\nconst B: usize = A;\n\nfn main() {\n    println!(\"{}\", A);\n}\n", "1:1: error[E0391]: cycle detected when simplifying constant for the type system `A`"},
	{"static reading itself", "static S: usize = S;\n\nfn main() {\n    println!(\"{}\", S);\n}\n", "1:1: error[E0080]: encountered static that tried to access itself during initialization"},
	{"PartialOrd bound with a user type (a T_cmp dictionary)", "#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]\nstruct P(i32, i32);\n\nfn largest<T: PartialOrd + Copy>(v: &[T]) -> T {\n    let mut m = v[0];\n    for &x in v {\n        if x > m {\n            m = x;\n        }\n    }\n    m\n}\n\nfn main() {\n    println!(\"{}\", largest(&[3, 9, 2]));\n    println!(\"{:?}\", largest(&[P(1, 2), P(0, 9)]));\n}\n", ""},
	{"PartialEq bound with a user eq (a T_eq dictionary)", "#[derive(Clone, Copy)]\nstruct B(i32, i32);\n\nimpl PartialEq for B {\n    fn eq(&self, o: &B) -> bool {\n        self.0 == o.0\n    }\n}\n\nfn has<T: PartialEq>(v: &[T], x: &T) -> bool {\n    v.iter().any(|y| y == x)\n}\n\nfn main() {\n    println!(\"{}\", has(&[B(1, 1)], &B(1, 2)));\n}\n", ""},
	{"comparison bounds passed on", "fn largest<T: PartialOrd + Copy>(v: &[T]) -> T {\n    let mut m = v[0];\n    for &x in v {\n        if x > m {\n            m = x;\n        }\n    }\n    m\n}\n\nfn twice<T: PartialOrd + Copy>(v: &[T]) -> T {\n    largest(v)\n}\n\nfn has<T: PartialEq>(v: &[T], x: &T) -> bool {\n    v.iter().any(|y| y == x)\n}\n\nfn has2<T: PartialOrd>(v: &[T], x: &T) -> bool {\n    has(v, x)\n}\n\nfn main() {\n    println!(\"{} {} {}\", twice(&[3, 9, 2]), has2(&[\"a\", \"b\"], &\"b\"), has(&[1.5], &2.0));\n}\n", ""},
	{"width argument of another type", "fn main() {\n    println!(\"[{:>1$}]\", 12, \"ab\");\n}\n", "2:30: error[E0308]: mismatched types: expected `usize`, found `&str`"},
	{"width variable of another type", "fn main() {\n    let w = 3i32;\n    println!(\"[{:>w$}]\", 1);\n}\n", "3:19: error[E0308]: mismatched types: expected `usize`, found `i32`"},
	{"width and precision arguments", "fn main() {\n    let w = 5;\n    let p = 2;\n    println!(\"[{:>w$.p$}] [{:>1$}] [{:.*}]\", 1.23456, 7, 3, 2.5);\n}\n", ""},
	{"&mut of a value as &mut dyn Trait", "trait Counter {\n    fn inc(&mut self);\n    fn get(&self) -> i32;\n}\n\nstruct C(i32);\n\nimpl Counter for C {\n    fn inc(&mut self) {\n        self.0 += 1;\n    }\n    fn get(&self) -> i32 {\n        self.0\n    }\n}\n\nfn bump(c: &mut dyn Counter) -> i32 {\n    c.inc();\n    c.get()\n}\n\nfn peek(c: &dyn Counter) -> i32 {\n    c.get()\n}\n\nfn twice<T: Counter>(c: &mut T) -> i32 {\n    c.inc();\n    c.inc();\n    c.get()\n}\n\nfn main() {\n    let mut c = C(1);\n    println!(\"{} {} {}\", bump(&mut c), peek(&c), twice(&mut c));\n}\n", ""},
	{"dyn of a trait with a static fn", "trait Shape {\n    fn area(&self) -> i32;\n    fn unit() -> Self;\n}\n\nstruct S;\n\nimpl Shape for S {\n    fn area(&self) -> i32 {\n        1\n    }\n    fn unit() -> Self {\n        S\n    }\n}\n\nfn peek(s: &dyn Shape) -> i32 {\n    s.area()\n}\n\nfn main() {\n    println!(\"{}\", peek(&S));\n}\n", "17:13: error[E0038]: the trait `Shape` is not dyn compatible"},
	{"std assoc fn of a number type not modelled", "fn main() {\n    println!(\"{}\", u32::from_be(5));\n}\n", "2:20: error[unsupported]: std item `u32::from_be`"},
	{"calling an impl's Fn-bounded parameter", "struct W<F> {\n    f: F,\n}\n\nimpl<F: Fn(u64) -> u64> W<F> {\n    fn call(&self, k: u64) -> u64 {\n        (self.f)(k)\n    }\n}\n\nfn main() {\n    let w = W { f: |x| x + 1 };\n    println!(\"{}\", w.call(2));\n}\n", ""},
	{"Option<String>::as_deref", "fn main() {\n    let a: Option<String> = Some(\"hi\".to_string());\n    let v: Option<Vec<i32>> = Some(vec![1, 2]);\n    println!(\"{} {:?}\", a.as_deref().unwrap_or(\"none\"), v.as_deref().map(|s| s.len()));\n}\n", ""},
	{"std trait impl without its method", "use std::fmt;\n\nstruct C;\n\nimpl fmt::Display for C {\n    fn String(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"c\")\n    }\n}\n\nfn main() {\n    println!(\"{}\", C);\n}\n", "5:1: error[E0046]: not all trait items implemented, missing: `fmt`"},
	{"move closure owning a Drop value, let-bound and called twice", "struct D(&'static str);\n\nimpl Drop for D {\n    fn drop(&mut self) {\n        println!(\"drop {}\", self.0);\n    }\n}\n\nfn main() {\n    let d = D(\"x\");\n    let c = move || println!(\"{}\", d.0);\n    c();\n    c();\n}\n", ""},
	{"move closure owning a Drop value, passed on", "struct D(&'static str);\n\nimpl Drop for D {\n    fn drop(&mut self) {\n        println!(\"drop {}\", self.0);\n    }\n}\n\nfn twice(f: impl Fn()) {\n    f();\n    f();\n}\n\nfn main() {\n    let d = D(\"x\");\n    twice(move || println!(\"{}\", (&d).0));\n}\n", ""},
	{"move closure copying a Copy field of a Drop value, passed on", "struct D(&'static str);\n\nimpl Drop for D {\n    fn drop(&mut self) {\n        println!(\"drop {}\", self.0);\n    }\n}\n\nfn twice(f: impl Fn()) {\n    f();\n    f();\n}\n\nfn main() {\n    let d = D(\"x\");\n    twice(move || println!(\"{}\", d.0));\n}\n", ""},
	{"drain of Drop values", "struct D(&'static str);\n\nimpl Drop for D {\n    fn drop(&mut self) {\n        println!(\"drop {}\", self.0);\n    }\n}\n\nfn main() {\n    let mut v = vec![D(\"a\"), D(\"b\")];\n    v.drain(..);\n}\n", "11:5: error[unsupported]: `drain` of a Vec whose elements have drop glue, other than by a for loop"},
	{"join with a number", "fn main() {\n    let v = vec![\"a\".to_string(), \"b\".to_string()];\n    println!(\"{}\", v.join(1));\n}\n", "3:27: error[E0308]: mismatched types: expected `&str`, found `i32`"},
	{"join of vectors with an element or a slice", "fn main() {\n    let v = vec![vec![1, 2], vec![3]];\n    println!(\"{:?} {:?}\", v.join(&0), v.join(&[9, 9][..]));\n}\n", ""},
	{"impl before its trait", "struct S;\nimpl T for S {\n    fn a(&self) {}\n}\ntrait T {\n    fn a(&self);\n}\n\nfn main() {\n    S.a();\n}\n", ""},
	{"% on floats", "fn main() {\n    let x = 7.5;\n    let mut y = -1.5f32;\n    y %= 2.0;\n    println!(\"{} {}\", x % 2.0, y);\n}\n", ""},
	{"& and | on bools", "fn f() -> bool { true }\n\nfn main() {\n    let mut a = f() & f();\n    a |= f();\n    println!(\"{}\", a | f());\n}\n", ""},
	{"clone of a type without Clone", "struct S {\n    v: Vec<i32>,\n}\n\nfn main() {\n    let s = S { v: vec![1] };\n    let t = s.clone();\n}\n", "7:15: error[E0599]: no method named `clone` found for struct `S` in the current scope"},
	{"to_owned of an enum without Clone", "enum E {\n    A,\n}\n\nfn main() {\n    let e = E::A.to_owned();\n}\n", "6:18: error[E0599]: the method `to_owned` exists for enum `E`, but its trait bounds were not satisfied"},
	{"non-exhaustive match on an enum", "enum E {\n    A,\n    B(i32),\n    C,\n}\n\nfn main() {\n    let e = E::A;\n    match e {\n        E::A => {}\n        E::B(x) => println!(\"{}\", x),\n    }\n}\n", "9:11: error[E0004]: non-exhaustive patterns: `E::C` not covered"},
	{"non-exhaustive match on integers", "fn main() {\n    match 3 {\n        1 => {}\n        2 => {}\n    }\n}\n", "2:11: error[E0004]: non-exhaustive patterns: `i32::MIN..=0_i32` and `3_i32..=i32::MAX` not covered"},
	{"non-exhaustive match, guard", "fn main() {\n    match Some(3) {\n        Some(x) if x > 1 => {}\n        None => {}\n    }\n}\n", "2:11: error[E0004]: non-exhaustive patterns: `Some(_)` not covered"},
	{"exhaustive match on u8 ranges and tuples", "fn main() {\n    match (5u8, true) {\n        (0..=100, _) => {}\n        (101.., true) => {}\n        (_, false) => {}\n    }\n}\n", ""},
	{"return inside a tuple", "fn f(v: &mut Vec<(u32, u32)>) {\n    v.push((return, 1));\n}\n\nfn main() {}\n", "2:13: error[unsupported]: a diverging expression as an operand"},
	{"temporary named after a function", "fn pair(x: u32) -> (u32, u32) {\n    (x, x + 1)\n}\n\nfn main() {\n    let (a, b) = pair(1);\n    let (c, d) = pair(2);\n    println!(\"{} {} {} {}\", a, b, c, d);\n}\n", ""},
	{"sum of non-numbers", "fn main() {\n    let v = vec![true];\n    let s: usize = v.into_iter().sum();\n}\n", "3:34: error[E0277]: a value of type `usize` cannot be made by summing an iterator over elements of type `bool`"},
	{"product of strings", "fn main() {\n    let t: String = vec![String::new()].into_iter().product();\n}\n", "2:53: error[E0277]: a value of type `String` cannot be made by multiplying all elements of type `String` from an iterator"},
	{"spawn of a non-closure", "use std::thread;\n\nfn main() {\n    let h = thread::spawn(\"rust\".chars().nth(2));\n}\n", "4:27: error[E0277]: expected a `FnOnce()` closure, found `Option<char>`"},
	{"scoped spawn of a block", "use std::thread;\n\nfn main() {\n    let mut a = 1;\n    thread::scope(|s| {\n        s.spawn({ a += 1; });\n    });\n}\n", "6:17: error[E0277]: expected a `FnOnce()` closure, found `()`"},
	{"tuple struct constructor as a function", "struct W(i32);\n\nfn main() {\n    let v: Vec<W> = vec![1, 2].into_iter().map(W).collect();\n    println!(\"{}\", v[0].0);\n}\n", ""},
	{"shebang", "#!/usr/bin/env run-cargo-script\nfn main() {\n    println!(\"hi\");\n}\n", ""},
	{"return as a range bound", "fn main() {\n    for i in return..=4 {\n        println!(\"{}\", i);\n    }\n}\n", "2:14: error[unsupported]: a diverging expression as an operand"},
	{"boxed trait object in a RefCell in a vec!", "use std::cell::RefCell;\n\ntrait T {\n    fn f(&self) -> i32;\n}\n\nstruct A;\n\nimpl T for A {\n    fn f(&self) -> i32 {\n        1\n    }\n}\n\nfn main() {\n    let v: Vec<RefCell<Box<dyn T>>> = vec![RefCell::new(Box::new(A))];\n    println!(\"{}\", v[0].borrow().f());\n}\n", ""},
	{"reassigned Box<dyn T> local", "trait T {\n    fn f(&self) -> i32;\n}\n\nstruct A;\nstruct B;\n\nimpl T for A {\n    fn f(&self) -> i32 {\n        1\n    }\n}\n\nimpl T for B {\n    fn f(&self) -> i32 {\n        2\n    }\n}\n\nfn main() {\n    let mut b: Box<dyn T> = Box::new(A);\n    b = Box::new(B);\n    println!(\"{}\", b.f());\n}\n", ""},
	{"tree-sitter error recovery without end", "                    ( q = cvar.wait(q(.unwrap();\n                }", "1:1: error: the parser gave up on this file after 1s (its error recovery does not end on this input): check its syntax"},
	{"collect into a HashMap from pairs of the wrong type", "use std::collections::HashMap;\n\nfn main() {\n    let m: HashMap<u32, u32> = (1..=10).map(|i| (i, i..i)).collect();\n    println!(\"{}\", m.len());\n}\n", "4:32: error[E0277]: a value of type `HashMap<u32, u32>` cannot be built from an iterator over elements of type `(u32, Range<u32>)`"},
	{"collect into a String from integers", "fn main() {\n    let s: String = vec![1, 2].into_iter().collect();\n    println!(\"{}\", s);\n}\n", "2:21: error[E0277]: a value of type `String` cannot be built from an iterator over elements of type `i32`"},
	{"never type as a type argument", "use std::sync::mpsc::Sender;\n\nfn produce(id: u32, tx: Sender<(u32, !)>) {\n    tx.send((id, id * 10)).unwrap();\n}\n\nfn main() {}\n", "3:38: error[E0658]: the `!` type is experimental"},
	{"return as a static's value", "use std::sync::atomic::AtomicU32;\n\nstatic MAX_SEEN: AtomicU32 = return AtomicU32::new(0);\n\nfn main() {}\n", "3:30: error[E0572]: return statement outside of function body"},
	{"bare return as a const's value", "const X: i32 = return;\n\nfn main() {\n    println!(\"{}\", X);\n}\n", "1:16: error[E0572]: return statement outside of function body"},
	{"try in a const's value", "const X: Option<i32> = Some(Some(1)?);\n\nfn main() {}\n", "1:29: error[E0572]: return statement outside of function body"},
	{"panic as a const's value", "const X: i32 = panic!(\"x\");\n\nfn main() {\n    println!(\"{}\", X);\n}\n", "1:16: error[unsupported]: a const or static whose value diverges"},
	{"return in a thread_local's value", "thread_local! {\n    static X: i32 = return 1;\n}\n\nfn main() {\n    X.with(|x| println!(\"{}\", x));\n}\n", ""},
	{"panic as a thread_local's value", "thread_local! {\n    static X: i32 = panic!();\n}\n\nfn main() {\n    X.with(|x| println!(\"{}\", x));\n}\n", ""},
	{"mutable reference to a const as an operand", "const WIDTH: usize = 31;\n\nfn main() {\n    let band = (&mut WIDTH + 3 - 1) / 3;\n    println!(\"{}\", band);\n}\n", "4:28: error[E0369]: cannot add `{integer}` to `&mut usize`"},
	{"double reference as an operand", "fn main() {\n    let a = 5u32;\n    let r = &&a;\n    let y = 2 * r;\n}\n", "4:15: error[E0277]: cannot multiply `{integer}` by `&&u32`"},
	{"mutable reference to a const", "const WIDTH: usize = 31;\n\nfn main() {\n    let m = &mut WIDTH;\n    *m += 1;\n    println!(\"{} {}\", m, WIDTH);\n}\n", ""},
	{"std method called with too few arguments", "fn main() {\n    let a: Vec<i32> = vec![];\n    let x = a.get();\n}\n", "3:13: error[E0061]: this function takes 1 argument but 0 arguments were supplied"},
	{"map key of another type", "use std::collections::HashMap;\n\nfn main() {\n    let mut m: HashMap<u64, u64> = HashMap::new();\n    let old: Option<u64> = Some(1);\n    m.remove(&old);\n}\n", "6:14: error[E0308]: mismatched types: expected `&u64`, found `&Option<u64>`"},
	{"map keys borrowed as str", "use std::collections::HashMap;\n\nfn main() {\n    let mut m: HashMap<String, i32> = HashMap::new();\n    m.insert(\"a\".to_string(), 1);\n    let mut n: HashMap<&str, i32> = HashMap::new();\n    n.insert(\"b\", 2);\n    println!(\"{:?} {:?} {:?}\", m.get(\"a\"), m.remove(&\"a\".to_string()), n.get(\"b\"));\n}\n", ""},
	{"let with an or-pattern", "fn main() {\n    let serial | u64 = 5;\n    println!(\"{}\", serial);\n}\n", "2:9: error: `let` bindings require top-level or-patterns in parentheses"},
	{"let with a parenthesized or-pattern binding", "fn main() {\n    let (a | a) = 5;\n    println!(\"{}\", a);\n}\n", "2:10: error[unsupported]: bindings inside an or-pattern"},
	{"compound assignment to a mutable reference", "fn main() {\n    let mut a = 1usize;\n    let r = &mut a;\n    r += 1;\n}\n", "4:5: error[E0368]: binary assignment operation `+=` cannot be applied to type `&mut usize`"},
	{"vec of mutable references", "fn main() {\n    let v = vec![&mut 0usize; 3];\n    println!(\"{}\", v.len());\n}\n", "2:18: error[E0277]: the trait bound `&mut usize: Clone` is not satisfied"},
	{"vec of a type without Clone", "struct S(i32);\n\nfn main() {\n    let v = vec![S(1); 3];\n    println!(\"{}\", v.len());\n}\n", "4:18: error[E0277]: the trait bound `S: Clone` is not satisfied"},
	{"array of a type without Copy", "#[derive(Clone)]\nstruct S(i32);\n\nfn main() {\n    let a = [S(2); 2];\n    println!(\"{}\", a.len());\n}\n", "5:14: error[E0277]: the trait bound `S: Copy` is not satisfied"},
	{"array of a const", "const E: Vec<i32> = Vec::new();\n\nfn main() {\n    let a = [E; 2];\n    println!(\"{:?}\", a);\n}\n", ""},
	{"sum of mutable references", "fn main() {\n    let mut v = vec![1usize, 2];\n    let s: usize = v.iter_mut().sum();\n    println!(\"{}\", s);\n}\n", "3:33: error[E0277]: a value of type `usize` cannot be made by summing an iterator over elements of type `&mut usize`"},
	{"vec of a type deriving Clone", "#[derive(Debug, Copy, Clone)]\nstruct P {\n    x: i32,\n}\n\nfn main() {\n    let a = P { x: 1 };\n    let v = vec![a; 2];\n    println!(\"{:?}\", v);\n}\n", ""},
	{"vec of a type with a Clone impl", "struct R(i32);\n\nimpl Clone for R {\n    fn clone(&self) -> R {\n        R(self.0)\n    }\n}\n\nfn main() {\n    let w = vec![R(1); 3];\n    println!(\"{}\", w.len());\n}\n", ""},
	{"let bound to a call of type ()", "use std::thread;\n\nfn main() {\n    let mut v = vec![1];\n    let u = v.push(2);\n    let s = thread::scope(|s| {\n        s.spawn(|| 1);\n    });\n    println!(\"{:?} {:?} {:?}\", u, s, v);\n}\n", ""},
	{"block operand after a call operand", "fn g() -> i32 {\n    println!(\"g\");\n    1\n}\n\nfn main() {\n    let b = g() == 1 && {\n        println!(\"rhs\");\n        true\n    };\n    println!(\"{}\", g() + { println!(\"x\"); 2 } + b as i32);\n}\n", ""},
	{"or-pattern with a binding in one alternative", "fn main() {\n    let r: Option<i32> = Some(1);\n    match r {\n        Some(e) | None => println!(\"{}\", e),\n    }\n}\n", "4:19: error[E0408]: variable `e` is not bound in all patterns"},
	{"|| in a pattern", "fn main() {\n    match 1 {\n        1|| 2 => {}\n        _ => {}\n    }\n}\n", "3:10: error: unexpected token `||` in pattern"},
	{"let ref mut of a temporary", "fn main() {\n    let ref mut v = Vec::new();\n    v.push(1);\n    let ref w = 5;\n    println!(\"{:?} {}\", v, *w + 1);\n}\n", ""},
	{"iter_mut over boxes", "struct N {\n    v: i32,\n}\n\nfn main() {\n    let mut v = vec![Box::new(N { v: 1 })];\n    for b in v.iter_mut() {\n        b.v += 1;\n    }\n    if let Some(b) = v.get_mut(0) {\n        b.v += 1;\n    }\n    println!(\"{}\", v[0].v);\n}\n", ""},
	{"match guard with a block", "fn main() {\n    match Some(3) {\n        Some(x) if x > 2 && {\n            println!(\"guard\");\n            true\n        } => println!(\"{}\", x),\n        _ => {}\n    }\n}\n", "3:20: error[unsupported]: a match guard that needs Go statements (a block, `if` or `match` in it, or a temporary with drop glue)"},
	{"statements after a let of a diverging value", "fn f(v: i32) -> i32 {\n    if v > 5 {\n        let mut count = return 7;\n        count += 1;\n        return count;\n    }\n    v\n}\n\nfn main() {\n    println!(\"{}\", f(9));\n}\n", ""},
	{"a Drop impl with a method other than drop", "struct N;\n\nimpl Drop for N {\n    fn Drop(&mut self) {}\n}\n\nfn main() {\n    let _n = N;\n}\n", "4:5: error[E0407]: method `Drop` is not a member of trait `Drop`"},
	{"&&mut of an array where a slice is expected", "fn total(items: &[i32]) -> i32 {\n    items.iter().sum()\n}\n\nfn main() {\n    println!(\"{}\", total(&&mut [1, 2]));\n}\n", "6:26: error[E0308]: mismatched types: expected `&[i32]`, found `&&mut [{integer}; 2]`"},
	{"shift of unit values", "fn main() {\n    println!(\"a\") >> println!(\"b\");\n}\n", "2:19: error[E0369]: no implementation for `() >> ()`"},
	{"impl method with another return type than its trait's", "trait I {\n    fn name(&self) -> &usize;\n}\nstruct D;\nimpl I for D {\n    fn name(&self) -> &str {\n        \"d\"\n    }\n}\nfn main() {\n    let d: &dyn I = &D;\n    let _ = d.name();\n}\n", "6:23: error[E0053]: method `name` has an incompatible type for trait"},
	{"impl method without the self of its trait's", "trait I {\n    fn f(&self, a: i32) -> i32;\n}\nstruct D;\nimpl I for D {\n    fn f(a: i32, b: i32) -> i32 {\n        a + b\n    }\n}\nfn main() {}\n", "6:5: error[E0186]: method `f` has a `&self` declaration in the trait, but not in the impl"},
	{"compound assignment of a &mut", "fn main() {\n    let mut x: usize = 1;\n    x += &mut 1;\n    x *= &&2;\n    println!(\"{}\", x);\n}\n", "3:7: error[E0277]: cannot add-assign `&mut {integer}` to `usize`"},
	{"a reference to () passed for a closure", "use std::thread;\nfn main() {\n    let mut grid = [0u8; 6];\n    let (a, _b) = grid.split_at_mut(3);\n    thread::scope(|s| {\n        s.spawn(& a.fill(1));\n    });\n}\n", "6:19: error[E0277]: expected a `FnOnce()` closure, found `&()`"},
	{"a &mut of an integer literal passed for a closure", "fn call_twice<F: FnMut() -> u32>(mut f: F) -> (u32, u32) {\n    (f(), f())\n}\nfn main() {\n    println!(\"{:?}\", call_twice(&mut 0));\n}\n", "5:38: error[E0277]: expected a `FnMut()` closure, found `{integer}`"},
	{"integer as a str pattern", "fn main() {\n    let csv = \"a,b,c\";\n    println!(\"{:?}\", csv.splitn(2, 1).collect::<Vec<_>>());\n}\n", "3:36: error[unsupported]: this pattern in `splitn`"},
}

func TestFuzzFindings(t *testing.T) {
	for _, tc := range fuzzFindings {
		t.Run(tc.name, func(t *testing.T) {
			res := Translate("x.rs", []byte(tc.src), Config{})
			got := res.Diags.Format(res.Source)
			if tc.want == "" {
				if res.Failed() {
					t.Fatalf("want a translation, got:\n%s", got)
				}
				return
			}
			if first, _, _ := strings.Cut(got, "\n"); first != "x.rs:"+tc.want {
				t.Errorf("got:\n%s\nwant first:\nx.rs:%s", got, tc.want)
			}
		})
	}
}

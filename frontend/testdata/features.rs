#![allow(dead_code)]
//! crate docs
use std::collections::{HashMap, BTreeMap, HashSet};
use std::fmt::{self, Display, Formatter};
use std::ops::{Add, Index};
use std::sync::{Arc, Mutex, RwLock, mpsc, atomic::{AtomicUsize, Ordering}, LazyLock};

/// A point.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point<T = f64> { pub x: T, pub y: T }

impl<T: Add<Output = T>> Add for Point<T> {
    type Output = Self;
    fn add(self, o: Self) -> Self::Output { Point { x: self.x + o.x, y: self.y + o.y } }
}

impl Display for Point {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result { write!(f, "({:.1}, {:.1})", self.x, self.y) }
}

struct Wrapper<'a> { parts: &'a [&'a str] }
impl<'a> Index<usize> for Wrapper<'a> { type Output = str; fn index(&self, i: usize) -> &Self::Output { self.parts[i] } }

static COUNTER: AtomicUsize = AtomicUsize::new(0);
static CONFIG: LazyLock<Mutex<HashMap<String, i32>>> = LazyLock::new(|| Mutex::new(HashMap::new()));
const LIMITS: [u32; 3] = [1, 2, 3];

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
enum Sh { Circle { r: f64 }, Rect(f64, f64), Empty }
impl Shape for Sh {
    fn area(&self) -> f64 {
        match *self {
            Sh::Circle { r } => std::f64::consts::PI * r * r,
            Sh::Rect(w, h) if w > 0.0 => w * h,
            Sh::Rect(..) | Sh::Empty => 0.0,
        }
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut best = *it.next()?;
    for &x in it { if x > best { best = x; } }
    Some(best)
}

fn parse_all(input: &str) -> Result<Vec<i64>, std::num::ParseIntError> {
    input.split_whitespace().map(|s| s.parse::<i64>()).collect()
}

mod util {
    pub(crate) fn double(x: i32) -> i32 { x * 2 }
    pub mod inner { use super::*; pub fn quad(x: i32) -> i32 { double(double(x)) } }
}

fn main() {
    let p = Point { x: 1.0, y: 2.0 } + Point { x: 0.5, ..Default::default() };
    println!("{p} {:?} {}", p, p.x as i32);
    let shapes: Vec<Box<dyn Shape + Send>> = vec![Box::new(Sh::Circle { r: 1.0 }), Box::new(Sh::Rect(2.0, 3.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{total:>10.3} {:<5}|{:^7}|{:+}", "a", "mid", 5);
    let mut map: BTreeMap<&str, usize> = BTreeMap::new();
    for w in "a b a c".split(' ') { *map.entry(w).or_insert(0) += 1; }
    let set: HashSet<_> = map.keys().cloned().collect();
    let (tx, rx) = mpsc::channel();
    let shared = Arc::new(RwLock::new(vec![0u8; 4]));
    let handles: Vec<_> = (0..4).map(|i| {
        let tx = tx.clone();
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            shared.write().unwrap()[i] = i as u8;
            COUNTER.fetch_add(1, Ordering::SeqCst);
            tx.send(i).expect("send");
        })
    }).collect();
    drop(tx);
    for h in handles { h.join().unwrap(); }
    let mut got: Vec<usize> = rx.iter().collect();
    got.sort_unstable_by(|a, b| b.cmp(a));
    if let [first, .., last] = got.as_slice() { println!("{first} {last}"); }
    let w = Wrapper { parts: &["x", "y"] };
    let label = 'search: loop {
        for (i, x) in LIMITS.iter().enumerate() {
            if *x == 2 { break 'search i; }
        }
        break usize::MAX;
    };
    let n = match parse_all("1 2 3") { Ok(v) => v.len(), Err(e) => { eprintln!("{e}"); 0 } };
    let s: String = ["a", "b"].concat();
    let c = s.chars().rev().filter(char::is_ascii_lowercase).count();
    let opt = Some(3).map(|x| x + 1).and_then(|x| if x > 2 { Some(x) } else { None }).unwrap_or_default();
    assert!(opt > 0, "opt was {}", opt);
    assert_eq!(util::inner::quad(1), 4);
    debug_assert_ne!(n, 99);
    let bits = 0b1010_u8 << 2 | 1 ^ 0xF & !0;
    let v2 = largest(&[1, 5, 3]).unwrap();
    let t = (1, "two", 3.0);
    let (a, _, ref z) = t;
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{} {} {} {} {} {} {:?} {:?} {} {}", label, n, c, bits, v2, a, z, flat, w[1], set.len());
    let mut cfg = CONFIG.lock().unwrap();
    cfg.insert("k".to_string(), -1);
    let res: Result<u8, String> = Err("bad".into());
    if let Err(ref e) = res { println!("{}", e.len()); }
    while let Some(x) = got.pop() { if x % 2 == 0 { continue; } }
    let closure = |x: &mut Vec<i32>| x.push(1);
    let mut v = Vec::with_capacity(10);
    closure(&mut v);
    let _ = matches!(v.first(), Some(&1) | None);
    std::process::exit(if v.is_empty() { 1 } else { 0 });
}

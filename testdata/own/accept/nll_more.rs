// More borrow patterns rustc accepts: two-phase borrows, disjoint
// fields, reborrows, borrows that end in a branch, closures called in
// loops, iterators over a Vec followed by a mutation.
use std::collections::HashMap;

struct View<'a> {
    data: &'a [i32],
}

struct Cache {
    map: HashMap<u32, String>,
    misses: u32,
    order: Vec<u32>,
}

impl Cache {
    fn get(&mut self, k: u32) -> String {
        match self.map.get(&k) {
            Some(v) => return v.clone(),
            None => {}
        }
        self.misses += 1;
        let v = format!("v{}", k);
        self.map.insert(k, v.clone());
        self.order.push(self.order.len() as u32);
        v
    }
}

fn push_twice(v: &mut Vec<i32>) {
    extend_one(v);
    extend_one(v);
    v.push(0);
}

fn extend_one(v: &mut Vec<i32>) {
    let n = v.len() as i32;
    v.push(n);
}

fn main() {
    let mut v = vec![3, 1, 2];
    v.insert(0, v[1]);
    v.truncate(v.len() - 1);
    let view = View { data: &v };
    println!("{}", view.data.len());
    v.push(9);

    let found = v.iter().find(|&&x| x > 1).copied();
    v.push(found.unwrap_or(0));

    let mut it = v.iter();
    let mut seen = 0;
    while let Some(x) = it.next() {
        seen += *x;
    }
    v.push(seen);

    let n = 2;
    v.retain(|&x| x != n);
    v.sort_by(|a, b| b.cmp(a));
    let mut sum = 0;
    v.iter().for_each(|x| sum += *x);
    println!("{} {:?}", sum, v);

    let mut calls = 0;
    let mut bump = |k: i32| calls += k;
    for k in 0..3 {
        bump(k);
    }
    println!("{}", calls);

    let mut a = vec![1];
    let mut b = vec![2];
    let t = a;
    a = b;
    b = t;
    println!("{:?} {:?}", a, b);

    let mut s = String::from("hello");
    let part = &s[1..];
    println!("{}", part);
    s.push('!');
    println!("{}", s);

    let mut groups: HashMap<bool, Vec<i32>> = HashMap::new();
    for x in 0..5 {
        groups.entry(x % 2 == 0).or_insert_with(|| Vec::new()).push(x);
    }
    println!("{:?}", groups.get(&true));

    let mut c = Cache { map: HashMap::new(), misses: 0, order: Vec::new() };
    println!("{} {}", c.get(1), c.get(1));
    println!("{} {:?}", c.misses, c.order);

    let mut w = vec![1];
    push_twice(&mut w);
    let r = &mut w;
    r.push(7);
    let r2 = &mut w;
    r2.push(8);
    println!("{:?}", w);

    let mut opt = Some(3);
    if let Some(x) = opt.as_mut() {
        *x += 1;
    }
    let taken = opt.take();
    println!("{:?} {:?}", opt, taken);
}

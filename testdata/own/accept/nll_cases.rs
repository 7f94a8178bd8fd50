// Programs from the NLL RFC's accepted cases and common idioms.
use std::collections::HashMap;

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stats {
    items: Vec<i32>,
    threshold: i32,
    log: Vec<String>,
}

impl Stats {
    fn above(&self) -> usize {
        self.items.iter().filter(|x| **x > self.threshold).count()
    }
    fn record(&mut self) {
        let n = self.items.len();
        self.log.push(format!("{} items", n));
        let Stats { items, log, .. } = self;
        log.push(format!("{}", items.len()));
        items.push(log.len() as i32);
    }
}

fn capitalize(s: &mut [char]) {
    for c in s.iter_mut() {
        *c = c.to_ascii_uppercase();
    }
}

fn push_front(list: &mut Option<Box<Node>>, v: i32) {
    let old = list.take();
    *list = Some(Box::new(Node { value: v, next: old }));
}

fn main() {
    let mut data = vec!['a', 'b', 'c'];
    let slice = &mut data[..];
    capitalize(slice);
    data.push('d');
    println!("{:?}", data);

    let mut map: HashMap<&str, Vec<i32>> = HashMap::new();
    for key in ["x", "y", "x"] {
        match map.get_mut(key) {
            Some(values) => values.push(1),
            None => {
                map.insert(key, vec![0]);
            }
        }
    }
    println!("{:?}", map.get("x"));

    let v = vec![3, 9, 4];
    let mut best = &v[0];
    for x in &v {
        if x > best {
            best = x;
        }
    }
    println!("{} of {}", best, v.len());

    let mut s = Stats { items: vec![1, 5, 10], threshold: 4, log: Vec::new() };
    println!("{}", s.above());
    s.record();
    println!("{:?} {:?}", s.items, s.log);

    let mut list = None;
    push_front(&mut list, 2);
    push_front(&mut list, 3);
    let mut total = 0;
    let mut at = &list;
    while let Some(n) = at {
        total += n.value;
        at = &n.next;
    }
    println!("{}", total);

    let mut nums = vec![1, 2, 3, 4];
    nums.swap(0, 3);
    {
        let (left, right) = nums.split_at_mut(2);
        left[0] += right[0];
    }
    let first = nums[0];
    nums.push(first);
    println!("{:?}", nums);

    let source = vec![1, -2, 3];
    let mut out = Vec::new();
    let mut it = source.iter();
    while let Some(x) = it.next() {
        if *x > 0 {
            out.push(*x);
        }
    }
    out.push(source.len() as i32);
    println!("{:?}", out);
}

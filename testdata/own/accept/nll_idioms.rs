// Borrow patterns that non-lexical lifetimes accept.
use std::collections::HashMap;

struct Counter {
    items: Vec<i32>,
    total: i32,
}

impl Counter {
    fn add(&mut self, x: i32) -> &mut Self {
        self.items.push(x);
        self.total += x;
        self
    }
    fn last(&self) -> Option<&i32> {
        self.items.last()
    }
    fn bump_all(&mut self) {
        let items = &mut self.items;
        for x in items.iter_mut() {
            *x += 1;
        }
        self.total += 1;
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    let r = &mut v;
    r.push(4);
    v.push(5);
    let n = v.len();
    v[n - 1] = 0;
    for i in 0..v.len() {
        let x = v[i];
        v[i] = x * 2;
    }
    let first = v[0];
    v.push(first);
    println!("{:?}", v);

    let mut stack = vec![1, 2];
    while let Some(top) = stack.pop() {
        if top < 3 {
            stack.push(top + 2);
        }
    }

    let mut m: HashMap<String, i32> = HashMap::new();
    for w in ["a", "b", "a"] {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    if let Some(x) = m.get_mut("a") {
        *x += 10;
    } else {
        m.insert("a".to_string(), 1);
    }
    println!("{:?}", m.get("a"));

    let mut c = Counter { items: Vec::new(), total: 0 };
    c.add(1).add(2);
    c.bump_all();
    if let Some(l) = c.last() {
        println!("last {}", l);
    }
    c.add(3);
    println!("{} {:?}", c.total, c.items);

    let s1 = String::from("hello world");
    let w = first_word(&s1);
    let s2 = String::from("hi");
    let l = longest(w, &s2);
    println!("{} {}", w, l);

    let mut a = 1;
    let mut b = 2;
    let t = a;
    a = b;
    b = t;
    println!("{} {}", a, b);

    let mut text = String::from("x");
    let len = text.len();
    text.push_str("y");
    println!("{} {}", text, len);

    let mut counts = vec![0; 3];
    let idx = counts.len() - 1;
    counts[idx] += 1;
    let total: i32 = counts.iter().sum();
    counts.push(total);
    println!("{:?}", counts);
}

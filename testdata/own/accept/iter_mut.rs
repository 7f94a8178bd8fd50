// Mutation through iterators and match ergonomics (rustc accepts all).
use std::collections::HashMap;
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x += 1;
    }
    for x in v.iter_mut() {
        *x *= 2;
    }
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert(String::from("a"), 1);
    for (_, val) in &mut m {
        *val += 1;
    }
    for (_, val) in m.iter_mut() {
        *val += 1;
    }
    for val in m.values_mut() {
        *val += 1;
    }
    let mut pairs = vec![(1, 2), (3, 4)];
    for (a, b) in pairs.iter_mut() {
        *a += *b;
    }
    for p in &mut pairs {
        p.0 += 1;
    }
    let mut grid = vec![vec![0; 2]; 2];
    for row in grid.iter_mut() {
        for cell in row.iter_mut() {
            *cell += 1;
        }
        row.push(9);
    }
    if let Some(first) = v.first_mut() {
        *first = 100;
    }
    let mut o = Some(String::new());
    if let Some(s) = &mut o {
        s.push('x');
    }
    match &mut o {
        Some(s) => s.push('y'),
        None => {}
    }
    if let Some(ref mut s) = o {
        s.push('z');
    }
    println!("{:?} {:?} {:?} {:?} {:?}", v, m, pairs, grid, o);
}

// Closure captures: moves without `move`, FnMut closures, shared captures.
use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let h = thread::spawn(|| {
        for x in rx {
            println!("{}", x);
        }
    });
    tx.send(1).unwrap();
    drop(tx);
    h.join().unwrap();
    let v = vec![String::from("a")];
    let h2 = thread::spawn(|| {
        let w = v;
        w.len()
    });
    println!("{}", h2.join().unwrap());
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(1);
    add(2);
    let names = vec!["a", "b"];
    let lens: Vec<usize> = names.iter().map(|n| n.len() + total as usize).collect();
    println!("{:?} {}", lens, total);
}

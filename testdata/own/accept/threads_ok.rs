// Thread patterns rustc accepts: move closures with clones, scoped
// threads borrowing, channels with cloned senders.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for i in 0..4 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            *c.lock().unwrap() += i;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{}", *counter.lock().unwrap());

    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            tx.send(id).unwrap();
        });
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);

    let mut data = vec![1, 2, 3, 4];
    let total = AtomicUsize::new(0);
    thread::scope(|s| {
        for chunk in data.chunks_mut(2) {
            let total = &total;
            s.spawn(move || {
                for x in chunk.iter_mut() {
                    *x *= 10;
                    total.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
    });
    println!("{:?} {}", data, total.load(Ordering::SeqCst));

    let config = RwLock::new(String::from("v1"));
    let mut hits = 0;
    thread::scope(|s| {
        s.spawn(|| println!("{}", config.read().unwrap()));
        s.spawn(|| println!("{}", config.read().unwrap()));
        hits += 1;
    });
    *config.write().unwrap() = String::from("v2");
    println!("{} {}", hits, config.read().unwrap());

    let name = String::from("worker");
    let h = thread::Builder::new()
        .name(name.clone())
        .spawn(move || name.len())
        .unwrap();
    println!("{}", h.join().unwrap());

    let shared = Arc::new(vec![1, 2, 3]);
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let s = Arc::clone(&shared);
            thread::spawn(move || s.iter().sum::<i32>())
        })
        .collect();
    for r in readers {
        println!("{}", r.join().unwrap());
    }
}

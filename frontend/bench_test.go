package frontend

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// genSource builds a Rust file of about size bytes out of varied functions.
func genSource(size int) []byte {
	var b strings.Builder
	b.WriteString("use std::thread;\nuse std::sync::{Arc, Mutex, mpsc};\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `#[derive(Debug, Clone)]
struct S%[1]d { a: i32, b: Vec<String> }

impl S%[1]d {
    fn get(&self, k: usize) -> Option<&String> { self.b.get(k) }
}

fn work%[1]d(n: u64, data: &[i32]) -> Result<u64, String> {
    let v = vec![1, 2, 3, %[1]d];
    let total = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::new();
    for i in 0..n {
        let t = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            let mut g = t.lock().unwrap();
            *g += i * 2 + 1_000;
        }));
    }
    for h in handles { h.join().unwrap(); }
    let (tx, rx) = mpsc::channel::<i32>();
    match data.iter().map(|x| x * 2).filter(|&x| x > 3).sum::<i32>() {
        0 => println!("zero {} {:?}", n, v),
        x if x < 0 => return Err(format!("negative {x:>8}")),
        _ => {}
    }
    if let Some(first) = data.first() {
        println!("{:#?} {:.3}", first, 1.5f64);
    }
    drop(tx);
    while let Ok(x) = rx.recv() { let _ = x; }
    let r = *total.lock().unwrap();
    Ok(r as u64)
}

`, i)
	}
	return []byte(b.String())
}

func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	src := genSource(1 << 20)
	start := time.Now()
	f, d := Parse("big.rs", src)
	el := time.Since(start)
	if len(d) > 0 || f == nil {
		t.Fatalf("diags: %v", d[:min(len(d), 3)])
	}
	if bad := badNodes(f); len(bad) > 0 {
		t.Fatalf("bad nodes: %v", bad[:min(len(bad), 5)])
	}
	t.Logf("parsed %d bytes (%d items) in %v", len(src), len(f.Items), el)
}

func BenchmarkParse1MB(b *testing.B) {
	src := genSource(1 << 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, d := Parse("big.rs", src); len(d) > 0 {
			b.Fatal(d)
		}
	}
}

// Moves that rustc accepts: re-initialization, moves on paths that end,
// Copy types, moves of different fields, moves in one match arm.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir { Up, Down }

#[derive(Debug)]
struct Pair { left: String, right: String }

fn consume(s: String) -> usize { s.len() }

fn pick(flag: bool) -> String {
    let a = String::from("a");
    let b = String::from("b");
    if flag {
        return a;
    }
    drop(a);
    b
}

fn main() {
    let mut s = String::from("one");
    for i in 0..3 {
        let n = consume(s);
        s = format!("{}{}", i, n);
    }
    println!("{}", s);

    let d = Dir::Up;
    let e = d;
    println!("{:?} {:?} {}", d, e, d == Dir::Down);

    let p = Pair { left: String::from("l"), right: String::from("r") };
    let l = p.left;
    let r = p.right;
    println!("{} {}", l, r);

    let opt = Some(String::from("x"));
    match opt {
        Some(v) if v.len() > 3 => println!("long {}", v),
        Some(v) => println!("short {}", v),
        None => println!("none"),
    }

    let words = vec![String::from("a"), String::from("b")];
    let mut out = Vec::new();
    for w in words {
        out.push(w);
    }
    println!("{:?} {}", out, pick(true));

    let data = vec![1, 2, 3];
    let data = data.into_iter().map(|x| x * 2).collect::<Vec<_>>();
    println!("{:?}", data);

    let mut maybe: Option<String> = None;
    loop {
        match maybe {
            Some(v) => {
                println!("got {}", v);
                break;
            }
            None => maybe = Some(String::from("later")),
        }
    }

    let msg = String::from("m");
    let f = move || msg.len();
    println!("{}", f() + f());
}

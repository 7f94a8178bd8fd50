package lower

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/rs2go/rs2go/frontend"
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
	"github.com/rs2go/rs2go/lower/ir"
)

// Tests of the ownership and thread-safety checks (own_*.go, sendsync.go).

// ownMu serializes the uses of ownCheckHook.
var ownMu sync.Mutex

// ownRun lowers src and returns what the ownership checks reported, and
// how many functions they ran on.
func ownRun(t *testing.T, name string, src []byte) (diag.List, *diag.Source, int) {
	mine, s, n, _ := ownRunAll(t, name, src)
	return mine, s, n
}

// ownRunAll is ownRun that also returns every diagnostic of lowering.
func ownRunAll(t *testing.T, name string, src []byte) (diag.List, *diag.Source, int, diag.List) {
	t.Helper()
	f, pd := frontend.Parse(name, src)
	if len(pd) > 0 {
		t.Fatalf("%s does not parse: %s", name, pd.Format(diag.NewSource(name, src)))
	}
	ownMu.Lock()
	defer ownMu.Unlock()
	var mine diag.List
	n := 0
	ownCheckHook = func(fn *FnDef, ds diag.List) {
		n++
		mine = append(mine, ds...)
	}
	defer func() { ownCheckHook = nil }()
	_, all := File(f, Config{})
	return mine, diag.NewSource(name, src), n, all
}

// acceptedCorpus lists the programs rustc accepts that the repository
// holds: conformance tiers 10-50, the seed programs, and the programs of
// the testscripts that translate.
func acceptedCorpus(t *testing.T) map[string][]byte {
	out := map[string][]byte{}
	for _, dir := range []string{"10-threads", "20-channels", "30-sync", "40-lang", "50-programs"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "conformance", dir, "*.rs"))
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[dir+"/"+filepath.Base(f)] = src
		}
	}
	own, _ := filepath.Glob(filepath.Join("..", "testdata", "own", "accept", "*.rs"))
	for _, f := range own {
		src, _ := os.ReadFile(f)
		out["own/"+filepath.Base(f)] = src
	}
	// More programs rustc accepts, for a local run: RS2GO_OWN_CORPUS=dir1:dir2.
	for _, dir := range filepath.SplitList(os.Getenv("RS2GO_OWN_CORPUS")) {
		extra, _ := filepath.Glob(filepath.Join(dir, "*.rs"))
		for _, f := range extra {
			src, _ := os.ReadFile(f)
			out["extra/"+f] = src
		}
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seed", "*.rs"))
	for _, f := range seeds {
		src, _ := os.ReadFile(f)
		out["seed/"+filepath.Base(f)] = src
	}
	scripts, _ := filepath.Glob(filepath.Join("..", "testdata", "script", "*.txtar"))
	for _, f := range scripts {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(ar.Comment, []byte("! exec rs2go")) || bytes.Contains(ar.Comment, []byte("exitcode 1 rs2go")) {
			continue // scripts about rejected programs
		}
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".rs") {
				out["script/"+filepath.Base(f)+"/"+file.Name] = file.Data
			}
		}
	}
	return out
}

// TestOwnNoFalsePositives runs the checks over every program rustc
// accepts: none may be rejected by them.
func TestOwnNoFalsePositives(t *testing.T) {
	corpus := acceptedCorpus(t)
	if len(corpus) < 50 {
		t.Fatalf("only %d corpus programs found", len(corpus))
	}
	total, partial := 0, 0
	for name, src := range corpus {
		if _, pd := frontend.Parse(filepath.Base(name), src); len(pd) > 0 {
			t.Logf("%s: does not parse", name)
			continue
		}
		mine, s, n, all := ownRunAll(t, filepath.Base(name), src)
		total += n
		if len(mine) > 0 {
			t.Errorf("%s: rejected by the ownership checks:\n%s", name, mine.Format(s))
		}
		if len(all) > len(mine) {
			partial++
			t.Logf("%s: not all functions reach the checks: %s", name, firstLine(all.Format(s)))
		}
	}
	t.Logf("%d programs (%d with functions the checker rejects), %d functions checked", len(corpus), partial, total)
}

// TestOwnReject: every program of conformance tier 90-reject is rejected
// with rustc's first error line (the ownership checks or the checker).
func TestOwnReject(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "conformance", "90-reject", "*.rs"))
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".rs"), func(t *testing.T) {
			src, _ := os.ReadFile(f)
			want, _ := os.ReadFile(strings.TrimSuffix(f, ".rs") + ".err")
			pf, pd := frontend.Parse(name, src)
			if len(pd) > 0 {
				t.Fatal(pd.Format(diag.NewSource(name, src)))
			}
			_, ds := File(pf, Config{})
			s := diag.NewSource(name, src)
			got := ds.Format(s)
			if !strings.Contains(got, ": "+strings.TrimSpace(string(want))+"\n") {
				t.Errorf("want %s\ngot:\n%s", strings.TrimSpace(string(want)), got)
			}
		})
	}
}

// ownCases are small programs with the first error rustc 1.95 reports
// ("" for a program it accepts). With rustc on PATH, the test checks the
// table against it too.
var ownCases = []struct {
	name, src, want string
}{
	// E0382
	{"move_then_use", `fn main() { let s = String::new(); let t = s; println!("{} {}", s, t); }`,
		"1:65: error[E0382]: borrow of moved value: `s`"},
	{"move_into_fn", `fn eat(_: Vec<i32>) {} fn main() { let v = vec![1]; eat(v); eat(v); }`,
		"1:65: error[E0382]: use of moved value: `v`"},
	{"copy_never_moves", `#[derive(Clone, Copy)] struct P { x: i32 } fn take(_: P) {} fn main() { let p = P { x: 1 }; take(p); take(p); let n = 5; let m = n; println!("{} {}", n + m, p.x); }`, ""},
	{"move_in_loop", `fn eat(_: String) {} fn main() { let s = String::new(); for _ in 0..2 { eat(s); } }`,
		"1:77: error[E0382]: use of moved value: `s`"},
	{"move_in_loop_with_break", `fn eat(_: String) {} fn main() { let s = String::new(); loop { eat(s); break; } }`, ""},
	{"reinit_after_move", `fn eat(_: String) {} fn main() { let mut s = String::new(); for _ in 0..2 { eat(s); s = String::new(); } println!("{}", s); }`, ""},
	{"move_in_branch", `fn eat(_: String) {} fn run(c: bool) { let s = String::new(); if c { eat(s); } println!("{}", s); } fn main() { run(true); }`,
		"1:95: error[E0382]: borrow of moved value: `s`"},
	{"move_in_diverging_branch", `fn eat(_: String) {} fn main() { let s = String::new(); let c = 1 > 3; if c { eat(s); return; } println!("{}", s); }`, ""},
	{"partial_move", `struct P { a: String, b: String } fn main() { let p = P { a: String::new(), b: String::new() }; let a = p.a; println!("{} {}", a, p.b); let q = p; }`,
		"1:145: error[E0382]: use of partially moved value: `p`"},
	{"move_into_closure", `use std::thread; fn main() { let v = vec![1]; let h = thread::spawn(move || v.len()); println!("{:?}", v); h.join().unwrap(); }`,
		"1:104: error[E0382]: borrow of moved value: `v`"},
	{"match_moves_binding", `fn main() { let o = Some(String::new()); match o { Some(s) => println!("{}", s), None => {} } println!("{:?}", o); }`,
		"1:112: error[E0382]: borrow of partially moved value: `o`"},
	{"match_ref_binding", `fn main() { let o = Some(String::new()); match &o { Some(s) => println!("{}", s), None => {} } println!("{:?}", o); }`, ""},
	{"method_self_moves", `struct T { n: Vec<i32> } impl T { fn done(self) -> usize { self.n.len() } fn len(&self) -> usize { self.n.len() } } fn main() { let t = T { n: vec![] }; let n = t.done(); println!("{} {}", n, t.len()); }`,
		"1:193: error[E0382]: borrow of moved value: `t`"},
	// E0499 / E0502 / E0505 / E0506
	{"two_mut_borrows", `fn main() { let mut v = vec![1]; let a = &mut v; let b = &mut v; a.push(1); b.push(2); }`,
		"1:58: error[E0499]: cannot borrow `v` as mutable more than once at a time"},
	{"nll_borrow_ends", `fn main() { let mut v = vec![1]; let a = &mut v; a.push(1); let b = &mut v; b.push(2); println!("{:?}", v); }`, ""},
	{"shared_then_mut", `fn main() { let mut v = vec![1]; let first = &v[0]; v.push(2); println!("{}", first); }`,
		"1:53: error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"},
	{"mut_then_shared", `fn main() { let mut x = 5; let r = &mut x; println!("{}", x); *r += 1; }`,
		"1:59: error[E0502]: cannot borrow `x` as immutable because it is also borrowed as mutable"},
	{"two_phase_reserved_conflict", `fn main() { let mut v = vec![1]; let a = &mut v; v.push(1); a.push(2); }`,
		"1:50: error[E0499]: cannot borrow `v` as mutable more than once at a time"},
	{"format_args_held", `fn main() { let mut x = vec![1, 2, 3]; println!("{:?} {:?}", x, x.split_off(1)); }`,
		"1:65: error[E0502]: cannot borrow `x` as mutable because it is also borrowed as immutable"},
	{"format_args_computed", `fn main() { let v = [10, 20]; let mut it = v.iter().peekable(); println!("{:?} {:?} {:?}", it.peek().copied(), it.next(), it.next()); }`, ""},
	{"two_phase_push_len", `fn main() { let mut v = vec![1]; v.push(v.len()); println!("{:?}", v); }`, ""},
	{"borrow_in_other_branch", `fn main() { let mut v = vec![1]; let r = &v; if v.len() > 3 { v.push(1); } else { println!("{}", r.len()); } }`, ""},
	{"move_while_borrowed", `fn main() { let v = vec![1]; let r = &v; let w = v; println!("{:?} {:?}", r, w); }`,
		"1:50: error[E0505]: cannot move out of `v` because it is borrowed"},
	{"assign_while_borrowed", `fn main() { let mut v = vec![1]; let r = &v; v = vec![2]; println!("{:?} {:?}", r, v); }`,
		"1:46: error[E0506]: cannot assign to `v` because it is borrowed"},
	{"use_while_mut_borrowed", `fn main() { let mut x = 1; let r = &mut x; let y = x + 1; *r += y; }`,
		"1:52: error[E0503]: cannot use `x` because it was mutably borrowed"},
	{"disjoint_fields", `struct P { a: Vec<i32>, b: Vec<i32> } fn main() { let mut p = P { a: vec![], b: vec![] }; let x = &mut p.a; let y = &mut p.b; x.push(1); y.push(2); }`, ""},
	{"for_over_borrow", `fn main() { let mut v = vec![1, 2]; for x in &v { if *x > 1 { v.push(3); } } }`,
		"1:63: error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"},
	{"reborrow_loop", `fn main() { let mut v = vec![1]; for i in 0..3 { let r = &mut v; r.push(i); } println!("{:?}", v); }`, ""},
	{"closure_mut_borrow", `fn main() { let mut n = 0; let mut inc = || n += 1; inc(); println!("{}", n); inc(); }`,
		"1:75: error[E0502]: cannot borrow `n` as immutable because it is also borrowed as mutable"},
	{"closure_mut_borrow_ends", `fn main() { let mut n = 0; let mut inc = || n += 1; inc(); inc(); println!("{}", n); }`, ""},
	{"get_or_insert_nll", `use std::collections::HashMap; fn main() { let mut m: HashMap<i32, i32> = HashMap::new(); match m.get(&1) { Some(v) => println!("{}", v), None => { m.insert(1, 2); } } }`, ""},
	{"collect_copies_not_borrows", `fn main() { let mut words = vec!["a", "b"]; let c: Vec<&str> = words.iter().cloned().collect(); words.push("c"); println!("{:?} {:?}", c, words); }`, ""},
	{"collect_borrows", `fn main() { let mut people = vec![String::from("a")]; let names: Vec<&String> = people.iter().collect(); people.push(String::from("b")); println!("{:?}", names); }`,
		"1:106: error[E0502]: cannot borrow `people` as mutable because it is also borrowed as immutable"},
	{"clone_of_borrowed_struct", `#[derive(Clone, Debug)] struct R { name: &'static str } fn main() { let mut v = vec![R { name: "x" }]; let c = v[0].clone(); v.push(R { name: "y" }); println!("{:?} {:?}", c, v); }`, ""},
	{"view_struct_borrows", `struct View<'a> { d: &'a [i32] } fn main() { let mut v = vec![1]; let w = View { d: &v }; v.push(2); println!("{}", w.d.len()); }`,
		"1:91: error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"},
	{"reborrow_arg_while_borrowed", `fn bar(_: &mut i32) {} fn foo(a: &mut i32) { let y = &a; bar(a); println!("{}", y); } fn main() { foo(&mut 1); }`,
		"1:58: error[E0502]: cannot borrow `*a` as mutable because it is also borrowed as immutable"},
	{"closure_unique_access", `fn f(x: &mut i32) { let r = &x; let c = || *x = 3; println!("{}", r); drop(c); } fn main() { f(&mut 1); }`,
		"1:41: error[E0500]: closure requires unique access to `*x` but it is already borrowed"},
	{"fnmut_not_mut", `fn main() { let mut count = 0; let inc = || count += 1; inc(); inc(); println!("{}", count); }`,
		"1:36: error[E0596]: cannot borrow `inc` as mutable, as it is not declared as mutable"},
	{"fnmut_mut_ok", `fn main() { let mut count = 0; let mut inc = || count += 1; inc(); inc(); println!("{}", count); }`, ""},
	{"assign_of_moved_drop", `struct F { a: String } impl Drop for F { fn drop(&mut self) {} } fn main() { let mut x = F { a: String::new() }; drop(x); x.a = String::new(); }`,
		"1:123: error[E0382]: assign of moved value: `x`"},
	// E0597
	{"dies_while_borrowed", `fn main() { let r; { let x = 5; r = &x; } println!("{}", r); }`, "1:37: error[E0597]: `x` does not live long enough"},
	{"loop_local_pushed", `fn main() { let mut v: Vec<&i32> = Vec::new(); for i in 0..3 { let x = i; v.push(&x); } println!("{:?}", v); }`, "1:82: error[E0597]: `x` does not live long enough"},
	{"static_arg", `use std::fmt::Debug; fn keep<T: Debug + 'static>(x: T) { println!("{:?}", x); } fn main() { let i = 5; keep(&i); }`, "1:109: error[E0597]: `i` does not live long enough"},
	{"static_arg_owned_ok", `use std::fmt::Debug; fn keep<T: Debug + 'static>(x: T) { println!("{:?}", x); } fn main() { let i = 5; keep(i); keep("s"); }`, ""},
	{"closure_var_to_spawn", `use std::thread; fn main() { let data = vec![1]; let f = || println!("{:?}", data); thread::spawn(f).join().unwrap(); }`, "1:58: error[E0373]: closure may outlive the current function, but it borrows `data`, which is owned by the current function"},
	{"block_value_borrow_ok", `fn main() { let v = vec![1, 2]; let n = { let r = &v; r.len() }; println!("{} {:?}", n, v); }`, ""},
	// E0373
	{"spawn_borrows", `use std::thread; fn main() { let v = vec![1]; let h = thread::spawn(|| println!("{:?}", v)); h.join().unwrap(); }`,
		"1:69: error[E0373]: closure may outlive the current function, but it borrows `v`, which is owned by the current function"},
	{"spawn_borrows_copy", `use std::thread; fn main() { let n = 5; thread::spawn(|| println!("{}", n)).join().unwrap(); }`,
		"1:55: error[E0373]: closure may outlive the current function, but it borrows `n`, which is owned by the current function"},
	{"spawn_moves_without_keyword", `use std::thread; fn main() { let v = vec![1]; thread::spawn(|| drop(v)).join().unwrap(); }`, ""},
	{"scoped_borrow_ok", `use std::thread; fn main() { let v = vec![1, 2]; let mut n = 0; thread::scope(|s| { s.spawn(|| println!("{:?}", v)); s.spawn(|| n += 1); }); println!("{}", n); }`, ""},
	{"scoped_both_read", `use std::thread; fn main() { let v = vec![1, 2]; thread::scope(|s| { s.spawn(|| v.len()); s.spawn(|| v.len()); }); }`, ""},
	{"scoped_mut_and_read", `use std::thread; fn main() { let mut v = vec![1, 2]; thread::scope(|s| { s.spawn(|| v.push(3)); s.spawn(|| v.len()); }); }`,
		"1:105: error[E0502]: cannot borrow `v` as immutable because it is also borrowed as mutable"},
	{"returned_closure", `fn make() -> impl Fn() -> usize { let v = vec![1]; || v.len() } fn main() { make(); }`,
		"1:52: error[E0373]: closure may outlive the current function, but it borrows `v`, which is owned by the current function"},
	// E0596 / E0594
	{"push_not_mut", `fn main() { let v: Vec<i32> = Vec::new(); v.push(1); }`,
		"1:43: error[E0596]: cannot borrow `v` as mutable, as it is not declared as mutable"},
	{"field_assign_not_mut", `struct P { x: i32 } fn main() { let p = P { x: 1 }; p.x = 2; println!("{}", p.x); }`,
		"1:53: error[E0594]: cannot assign to `p.x`, as `p` is not declared as mutable"},
	{"push_through_shared_ref", `fn add(v: &Vec<i32>) { v.push(1); } fn main() { add(&vec![]); }`,
		"1:24: error[E0596]: cannot borrow `*v` as mutable, as it is behind a `&` reference"},
	{"assign_through_shared_ref", `fn set(r: &i32) { *r = 5; } fn main() { set(&1); }`,
		"1:19: error[E0594]: cannot assign to `*r`, which is behind a `&` reference"},
	{"mut_through_mut_ref", `fn add(v: &mut Vec<i32>) { v.push(1); } fn main() { let mut v = vec![]; add(&mut v); println!("{:?}", v); }`, ""},
	{"guard_not_mut", `use std::sync::Mutex; fn main() { let m = Mutex::new(vec![1]); let g = m.lock().unwrap(); g.push(2); }`,
		"1:91: error[E0596]: cannot borrow `g` as mutable, as it is not declared as mutable"},
	// E0277
	{"rc_to_thread", `use std::rc::Rc; use std::thread; fn main() { let r = Rc::new(1); thread::spawn(move || println!("{}", r)).join().unwrap(); }`,
		"1:81: error[E0277]: `Rc<i32>` cannot be sent between threads safely"},
	{"struct_with_rc_to_thread", `use std::rc::Rc; use std::thread; struct W { r: Rc<i32> } fn main() { let w = W { r: Rc::new(1) }; thread::spawn(move || println!("{}", w.r)).join().unwrap(); }`,
		"1:114: error[E0277]: `Rc<i32>` cannot be sent between threads safely"},
	{"arc_cell_to_thread", `use std::cell::Cell; use std::sync::Arc; use std::thread; fn main() { let c = Arc::new(Cell::new(1)); let d = Arc::clone(&c); thread::spawn(move || d.set(2)).join().unwrap(); println!("{}", c.get()); }`,
		"1:141: error[E0277]: `Cell<i32>` cannot be shared between threads safely"},
	{"arc_mutex_ok", `use std::sync::{Arc, Mutex}; use std::thread; fn main() { let c = Arc::new(Mutex::new(0)); let d = Arc::clone(&c); thread::spawn(move || *d.lock().unwrap() += 1).join().unwrap(); println!("{}", c.lock().unwrap()); }`, ""},
	{"sender_of_rc", `use std::rc::Rc; use std::sync::mpsc; use std::thread; fn main() { let (tx, rx) = mpsc::channel::<Rc<i32>>(); thread::spawn(move || { drop(tx); }); drop(rx); }`,
		"1:125: error[E0277]: `Rc<i32>` cannot be sent between threads safely"},
}

func TestOwnCases(t *testing.T) {
	for _, tc := range ownCases {
		t.Run(tc.name, func(t *testing.T) {
			name := tc.name + ".rs"
			src := []byte(tc.src + "\n")
			mine, s, n := ownRun(t, name, src)
			if n == 0 {
				_, ds := File(mustParse(t, name, src), Config{})
				t.Fatalf("the checks did not run (the checker rejected the program?):\n%s", ds.Format(s))
			}
			got := ""
			if len(mine) > 0 {
				got = firstLine(mine.Format(s))
				got = strings.TrimPrefix(got, name+":")
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q\n%s", got, tc.want, mine.Format(s))
			}
		})
	}
}

// TestOwnCasesAgainstRustc checks the table against rustc, where rustc
// is installed.
func TestOwnCasesAgainstRustc(t *testing.T) {
	rustc, err := exec.LookPath("rustc")
	if err != nil {
		t.Skip("rustc not on PATH: the table is not compared with rustc")
	}
	if testing.Short() {
		t.Skip("-short: not running rustc")
	}
	dir := t.TempDir()
	for _, tc := range ownCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := filepath.Join(dir, tc.name+".rs")
			if err := os.WriteFile(f, []byte(tc.src+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(rustc, "--edition", "2021", "--emit=metadata", "-A", "warnings",
				"-o", filepath.Join(dir, tc.name+".rmeta"), tc.name+".rs")
			cmd.Dir = dir
			out, _ := cmd.CombinedOutput()
			got := ""
			lines := strings.Split(string(out), "\n")
			for i, l := range lines {
				if strings.HasPrefix(l, "error[") && i+1 < len(lines) {
					loc := strings.TrimSpace(lines[i+1])
					loc = strings.TrimPrefix(loc, "--> "+tc.name+".rs:")
					got = loc + ": " + l
					break
				}
			}
			if got != tc.want {
				t.Errorf("rustc says %q\ntable says %q", got, tc.want)
			}
		})
	}
}

func mustParse(t *testing.T, name string, src []byte) *ast.File {
	f, pd := frontend.Parse(name, src)
	if len(pd) > 0 {
		t.Fatal(pd.Format(diag.NewSource(name, src)))
	}
	return f
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// TestOwnForcedOnCorpus runs the checks even on functions the checker
// rejects (their types are then partial), to find patterns that would
// become false positives as the checker grows. It only logs.
func TestOwnForcedOnCorpus(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("diagnostic test: run with -v")
	}
	for name, src := range acceptedCorpus(t) {
		f, pd := frontend.Parse(filepath.Base(name), src)
		if len(pd) > 0 {
			continue
		}
		l := &lowerer{file: f, src: diag.NewSource(f.Name, f.Src), imports: map[*Module]*importSet{}}
		if err := l.loadStd(); err != nil {
			t.Fatal(err)
		}
		l.root = newModule("crate", "", nil, false)
		l.collect(l.root, f.Items)
		types := l.userTypes()
		l.signatures()
		l.out = &ir.File{Source: l.src}
		l.lowerTypes(types)
		for _, p := range l.userFns() {
			c := newChecker(l, p.fn, p.mod)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s: %s: panic: %v", name, p.fn.Name, r)
					}
				}()
				if c.checkFn() {
					return
				}
				before := len(l.diags)
				c.checkOwnership()
				for _, d := range l.diags[before:] {
					t.Logf("%s: %s", name, firstLine(diag.List{d}.Format(l.src)))
				}
			}()
		}
	}
}

// TestOwnAcceptedByRustc checks that the programs of testdata/own/accept
// (written for the no-false-positive test) are accepted by rustc.
func TestOwnAcceptedByRustc(t *testing.T) {
	rustc, err := exec.LookPath("rustc")
	if err != nil {
		t.Skip("rustc not on PATH")
	}
	if testing.Short() {
		t.Skip("-short: not running rustc")
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "own", "accept", "*.rs"))
	dir := t.TempDir()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			out, err := exec.Command(rustc, "--edition", "2021", "--emit=metadata", "-A", "warnings",
				"-o", filepath.Join(dir, filepath.Base(f)+".rmeta"), f).CombinedOutput()
			if err != nil {
				t.Errorf("rustc rejects %s:\n%s", f, out)
			}
		})
	}
}

package rt

// Whole-process behaviour (panic messages on stderr, stdout flushing, exit
// codes) compared with what rustc-built programs printed. Each scenario is
// the Go that rs2go would generate for a small Rust program (shown in a
// comment); the test runs it in a child process.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

type dropD string

// drop is `impl Drop for D { fn drop(&mut self) { println!("drop {} panicking={}", self.0, thread::panicking()); } }`.
func (d dropD) drop() {
	fmt.Fprintf(Stdout, "drop %s panicking=%v\n", string(d), Fmt(Panicking(), DisplayBool))
}

var scenarios = map[string]func(){
	// fn main() {
	//     print!("a"); eprint!("b"); println!("c");
	//     print!("partial");
	//     let h = thread::spawn(|| { let _d = D("t"); let n = std::env::args().count(); panic!("boom {}", n); });
	//     let r = h.join();
	//     println!("{:?}", r.is_err());
	//     let e = r.unwrap_err();
	//     println!("{:?} {:?} {:?}", e, e.downcast_ref::<&str>(), e.downcast_ref::<String>());
	//     let h = thread::Builder::new().name("worker".into()).spawn(|| { println!("{:?}", thread::current().name()); let v: Result<i32, String> = Err("bad".into()); v.unwrap() }).unwrap();
	//     println!("{}", h.join().is_err());
	//     let _d = D("main");
	//     print!("tail");
	//     let x: Option<i32> = None;
	//     x.unwrap();
	// }
	"s1": func() {
		defer Exit()
		fmt.Fprint(Stdout, "a")
		fmt.Fprint(os.Stderr, "b")
		fmt.Fprintln(Stdout, "c")
		fmt.Fprint(Stdout, "partial")
		h := Spawn(func() {
			d := dropD("t")
			defer d.drop()
			n := 1
			PanicString("s1.rs:7:83", "boom "+strconv.Itoa(n))
		})
		r := h.Join()
		fmt.Fprintf(Stdout, "%v\n", Fmt(r.IsErr(), DebugBool))
		e := r.UnwrapErr("s1.rs:10:15")
		fmt.Fprintf(Stdout, "%v %v %v\n", Fmt(e, (*Payload).FmtDebug), Fmt(e.DowncastStr(), DebugOption(DebugStr)), Fmt(e.DowncastString(), DebugOption(DebugStr)))
		h2 := BuilderSpawn(NewBuilder().Name("worker"), func() int32 {
			fmt.Fprintf(Stdout, "%v\n", Fmt(Current().Name(), DebugOption(DebugStr)))
			v := Err[int32]("bad")
			return v.Unwrap("s1.rs:12:163")
		}).Unwrap("s1.rs:12:172")
		fmt.Fprintf(Stdout, "%v\n", Fmt(h2.Join().IsErr(), DisplayBool))
		d := dropD("main")
		defer d.drop()
		fmt.Fprint(Stdout, "tail")
		None[int32]().Unwrap("s1.rs:17:7")
	},
	// fn main() {
	//     let a = vec![1, 2, 3];
	//     let r = thread::scope(|s| {
	//         s.spawn(|| { println!("len {}", a.len()); });
	//         let h = s.spawn(|| { panic!("joined"); });
	//         println!("{}", h.join().is_err());
	//         7
	//     });
	//     println!("{} {:?}", r, a);
	//     thread::scope(|s| {
	//         s.spawn(|| { panic!("not joined"); });
	//     });
	//     println!("unreachable");
	// }
	"s2": func() {
		defer Exit()
		a := []int32{1, 2, 3}
		r := Scope("s2.rs:4:13", func(s *ScopeT) int32 {
			s.Spawn(func() { fmt.Fprintf(Stdout, "len %v\n", Fmt(len(a), DisplayInt[int])) })
			h := s.Spawn(func() { PanicStr("s2.rs:6:30", "joined") })
			fmt.Fprintf(Stdout, "%v\n", Fmt(h.Join().IsErr(), DisplayBool))
			return 7
		})
		fmt.Fprintf(Stdout, "%v %v\n", Fmt(r, DisplayInt[int32]), Fmt(a, DebugSlice(DebugInt[int32])))
		Scope("s2.rs:11:5", func(s *ScopeT) Unit {
			s.Spawn(func() { PanicStr("s2.rs:12:22", "not joined") })
			return Unit{}
		})
		fmt.Fprintln(Stdout, "unreachable")
	},
	// fn main() { print!("no newline"); std::process::exit(3); }
	"s3": func() {
		defer Exit()
		fmt.Fprint(Stdout, "no newline")
		ProcessExit(3)
	},
	// fn main() {
	//     let v = vec![1, 2, 3];
	//     let h = thread::spawn(move || { let i = v.len() + 7; v[i] });
	//     println!("{:?}", h.join().is_err());
	//     let t = thread::current();
	//     println!("{:?} {:?}", t.name(), t.id());
	//     let h = thread::spawn(|| { let t = thread::current(); (t.name().map(|s| s.to_string()), t.id()) });
	//     let tid = h.thread().id();
	//     let (name, id) = h.join().unwrap();
	//     println!("{:?} {:?} {}", name, id, tid == id);
	//     let x: u8 = 200;
	//     let n = std::env::args().count() as u8;
	//     println!("{}", x + 100 * n);
	// }
	"s4": func() {
		defer Exit()
		v := []int32{1, 2, 3}
		h := SpawnValue(func() int32 { i := uint(len(v)) + 7; return v[CheckIndex(i, len(v), "s4.rs:4:59")] })
		fmt.Fprintf(Stdout, "%v\n", Fmt(h.Join().IsErr(), DebugBool))
		t := Current()
		fmt.Fprintf(Stdout, "%v %v\n", Fmt(t.Name(), DebugOption(DebugStr)), Fmt(t.ID(), ThreadId.FmtDebug))
		h2 := SpawnValue(func() Tuple2[Option[string], ThreadId] {
			t := Current()
			return Tup2(t.Name(), t.ID())
		})
		tid := h2.Thread().ID()
		p := h2.Join().Unwrap("s4.rs:9:32")
		fmt.Fprintf(Stdout, "%v %v %v\n", Fmt(p.F0, DebugOption(DebugStr)), Fmt(p.F1, ThreadId.FmtDebug), Fmt(tid == p.F1, DisplayBool))
		x := uint8(200)
		n := uint8(1)
		fmt.Fprintf(Stdout, "%v\n", Fmt(AddU8(x, MulU8(100, n, "s4.rs:14:24"), "s4.rs:14:20"), DisplayInt[uint8]))
	},
	// A Go runtime error that did not go through rt (a nil map write).
	"gopanic": func() {
		defer Exit()
		fmt.Fprint(Stdout, "before")
		var m map[string]int
		m["a"] = 1
	},
	// The same in a spawned thread, and a Go index error.
	"gopanicthread": func() {
		defer Exit()
		h := Spawn(func() {
			var s []int
			i := 5
			_ = s[i]
		})
		fmt.Fprintf(Stdout, "%v\n", Fmt(h.Join().IsErr(), DebugBool))
	},
}

func TestScenarioHelper(t *testing.T) {
	name := os.Getenv("RT_SCENARIO")
	if name == "" {
		t.Skip("runs only as the child process of TestProcess")
	}
	scenarios[name]()
	os.Exit(0)
}

var threadNum = regexp.MustCompile(`(thread '[^']*') \(\d+\)`)

func runScenario(t *testing.T, name string, combined bool) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestScenarioHelper$")
	cmd.Env = append(os.Environ(), "RT_SCENARIO="+name)
	var o, e bytes.Buffer
	cmd.Stdout = &o
	if combined {
		cmd.Stderr = &o
	} else {
		cmd.Stderr = &e
	}
	err := cmd.Run()
	code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return threadNum.ReplaceAllString(o.String(), "$1 (N)"), threadNum.ReplaceAllString(e.String(), "$1 (N)"), code
}

func sortLines(s string) string {
	l := strings.SplitAfter(s, "\n")
	sort.Strings(l)
	return strings.Join(l, "")
}

func TestProcess(t *testing.T) {
	// Outputs of the rustc 1.95 builds of the programs above.
	cases := []struct {
		name           string
		stdout, stderr string
		combined       string // stdout and stderr into one pipe; "" = not deterministic
		code           int
		stderrIsRegexp bool
		sorted         bool // stdout lines come from racing threads
	}{
		{name: "s1", code: 101,
			stdout:   "ac\npartialdrop t panicking=true\ntrue\nAny { .. } None Some(\"boom 1\")\nSome(\"worker\")\ntrue\ntaildrop main panicking=true\n",
			stderr:   "b\nthread '<unnamed>' (27974) panicked at s1.rs:7:83:\nboom 1\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\nthread 'worker' (27975) panicked at s1.rs:12:163:\ncalled `Result::unwrap()` on an `Err` value: \"bad\"\n\nthread 'main' (27973) panicked at s1.rs:17:7:\ncalled `Option::unwrap()` on a `None` value\n",
			combined: "bac\n\nthread '<unnamed>' (27977) panicked at s1.rs:7:83:\nboom 1\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\npartialdrop t panicking=true\ntrue\nAny { .. } None Some(\"boom 1\")\nSome(\"worker\")\n\nthread 'worker' (27978) panicked at s1.rs:12:163:\ncalled `Result::unwrap()` on an `Err` value: \"bad\"\ntrue\n\nthread 'main' (27976) panicked at s1.rs:17:7:\ncalled `Option::unwrap()` on a `None` value\ntaildrop main panicking=true\n"},
		{name: "s2", code: 101, sorted: true,
			stdout: "len 3\ntrue\n7 [1, 2, 3]\n",
			stderr: "\nthread '<unnamed>' (28108) panicked at s2.rs:6:30:\njoined\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\nthread '<unnamed>' (28109) panicked at s2.rs:12:22:\nnot joined\n\nthread 'main' (28106) panicked at s2.rs:11:5:\na scoped thread panicked\n"},
		{name: "s3", code: 3, stdout: "no newline", combined: "no newline"},
		{name: "s4", code: 101,
			stdout:   "true\nSome(\"main\") ThreadId(1)\nNone ThreadId(3) true\n",
			stderr:   "\nthread '<unnamed>' (28018) panicked at s4.rs:4:59:\nindex out of bounds: the len is 3 but the index is 10\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\nthread 'main' (28017) panicked at s4.rs:14:20:\nattempt to add with overflow\n",
			combined: "\nthread '<unnamed>' (28021) panicked at s4.rs:4:59:\nindex out of bounds: the len is 3 but the index is 10\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\ntrue\nSome(\"main\") ThreadId(1)\nNone ThreadId(3) true\n\nthread 'main' (28020) panicked at s4.rs:14:20:\nattempt to add with overflow\n"},
		// No Rust counterpart: Go's own errors get Rust's shape, at the Go
		// position (no column).
		{name: "gopanic", code: 101, stdout: "before", stderrIsRegexp: true,
			stderr: "^\nthread 'main' \\(N\\) panicked at .*process_test.go:\\d+:\nassignment to entry in nil map\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n$"},
		{name: "gopanicthread", code: 0, stdout: "true\n", stderrIsRegexp: true,
			stderr: "^\nthread '<unnamed>' \\(N\\) panicked at .*process_test.go:\\d+:\nindex out of bounds: the len is 0 but the index is 5\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n$"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runScenario(t, c.name, false)
			if code != c.code {
				t.Errorf("exit code %d, want %d", code, c.code)
			}
			if c.sorted {
				stdout, c.stdout = sortLines(stdout), sortLines(c.stdout)
			}
			if stdout != c.stdout {
				t.Errorf("stdout:\n got %q\nwant %q", stdout, c.stdout)
			}
			if c.stderrIsRegexp {
				if !regexp.MustCompile(c.stderr).MatchString(stderr) {
					t.Errorf("stderr:\n got %q\nwant match of %q", stderr, c.stderr)
				}
			} else if want := threadNum.ReplaceAllString(c.stderr, "$1 (N)"); stderr != want {
				t.Errorf("stderr:\n got %q\nwant %q", stderr, want)
			}
			if c.combined != "" {
				comb, _, _ := runScenario(t, c.name, true)
				if want := threadNum.ReplaceAllString(c.combined, "$1 (N)"); comb != want {
					t.Errorf("stdout+stderr:\n got %q\nwant %q", comb, want)
				}
			}
		})
	}
}

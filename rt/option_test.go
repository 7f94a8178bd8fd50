package rt

import (
	"strings"
	"testing"
)

// panicOf runs f and returns the hook's message and the payload kind.
func panicOf(t *testing.T, f func()) (msg string, static bool) {
	t.Helper()
	out := quietPanics(t)
	r := CatchUnwind(func() Unit { f(); return Unit{} })
	if r.IsOk() {
		t.Fatal("no panic")
	}
	pl := r.UnwrapErr("x.rs:1:1")
	if !strings.HasPrefix(out.String(), "\nthread 'main' (1) panicked at x.rs:2:3:\n") {
		t.Errorf("hook output %q", out.String())
	}
	return pl.Message(), pl.DowncastStr().IsSome()
}

// Messages and payload types as rustc 1.95 printed them (see p3.rs in the
// report): Option::unwrap has a &str payload, the others a String.
func TestUnwrapMessages(t *testing.T) {
	cases := []struct {
		f      func()
		msg    string
		static bool
	}{
		{func() { None[int32]().Unwrap("x.rs:2:3") }, "called `Option::unwrap()` on a `None` value", true},
		{func() { None[int32]().Expect("x.rs:2:3", "need x") }, "need x", false},
		{func() { Err[int32]("e").Unwrap("x.rs:2:3") }, "called `Result::unwrap()` on an `Err` value: \"e\"", false},
		{func() { Err[int32]("e").Expect("x.rs:2:3", "exp") }, "exp: \"e\"", false},
		{func() { Ok[int32, string](3).UnwrapErr("x.rs:2:3") }, "called `Result::unwrap_err()` on an `Ok` value: 3", false},
		{func() { Ok[int32, string](3).ExpectErr("x.rs:2:3", "want err") }, "want err: 3", false},
		{func() { Err[int32](NewIoError(Other, "boom")).Unwrap("x.rs:2:3") }, "called `Result::unwrap()` on an `Err` value: Custom { kind: Other, error: \"boom\" }", false},
		{func() { Err[int32]('é').UnwrapFmt("x.rs:2:3", DebugChar) }, "called `Result::unwrap()` on an `Err` value: 'é'", false},
		{func() { Err[int32](Unit{}).ExpectFmt("x.rs:2:3", "m", DebugUnit) }, "m: ()", false},
		{func() { Err[int32](&Payload{}).Unwrap("x.rs:2:3") }, "called `Result::unwrap()` on an `Err` value: Any { .. }", false},
	}
	for _, c := range cases {
		msg, static := panicOf(t, c.f)
		if msg != c.msg || static != c.static {
			t.Errorf("got %q (static %v), want %q (static %v)", msg, static, c.msg, c.static)
		}
	}
}

func TestOptionMethods(t *testing.T) {
	o := Some(int32(3))
	if v, ok := o.Get(); !ok || v != 3 || !o.IsSome() || o.IsNone() || o.UnwrapOr(9) != 3 {
		t.Error("Some")
	}
	n := None[int32]()
	if n.UnwrapOr(9) != 9 || n.UnwrapOrDefault() != 0 || n.UnwrapOrElse(func() int32 { return 4 }) != 4 {
		t.Error("None")
	}
	if old := o.Take(); old != Some(int32(3)) || o.IsSome() {
		t.Error("Take")
	}
	if old := o.Replace(5); old.IsSome() || o != Some(int32(5)) {
		t.Error("Replace")
	}
	*o.Insert(6) += 1
	if o != Some(int32(7)) {
		t.Error("Insert")
	}
	if *n.GetOrInsertWith(func() int32 { return 1 }) != 1 || n != Some(int32(1)) {
		t.Error("GetOrInsertWith")
	}
	if MapOption(o, func(v int32) string { return "x" }) != Some("x") || AndThen(None[int32](), func(int32) Option[int32] { return Some(int32(1)) }).IsSome() {
		t.Error("map/and_then")
	}
	if o.Filter(func(v int32) bool { return v > 10 }).IsSome() || None[int32]().Or(o) != o {
		t.Error("filter/or")
	}
	if OkOr(None[int32](), "e").Err() != Some("e") || OkOr(o, "e").Ok() != Some(int32(7)) {
		t.Error("ok_or")
	}
	if got := Sprint(Some(Some("a")), DebugOf[Option[Option[string]]], PrettySpec); got != "Some(\n    Some(\n        \"a\",\n    ),\n)" {
		t.Errorf("pretty %q", got)
	}
}

func TestResultMethods(t *testing.T) {
	r := Ok[int32, string](2)
	e := Err[int32]("bad")
	if !r.IsOk() || r.IsErr() || !e.IsErr() || e.UnwrapOr(7) != 7 || e.UnwrapOrDefault() != 0 || r.UnwrapOrDefault() != 2 {
		t.Error("basics")
	}
	if e.UnwrapOrElse(func(s string) int32 { return int32(len(s)) }) != 3 {
		t.Error("unwrap_or_else")
	}
	if MapResult(r, func(v int32) int64 { return int64(v) * 2 }).Unwrap("x.rs:1:1") != 4 {
		t.Error("map")
	}
	if MapErr(e, func(s string) int { return len(s) }).Err() != Some(3) {
		t.Error("map_err")
	}
	if got := Sprint(e, DebugOf[Result[int32, string]], DebugSpec); got != `Err("bad")` {
		t.Errorf("Debug %q", got)
	}
}

package rt

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// parseSpec parses a Rust format placeholder such as "{:>+08.3x?}" (the
// translator does this at translate time; the tests need it to read the
// rustc case table).
func parseSpec(t testing.TB, s string) Spec {
	t.Helper()
	body, ok := strings.CutPrefix(s, "{")
	body, ok2 := strings.CutSuffix(body, "}")
	if !ok || !ok2 {
		t.Fatalf("bad spec %q", s)
	}
	var sp Spec
	_, body, _ = strings.Cut(body, ":")
	if r, n := utf8.DecodeRuneInString(body); n > 0 && len(body) > n && strings.ContainsRune("<^>", rune(body[n])) {
		sp.Fill = r
		body = body[n:]
	}
	if body != "" {
		switch body[0] {
		case '<':
			sp.Align, body = AlignLeft, body[1:]
		case '^':
			sp.Align, body = AlignCenter, body[1:]
		case '>':
			sp.Align, body = AlignRight, body[1:]
		}
	}
	if strings.HasPrefix(body, "+") {
		sp.Plus, body = true, body[1:]
	}
	if strings.HasPrefix(body, "#") {
		sp.Alt, body = true, body[1:]
	}
	if strings.HasPrefix(body, "0") {
		sp.Zero, body = true, body[1:]
	}
	num := func() (int, bool) {
		i := 0
		for i < len(body) && body[i] >= '0' && body[i] <= '9' {
			i++
		}
		if i == 0 {
			return 0, false
		}
		n, _ := strconv.Atoi(body[:i])
		body = body[i:]
		return n, true
	}
	sp.Width, sp.HasWidth = num()
	if strings.HasPrefix(body, ".") {
		body = body[1:]
		sp.Prec, sp.HasPrec = num()
	}
	switch body {
	case "":
	case "?":
		sp.Verb = '?'
	case "x?", "X?":
		sp.Verb, sp.DebugHex = '?', body[0]
	case "x", "X", "o", "b", "e", "E":
		sp.Verb = body[0]
	default:
		t.Fatalf("bad spec %q: %q left", s, body)
	}
	return sp
}

func TestFmtRustc(t *testing.T) {
	fails := 0
	for _, c := range rustcFmtCases {
		f := Formatter{spec: parseSpec(t, c.spec)}
		c.fn(&f)
		if got := f.String(); got != c.want {
			fails++
			if fails <= 40 {
				t.Errorf("format!(%q, %s)\n got %q\nwant %q", c.spec, c.rust, got, c.want)
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases differ from rustc", fails, len(rustcFmtCases))
	}
}

// The types of the rustc case table, formatted as derive(Debug) would be
// translated.

type P struct {
	x int32
	y float64
}

func (p P) FmtDebug(f *Formatter) {
	f.DebugStruct("P").Field("x", Fmt(p.x, DebugInt[int32])).Field("y", Fmt(p.y, DebugFloat[float64])).Finish()
}

type T struct {
	a int32
	b string
}

func (t T) FmtDebug(f *Formatter) {
	f.DebugTuple("T").Field(Fmt(t.a, DebugInt[int32])).Field(Fmt(t.b, DebugStr)).Finish()
}

type U struct{}

func (U) FmtDebug(f *Formatter) { f.WriteStr("U") }

type EA struct{}
type EB struct{ v int32 }
type EC struct{ s string }

func (EA) FmtDebug(f *Formatter) { f.WriteStr("A") }
func (e EB) FmtDebug(f *Formatter) {
	f.DebugTuple("B").Field(Fmt(e.v, DebugInt[int32])).Finish()
}
func (e EC) FmtDebug(f *Formatter) {
	f.DebugStruct("C").Field("s", Fmt(e.s, DebugStr)).Finish()
}

type W struct {
	inner Option[T]
	list  [][]uint8
}

func (w W) FmtDebug(f *Formatter) {
	f.DebugStruct("W").
		Field("inner", Fmt(w.inner, DebugOption(T.FmtDebug))).
		Field("list", Fmt(w.list, DebugSlice(DebugSlice(DebugInt[uint8])))).
		Finish()
}

// D is `impl Display for D` that uses f.pad, or writes "alt" with `{:#}`.
type D struct{ v int32 }

func (d D) FmtDisplay(f *Formatter) {
	if f.Alternate() {
		fmt.Fprintf(f, "alt")
		return
	}
	f.Pad(fmt.Sprintf("D<%v>", Fmt(d.v, DisplayInt[int32])))
}

func TestArgWithFprintf(t *testing.T) {
	var b bytes.Buffer
	v := []int32{1, 2, 3}
	fmt.Fprintf(&b, "Here's a vector: %v\n", Fmt(v, DebugSlice(DebugInt[int32])))
	fmt.Fprintf(&b, "[%v] [%v] [%v]\n", FmtSpec(int32(42), DisplayInt[int32], Spec{Width: 6, HasWidth: true, Align: AlignCenter, Fill: '*'}),
		FmtSpec(3.14159, DisplayFloat[float64], Spec{Prec: 2, HasPrec: true}),
		FmtSpec(P{1, 2}, P.FmtDebug, PrettySpec))
	want := "Here's a vector: [1, 2, 3]\n[**42**] [3.14] [P {\n    x: 1,\n    y: 2.0,\n}]\n"
	if b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}

// A Display impl that writes with write!(f, ...) inside a pretty-printed
// struct gets its lines indented (Rust's PadAdapter sees all writes).
type multiline struct{}

func (multiline) FmtDebug(f *Formatter) { fmt.Fprintf(f, "a\nb") }

func TestPrettyIndentsWrites(t *testing.T) {
	got := Sprint(Some(multiline{}), DebugOption(multiline.FmtDebug), PrettySpec)
	want := "Some(\n    a\n    b,\n)"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestDebugAny(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{int32(-3), "-3"}, {uint8(7), "7"}, {"a\"b", `"a\"b"`}, {1.0, "1.0"}, {float32(0.1), "0.1"},
		{true, "true"}, {Unit{}, "()"}, {&Payload{}, "Any { .. }"}, {[]int32{1, 2}, "[1, 2]"},
		{[]string{"x"}, `["x"]`}, {Some(int64(4)), "Some(4)"}, {Ok[string, int32]("s"), `Ok("s")`},
		{NewIoError(Other, "boom"), `Custom { kind: Other, error: "boom" }`}, {ThreadId(3), "ThreadId(3)"},
		{struct{ a int }{1}, "<?>"},
	} {
		f := Formatter{}
		DebugAny(c.v, &f)
		if f.String() != c.want {
			t.Errorf("DebugAny(%#v) = %q, want %q", c.v, f.String(), c.want)
		}
	}
}

func TestFormatterAccessors(t *testing.T) {
	f := NewFormatter(nil, Spec{Fill: '_', Align: AlignRight, Plus: true, Alt: true, Zero: true, Width: 4, HasWidth: true, Prec: 2, HasPrec: true})
	if f.Width() != Some(uint(4)) || f.Precision() != Some(uint(2)) || f.Fill() != '_' || f.Align() != AlignRight ||
		!f.SignPlus() || !f.Alternate() || !f.SignAwareZeroPad() {
		t.Errorf("accessors: %+v", f.Spec())
	}
	g := Formatter{}
	if g.Width().IsSome() || g.Precision().IsSome() || g.Fill() != ' ' || g.Align() != AlignNone {
		t.Errorf("zero formatter accessors")
	}
	g.WriteChar('é')
	g.WriteString("x")
	if g.String() != "éx" {
		t.Errorf("got %q", g.String())
	}
}

func TestIoError(t *testing.T) {
	cases := []struct {
		e              IoError
		display, debug string
	}{
		{NewIoError(Other, "boom"), "boom", `Custom { kind: Other, error: "boom" }`},
		{IoErrorFromKind(NotFound), "entity not found", "Kind(NotFound)"},
		{IoErrorFromKind(InvalidInput), "invalid input parameter", "Kind(InvalidInput)"},
	}
	for _, c := range cases {
		if got := ToString(c.e, IoError.FmtDisplay); got != c.display {
			t.Errorf("Display = %q, want %q", got, c.display)
		}
		if got := Sprint(c.e, IoError.FmtDebug, DebugSpec); got != c.debug {
			t.Errorf("Debug = %q, want %q", got, c.debug)
		}
	}
	_, err := openMissing()
	e := IoErrorFromGo(err)
	if got, want := e.Error(), "No such file or directory (os error 2)"; got != want {
		t.Errorf("Display = %q, want %q", got, want)
	}
	if got, want := Sprint(e, IoError.FmtDebug, DebugSpec), `Os { code: 2, kind: NotFound, message: "No such file or directory" }`; got != want {
		t.Errorf("Debug = %q, want %q", got, want)
	}
	if got, want := Sprint(e, IoError.FmtDebug, PrettySpec), "Os {\n    code: 2,\n    kind: NotFound,\n    message: \"No such file or directory\",\n}"; got != want {
		t.Errorf("Debug = %q, want %q", got, want)
	}
	if e.RawOsError() != Some(int32(2)) || e.Kind() != NotFound {
		t.Errorf("kind/raw_os_error")
	}
}

// TestFormatPanicEscapesFmt checks that a panic in a formatting function
// leaves fmt.Sprintf with its original value (Go's fmt would print
// %!v(PANIC=...) and go on), also from an Arg nested in another's Sprintf.
func TestFormatPanicEscapesFmt(t *testing.T) {
	want := &Payload{kind: payloadStr, msg: "boom"}
	bad := func(int, *Formatter) { panic(want) }
	for _, c := range []struct {
		name string
		f    func() string
	}{
		{"direct", func() string { return fmt.Sprintf("a %v b", Fmt(1, bad)) }},
		{"nested", func() string {
			outer := func(_ int, f *Formatter) { f.WriteStr(fmt.Sprintf("<%v>", Fmt(2, bad))) }
			return fmt.Sprintf("%v", Fmt(1, outer))
		}},
	} {
		got := func() (x any) {
			defer func() { x = recover() }()
			s := c.f()
			return "no panic, printed " + s
		}()
		if got != want {
			t.Errorf("%s: recovered %v, want the original payload", c.name, got)
		}
	}
	if s := fmt.Sprintf("%v", Fmt(3, func(v int, f *Formatter) { f.WriteStr("ok") })); s != "ok" {
		t.Errorf("a Format that does not panic printed %q", s)
	}
}

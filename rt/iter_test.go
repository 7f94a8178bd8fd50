package rt

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
)

// The expected values are what the same Rust iterator chains print.

func show[T any](v T) string { return fmt.Sprint(v) }

func TestIterAdapters(t *testing.T) {
	v := []int32{5, 3, 8, 1, 9, 2, 7}
	cases := []struct {
		name string
		got  any
		want string
	}{
		{"map", Map(SliceIter(v), func(x int32) int32 { return x * 2 }).Collect(), "[10 6 16 2 18 4 14]"},
		{"filter", SliceIter(v).Filter(func(x int32) bool { return x%2 == 1 }).Collect(), "[5 3 1 9 7]"},
		{"skip take", SliceIter(v).Skip(2).Take(3).Collect(), "[8 1 9]"},
		{"rev range", RangeIncl[int32](1, 5).Rev().Collect(), "[5 4 3 2 1]"},
		{"step_by", Range[int32](0, 20).StepBy(6).Collect(), "[0 6 12 18]"},
		{"chain", Range[int32](1, 3).Chain(Range[int32](7, 9)).Collect(), "[1 2 7 8]"},
		{"take_while", SliceIter(v).TakeWhile(func(x int32) bool { return x > 2 }).Collect(), "[5 3 8]"},
		{"skip_while", SliceIter(v).SkipWhile(func(x int32) bool { return x > 2 }).Collect(), "[1 9 2 7]"},
		{"cycle", SliceIter([]int32{1, 2}).Cycle().Take(5).Collect(), "[1 2 1 2 1]"},
		{"flat_map", FlatMap(Range[int32](1, 4), func(n int32) *Iter[int32] { return Repeat(n).Take(uint(n)) }).Collect(), "[1 2 2 3 3 3]"},
		{"flatten", FlattenSlices(SliceIter([][]int32{{1, 2}, {}, {3}})).Collect(), "[1 2 3]"},
		{"zip", Zip(SliceIter([]string{"a", "b", "c"}), SliceIter(v)).Collect(), "[{a 5} {b 3} {c 8}]"},
		{"enumerate rev", Enumerate(SliceIter([]string{"x", "y"})).Rev().Collect(), "[{1 y} {0 x}]"},
		{"scan", Scan(SliceIter(v), int32(0), func(acc *int32, x int32) Option[int32] { *acc += x; return Some(*acc) }).Collect(), "[5 8 16 17 26 28 35]"},
		{"windows", Map(Windows(v, 3, ""), func(w []int32) int32 { return Sum(SliceIter(w)) }).Collect(), "[16 12 18 12 18]"},
		{"chunks", Chunks(v, 3, "").Collect(), "[[5 3 8] [1 9 2] [7]]"},
		{"filter rev", SliceIter(v).Filter(func(x int32) bool { return x > 4 }).Rev().Collect(), "[7 9 8 5]"},
		{"chars rev", CollectString(Chars("héllo").Rev()), "olléh"},
		{"char_indices", CharIndices("hé!").Collect(), "[{0 104} {1 233} {3 33}]"},
		{"range incl max", RangeIncl[uint8](254, 255).Collect(), "[254 255]"},
		{"range empty", Range[int32](3, 1).Collect(), "[]"},
		{"char range", CollectString(CharRange('a', 'e', true)), "abcde"},
	}
	for _, c := range cases {
		if got := show(c.got); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

func TestIterConsumers(t *testing.T) {
	quietPanics(t)
	v := []int32{5, 3, 8, 1, 9, 2, 7}
	if got := SliceIter(v).MaxBy(cmp.Compare[int32]); show(got) != "{9 true}" {
		t.Errorf("max: %v", got)
	}
	// max_by keeps the last of equal maxima, min_by the first of equal minima.
	type kv = Tuple2[int32, string]
	kvs := []kv{{1, "a"}, {3, "b"}, {3, "c"}, {1, "d"}}
	byKey := func(a, b kv) int { return cmp.Compare(a.F0, b.F0) }
	if got := SliceIter(kvs).MaxBy(byKey).v.F1; got != "c" {
		t.Errorf("max_by ties: %s", got)
	}
	if got := SliceIter(kvs).MinBy(byKey).v.F1; got != "a" {
		t.Errorf("min_by ties: %s", got)
	}
	if got := MaxByKey(SliceIter(kvs), func(x kv) int32 { return x.F0 }, cmp.Compare[int32]).v.F1; got != "c" {
		t.Errorf("max_by_key ties: %s", got)
	}
	if got := SliceIter(v).Position(func(x int32) bool { return x == 9 }); show(got) != "{4 true}" {
		t.Errorf("position: %v", got)
	}
	if got := SliceIter(v).Nth(2); show(got) != "{8 true}" {
		t.Errorf("nth: %v", got)
	}
	if got := Fold(SliceIter(v), int64(1), func(a int64, x int32) int64 { return a * int64(x) }); got != 15120 {
		t.Errorf("fold: %d", got)
	}
	p := SliceIter(v).Partition(func(x int32) bool { return x < 5 })
	if show(p) != "{[3 1 2] [5 8 9 7]}" {
		t.Errorf("partition: %v", p)
	}
	it := SliceIter([]int32{10, 20})
	if show(it.Peek()) != "{10 true}" || show(it.Next()) != "{10 true}" || show(it.Next()) != "{20 true}" || show(it.Next()) != "{0 false}" {
		t.Error("peek/next")
	}
	if r := CollectResult(SliceIter([]Result[int32, string]{Ok[int32, string](1), Err[int32]("bad"), Ok[int32, string](3)})); r.ok || r.e != "bad" {
		t.Errorf("collect into Result: %v", r)
	}
	if got := catchPanic(func() string { return show(SumChecked(SliceIter([]uint8{200, 100}))) }); got != "panic:attempt to add with overflow" {
		t.Errorf("sum overflow: %s", got)
	}
}

func TestParse(t *testing.T) {
	ints := map[string]string{
		"42": "Ok(42)", "-17": "Ok(-17)", "+8": "Ok(8)", " 8 ": "Err(ParseIntError { kind: InvalidDigit })",
		"": "Err(ParseIntError { kind: Empty })", "-": "Err(ParseIntError { kind: InvalidDigit })",
		"2147483648": "Err(ParseIntError { kind: PosOverflow })", "-2147483649": "Err(ParseIntError { kind: NegOverflow })",
		"-2147483648": "Ok(-2147483648)",
	}
	for in, want := range ints {
		if got := Sprint(ParseInt[int32](in), DebugResult(DebugInt[int32], Debug[ParseIntError]), Spec{}); got != want {
			t.Errorf("parse::<i32>(%q) = %s, want %s", in, got, want)
		}
	}
	if got := Sprint(ParseInt[uint8]("-1"), DebugResult(DebugInt[uint8], Debug[ParseIntError]), Spec{}); got != "Err(ParseIntError { kind: InvalidDigit })" {
		t.Errorf("parse::<u8>(-1) = %s", got)
	}
	floats := map[string]string{
		"2.5": "Ok(2.5)", "1e3": "Ok(1000.0)", "inf": "Ok(inf)", "-Infinity": "Ok(-inf)", ".5": "Ok(0.5)",
		"0x10": "Err(ParseFloatError { kind: Invalid })", "": "Err(ParseFloatError { kind: Empty })", "1_0": "Err(ParseFloatError { kind: Invalid })",
	}
	for in, want := range floats {
		if got := Sprint(ParseFloat[float64](in), DebugResult(DebugFloat[float64], Debug[ParseFloatError]), Spec{}); got != want {
			t.Errorf("parse::<f64>(%q) = %s, want %s", in, got, want)
		}
	}
	if got := Sprint(ParseIntError{IntInvalidDigit}, Display[ParseIntError], Spec{}); got != "invalid digit found in string" {
		t.Errorf("Display: %s", got)
	}
	if got := Sprint(TryFromInt[uint8](int32(300)), DebugResult(DebugInt[uint8], Debug[TryFromIntError]), Spec{}); got != "Err(TryFromIntError(()))" {
		t.Errorf("try_from: %s", got)
	}
}

func TestStrMethods(t *testing.T) {
	quietPanics(t)
	cases := []struct{ got, want string }{
		{show(Split("a,b,,c", ",").Collect()), "[a b  c]"},
		{show(Split("abc", "").Collect()), "[ a b c ]"},
		{show(SplitWhitespace("  The quick\tfox ").Collect()), "[The quick fox]"},
		{show(Lines("a\nb\r\nc\n").Collect()), "[a b c]"},
		{show(SplitN("a,b,c", 2, ",").Collect()), "[a b,c]"},
		{show(RSplitN("a,b,c", 2, ",").Collect()), "[c a,b]"},
		{show(SplitFunc("a-b_c", func(r rune) bool { return r == '-' || r == '_' }).Collect()), "[a b c]"},
		{show(SplitTerminator("a;b;", ";").Collect()), "[a b]"},
		{TrimStartMatches("xxabxx", "x"), "abxx"},
		{Trim("\u00a0 hi \n"), "hi"},
		{ToUppercase("straße"), "STRASSE"},
		{show(Find("hello", "l")), "{2 true}"},
		{show(RFind("hello", "l")), "{3 true}"},
		{show(StripPrefix("v1.2", "v")), "{1.2 true}"},
		{show(SplitOnce("k=v=x", "=")), "{{k v=x} true}"},
		{show(ToDigit('f', 16)), "{15 true}"},
		{show(FromDigit(5, 10, "")), "{53 true}"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
	s := "héllo"
	if got := catchPanic(func() string { StrTruncate(&s, 2, "x.rs:1:1"); return s }); got != "panic:assertion failed: self.is_char_boundary(new_len)" {
		t.Errorf("truncate: %s", got)
	}
	if r := StrPop(&s); show(r) != "{111 true}" || s != "héll" {
		t.Errorf("pop: %v %q", r, s)
	}
}

func TestCollections(t *testing.T) {
	m := NewHashMap[string, int32]()
	*m.Entry("a").OrInsert(0) += 1
	*m.Entry("a").OrInsert(0) += 1
	m.Entry("b").AndModify(func(v *int32) { *v *= 10 }).OrInsert(7)
	m.Entry("b").AndModify(func(v *int32) { *v *= 10 }).OrInsert(7)
	if show(m.Get("a")) != "{2 true}" || show(m.Get("b")) != "{70 true}" || m.Len() != 2 {
		t.Errorf("hash map entry API: %v %v", m.Get("a"), m.Get("b"))
	}
	if old := m.Insert("a", 5); show(old) != "{2 true}" {
		t.Errorf("insert: %v", old)
	}
	bt := NewBTreeMap[string, int32](cmp.Compare[string])
	for _, k := range []string{"pear", "apple", "fig"} {
		bt.Insert(k, int32(len(k)))
	}
	if got := Sprint(bt, DebugBTreeMap(DebugStr, DebugInt[int32]), Spec{}); got != `{"apple": 5, "fig": 3, "pear": 4}` {
		t.Errorf("btree map: %s", got)
	}
	if got := show(bt.Range(KeyRange[string]{Lo: "b", HasLo: true, Hi: "pear", HasHi: true}).Collect()); got != "[{fig 3}]" {
		t.Errorf("btree range: %s", got)
	}
	if got := show(bt.Keys().Rev().Collect()); got != "[pear fig apple]" {
		t.Errorf("btree keys rev: %s", got)
	}
	a := CollectHashSet(Range[int32](1, 5))
	b := CollectHashSet(Range[int32](3, 7))
	inter := a.Intersection(b).Collect()
	slices.Sort(inter)
	if show(inter) != "[3 4]" || !a.Insert(9) || a.Insert(9) {
		t.Errorf("hash set: %v", inter)
	}
	bs := CollectBTreeSet(SliceIter([]int32{5, 1, 5, 3}), cmp.Compare[int32])
	if got := Sprint(bs, DebugBTreeSet(DebugInt[int32]), Spec{}); got != "{1, 3, 5}" {
		t.Errorf("btree set: %s", got)
	}
	d := NewVecDeque[int32]()
	for i := int32(0); i < 10; i++ {
		d.PushBack(i)
		if i%3 == 0 {
			d.PushFront(-i)
		}
	}
	d.PopFront()
	d.PopBack()
	if got := Sprint(d, DebugVecDeque(DebugInt[int32]), Spec{}); got != "[-6, -3, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]" {
		t.Errorf("deque: %s", got)
	}
}

func TestVecHelpers(t *testing.T) {
	quietPanics(t)
	v := []int32{1, 2, 3}
	if got := catchPanic(func() string { VecInsert(&v, 5, 9, "x.rs:1:1"); return "" }); got != "panic:insertion index (is 5) should be <= len (is 3)" {
		t.Errorf("insert: %s", got)
	}
	if got := catchPanic(func() string { return show(VecRemove(&v, 3, "x.rs:1:1")) }); got != "panic:removal index (is 3) should be < len (is 3)" {
		t.Errorf("remove: %s", got)
	}
	d := VecDrain(&v, 0, 2).Collect()
	if show(d) != "[1 2]" || show(v) != "[3]" {
		t.Errorf("drain: %v %v", d, v)
	}
	w := []int32{10, 11, 20, 21, 22, 30}
	VecDedupByKey(&w, func(x *int32) int32 { return *x / 10 })
	if show(w) != "[10 20 30]" {
		t.Errorf("dedup_by_key: %v", w)
	}
	if got := show(BinarySearch([]int32{1, 3, 5, 7}, 4, cmp.Compare[int32])); got != "{0 2 false}" {
		t.Errorf("binary_search: %s", got)
	}
	grid := VecRepeatClone([]int32{0, 0}, 2, slices.Clone[[]int32])
	grid[0][0] = 1
	if grid[1][0] != 0 {
		t.Error("vec![v; n] shares the element")
	}
}

// The fast paths of slice and range iterators (rest, size) see only the
// elements not yet yielded, also after a peek.
func TestIterFastPaths(t *testing.T) {
	add := func(a, x int) int { return a*10 + x }
	it := SliceIter([]int{1, 2, 3, 4})
	it.Next()
	if got := Fold(it, 0, add); got != 234 {
		t.Errorf("Fold after Next = %d, want 234", got)
	}
	it = SliceIter([]int{1, 2, 3})
	it.Peek()
	if got := Fold(it, 0, add); got != 123 {
		t.Errorf("Fold after Peek = %d, want 123", got)
	}
	it = SliceIter([]int{5, 6, 7})
	it.NextBack()
	if got := Fold(it, 0, add); got != 56 {
		t.Errorf("Fold after NextBack = %d, want 56", got)
	}
	r := Range(3, 8)
	r.Next()
	m := Map(r, func(x int) int { return x * x })
	if got := m.Collect(); !slices.Equal(got, []int{16, 25, 36, 49}) || cap(got) != 4 {
		t.Errorf("Map(Range).Collect() = %v (cap %d), want [16 25 36 49] (cap 4)", got, cap(got))
	}
	p := Map(Range(0, 3), func(x int) int { return x })
	p.Peek()
	if got := p.Collect(); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("Collect after Peek = %v", got)
	}
	if got := Range[int8](-100, 100).Collect(); len(got) != 200 {
		t.Errorf("Range[int8](-100, 100) has %d elements, want 200", len(got))
	}
}

// TestEnumerateBack: enumerate().rev() over an iterator with a known
// length takes its items from the back, so the map under it runs from
// the back too (Rust: map 3, map 2, map 1), and counts them from the front.
func TestEnumerateBack(t *testing.T) {
	var calls []int32
	m := Map(SliceIter([]int32{1, 2, 3}), func(x int32) int32 { calls = append(calls, x); return x * 2 })
	got := Enumerate(m).Rev().Collect()
	if show(got) != "[{2 6} {1 4} {0 2}]" || show(calls) != "[3 2 1]" {
		t.Errorf("got %v, map calls %v", got, calls)
	}
	it := Enumerate(SliceIter([]string{"a", "b", "c", "d"}))
	front, back, next := it.Next(), it.NextBack(), it.Next()
	if show(front) != show(Some(Tup2(uint(0), "a"))) || show(back) != show(Some(Tup2(uint(3), "d"))) || show(next) != show(Some(Tup2(uint(1), "b"))) {
		t.Errorf("front %v, back %v, next %v", front, back, next)
	}
}

// TestCapacityPanics: Rust's "capacity overflow" where the length of a
// repeat or a capacity overflows, as a Rust panic (not Go's).
func TestCapacityPanics(t *testing.T) {
	cases := []struct {
		name string
		f    func() string
		want string
	}{
		{"repeat", func() string { return StrRepeat("ab", 3) }, "ababab"},
		{"repeat overflow", func() string { return StrRepeat("ab", ^uint(0)/2+1) }, "panic:capacity overflow"},
		{"repeat slice overflow", func() string { return show(RepeatSlice([]int{1, 2}, ^uint(0)/2+1)) }, "panic:capacity overflow"},
		{"with_capacity", func() string { return show(cap(VecWithCapacity[int64](5)) >= 5) }, "true"},
		{"with_capacity overflow", func() string { return show(VecWithCapacity[int64](^uint(0) / 4)) }, "panic:capacity overflow"},
		{"isqrt", func() string {
			return show([]uint64{Isqrt(uint64(0), ""), Isqrt(uint64(15), ""), Isqrt(uint64(16), ""), Isqrt(^uint64(0), "")})
		}, "[0 3 4 4294967295]"},
		{"isqrt min", func() string { return show(Isqrt(int32(-1<<31), "x.rs:1:1")) }, "panic:argument of integer square root cannot be negative"},
	}
	for _, c := range cases {
		if got := catchPanic(c.f); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestIterClone checks that a clone's position is independent of the
// original's: copied state (slices, ranges, chars, map and filter over
// them) and the shared tee of other adapters, over an endless source too.
func TestIterClone(t *testing.T) {
	s := SliceIter([]int32{1, 2, 3, 4})
	s.Next()
	c := s.Clone()
	c.Next()
	if got := show([]any{s.Collect(), c.Collect()}); got != "[[2 3 4] [3 4]]" {
		t.Errorf("slice: %s", got)
	}
	ch := Chars("héllo")
	ch.Next()
	saved := ch.Clone()
	ch.Next()
	if ch.AsStr() != "llo" || saved.AsStr() != "éllo" {
		t.Errorf("chars: %q %q", ch.AsStr(), saved.AsStr())
	}
	m := Map(RangeIncl[int32](1, 3), func(x int32) int32 { return x * 10 })
	m.Next()
	if got := show([]any{m.Clone().Collect(), m.Collect()}); got != "[[20 30] [20 30]]" {
		t.Errorf("map: %s", got)
	}
	// StepBy has no copyable state: a tee, read in turns, over an
	// endless range; the peeked item stays the original's and the copy's.
	calls := 0
	e := Map(RangeFrom[int32](0), func(x int32) int32 { calls++; return x }).StepBy(5)
	e.Peek()
	e2 := e.Clone()
	a := e.Take(3).Collect()
	b := e2.Take(2).Collect()
	e3 := e2.Clone()
	if got := show([]any{a, b, e3.Next(), e2.Next()}); got != "[[0 5 10] [0 5] {10 true} {10 true}]" {
		t.Errorf("tee: %s", got)
	}
	if calls != 11 {
		t.Errorf("tee: the source's closure ran %d times, want 11 (each item once)", calls)
	}
}

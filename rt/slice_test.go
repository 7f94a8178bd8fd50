package rt

import (
	"strings"
	"testing"
)

// The messages are what rustc 1.95 printed for the same indexing.
func TestStrSlice(t *testing.T) {
	quietPanics(t)
	s := "héllo" // h é(1..3) l l o, len 6
	long := strings.Repeat("é", 200) + "abc"
	longShown := "`" + strings.Repeat("é", 128) + "`[...]"
	cases := []struct {
		a, b      uint
		inclusive bool
		s         string
		want      string
	}{
		{1, 3, false, s, "é"},
		{0, 6, false, s, "héllo"},
		{6, 6, false, s, ""},
		{6, 5, true, s, ""},
		{2, 6, false, s, "panic:start byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`"},
		{0, 2, false, s, "panic:end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`"},
		{4, 2, false, s, "panic:begin > end (4 > 2) when slicing `héllo`"},
		{0, 10, false, s, "panic:end byte index 10 is out of bounds of `héllo`"},
		{10, 6, false, s, "panic:start byte index 10 is out of bounds of `héllo`"},
		{6, 10, false, s, "panic:end byte index 10 is out of bounds of `héllo`"},
		{2, 10, false, s, "panic:end byte index 10 is out of bounds of `héllo`"},
		{12, 10, false, s, "panic:start byte index 12 is out of bounds of `héllo`"},
		{10, 12, false, s, "panic:start byte index 10 is out of bounds of `héllo`"},
		{10, 2, false, s, "panic:start byte index 10 is out of bounds of `héllo`"},
		{2, 1, false, s, "panic:begin > end (2 > 1) when slicing `héllo`"},
		{3, 1, false, "abc", "panic:begin > end (3 > 1) when slicing `abc`"},
		{1, uint(len(long)), false, long, "panic:start byte index 1 is not a char boundary; it is inside 'é' (bytes 0..2) of " + longShown},
		{0, 1001, false, long, "panic:end byte index 1001 is out of bounds of " + longShown},
		{1, 1, true, s, "panic:end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`"},
		{1, 9, true, s, "panic:end byte index 9 is out of bounds of `héllo`"},
		{7, 5, true, s, "panic:start byte index 7 is out of bounds of `héllo`"},
		{5, 6, true, s, "panic:end byte index 6 is out of bounds of `héllo`"},
		{4, 2, true, s, "panic:begin > end (4 > 3) when slicing `héllo`"},
		{4, 1, true, s, "panic:begin > end (4 > 2) when slicing `héllo`"},
		{0, 6, true, s, "panic:end byte index 6 is out of bounds of `héllo`"},
		{9, 10, true, s, "panic:start byte index 9 is out of bounds of `héllo`"},
	}
	for _, c := range cases {
		got := catchPanic(func() string {
			if c.inclusive {
				return StrSliceInclusive(c.s, c.a, c.b, "x.rs:1:1")
			}
			return StrSlice(c.s, c.a, c.b, "x.rs:1:1")
		})
		if got != c.want {
			t.Errorf("%q[%d..%v%d]: got %q\nwant %q", c.s[:min(len(c.s), 8)], c.a, map[bool]string{true: "=", false: ""}[c.inclusive], c.b, got, c.want)
		}
	}
	if !IsCharBoundary(s, 1) || IsCharBoundary(s, 2) || !IsCharBoundary(s, 6) || IsCharBoundary(s, 7) {
		t.Error("IsCharBoundary")
	}
}

func TestSlice(t *testing.T) {
	quietPanics(t)
	v := []int32{1, 2, 3}
	cases := []struct {
		a, b      uint
		inclusive bool
		want      string
	}{
		{1, 3, false, "[2, 3]"},
		{3, 3, false, "[]"},
		{3, 2, true, "[]"},
		{0, 2, true, "[1, 2, 3]"},
		{2, 1, false, "panic:slice index starts at 2 but ends at 1"},
		{0, 4, false, "panic:range end index 4 out of range for slice of length 3"},
		{5, 3, false, "panic:range start index 5 out of range for slice of length 3"},
		{2, 6, false, "panic:range end index 6 out of range for slice of length 3"},
		{5, 4, false, "panic:range start index 5 out of range for slice of length 3"},
		{5, 7, false, "panic:range start index 5 out of range for slice of length 3"},
		{1, 6, true, "panic:range end index 6 out of range for slice of length 3"},
		{0, 3, true, "panic:range end index 3 out of range for slice of length 3"},
		{3, 1, true, "panic:slice index starts at 3 but ends at 2"},
		{2, 0, true, "panic:slice index starts at 2 but ends at 1"},
		{4, 5, true, "panic:range start index 4 out of range for slice of length 3"},
		{3, 3, true, "panic:range end index 3 out of range for slice of length 3"},
		{4, 3, true, "panic:range start index 4 out of range for slice of length 3"},
	}
	for _, c := range cases {
		got := catchPanic(func() string {
			var r []int32
			if c.inclusive {
				r = SliceInclusive(v, c.a, c.b, "x.rs:1:1")
			} else {
				r = Slice(v, c.a, c.b, "x.rs:1:1")
			}
			return Sprint(r, DebugSlice(DebugInt[int32]), DebugSpec)
		})
		if got != c.want {
			t.Errorf("v[%d..%v%d]: got %q\nwant %q", c.a, map[bool]string{true: "=", false: ""}[c.inclusive], c.b, got, c.want)
		}
	}
	// appending to a subslice never overwrites the original
	sub := Slice(v, 0, 1, "x.rs:1:1")
	_ = append(sub, 99)
	if v[1] != 2 {
		t.Error("append through a subslice overwrote the Vec")
	}
}

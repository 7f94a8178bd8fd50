package rt

import (
	"slices"
	"testing"
)

// TestFrameUnwind checks that Unwind drops exactly the slots still set,
// the highest first, after sets, drops and forgets in any order, past the
// first eight slots too, and that a frame whose slots were all dropped
// drops nothing more.
func TestFrameUnwind(t *testing.T) {
	var dropped []int
	d := func(i int) Dropper { return DropFunc(func() { dropped = append(dropped, i) }) }
	for _, c := range []struct {
		name string
		run  func(f *Frame)
		want []int // dropped by Unwind
	}{
		{"all dropped", func(f *Frame) { f.Set(0, d(0)); f.Set(1, d(1)); f.Drop(1); f.Drop(0) }, nil},
		{"lower left", func(f *Frame) { f.Set(0, d(0)); f.Set(1, d(1)); f.Drop(1) }, []int{0}},
		{"forgotten top", func(f *Frame) { f.Set(0, d(0)); f.Set(2, d(2)); f.Forget(2) }, []int{0}},
		{"gap", func(f *Frame) { f.Set(3, d(3)); f.Set(1, d(1)); f.Drop(3) }, []int{1}},
		{"reset after drop", func(f *Frame) { f.Set(0, d(0)); f.Drop(0); f.Set(0, d(10)) }, []int{10}},
		{"more", func(f *Frame) {
			for i := range 12 {
				f.Set(i, d(i))
			}
			f.Drop(11)
			f.Forget(9)
			f.Drop(4)
		}, []int{10, 8, 7, 6, 5, 3, 2, 1, 0}},
	} {
		var f Frame
		dropped = nil
		c.run(&f)
		dropped = nil
		f.Unwind()
		if !slices.Equal(dropped, c.want) {
			t.Errorf("%s: Unwind dropped %v, want %v", c.name, dropped, c.want)
		}
		dropped = nil
		f.Unwind()
		if len(dropped) != 0 {
			t.Errorf("%s: a second Unwind dropped %v", c.name, dropped)
		}
	}
}

// TestFrameReplace checks that Replace drops the old value only where the
// slot was set, after the slot holds the new one: a panicking old Drop
// leaves the new value to the unwinding.
func TestFrameReplace(t *testing.T) {
	var dropped []int
	d := func(i int) Dropper { return DropFunc(func() { dropped = append(dropped, i) }) }
	var f Frame
	f.Set(0, d(1))
	f.Replace(0, d(2), d(1))
	f.Forget(1)
	f.Replace(1, d(3), d(30)) // slot 1 was never set: 30 is not dropped
	if !slices.Equal(dropped, []int{1}) {
		t.Errorf("Replace dropped %v, want [1]", dropped)
	}
	dropped = nil
	func() {
		defer func() { recover() }()
		f.Replace(0, d(4), DropFunc(func() { panic("old drop") }))
	}()
	f.Unwind()
	if !slices.Equal(dropped, []int{3, 4}) {
		t.Errorf("after a panicking old Drop, Unwind dropped %v, want [3 4]", dropped)
	}
}

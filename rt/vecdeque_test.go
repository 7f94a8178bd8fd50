package rt

import (
	"slices"
	"testing"
)

// TestVecDequeWrap drives a VecDeque through pushes and pops at both ends,
// across growth and many wraps of its ring, against a slice model.
func TestVecDequeWrap(t *testing.T) {
	d := NewVecDeque[int]()
	var model []int
	x := uint32(1)
	for step := range 5000 {
		x = x*1664525 + 1013904223
		switch op := x >> 29; {
		case op < 3:
			d.PushBack(step)
			model = append(model, step)
		case op < 4:
			d.PushFront(step)
			model = append([]int{step}, model...)
		case op < 6:
			got, want := d.PopFront(), len(model) > 0
			if got.IsSome() != want || want && got.SomeValue() != model[0] {
				t.Fatalf("step %d: pop_front gave %v, model %v", step, got, model)
			}
			if want {
				model = model[1:]
			}
		default:
			got, want := d.PopBack(), len(model) > 0
			if got.IsSome() != want || want && got.SomeValue() != model[len(model)-1] {
				t.Fatalf("step %d: pop_back gave %v, model %v", step, got, model)
			}
			if want {
				model = model[:len(model)-1]
			}
		}
		if s := d.Slice(); !slices.Equal(s, model) && !(len(s) == 0 && len(model) == 0) {
			t.Fatalf("step %d: deque %v, model %v", step, s, model)
		}
	}
}

package rt

import (
	"cmp"
	"slices"
	"testing"
)

func TestSetOperatorsMakeNewSets(t *testing.T) {
	hs := func(vs ...int) *HashSet[int] {
		s := NewHashSet[int]()
		for _, v := range vs {
			s.Insert(v)
		}
		return s
	}
	sorted := func(s *HashSet[int]) []int { return slices.Sorted(s.Iter().All()) }
	a, b := hs(1, 2, 3), hs(2, 3, 4)
	for _, c := range []struct {
		name string
		got  *HashSet[int]
		want []int
	}{
		{"|", a.BitOr(b), []int{1, 2, 3, 4}},
		{"&", a.BitAnd(b), []int{2, 3}},
		{"-", a.Sub(b), []int{1}},
		{"^", a.BitXor(b), []int{1, 4}},
	} {
		if got := sorted(c.got); !slices.Equal(got, c.want) {
			t.Errorf("HashSet %s: %v, want %v", c.name, got, c.want)
		}
	}
	if got := sorted(a); !slices.Equal(got, []int{1, 2, 3}) {
		t.Errorf("an operand changed: %v", got)
	}

	bs := func(vs ...int) *BTreeSet[int] {
		s := NewBTreeSet(cmp.Compare[int])
		for _, v := range vs {
			s.Insert(v)
		}
		return s
	}
	p, q := bs(5, 1, 3), bs(3, 4)
	for _, c := range []struct {
		name string
		got  *BTreeSet[int]
		want []int
	}{
		{"|", p.BitOr(q), []int{1, 3, 4, 5}},
		{"&", p.BitAnd(q), []int{3}},
		{"-", p.Sub(q), []int{1, 5}},
		{"^", p.BitXor(q), []int{1, 4, 5}},
	} {
		if !slices.Equal(c.got.items, c.want) {
			t.Errorf("BTreeSet %s: %v, want %v", c.name, c.got.items, c.want)
		}
		c.got.Insert(0) // the result keeps the operands' order
		if c.got.items[0] != 0 {
			t.Errorf("BTreeSet %s: the result lost the comparison: %v", c.name, c.got.items)
		}
	}
}

package rt

import (
	"math"
	"testing"
)

func TestPartialComparisons(t *testing.T) {
	nan, negZero := math.NaN(), math.Copysign(0, -1)
	cases := []struct {
		name           string
		c              int
		lt, le, gt, ge bool
		ord            Option[Ordering]
	}{
		{"1 vs 2", CmpPartialFloat(1.0, 2.0), true, true, false, false, Some(Less)},
		{"2 vs 1", CmpPartialFloat(2.0, 1.0), false, false, true, true, Some(Greater)},
		{"-0.0 vs 0.0", CmpPartialFloat(negZero, 0.0), false, true, false, true, Some(Equal)},
		{"NaN vs 1", CmpPartialFloat(nan, 1.0), false, false, false, false, None[Ordering]()},
		{"Some(NaN) vs Some(1)", CmpOption(CmpPartialFloat[float64])(Some(nan), Some(1.0)), false, false, false, false, None[Ordering]()},
		{"None vs Some(NaN)", CmpOption(CmpPartialFloat[float64])(None[float64](), Some(nan)), true, true, false, false, Some(Less)},
		{"[1, NaN] vs [1, 2]", CmpSlice(CmpPartialFloat[float64])([]float64{1, nan}, []float64{1, 2}), false, false, false, false, None[Ordering]()},
		{"user None", FromPartial(None[Ordering]()), false, false, false, false, None[Ordering]()},
		{"user Greater", FromPartial(Some(Greater)), false, false, true, true, Some(Greater)},
	}
	for _, c := range cases {
		if PartialLt(c.c) != c.lt || PartialLe(c.c) != c.le || PartialGt(c.c) != c.gt || PartialGe(c.c) != c.ge {
			t.Errorf("%s: < <= > >= = %t %t %t %t, want %t %t %t %t", c.name,
				PartialLt(c.c), PartialLe(c.c), PartialGt(c.c), PartialGe(c.c), c.lt, c.le, c.gt, c.ge)
		}
		if got := PartialOrdering(c.c); got != c.ord {
			t.Errorf("%s: partial_cmp %v, want %v", c.name, got, c.ord)
		}
	}
}

package rt

import "testing"

// meters forwards its Display to the float inside, as
// fmt::Display::fmt(&self.0, f) does, then writes a unit.
type meters float64

func (m meters) FmtDisplay(f *Formatter) {
	FmtAs(f, 0, float64(m), DisplayFloat[float64])
	f.WriteCharFmt('m')
}

func TestFmtAsKeepsTheSpecButSetsTheVerb(t *testing.T) {
	if got, want := Sprint(meters(3.14159), Display[meters], Spec{Width: 6, HasWidth: true, Prec: 2, HasPrec: true}), "  3.14m"; got != want {
		t.Errorf("forwarded Display: %q, want %q", got, want)
	}
	// {:x} of a type whose LowerHex forwards to Display of an integer:
	// the integer prints in decimal, and the verb is back to 'x' after.
	var after byte
	hexOf := func(v uint32, f *Formatter) {
		FmtAs(f, 0, v, DisplayInt[uint32])
		after = f.spec.Verb
	}
	if got, want := Sprint(uint32(255), hexOf, Spec{Verb: 'x'}), "255"; got != want || after != 'x' {
		t.Errorf("Display forwarded inside {:x}: %q (verb after %q), want %q", got, after, want)
	}
}

package rt

import (
	"bytes"
	"fmt"
	"testing"
)

func TestPrintfLikeFprintf(t *testing.T) {
	name := Fmt("ab", DisplayStr)
	padded := FmtSpec(7, DisplayInt[int32], Spec{Width: 4, HasWidth: true, Fill: '*', Align: AlignRight})
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"plain\n", nil},
		{"100%% %v done %5d|%-3s|%t\n", []any{name, 42, "x", true}},
		{"%v%v", []any{padded, name}},
		{"%08.3f %x %%", []any{3.14159, 255}},
	} {
		var want, got bytes.Buffer
		fmt.Fprintf(&want, c.format, c.args...)
		Printf(&got, c.format, c.args...)
		if got.String() != want.String() {
			t.Errorf("Printf(%q) = %q, fmt.Fprintf gives %q", c.format, got.String(), want.String())
		}
	}
}

func TestPrintfKeepsTextBeforeAPanic(t *testing.T) {
	var out bytes.Buffer
	boom := Fmt(0, func(_ int, f *Formatter) {
		f.WriteStr("part")
		panic("in display")
	})
	func() {
		defer func() {
			if r := recover(); r != "in display" {
				t.Errorf("recovered %v, want the Display's own panic value", r)
			}
		}()
		Printf(&out, "a %v b %v\n", Fmt("s", DisplayStr), boom)
	}()
	if got := out.String(); got != "a s b part" {
		t.Errorf("written before the panic: %q, want %q", got, "a s b part")
	}
}

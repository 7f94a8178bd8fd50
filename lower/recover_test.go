package lower

import (
	"strings"
	"testing"

	"github.com/rs2go/rs2go/frontend"
	"github.com/rs2go/rs2go/frontend/diag"
)

// A panic while lowering one function is an internal error at that
// function, and the other functions are still lowered and checked.
func TestPanicIsInternalErrorAtItem(t *testing.T) {
	testPanic = func(name string) {
		if name == "boom" {
			panic("forced by the test")
		}
	}
	t.Cleanup(func() { testPanic = nil })
	src := "fn boom() {}\n\nfn main() {\n    let x: i32 = \"s\";\n}\n"
	f, d := frontend.Parse("t.rs", []byte(src))
	if len(d) > 0 {
		t.Fatal(d)
	}
	irf, diags := File(f, Config{})
	if irf != nil {
		t.Fatal("IR despite the panic")
	}
	got := diags.Format(diag.NewSource("t.rs", []byte(src)))
	if !strings.HasPrefix(got, "t.rs:1:4: internal error: lowering `boom`: forced by the test\n") {
		t.Errorf("diagnostics:\n%s", got)
	}
	if !strings.Contains(got, "t.rs:4:18: error[E0308]") {
		t.Errorf("main's error is missing after boom's panic:\n%s", got)
	}
}

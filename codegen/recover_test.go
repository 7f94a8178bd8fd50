package codegen

import (
	"errors"
	"strings"
	"testing"

	"github.com/rs2go/rs2go/frontend/diag"
	"github.com/rs2go/rs2go/lower/ir"
)

// A panic while printing a declaration (here: a function without a body,
// which lower never builds) is an *ItemError at the declaration's span.
func TestPanicIsItemError(t *testing.T) {
	src := diag.NewSource("t.rs", []byte("fn main() {}\n"))
	span := diag.Span{Start: 0, End: 12}
	f := &ir.File{Source: src, Decls: []ir.Decl{&ir.FuncDecl{Name: "main", Span: span}}}
	_, err := File(f, Config{RtPath: "example.com/rt"})
	var ie *ItemError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T), want an *ItemError", err, err)
	}
	if ie.Span != span || !strings.HasPrefix(ie.Msg, "printing Go: ") {
		t.Errorf("got %+v", ie)
	}
}

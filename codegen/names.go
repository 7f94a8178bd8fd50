package codegen

import (
	"fmt"
	"go/token"

	"github.com/rs2go/rs2go/lower/ir"
)

// names assigns Go identifiers to the IR variables of one function: the
// Rust name where it is free, else the name with a number. Go keywords,
// predeclared identifiers and the names of imported packages are never
// used as variable names.
type names struct {
	byVar map[*ir.Var]string
	used  map[string]bool
}

func newNames() *names {
	return &names{byVar: map[*ir.Var]string{}, used: map[string]bool{}}
}

// reserved are identifiers a variable must not take: predeclared names and
// the package names generated code imports.
var reserved = map[string]bool{
	"rt": true, "fmt": true, "time": true, "os": true, "sync": true, "strings": true,
	"sort": true, "math": true, "slices": true, "maps": true, "cmp": true, "errors": true,
	"bool": true, "byte": true, "rune": true, "string": true, "error": true, "any": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true,
	"true": true, "false": true, "iota": true, "nil": true,
	"append": true, "cap": true, "clear": true, "close": true, "complex": true, "copy": true,
	"delete": true, "imag": true, "len": true, "make": true, "max": true, "min": true,
	"new": true, "panic": true, "print": true, "println": true, "real": true, "recover": true,
	"main": true, "init": true,
}

// of returns the Go name of v, choosing one on first use.
func (n *names) of(v *ir.Var) string {
	if s, ok := n.byVar[v]; ok {
		return s
	}
	base := v.Name
	if base == "" || base == "_" {
		base = "tmp"
	}
	if token.IsKeyword(base) || reserved[base] {
		base += "_"
	}
	name := base
	for i := 2; n.used[name]; i++ {
		name = fmt.Sprintf("%s%d", base, i)
	}
	n.used[name] = true
	n.byVar[v] = name
	return name
}

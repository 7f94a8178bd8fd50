package codegen

import (
	"fmt"
	"go/token"

	"github.com/rs2go/rs2go/lower/ir"
)

// names assigns Go identifiers to the IR variables of one function,
// following Go's block scopes: a Rust binding keeps its Rust name unless
// that name is already declared in the same Go scope (Rust shadowing
// within one block: x, x2, ...). Lowering temporaries never shadow a
// visible name. Go keywords, predeclared identifiers and imported package
// names are never used.
type names struct {
	byVar  map[*ir.Var]string
	scopes []map[string]*ir.Var
	// hints[i] maps a base name (and whether a temporary asks) to the
	// first suffix not known to be taken in scope i, so that 10,000
	// shadowings of x cost linear time, not quadratic. A name taken stays
	// taken while its scope lives, so the hint never skips a free name.
	hints []map[string]int
	// globals are the package-level names: a temporary named after a
	// function it holds the result of (tree_sum := tree_sum(...)) would
	// hide the function from later calls.
	globals map[string]bool
}

func newNames(globals map[string]bool) *names {
	return &names{byVar: map[*ir.Var]string{}, scopes: []map[string]*ir.Var{{}}, hints: []map[string]int{{}}, globals: globals}
}

func (n *names) push() {
	n.scopes = append(n.scopes, map[string]*ir.Var{})
	n.hints = append(n.hints, map[string]int{})
}

func (n *names) pop() {
	n.scopes = n.scopes[:len(n.scopes)-1]
	n.hints = n.hints[:len(n.hints)-1]
}

// reserved are identifiers a variable must not take: predeclared names and
// the package names generated code imports.
var reserved = map[string]bool{
	"rt": true, "fmt": true, "time": true, "os": true, "sync": true, "strings": true,
	"sort": true, "math": true, "slices": true, "maps": true, "cmp": true, "errors": true,
	"iter": true, "atomic": true, "bits": true, "utf8": true, "unicode": true, "strconv": true,
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

// visible returns the innermost variable declared with name, if any.
func (n *names) visible(name string) *ir.Var {
	for i := len(n.scopes) - 1; i >= 0; i-- {
		if v := n.scopes[i][name]; v != nil {
			return v
		}
	}
	return nil
}

// of returns the Go name of v, declaring it in the current scope on first
// use (a variable's first appearance is its declaration).
func (n *names) of(v *ir.Var) string {
	if s, ok := n.byVar[v]; ok {
		return s
	}
	if v.Name == "_" {
		return "_"
	}
	base := v.Name
	if base == "" {
		base = "tmp"
	}
	if token.IsKeyword(base) || reserved[base] || !token.IsIdentifier(base) {
		base += "_"
	}
	cur := n.scopes[len(n.scopes)-1]
	// A name is taken in the current scope, and also where shadowing would
	// hide a variable that lowered code may still refer to: temporaries
	// never shadow, and nothing shadows a temporary.
	taken := func(s string) bool {
		if cur[s] != nil {
			return true
		}
		if v.Temp && n.globals[s] {
			return true
		}
		vis := n.visible(s)
		return vis != nil && (v.Temp || vis.Temp)
	}
	// Candidates: base, base2, base3, ...
	key := base
	if v.Temp {
		key += "\x00temp"
	}
	hints := n.hints[len(n.hints)-1]
	i := max(hints[key], 1)
	candidate := func(i int) string {
		if i == 1 {
			return base
		}
		return fmt.Sprintf("%s%d", base, i)
	}
	name := candidate(i)
	for taken(name) {
		i++
		name = candidate(i)
	}
	hints[key] = i + 1
	cur[name] = v
	n.byVar[v] = name
	return name
}

// alias gives v the name another variable already has: the clauses of a
// type switch each declare a variable, all under the switch's one name.
func (n *names) alias(v *ir.Var, name string) {
	n.byVar[v] = name
}

package lower

import (
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Debug formatting of tuples, results and the collections (their
// formatter functions are composed from the element formatters).

func (b *builder) tupleFmtFunc(t *TupleTy, debug bool, span ast.Span) (ir.Expr, bool) {
	if !debug || len(t.Elems) == 0 || len(t.Elems) > maxTuple {
		return nil, false
	}
	var fs []ir.Expr
	for _, e := range t.Elems {
		fs = append(fs, b.fmtFunc(e, true, span))
	}
	return &ir.Call{Fun: rt("DebugTuple" + strconv.Itoa(len(t.Elems))), Args: fs}, true
}

func (b *builder) valueFmtFunc(t *Adt, debug bool, span ast.Span) (ir.Expr, bool) {
	if !debug && t.Def.Go["type"] == "rt.Iter" && isPrimNamed(b.c.resolve(t.Args[0], true), "char") {
		// c.to_uppercase() and friends display their chars.
		return rt("DisplayChars"), true
	}
	if !debug {
		return nil, false
	}
	g := t.Def.Go
	elems := func() []ir.Expr {
		var fs []ir.Expr
		for _, a := range t.Args {
			fs = append(fs, b.fmtFunc(a, true, span))
		}
		return fs
	}
	switch {
	case g["type"] == "rt.Result":
		return &ir.Call{Fun: rt("DebugResult"), Args: elems()}, true
	case g["map"] != "" && g["ordered"] != "":
		return &ir.Call{Fun: rt("DebugBTreeMap"), Args: elems()}, true
	case g["map"] != "":
		return &ir.Call{Fun: rt("DebugHashMap"), Args: elems()}, true
	case g["set"] != "" && g["ordered"] != "":
		return &ir.Call{Fun: rt("DebugBTreeSet"), Args: elems()}, true
	case g["set"] != "":
		return &ir.Call{Fun: rt("DebugHashSet"), Args: elems()}, true
	case g["deque"] != "":
		return &ir.Call{Fun: rt("DebugVecDeque"), Args: elems()}, true
	case g["heap"] != "":
		return &ir.Call{Fun: rt("DebugBinaryHeap"), Args: elems()}, true
	case g["reverse"] != "":
		return &ir.Call{Fun: rt("DebugReverse"), Args: elems()}, true
	}
	return nil, false
}

package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Formatting of std types, said by their model:
//
//	debug = "method"        the Go type has FmtDebug: rt.Debug[T]
//	debug = "rt.DebugX"     this Go function formats it
//	display = ...           the same for Display
//	debug_elem = "rt.DebugX" a container's Debug, given its element's:
//	                        rt.DebugMutex(elem)
//	fmt = "deref"           a smart pointer formats as its target
//	                        (Arc, guards, Ref): rt.FmtDeref[P](elem)

// stdFmtFunc returns the formatter function of a std type whose model
// says how it formats.
func (b *builder) stdFmtFunc(t *Adt, debug bool, span ast.Span) (ir.Expr, bool) {
	g := t.Def.Go
	if g["fmt"] == "deref" && len(t.Args) > 0 {
		elem := b.fmtFunc(t.Args[0], debug, span)
		return &ir.Call{Fun: &ir.Inst{Fun: rt("FmtDeref"), TypeArgs: []ir.Type{b.goType(t, span)}}, Args: []ir.Expr{elem}}, true
	}
	if f := g["debug_elem"]; f != "" && debug && len(t.Args) > 0 { // Mutex { data: <T's Debug>, .. }
		pkg, name := splitQual(f)
		return &ir.Call{Fun: &ir.Qual{Pkg: pkg, Name: name}, Args: []ir.Expr{b.fmtFunc(t.Args[0], true, span)}}, true
	}
	key := "display"
	kind := "Display"
	if debug {
		key, kind = "debug", "Debug"
	}
	switch how := g[key]; how {
	case "":
		return nil, false
	case "method":
		return &ir.Inst{Fun: rt(kind), TypeArgs: []ir.Type{b.goType(t, span)}}, true
	default:
		pkg, name := splitQual(how)
		return &ir.Qual{Pkg: pkg, Name: name}, true
	}
}

// dynFmtFunc returns the formatter of a std trait object whose model says
// how it formats (dyn Any, a panic payload, prints `Any { .. }`).
func (b *builder) dynFmtFunc(t *DynTy, debug bool, span ast.Span) (ir.Expr, bool) {
	key, kind := "display", "Display"
	if debug {
		key, kind = "debug", "Debug"
	}
	switch how := t.Trait.Go[key]; how {
	case "":
		return nil, false
	case "method":
		return &ir.Inst{Fun: rt(kind), TypeArgs: []ir.Type{b.goType(t, span)}}, true
	default:
		pkg, name := splitQual(how)
		return &ir.Qual{Pkg: pkg, Name: name}, true
	}
}

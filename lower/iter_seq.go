package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// For loops over std types that Go ranges over as an iter.Seq: a
// Receiver (`for x in rx` and `for x in &rx` receive until every sender is
// gone), and the iterators of Receiver::iter/try_iter. Their model says
// #[go(iter = "seq")], with seq = "Method" when the Go value gives its
// sequence through that method (rx.Iter()).

// seqType returns the type iterated by a for loop over t when it is a
// sequence type (directly or through references).
func seqType(t Ty, resolve func(Ty) Ty) (*Adt, bool) {
	for i := 0; i < 8; i++ {
		switch x := resolve(t).(type) {
		case *RefTy:
			t = x.Elem
			continue
		case *Adt:
			if x.Def.Go["iter"] == "seq" && len(x.Args) == 1 {
				return x, true
			}
		}
		return nil, false
	}
	return nil, false
}

// seqElem gives the element type of a for loop over a sequence type.
func (c *checker) seqElem(t Ty) (Ty, bool) {
	adt, ok := seqType(t, c.shallow)
	if !ok {
		return nil, false
	}
	return adt.Args[0], true
}

// seqLoop lowers `for pat in x` over a sequence type to
// `for v := range x.Iter() { ... }`; it reports whether x is one.
func (b *builder) seqLoop(e *ast.ForExpr) bool {
	t := b.c.final(e.Iter)
	adt, ok := seqType(t, func(t Ty) Ty { return b.c.resolve(t, true) })
	if !ok {
		return false
	}
	x := b.autoDeref(b.read(e.Iter), t)
	if m := adt.Def.Go["seq"]; m != "" {
		x = &ir.Call{Fun: &ir.Selector{X: x, Name: m}}
	}
	elem := adt.Args[0]
	var loopVar *ir.Var
	var pre func()
	if ip, isIdent := e.Pat.(*ast.IdentPat); isIdent && ip.Sub == nil && !ip.Ref {
		v, prefix := b.loopVar(e.Pat, elem, e.Span)
		loopVar = v
		pre = func() {
			*b.out = append(*b.out, prefix...)
			b.registerLocal(b.c.locals[ip], b.vars[b.c.locals[ip]])
		}
	} else {
		loopVar = &ir.Var{Name: "item", Type: b.goType(elem, e.Span), Temp: true}
		pre = func() { b.bindLoopPat(e.Pat, &ir.VarRef{Var: loopVar}, elem, e.Span) }
	}
	body := b.loopBody(e.Body, e.Label, pre)
	b.emit(&ir.RangeStmt{Label: b.loopLabel(e.Label, body), Key: loopVar, X: x, Body: body, Span: e.Span})
	// `for x in rx` moves rx into the loop, which drops it when it ends
	// (senders see the channel closed from then on).
	if pe, ok := unparen(e.Iter).(*ast.PathExpr); ok {
		if loc := b.c.refs[pe]; loc != nil {
			if slot, ok := b.fs.slotOf[loc]; ok {
				b.emit(b.frameCall("Drop", slotLit(slot)))
			}
		}
	}
	return true
}

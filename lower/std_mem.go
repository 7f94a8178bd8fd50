package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// std::mem::swap, replace and take on places.

func init() {
	intrinsics["mem_swap"] = lowerMemSwap
	intrinsics["mem_replace"] = lowerMemReplace
}

// mutPlace lowers a &mut argument to the Go place it points to: `&mut x`
// is x itself, a &mut reference r is *r. A reference whose Go value is
// the referent itself, a pointer the referent owns alone (r: &mut
// Box<Node> is a *Node), gives that pointer and through: writing to the
// Rust place means writing to the pointee.
func (b *builder) mutPlace(e ast.Expr) (x ir.Expr, through bool) {
	if r, ok := unparen(e).(*ast.RefExpr); ok && r.Mut {
		if b.isPlace(r.X) {
			return b.place(r.X), false
		}
		// &mut of a value (`&mut 5`): a temporary, written and then
		// dropped at the end of the statement.
		t := b.c.final(r.X)
		if b.hasDropGlue(t) {
			b.unsupported(r.Pos(), "a `&mut` of a temporary with drop glue written by std::mem")
		}
		tmp := b.temp("tmp", t, r.Pos())
		b.emit(&ir.DeclStmt{Var: tmp, Value: b.typed(b.valueOf(r.X), tmp.Type), Span: r.Pos()})
		return &ir.VarRef{Var: tmp}, false
	}
	v := b.valueOf(e)
	if b.isPtrValue(e) {
		return &ir.Unary{Op: "*", X: v}, false
	}
	if r, ok := b.c.resolve(b.c.final(e), true).(*RefTy); ok {
		if _, ptr := b.goType(r.Elem, e.Pos()).(*ir.Pointer); ptr {
			if !b.uniquePtr(r.Elem) {
				b.unsupported(e.Pos(), "writing through a `%s`", b.c.resolve(r, false))
			}
			return v, true
		}
	}
	return v, false
}

// lowerMemSwap: mem::swap(&mut a, &mut b) is a, b = b, a (or *a, *b =
// *b, *a: the pointees of two unique pointers).
func lowerMemSwap(b *builder, c *intrinsicCall) ir.Expr {
	x, xt := b.mutPlace(c.args[0])
	y, yt := b.mutPlace(c.args[1])
	x, y = b.stablePlace(x, c.e.Pos()), b.stablePlace(y, c.e.Pos())
	if xt || yt {
		x, y = &ir.Unary{Op: "*", X: x}, &ir.Unary{Op: "*", X: y}
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{x, y}, Op: "=", Rhs: []ir.Expr{y, x}, Span: c.e.Pos()})
	b.reslot(c.args[0])
	b.reslot(c.args[1])
	return nil
}

// reslot points the drop slot of local x at its new value after `&mut x`
// was written (a Box's slot holds the pointer, not the variable's
// address).
func (b *builder) reslot(e ast.Expr) {
	r, ok := unparen(e).(*ast.RefExpr)
	if !ok {
		return
	}
	if slot, ok := b.localSlot(r.X); ok {
		d := b.dropper(b.place(r.X), b.c.final(r.X))
		if u, ok := d.(*ir.Unary); ok && u.Op == "&" {
			return // the slot holds the variable's address
		}
		b.emit(b.frameCall("Set", slotLit(slot), d))
	}
}

// lowerMemReplace: mem::replace(&mut x, v) / mem::take(&mut x): the old
// value, x now v (take: T's Default). Through a unique pointer p, the
// new value's pointee and p's swap: the new pointer then holds the old
// value.
func lowerMemReplace(b *builder, c *intrinsicCall) ir.Expr {
	t := b.c.resolve(c.ci.args[0], true)
	x, through := b.mutPlace(c.args[0])
	x = b.stablePlace(x, c.e.Pos())
	var v ir.Expr
	if c.ci.fn.Go["take"] != "" {
		v = b.defaultOf(t, c.e.Pos())
	} else {
		v = b.typed(b.valueOf(c.args[1]), b.goType(t, c.e.Pos()))
	}
	old := b.temp("old", t, c.e.Pos())
	if through {
		b.emit(&ir.DeclStmt{Var: old, Value: v, Span: c.e.Pos()})
		px, pold := &ir.Unary{Op: "*", X: x}, &ir.Unary{Op: "*", X: &ir.VarRef{Var: old}}
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{px, pold}, Op: "=", Rhs: []ir.Expr{pold, px}, Span: c.e.Pos()})
		return &ir.VarRef{Var: old}
	}
	b.emit(&ir.DeclStmt{Var: old, Value: x, Span: c.e.Pos()})
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{x}, Op: "=", Rhs: []ir.Expr{v}, Span: c.e.Pos()})
	b.reslot(c.args[0])
	return &ir.VarRef{Var: old}
}

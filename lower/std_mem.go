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
// is x itself, a &mut reference r is *r.
func (b *builder) mutPlace(e ast.Expr) ir.Expr {
	if r, ok := unparen(e).(*ast.RefExpr); ok && r.Mut {
		return b.place(r.X)
	}
	v := b.valueOf(e)
	if b.isPtrValue(e) {
		return &ir.Unary{Op: "*", X: v}
	}
	return v
}

// lowerMemSwap: mem::swap(&mut a, &mut b) is a, b = b, a.
func lowerMemSwap(b *builder, c *intrinsicCall) ir.Expr {
	x := b.stablePlace(b.mutPlace(c.args[0]), c.e.Pos())
	y := b.stablePlace(b.mutPlace(c.args[1]), c.e.Pos())
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{x, y}, Op: "=", Rhs: []ir.Expr{y, x}, Span: c.e.Pos()})
	return nil
}

// lowerMemReplace: mem::replace(&mut x, v) / mem::take(&mut x): the old
// value, x now v (take: T's Default).
func lowerMemReplace(b *builder, c *intrinsicCall) ir.Expr {
	t := b.c.resolve(c.ci.args[0], true)
	x := b.stablePlace(b.mutPlace(c.args[0]), c.e.Pos())
	var v ir.Expr
	if c.ci.fn.Go["take"] != "" {
		v = b.defaultOf(t, c.e.Pos())
	} else {
		v = b.typed(b.valueOf(c.args[1]), b.goType(t, c.e.Pos()))
	}
	old := b.temp("old", t, c.e.Pos())
	b.emit(&ir.DeclStmt{Var: old, Value: x, Span: c.e.Pos()})
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{x}, Op: "=", Rhs: []ir.Expr{v}, Span: c.e.Pos()})
	return &ir.VarRef{Var: old}
}

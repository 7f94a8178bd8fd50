package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Arithmetic on std::time types, whose model says ops = "duration" or
// ops = "instant": Duration ± Duration, Duration × u32, Duration ÷ u32,
// Instant ± Duration and Instant − Instant. Go's time.Duration and
// rt.Instant are integers, so the operators are Go's own where Rust cannot
// panic, and rt helpers with Rust's overflow panics where it can.

// stdOpType checks an arithmetic operator whose left operand x is such a
// type and returns the result type.
func (c *checker) stdOpType(e *ast.BinaryExpr, rawX, x Ty) (Ty, bool) {
	adt, ok := x.(*Adt)
	if !ok || adt.Def.Go["ops"] == "" {
		return nil, false
	}
	dur := c.stdType("time", "Duration")
	switch adt.Def.Go["ops"] {
	case "duration":
		switch e.Op {
		case "+", "-":
			c.checkExpr(e.Y, dur)
			return dur, true
		case "*", "/":
			c.checkExpr(e.Y, tyU32)
			return dur, true
		}
	case "instant":
		if e.Op == "+" || e.Op == "-" {
			y := c.derefAll(c.checkExpr(e.Y, nil))
			if yt, ok := y.(*Adt); ok && yt.Def == adt.Def && e.Op == "-" {
				return dur, true
			}
			if !c.unify(y, dur) {
				c.mismatch(e.Y.Pos(), dur, y)
			}
			return x, true
		}
	case "set": // &a | &b, &a & &b, &a - &b, &a ^ &b: a new set
		if setOps[e.Op] == "" {
			break
		}
		if _, ref := c.shallow(rawX).(*RefTy); !ref {
			c.errorf(opPos(e), "E0369", "no implementation for `%s %s %s`", c.resolve(x, false), e.Op, c.resolve(x, false))
			return x, true
		}
		c.checkExpr(e.Y, rawX)
		if c.l.needsClone(c.resolve(adt.Args[0], true), 0) {
			c.unsupported(e.Span, "operator `%s` on a set of `%s` (its elements' Go copies would share memory)", e.Op, c.resolve(adt.Args[0], false))
		}
		return x, true
	}
	c.unsupported(e.Span, "operator `%s` on `%s`", e.Op, x)
	return c.newVar(GeneralVar), true
}

// setOps are the rt methods of the set operators, which make a new set of
// copies of the elements (Rust's clones: the elements' Go copy is one).
var setOps = map[string]string{"|": "BitOr", "&": "BitAnd", "-": "Sub", "^": "BitXor"}

// stdBinary lowers such an operator (x, y are the lowered operands, t the
// left operand's type).
func (b *builder) stdBinary(e *ast.BinaryExpr, x, y ir.Expr, t Ty) (ir.Expr, bool) {
	adt, ok := t.(*Adt)
	if !ok || adt.Def.Go["ops"] == "" || !arithOps[e.Op] { // t1 < t0 compares (std_ops.go)
		return nil, false
	}
	loc := b.loc(e.Span)
	switch adt.Def.Go["ops"] {
	case "duration":
		switch e.Op {
		case "+":
			return &ir.Call{Fun: rt("DurationAdd"), Args: []ir.Expr{x, y, loc}}, true
		case "-":
			return &ir.Call{Fun: rt("DurationSub"), Args: []ir.Expr{x, y, loc}}, true
		case "*":
			return &ir.Call{Fun: rt("DurationMul"), Args: []ir.Expr{x, b.typed(y, &ir.Basic{Kind: ir.Uint32}), loc}}, true
		case "/":
			return &ir.Call{Fun: rt("DurationDiv"), Args: []ir.Expr{x, b.typed(y, &ir.Basic{Kind: ir.Uint32}), loc}}, true
		}
	case "instant":
		yt, _ := b.c.derefAll(b.c.final(e.Y)).(*Adt)
		if yt != nil && yt.Def == adt.Def {
			return &ir.Call{Fun: rt("InstantSub"), Args: []ir.Expr{x, y, loc}}, true
		}
		if e.Op == "+" {
			return &ir.Binary{Op: "+", X: x, Y: &ir.Convert{Type: b.goType(t, e.Span), X: y}}, true
		}
		return &ir.Binary{Op: "-", X: x, Y: &ir.Convert{Type: b.goType(t, e.Span), X: y}}, true
	case "set":
		return method(x, setOps[e.Op], y), true
	}
	return nil, false
}

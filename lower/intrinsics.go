package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// intrinsicCall is a call of a std model function whose lowering is a
// named rule rather than a plain Go call.
type intrinsicCall struct {
	e    ast.Expr
	ci   *callInfo
	recv ast.Expr
	args []ast.Expr
}

// intrinsicRule lowers one intrinsic call.
type intrinsicRule func(b *builder, c *intrinsicCall) ir.Expr

// intrinsics maps the std model's #[go(intrinsic = "name")] to its rule.
// Files of this package add their rules in init functions.
var intrinsics = map[string]intrinsicRule{}

func init() {
	intrinsics["spawn"] = lowerSpawn
	intrinsics["duration_from"] = lowerDurationFrom
	intrinsics["vec_new"] = lowerVecNew
	intrinsics["len"] = lowerLen
	intrinsics["push"] = lowerPush
	intrinsics["box_new"] = lowerBoxNew
}

// lowerSpawn: thread::spawn(f) is rt.Spawn(func() {...}) when the closure
// returns (), rt.SpawnValue(func() T {...}) otherwise.
func lowerSpawn(b *builder, c *intrinsicCall) ir.Expr {
	f := b.valueOf(c.args[0])
	ret := c.ci.args[1] // spawn<F, T>
	if b.hasValue(ret) {
		return &ir.Call{Fun: rt("SpawnValue"), Args: []ir.Expr{f}}
	}
	return &ir.Call{Fun: rt("Spawn"), Args: []ir.Expr{f}}
}

// lowerDurationFrom: Duration::from_millis(n) is n * time.Millisecond.
func lowerDurationFrom(b *builder, c *intrinsicCall) ir.Expr {
	unit := &ir.Qual{Pkg: "time", Name: c.ci.fn.Go["unit"]}
	n := b.valueOf(c.args[0])
	if untyped(n) {
		return &ir.Binary{Op: "*", X: n, Y: unit}
	}
	durT := &ir.Named{Pkg: "time", Name: "Duration"}
	return &ir.Binary{Op: "*", X: &ir.Convert{Type: durT, X: n}, Y: unit}
}

// lowerVecNew: Vec::new() is a nil slice.
func lowerVecNew(b *builder, c *intrinsicCall) ir.Expr {
	t := b.goType(b.c.final(c.e), c.e.Pos())
	return &ir.Convert{Type: t, X: &ir.Qual{Name: "nil"}}
}

// lowerLen: v.len() is uint(len(v)).
func lowerLen(b *builder, c *intrinsicCall) ir.Expr {
	return &ir.Convert{Type: &ir.Basic{Kind: ir.Uint},
		X: &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{b.recvValue(c.recv)}}}
}

// lowerPush: v.push(x) is v = append(v, x) on the vector's place (a
// local, a field, or *r through a &mut reference).
func lowerPush(b *builder, c *intrinsicCall) ir.Expr {
	v := b.stablePlace(b.recvPlace(c.recv), c.e.Pos()) // std_ops.go
	x := b.valueOf(c.args[0])
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{v}, Op: "=",
		Rhs: []ir.Expr{&ir.Call{Fun: &ir.Qual{Name: "append"}, Args: []ir.Expr{v, b.typed(x, b.goType(c.ci.args[0], c.e.Pos()))}}}, Span: c.e.Pos()})
	return nil
}

// recvPlace is the place a &mut self method works on: the receiver with
// Rust's auto-deref applied (a &mut Vec<T> parameter gives *v).
func (b *builder) recvPlace(recv ast.Expr) ir.Expr {
	if v, ok := b.recvSmart(recv); ok { // through Arc, a guard, ...
		return v
	}
	if _, ptr := b.goType(b.c.final(recv), recv.Pos()).(*ir.Pointer); !ptr && !b.isPlace(recv) && !b.isPtrValue(recv) {
		// mk().pop(): a temporary holds the value, Go cannot take the
		// address of a call's result.
		tmp := b.temp("recv", b.c.final(recv), recv.Pos())
		b.emit(&ir.DeclStmt{Var: tmp, Value: b.valueOf(recv), Span: recv.Pos()})
		return &ir.VarRef{Var: tmp}
	}
	return b.autoDeref(b.place(recv), b.c.final(recv))
}

// recvValue is the receiver of a &self method, auto-derefed.
func (b *builder) recvValue(recv ast.Expr) ir.Expr {
	if v, ok := b.recvSmart(recv); ok { // through Arc, a guard, ...
		return v
	}
	return b.autoDeref(b.read(recv), b.c.final(recv))
}

// lowerBoxNew: Box::new(x) is x itself, or a pointer to a new copy of x
// when Box<T> is a Go pointer (&T{...} for a composite literal).
func lowerBoxNew(b *builder, c *intrinsicCall) ir.Expr {
	x := b.valueOf(c.args[0])
	t, _ := b.c.final(c.e).(*Adt)
	if t == nil || !b.boxIsPtr(t) {
		return x
	}
	if lit, ok := x.(*ir.CompositeLit); ok {
		return &ir.Unary{Op: "&", X: lit}
	}
	return &ir.Call{Fun: rt("NewBox"), Args: []ir.Expr{b.typed(x, b.goType(t.Args[0], c.e.Pos()))}}
}

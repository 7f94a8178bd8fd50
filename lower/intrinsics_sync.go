package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Intrinsic rules of std::sync, std::cell and std::rc.

func init() {
	intrinsics["ptr_method"] = lowerPtrMethod
	intrinsics["make_mut"] = lowerMakeMut
}

// lowerPtrMethod: a method whose rt implementation returns Go pointers
// where the Rust signature returns references (OnceLock::get gives
// Option<&T>, rt's Get gives Option[*T]). The call is the model's
// `method`; its result is adapted to the translator's representation of
// the references (a shared reference is a copy of the value).
func lowerPtrMethod(b *builder, c *intrinsicCall) ir.Expr {
	fn := c.ci.fn
	var r ir.Expr
	if fn.Self == SelfMut {
		r = b.recvPlace(c.recv)
	} else {
		r = b.recvValue(c.recv)
	}
	var args []ir.Expr
	if fn.Go["loc"] != "" {
		args = append(args, b.loc(callSite(c.e)))
	}
	args = append(args, b.typedArgs(c.args, fn, c.ci.args)...)
	call := &ir.Call{Fun: &ir.Selector{X: b.selBase(r, fn.SelfTy), Name: fn.Go["method"]}, Args: args}
	return b.adaptRefs(call, b.c.final(c.e))
}

// lowerMakeMut: Rc::make_mut(&mut r), Arc::make_mut(&mut a). A shared
// value is cloned into a new handle that replaces the old one, so rt
// takes the address of the place holding the handle: the argument must
// be `&mut` of a place.
func lowerMakeMut(b *builder, c *intrinsicCall) ir.Expr {
	ref, ok := unparen(c.args[0]).(*ast.RefExpr)
	if !ok || !ref.Mut {
		b.unsupported(c.args[0].Pos(), "`%s` of a reference held elsewhere (only of `&mut` a place)", c.ci.fn.Path)
		return nil
	}
	t := b.c.resolve(c.ci.args[0], true)
	if adt, ok := t.(*Adt); ok && !adt.Def.Std && !hasDerive(adt.Def, "Clone") && adt.Def.Traits["Clone"] == nil {
		b.unsupported(c.e.Pos(), "`%s` of `%s`, which is not Clone", c.ci.fn.Path, t)
		return nil
	}
	clone := b.cloneFunc(t, c.e.Pos())
	if clone == nil {
		clone = &ir.Qual{Name: "nil"}
	}
	pkg, name := splitQual(c.ci.fn.Go["func"])
	call := &ir.Call{Fun: &ir.Qual{Pkg: pkg, Name: name}, Args: []ir.Expr{&ir.Unary{Op: "&", X: b.place(ref.X)}, clone}}
	return b.adaptRefs(call, b.c.final(c.e))
}

// adaptRefs turns a Go value holding pointers for the references of Rust
// type t into the translator's representation of t.
func (b *builder) adaptRefs(x ir.Expr, t Ty) ir.Expr {
	switch t := b.c.resolve(t, true).(type) {
	case *RefTy:
		if !b.refIsPtr(t) {
			return &ir.Unary{Op: "*", X: x}
		}
	case *Adt:
		if len(t.Args) == 0 {
			return x
		}
		r, ok := t.Args[0].(*RefTy)
		if !ok || b.refIsPtr(r) {
			return x
		}
		switch t.Def.Go["type"] {
		case "rt.Option":
			return &ir.Call{Fun: rt("DerefOption"), Args: []ir.Expr{x}}
		case "rt.Result":
			return &ir.Call{Fun: rt("DerefResult"), Args: []ir.Expr{x}}
		}
	}
	return x
}

// fusedUnwrap lowers `recv.lock().unwrap()` (and read/write of an RwLock)
// to one rt call, recv.LockUnwrap(loc), and `cv.wait(g).unwrap()` to
// rt.CondvarWaitUnwrap(cv, g, loc), named by the model key unwrap: it builds no Result, and on a poisoned lock it panics with
// unwrap's message at unwrap's position, as Rust does.
func (b *builder) fusedUnwrap(c *intrinsicCall) (ir.Expr, bool) {
	if c.ci.fn.Name != "unwrap" || c.recv == nil {
		return nil, false
	}
	inner, ok := unparen(c.recv).(*ast.MethodCallExpr)
	if !ok {
		return nil, false
	}
	ci := b.c.calls[inner]
	if ci == nil || !ci.fn.Std || ci.fn.Go["unwrap"] == "" {
		return nil, false
	}
	if fn := ci.fn.Go["func"]; fn != "" && (ci.fn.Go["intrinsic"] == "" || ci.fn.Go["intrinsic"] == "call") {
		// cv.wait(g).unwrap(): rt.CondvarWaitUnwrap(cv, g, loc), the
		// call lowered as it is, under the fused name.
		if call, ok := b.expr(inner).(*ir.Call); ok {
			pkg, name := splitQual(ci.fn.Go["unwrap"])
			call.Fun = &ir.Qual{Pkg: pkg, Name: name}
			call.Args = append(call.Args, b.loc(callSite(c.e)))
			return call, true
		}
		panic("lower: a std func call that is not a Go call")
	}
	if len(inner.Args) != 0 {
		return nil, false
	}
	r := b.recvValue(inner.Recv)
	return &ir.Call{Fun: &ir.Selector{X: b.selBase(r, ci.fn.SelfTy), Name: ci.fn.Go["unwrap"]},
		Args: []ir.Expr{b.loc(callSite(c.e))}}, true
}

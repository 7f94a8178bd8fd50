package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// thread_local! { static NAME: T = init; } declares NAME: LocalKey<T>,
// a package variable rt.NewLocalKey(func() T { return init }): each
// thread initializes its own value on first use (KEY.with(|v| ...),
// KEY.get(), KEY.set(v), ...).

// collectThreadLocal declares the statics of a thread_local! item; it
// reports whether the macro was thread_local!.
func (l *lowerer) collectThreadLocal(m *Module, it *ast.MacroItem) bool {
	if it.Name.Name != "thread_local" {
		return false
	}
	for _, st := range it.Statics {
		cd := &ConstDef{Name: st.Name.Name, Value: st.Value, Module: m, Span: st.Span,
			TyDecl: st.Type, Static: true, Local: true}
		l.declare(m, st.Name, cd)
		l.consts = append(l.consts, cd)
	}
	return true
}

// localKeyType is std::thread::LocalKey<t>.
func (l *lowerer) localKeyType(t Ty) Ty {
	td, _ := l.resolvePath(l.std, []string{"thread", "LocalKey"}).(*TypeDef)
	if td == nil {
		panic("std model lacks thread::LocalKey")
	}
	return &Adt{Def: td, Args: []Ty{t}}
}

// lowerThreadLocal emits var NAME = rt.NewLocalKey(func() T { ...; return init }).
func (l *lowerer) lowerThreadLocal(cd *ConstDef) {
	inner := cd.Type.(*Adt).Args[0]
	c := newChecker(l, nil, cd.Module)
	if cd.Value == nil {
		c.unsupported(cd.Span, "thread_local! static without a value")
		return
	}
	c.ret = inner // the value is the body of the key's init function
	c.checkExpr(cd.Value, inner)
	if c.failed {
		return
	}
	b := newBuilder(l, c)
	var body []ir.Stmt
	b.out = &body
	v := b.valueOf(cd.Value)
	if b.failed {
		return
	}
	gt := b.goType(inner, cd.Span)
	switch {
	case v != nil:
		body = append(body, &ir.ReturnStmt{Results: []ir.Expr{b.typed(v, gt)}})
	case !ir.Terminates(body):
		body = append(body, unreachable()) // the value panicked
	}
	init := &ir.FuncLit{Results: []ir.Type{gt}, Body: &ir.Block{Stmts: body}}
	l.out.Decls = append(l.out.Decls, &ir.VarDecl{
		Var:   &ir.Var{Name: goConstName(cd), Type: b.goType(cd.Type, cd.Span)},
		Value: &ir.Call{Fun: rt("NewLocalKey"), Args: []ir.Expr{init}}, Span: cd.Span})
}

package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// The ? operator: `x?` on an Option returns None from the function when x
// is None; on a Result it returns Err(From::from(e)) (the error converted
// by the user's From impl when the types differ), and is the value
// otherwise:
//
//	r := x
//	if r.IsErr() {
//		return rt.Err[T, F](r.ErrValue())
//	}
//	... r.OkValue() ...

// tryExpr checks X? against the return type of the enclosing fn or closure.
func (c *checker) tryExpr(e *ast.TryExpr) Ty {
	t := c.checkExpr(e.X, nil)
	x, ok := c.shallow(t).(*Adt)
	if !ok || (x.Def.Go["type"] != "rt.Option" && x.Def.Go["type"] != "rt.Result") {
		c.errorf(e.Span, "E0277", "the `?` operator can only be applied to values that implement `Try`")
		return c.newVar(GeneralVar)
	}
	if c.ret == nil { // a const or static's value: `?` would return
		c.errorf(e.Span, "E0572", "return statement outside of function body")
		return x.Args[0]
	}
	ret, isAdt := c.shallow(c.ret).(*Adt)
	if !isAdt {
		// A closure whose return type is still open takes the operand's kind.
		args := c.freshArgs(len(x.Def.Generics))
		if x.Def.Go["type"] == "rt.Result" {
			args[1] = x.Args[1]
		}
		c.unify(c.ret, &Adt{Def: x.Def, Args: args})
		ret, isAdt = c.shallow(c.ret).(*Adt)
	}
	if !isAdt || ret.Def != x.Def {
		c.errorf(e.Span, "E0277", "the `?` operator can only be used in a function that returns `Result` or `Option`")
		return x.Args[0]
	}
	if call, ok := unparen(e.X).(*ast.CallExpr); ok && isErrCtor(call.Fun) {
		c.noteDiverging(c.shallow(x.Args[0])) // Err(e)?: the value never exists, () unless used
	}
	st := c.stdState()
	if st.tryRet == nil {
		st.tryRet = map[*ast.TryExpr]Ty{}
	}
	st.tryRet[e] = c.ret
	return x.Args[0]
}

// isErrCtor reports whether f names Result's Err variant.
func isErrCtor(f ast.Expr) bool {
	p, ok := unparen(f).(*ast.PathExpr)
	return ok && p.Path.Last() == "Err"
}

// try lowers X? to an early return and the value.
func (b *builder) try(e *ast.TryExpr) ir.Expr {
	t := b.c.final(e.X).(*Adt)
	ret := b.c.resolve(b.c.std.tryRet[e], true).(*Adt)
	v := b.valueOf(e.X)
	tmp := b.temp("r", t, e.Span)
	b.emit(&ir.DeclStmt{Var: tmp, Value: v, Span: e.Span})
	r := &ir.VarRef{Var: tmp}
	targs := b.goTypes(ret.Args, e.Span)
	if t.Def.Go["type"] == "rt.Option" {
		b.emit(&ir.IfStmt{Cond: method(r, "IsNone"), Span: e.Span, Then: &ir.Block{Stmts: []ir.Stmt{
			&ir.ReturnStmt{Results: []ir.Expr{&ir.Call{Fun: rt("None"), TypeArgs: targs}}, Span: e.Span}}}})
		return method(r, "SomeValue")
	}
	errV := b.convertErr(method(r, "ErrValue"), t.Args[1], ret.Args[1], e.Span)
	b.emit(&ir.IfStmt{Cond: method(r, "IsErr"), Span: e.Span, Then: &ir.Block{Stmts: []ir.Stmt{
		&ir.ReturnStmt{Results: []ir.Expr{&ir.Call{Fun: rt("Err"), TypeArgs: targs, Args: []ir.Expr{errV}}}, Span: e.Span}}}})
	return method(r, "OkValue")
}

// convertErr is From::from(e) of the ? operator: the same type, a user
// From impl, or std's From<&str> and From<char> for String.
func (b *builder) convertErr(x ir.Expr, from, to Ty, span ast.Span) ir.Expr {
	from, to = b.c.resolve(from, true), b.c.resolve(to, true)
	if b.c.unifyProbe(from, to) {
		return x
	}
	if a, ok := to.(*Adt); ok && !a.Def.Std {
		if fn := b.userFrom(a, from); fn != nil {
			return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{x}}
		}
	}
	if isStringTy(to) {
		if p, ok := b.c.derefAll(from).(*Prim); ok && (p.Name == "str" || p.Name == "char") {
			return b.convertValue(x, from, to, span)
		}
	}
	if a, ok := to.(*Adt); ok && a.Def.Std && a.Def.Go["box"] != "" && isDynError(b.c.resolve(a.Args[0], true)) {
		if fd := b.c.derefAll(from); isStringTy(fd) || isPrimNamed(fd, "str") || b.implsError(from) {
			return b.convertValue(x, from, to, span) // Box<dyn Error>: From<E: Error>, From<&str>
		}
	}
	b.errorf(ast.Span{Start: span.End - 1, End: span.End}, "E0277", "`?` couldn't convert the error to `%s`", to) // at the `?`
	return x
}

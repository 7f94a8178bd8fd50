package lower

import (
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// A std function used as a value (`.or_insert_with(Vec::new)`,
// `.map(String::from)`, `.filter_map(Result::ok)`), or a user method that
// Go declares as a method (`.map(Point::norm)`), becomes a Go func literal
// whose body is the call on its parameters, lowered by the same rules as
// a written call (the receiver first, as in Point::norm(&p)).

func (b *builder) fnValue(fn *FnDef, e *ast.PathExpr) ir.Expr {
	ft, ok := b.c.final(e).(*FnTy)
	ci := b.c.calls[e]
	if !ok || ci == nil || trackCaller(fn) {
		b.unsupported(e.Pos(), "function `%s` used as a value", fn.Path)
		return b.unitValue()
	}
	lit := &ir.FuncLit{Body: &ir.Block{}}
	call := &ast.CallExpr{Fun: e, Span: e.Pos()}
	for i, p := range ft.Params {
		p = b.c.resolve(p, true)
		loc := &Local{Name: "x" + strconv.Itoa(i), Ty: p, Span: e.Pos()}
		pe := &ast.PathExpr{Path: &ast.Path{Span: e.Pos(), Segments: []*ast.PathSegment{{Name: ast.Ident{Name: loc.Name, Span: e.Pos()}}}}}
		b.c.refs[pe] = loc
		b.c.types[pe] = p
		v := &ir.Var{Name: "x", Type: b.goType(p, e.Pos()), Temp: true}
		b.vars[loc] = v
		lit.Params = append(lit.Params, v)
		call.Args = append(call.Args, pe)
	}
	b.c.calls[call] = ci
	b.c.types[call] = ft.Ret
	hasRet := b.hasValue(ft.Ret)
	if hasRet {
		lit.Results = []ir.Type{b.goType(ft.Ret, e.Pos())}
	}
	saved := b.out
	b.out = &lit.Body.Stmts
	v := b.callFn(call, ci, nil, call.Args)
	switch {
	case hasRet && v != nil:
		b.emit(&ir.ReturnStmt{Results: []ir.Expr{v}})
	case v != nil:
		if _, isCall := v.(*ir.Call); isCall {
			b.emit(&ir.ExprStmt{X: v})
		}
	}
	b.out = saved
	return lit
}

// selfParam is the receiver parameter of a method used as a function
// value (f64::max, String::len, Result::ok): none for other functions.
func (c *checker) selfParam(fn *FnDef, args []Ty) []Ty {
	if fn.Self == NoSelf {
		return nil
	}
	self := fn.SelfTy
	if self == nil {
		return nil
	}
	if fn.Owner != nil && (fn.Owner.Go["prim"] != "" || fn.Owner.Go["universal"] != "") && len(args) > 0 {
		self = args[0] // the methods of all integers/floats, blanket methods: Self is T
	}
	return []Ty{selfParamTy(fn, subst(self, args))}
}

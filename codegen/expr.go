package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/rs2go/rs2go/lower/ir"
)

func (g *gen) expr(e ir.Expr) *jen.Statement {
	switch e := e.(type) {
	case *ir.VarRef:
		return jen.Id(g.names.of(e.Var))
	case *ir.Blank:
		return jen.Id("_")
	case *ir.Qual:
		if e.Pkg == "" {
			return jen.Id(e.Name)
		}
		return jen.Qual(g.pkg(e.Pkg), e.Name)
	case *ir.Lit:
		return g.lit(e)
	case *ir.Call:
		return g.call(e)
	case *ir.Convert:
		if convParens(e.Type) {
			return jen.Parens(g.typ(e.Type)).Call(g.expr(e.X))
		}
		return g.typ(e.Type).Call(g.expr(e.X))
	case *ir.Selector:
		return g.operand(e.X).Dot(e.Name)
	case *ir.Binary:
		return g.operandOp(e.X).Op(e.Op).Add(g.operandOp(e.Y))
	case *ir.Unary:
		if _, nested := e.X.(*ir.Unary); nested && e.Op != "*" && e.Op != "&" {
			return jen.Op(e.Op).Parens(g.expr(e.X)) // - -x, not the decrement --x
		}
		return jen.Op(e.Op).Add(g.operandOp(e.X))
	case *ir.Index:
		return g.operand(e.X).Index(g.expr(e.Index))
	case *ir.SliceExpr:
		return g.operand(e.X).Index(g.exprOrEmpty(e.Lo), g.exprOrEmpty(e.Hi))
	case *ir.FuncLit:
		return g.funcLit(e)
	case *ir.CompositeLit:
		return g.composite(e)
	case *ir.TypeExpr:
		return g.typ(e.Type)
	case *ir.Paren:
		return jen.Parens(g.expr(e.X))
	case *ir.TypeAssert:
		return g.operand(e.X).Assert(g.typ(e.Type))
	case *ir.Inst:
		return g.expr(e.Fun).Types(g.types(e.TypeArgs)...)
	}
	panic(fmt.Sprintf("codegen: unknown expr %T", e))
}

// operand prints x where it is followed by a selector, index or call:
// unary and binary expressions need parentheses there (Go precedence).
func (g *gen) operand(x ir.Expr) *jen.Statement {
	switch x.(type) {
	case *ir.Unary, *ir.Binary, *ir.FuncLit:
		return jen.Parens(g.expr(x))
	}
	return g.expr(x)
}

// operandOp prints an operand of a binary operator with parentheses
// when it is itself a binary expression.
func (g *gen) operandOp(x ir.Expr) *jen.Statement {
	if _, ok := x.(*ir.Binary); ok {
		return jen.Parens(g.expr(x))
	}
	return g.expr(x)
}

func (g *gen) exprs(es []ir.Expr) []jen.Code {
	var out []jen.Code
	for _, e := range es {
		out = append(out, g.expr(e))
	}
	return out
}

func (g *gen) exprList(es []ir.Expr) *jen.Statement {
	return jen.List(g.exprs(es)...)
}

func (g *gen) lit(e *ir.Lit) *jen.Statement {
	var v *jen.Statement
	switch x := e.Value.(type) {
	case rune:
		v = jen.LitRune(x)
	default:
		v = jen.Lit(x)
	}
	if e.Type != nil {
		// jen.Lit of an int64 prints int64(n): print the plain digits and
		// let the conversion carry the type.
		switch x := e.Value.(type) {
		case int64:
			v = jen.Op(fmt.Sprint(x))
		case uint64:
			v = jen.Op(fmt.Sprint(x))
		case float64:
			v = jen.Lit(x)
		}
		return g.typ(e.Type).Call(v)
	}
	switch x := e.Value.(type) {
	case int64:
		return jen.Op(fmt.Sprint(x))
	case uint64:
		return jen.Op(fmt.Sprint(x))
	}
	return v
}

func (g *gen) call(e *ir.Call) *jen.Statement {
	f := g.operand(e.Fun)
	if len(e.TypeArgs) > 0 {
		f.Types(g.types(e.TypeArgs)...)
	}
	args := g.exprs(e.Args)
	if e.Spread && len(args) > 0 {
		args[len(args)-1] = jen.Add(args[len(args)-1]).Op("...")
	}
	return f.Call(args...)
}

func (g *gen) funcLit(e *ir.FuncLit) *jen.Statement {
	g.names.push()
	defer g.names.pop()
	out := jen.Func().Params(g.params(e.Params)...).Add(g.results(e.Results))
	g.lastLine = 0
	body := g.stmts(e.Body.Stmts)
	g.lastLine = 0
	return out.Block(body...)
}

func (g *gen) composite(e *ir.CompositeLit) *jen.Statement {
	var elems []jen.Code
	for i, el := range e.Elems {
		if e.Keys != nil {
			elems = append(elems, jen.Id(e.Keys[i]).Op(":").Add(g.expr(el)))
		} else {
			elems = append(elems, g.expr(el))
		}
	}
	return g.typ(e.Type).Values(elems...)
}

// exprOrEmpty is e, or an empty item (a slice bound left out) when nil.
func (g *gen) exprOrEmpty(e ir.Expr) jen.Code {
	if e == nil {
		return jen.Empty()
	}
	return g.expr(e)
}

// convParens reports whether conversion to t needs its type in
// parentheses: *T(x) would dereference, func()(x) would read (x) as the
// results, and so would a type that ends in a func, like []func(int32).
func convParens(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Pointer, *ir.Func:
		return true
	case *ir.Slice:
		return convParens(t.Elem)
	case *ir.Array:
		return convParens(t.Elem)
	case *ir.Map:
		return convParens(t.Elem)
	}
	return false
}

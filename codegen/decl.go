package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/rs2go/rs2go/lower/ir"
)

// decl prints one package-level declaration.
func (g *gen) decl(d ir.Decl) jen.Code {
	switch d := d.(type) {
	case *ir.FuncDecl:
		return g.funcDecl(d)
	case *ir.VarDecl:
		return g.varDecl(d)
	case *ir.TypeDecl:
		return g.typeDecl(d)
	}
	panic(fmt.Sprintf("codegen: unknown decl %T", d))
}

func (g *gen) funcDecl(d *ir.FuncDecl) jen.Code {
	g.names = newNames(g.globals)
	g.lastLine = 0
	s := jen.Func()
	if d.Recv != nil {
		s.Params(jen.Id(g.names.of(d.Recv)).Add(g.typ(d.Recv.Type)))
	}
	s.Id(d.Name)
	if len(d.TypeParams) > 0 {
		var tps []jen.Code
		for _, tp := range d.TypeParams {
			tps = append(tps, jen.Id(tp.Name).Add(g.typ(tp.Constraint)))
		}
		s.Types(tps...)
	}
	s.Params(g.params(d.Params)...)
	s.Add(g.results(d.Results))
	s.Block(g.stmts(d.Body.Stmts)...)
	return s
}

func (g *gen) varDecl(d *ir.VarDecl) jen.Code {
	kw := jen.Var()
	if d.Const {
		kw = jen.Const()
	}
	g.names = newNames(g.globals) // for the variables of a func literal in the value
	return kw.Id(d.Var.Name).Add(g.typ(d.Var.Type)).Op("=").Add(g.expr(d.Value))
}

func (g *gen) params(vs []*ir.Var) []jen.Code {
	var out []jen.Code
	for _, v := range vs {
		out = append(out, jen.Id(g.names.of(v)).Add(g.typ(v.Type)))
	}
	return out
}

func (g *gen) results(ts []ir.Type) jen.Code {
	switch len(ts) {
	case 0:
		return jen.Null()
	case 1:
		return g.typ(ts[0])
	}
	var out []jen.Code
	for _, t := range ts {
		out = append(out, g.typ(t))
	}
	return jen.Parens(jen.List(out...))
}

func (g *gen) typeDecl(d *ir.TypeDecl) jen.Code {
	s := jen.Type().Id(d.Name)
	if len(d.TypeParams) > 0 {
		var tps []jen.Code
		for _, tp := range d.TypeParams {
			tps = append(tps, jen.Id(tp.Name).Add(g.typ(tp.Constraint)))
		}
		s.Types(tps...)
	}
	return s.Add(g.typ(d.Type))
}

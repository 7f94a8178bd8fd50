package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/rs2go/rs2go/lower/ir"
)

// stmts prints a statement list, each preceded by its //line directive.
func (g *gen) stmts(list []ir.Stmt) []jen.Code {
	var out []jen.Code
	for _, s := range list {
		if dir := g.lineDirective(s.Pos()); dir != nil {
			out = append(out, dir)
		}
		out = append(out, g.stmt(s))
	}
	return out
}

// block prints a nested block; the next statement after it gets a fresh
// //line directive, since the block's directives moved the position.
func (g *gen) block(b *ir.Block) []jen.Code {
	g.names.push()
	defer g.names.pop()
	out := g.stmts(b.Stmts)
	g.lastLine = 0
	return out
}

func (g *gen) stmt(s ir.Stmt) jen.Code {
	switch s := s.(type) {
	case *ir.Block:
		return jen.Block(g.block(s)...)
	case *ir.DeclStmt:
		return g.declStmt(s)
	case *ir.AssignStmt:
		return g.exprList(s.Lhs).Op(s.Op).Add(g.exprList(s.Rhs))
	case *ir.ExprStmt:
		return g.expr(s.X)
	case *ir.IfStmt:
		return g.ifStmt(s)
	case *ir.ForStmt:
		return g.forStmt(s)
	case *ir.RangeStmt:
		return g.rangeStmt(s)
	case *ir.BranchStmt:
		return g.branch(s)
	case *ir.ReturnStmt:
		return jen.Return(g.exprs(s.Results)...)
	case *ir.SwitchStmt:
		return g.switchStmt(s)
	case *ir.TypeSwitchStmt:
		return g.typeSwitchStmt(s)
	case *ir.DeferStmt:
		return jen.Defer().Add(g.expr(s.Call))
	}
	panic(fmt.Sprintf("codegen: unknown stmt %T", s))
}

func (g *gen) declStmt(s *ir.DeclStmt) jen.Code {
	name := jen.Id(g.names.of(s.Var))
	if s.Value == nil {
		return jen.Var().Add(name).Add(g.typ(s.Var.Type))
	}
	return name.Op(":=").Add(g.expr(s.Value))
}

func (g *gen) ifStmt(s *ir.IfStmt) jen.Code {
	g.names.push() // the scope of Init's variables
	defer g.names.pop()
	var out *jen.Statement
	if s.Init != nil {
		out = jen.If(g.stmt(s.Init), g.expr(s.Cond)).Block(g.block(s.Then)...)
	} else {
		out = jen.If(g.expr(s.Cond)).Block(g.block(s.Then)...)
	}
	switch e := s.Else.(type) {
	case nil:
	case *ir.Block:
		out.Else().Block(g.block(e)...)
	default:
		out.Else().Add(g.stmt(e))
	}
	return out
}

func (g *gen) labeled(label string, loop *jen.Statement) jen.Code {
	if label == "" {
		return loop
	}
	return jen.Id(label).Op(":").Line().Add(loop)
}

func (g *gen) forStmt(s *ir.ForStmt) jen.Code {
	g.names.push()
	defer g.names.pop()
	var head *jen.Statement
	switch {
	case s.Init == nil && s.Post == nil && s.Cond == nil:
		head = jen.For()
	case s.Init == nil && s.Post == nil:
		head = jen.For(g.expr(s.Cond))
	default:
		head = jen.For(g.simple(s.Init), g.exprOrNull(s.Cond), g.simple(s.Post))
	}
	return g.labeled(s.Label, head.Block(g.block(s.Body)...))
}

// simple prints a simple statement in a for header (no //line directive).
func (g *gen) simple(s ir.Stmt) jen.Code {
	if s == nil {
		return jen.Null()
	}
	return g.stmt(s)
}

func (g *gen) exprOrNull(e ir.Expr) jen.Code {
	if e == nil {
		return jen.Null()
	}
	return g.expr(e)
}

func (g *gen) rangeStmt(s *ir.RangeStmt) jen.Code {
	g.names.push()
	defer g.names.pop()
	var vars []jen.Code
	switch {
	case s.Key == nil && s.Value == nil:
	case s.Value == nil:
		vars = []jen.Code{jen.Id(g.names.of(s.Key))}
	case s.Key == nil:
		vars = []jen.Code{jen.Id("_"), jen.Id(g.names.of(s.Value))}
	default:
		vars = []jen.Code{jen.Id(g.names.of(s.Key)), jen.Id(g.names.of(s.Value))}
	}
	var head *jen.Statement
	if len(vars) == 0 {
		head = jen.For(jen.Range().Add(g.expr(s.X)))
	} else {
		head = jen.For(jen.List(vars...).Op(":=").Range().Add(g.expr(s.X)))
	}
	return g.labeled(s.Label, head.Block(g.block(s.Body)...))
}

func (g *gen) branch(s *ir.BranchStmt) jen.Code {
	var out *jen.Statement
	if s.Tok == "break" {
		out = jen.Break()
	} else {
		out = jen.Continue()
	}
	if s.Label != "" {
		out.Id(s.Label)
	}
	return out
}

func (g *gen) switchStmt(s *ir.SwitchStmt) jen.Code {
	var cases []jen.Code
	for _, c := range s.Cases {
		body := g.block(c.Body) // a case is a block of its own
		if len(c.List) == 0 {
			cases = append(cases, jen.Default().Block(body...))
		} else {
			cases = append(cases, jen.Case(g.exprs(c.List)...).Block(body...))
		}
	}
	var head *jen.Statement
	if s.Tag == nil {
		head = jen.Switch()
	} else {
		head = jen.Switch(g.expr(s.Tag))
	}
	return g.labeled(s.Label, head.Block(cases...))
}

// typeSwitchStmt prints switch v := x.(type); the clauses' variables all
// take the name the first one gets, declared in the switch's own scope.
func (g *gen) typeSwitchStmt(s *ir.TypeSwitchStmt) jen.Code {
	g.names.push()
	defer g.names.pop()
	name := ""
	for _, c := range s.Cases {
		if c.Var == nil {
			continue
		}
		if name == "" {
			name = g.names.of(c.Var)
		} else {
			g.names.alias(c.Var, name)
		}
	}
	var cases []jen.Code
	for _, c := range s.Cases {
		body := g.block(c.Body)
		if len(c.Types) == 0 {
			cases = append(cases, jen.Default().Block(body...))
			continue
		}
		var types []jen.Code
		for _, t := range c.Types {
			types = append(types, g.typ(t))
		}
		cases = append(cases, jen.Case(types...).Block(body...))
	}
	x := g.operand(s.X).Assert(jen.Type())
	var head *jen.Statement
	if name == "" {
		head = jen.Switch(x)
	} else {
		head = jen.Switch(jen.Id(name).Op(":=").Add(x))
	}
	return g.labeled(s.Label, head.Block(cases...))
}

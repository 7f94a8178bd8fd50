package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Formatting forwarded by path: fmt::Display::fmt(&self.0, f) in an impl
// of Display (Debug, LowerHex, ...) formats the value as that trait does,
// with the formatter's spec (width, precision, fill) as it is. The std
// model's fmt traits have no methods (a user type's impl is a Go method
// FmtDisplay, ..., made by fmtWrappers), so the checker takes these
// calls itself.

// fmtForward checks Trait::fmt(x, f) for a std fmt trait, if pe names
// one; it reports whether it did, and the call's type.
func (c *checker) fmtForward(e *ast.CallExpr, pe *ast.PathExpr) (Ty, bool) {
	names := pathNames(pe.Path)
	if len(names) < 2 || names[len(names)-1] != "fmt" || len(e.Args) != 2 {
		return nil, false
	}
	tr, ok := c.l.resolvePath(c.mod, names[:len(names)-1]).(*TraitDef)
	if !ok || !tr.Std {
		return nil, false
	}
	if _, known := traitNamed(fmtTraits, tr.Name); !known {
		return nil, false
	}
	x := c.checkExpr(e.Args[0], nil)
	if _, isRef := c.shallow(x).(*RefTy); !isRef {
		c.mismatch(e.Args[0].Pos(), &RefTy{Elem: x}, x)
	}
	c.checkExpr(e.Args[1], &RefTy{Mut: true, Elem: c.stdAdt("fmt", "Formatter")})
	if c.fmtForwards == nil {
		c.fmtForwards = map[*ast.CallExpr]string{}
	}
	c.fmtForwards[e] = tr.Name
	res, _ := c.l.resolvePath(c.l.std, []string{"fmt", "Result"}).(*AliasDef)
	return c.l.astType(res.Decl.Type, &typeEnv{mod: res.Module}), true
}

// fmtForward lowers Trait::fmt(x, f) to rt.FmtAs(f, verb, x, fn): fn
// formats x as trait does, f's verb set to the trait's for the call.
func (b *builder) fmtForward(e *ast.CallExpr, trait string) ir.Expr {
	t := b.c.resolve(b.c.derefAll(b.c.final(e.Args[0])), true)
	x := b.autoDeref(b.read(e.Args[0]), b.c.final(e.Args[0]))
	f := b.read(e.Args[1])
	fn, ok := b.userVerbFmt(t, trait, e.Args[0].Pos())
	if !ok {
		fn = b.fmtFunc(t, trait == "Debug", e.Args[0].Pos())
	}
	tr, _ := traitNamed(fmtTraits, trait)
	return &ir.Call{Fun: rt("FmtAs"), Args: []ir.Expr{f, &ir.Lit{Value: rune(tr.verb)}, x, fn}}
}

package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// checkPat types pattern p against the scrutinee type t and declares its
// bindings in the current scope. Matching a reference with a non-reference
// pattern derefs it (Rust's default binding modes); the bindings then have
// reference types.
func (c *checker) checkPat(p ast.Pat, t Ty) {
	c.patTypes[p] = t
	switch p := p.(type) {
	case *ast.IdentPat:
		if it := c.unitItem(p); it != nil {
			c.checkPathPat(p.Span, it, t)
			return
		}
		if p.Sub != nil {
			c.checkPat(p.Sub, t)
		}
		c.declare(p, p.Name, p.Mut, t)
	case *ast.WildPat, *ast.RestPat:
	case *ast.LitPat:
		c.checkExpr(p.Lit, c.derefAll(t))
	case *ast.RangePat:
		if p.Lo != nil {
			c.checkExpr(p.Lo, c.derefAll(t))
		}
		if p.Hi != nil {
			c.checkExpr(p.Hi, c.derefAll(t))
		}
	case *ast.TuplePat:
		c.checkTuplePat(p, t)
	case *ast.TupleStructPat:
		c.checkTupleStructPat(p, t)
	case *ast.PathPat:
		it := c.l.resolvePath(c.mod, pathNames(p.Path))
		if it == nil {
			c.errorf(p.Path.Span, "E0531", "cannot find unit struct, unit variant or constant `%s` in this scope", pathString(p.Path))
			return
		}
		c.checkPathPat(p.Path.Span, it, t)
	case *ast.OrPat:
		for _, alt := range p.Alts {
			c.checkPat(alt, t)
		}
	case *ast.RefPat:
		inner := c.newVar(GeneralVar)
		if !c.unify(t, &RefTy{Mut: p.Mut, Elem: inner}) {
			c.mismatch(p.Span, t, &RefTy{Mut: p.Mut, Elem: inner})
		}
		c.checkPat(p.Pat, inner)
	case *ast.BadPat:
		c.unsupported(p.Span, "%s", p.What)
	default:
		c.unsupported(p.Pos(), "this pattern")
	}
}

// derefAll strips references from a (resolved) type.
func (c *checker) derefAll(t Ty) Ty {
	for {
		r, ok := c.shallow(t).(*RefTy)
		if !ok {
			return c.shallow(t)
		}
		t = r.Elem
	}
}

// unitItem resolves a single-name identifier pattern that names a unit
// variant (None) or unit struct rather than introducing a binding.
func (c *checker) unitItem(p *ast.IdentPat) any {
	if p.Sub != nil || p.Mut || p.Ref {
		return nil
	}
	switch it := c.l.lookup(c.mod, p.Name.Name).(type) {
	case *VariantDef:
		if len(it.Fields) == 0 {
			return it
		}
	}
	return nil
}

func (c *checker) checkPathPat(s ast.Span, it any, t Ty) {
	v, ok := it.(*VariantDef)
	if !ok {
		c.unsupported(s, "this path pattern")
		return
	}
	adt := &Adt{Def: v.Enum, Args: c.freshArgs(len(v.Enum.Generics))}
	if !c.unify(c.derefAll(t), adt) {
		c.mismatch(s, t, adt)
	}
}

func (c *checker) checkTuplePat(p *ast.TuplePat, t Ty) {
	base := c.derefAll(t)
	ref := base != c.shallow(t)
	tt, ok := base.(*TupleTy)
	if !ok {
		var elems []Ty
		for range p.Elems {
			elems = append(elems, c.newVar(GeneralVar))
		}
		tt = &TupleTy{Elems: elems}
		if !c.unify(base, tt) {
			c.mismatch(p.Span, base, tt)
			return
		}
	}
	if len(tt.Elems) != len(p.Elems) {
		for _, e := range p.Elems {
			if _, rest := e.(*ast.RestPat); rest {
				c.unsupported(e.Pos(), "`..` in a tuple pattern")
				return
			}
		}
		c.errorf(p.Span, "E0308", "mismatched types: expected a tuple with %d elements, found one with %d elements", len(tt.Elems), len(p.Elems))
		return
	}
	for i, e := range p.Elems {
		c.checkPat(e, c.refTo(tt.Elems[i], ref))
	}
}

// refTo wraps t in a shared reference when a pattern matched through one.
func (c *checker) refTo(t Ty, ref bool) Ty {
	if !ref {
		return t
	}
	return &RefTy{Elem: t}
}

func (c *checker) checkTupleStructPat(p *ast.TupleStructPat, t Ty) {
	v, ok := c.l.resolvePath(c.mod, pathNames(p.Path)).(*VariantDef)
	if !ok {
		c.errorf(p.Path.Span, "E0531", "cannot find tuple struct or tuple variant `%s` in this scope", pathString(p.Path))
		return
	}
	base := c.derefAll(t)
	ref := base != c.shallow(t)
	args := c.freshArgs(len(v.Enum.Generics))
	adt := &Adt{Def: v.Enum, Args: args}
	if !c.unify(base, adt) {
		c.mismatch(p.Span, t, adt)
		return
	}
	c.patVariant[p] = v
	if len(p.Elems) != len(v.Fields) {
		c.errorf(p.Span, "E0023", "this pattern has %d field%s, but the corresponding tuple variant has %d field%s",
			len(p.Elems), plural(len(p.Elems)), len(v.Fields), plural(len(v.Fields)))
		return
	}
	for i, e := range p.Elems {
		c.checkPat(e, c.refTo(subst(v.Fields[i], args), ref))
	}
}

// refutable reports whether a pattern can fail to match.
func (c *checker) refutable(p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.IdentPat:
		return c.unitItem(p) != nil || (p.Sub != nil && c.refutable(p.Sub))
	case *ast.WildPat, *ast.RestPat:
		return false
	case *ast.TuplePat:
		for _, e := range p.Elems {
			if c.refutable(e) {
				return true
			}
		}
		return false
	case *ast.RefPat:
		return c.refutable(p.Pat)
	case *ast.OrPat:
		for _, a := range p.Alts {
			if !c.refutable(a) {
				return false
			}
		}
		return true
	}
	return true
}

package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// Conversion parameters: `name: impl Into<String>`, `s: S` with
// `S: AsRef<str>`. Every type that meets such a bound and that rs2go
// passes (String, &String, &str) is a Go string, and converting it to
// the bound's target is the identity; so the parameter takes the target
// type itself (String, &str), as an iterator parameter takes std's one
// iterator type, and each argument is checked to be one of them. A
// parameter that the type names elsewhere (in the result, inside another
// type) stays generic.

// convTargets are the bounds that make a conversion parameter (trait and
// argument): Into<String> and AsRef<str>.
var convTargets = map[[2]string]bool{{"Into", "String"}: true, {"AsRef", "str"}: true}

// convCompanions are the other bounds such a parameter may have: their
// methods are the same on the target.
var convCompanions = map[string]bool{"Display": true, "Debug": true, "Clone": true}

// convTarget returns the target of bounds, or nil when they do not make
// a conversion parameter.
func (l *lowerer) convTarget(bounds []ast.Type, m *Module) Ty {
	var target Ty
	for _, bd := range bounds {
		pt, ok := bd.(*ast.PathType)
		if !ok {
			return nil
		}
		tr, ok := l.resolvePath(m, pathNames(pt.Path)).(*TraitDef)
		if !ok || !tr.Std {
			return nil
		}
		if convCompanions[tr.Name] {
			continue
		}
		seg := pt.Path.Segments[len(pt.Path.Segments)-1]
		if len(seg.Args) != 1 || target != nil {
			return nil
		}
		arg, ok := seg.Args[0].(*ast.PathType)
		if !ok || len(arg.Path.Segments) != 1 {
			return nil
		}
		if !convTargets[[2]string{tr.Name, arg.Path.Last()}] {
			return nil
		}
		target = &RefTy{Elem: tyStr}
		if tr.Name == "Into" {
			target = &Adt{Def: l.stdDef("string", "String")}
		}
	}
	return target
}

// convParams finds the conversion parameters among d's generics: those
// whose bounds make one and that only a parameter's whole type names.
func (l *lowerer) convParams(d *ast.FnDecl, m *Module) map[string]Ty {
	if d.Generics == nil {
		return nil
	}
	bounds := map[string][]ast.Type{}
	for _, gp := range d.Generics.Params {
		if !gp.Lifetime && !gp.Const {
			bounds[gp.Name.Name] = append(bounds[gp.Name.Name], gp.Bounds...)
		}
	}
	for _, w := range d.Generics.Where {
		pt, ok := w.Ty.(*ast.PathType)
		if !ok || len(pt.Path.Segments) != 1 {
			continue
		}
		if _, ok := bounds[pt.Path.Last()]; ok {
			bounds[pt.Path.Last()] = append(bounds[pt.Path.Last()], w.Bounds...)
		}
	}
	out := map[string]Ty{}
	for name, bs := range bounds {
		t := l.convTarget(bs, m)
		if t == nil || len(bs) == 0 {
			continue
		}
		whole := false
		named := d.Ret != nil && typeNames(d.Ret, name)
		for _, p := range d.Params {
			if pt, ok := p.Type.(*ast.PathType); ok && len(pt.Path.Segments) == 1 && pt.Path.Last() == name && len(pt.Path.Segments[0].Args) == 0 {
				whole = true
			} else if typeNames(p.Type, name) {
				named = true
			}
		}
		if whole && !named {
			out[name] = t
		}
	}
	return out
}

// convParam returns the target of a parameter of type t that is a
// conversion parameter (`impl Into<String>`, or S of conv), or nil.
func (l *lowerer) convParam(t ast.Type, conv map[string]Ty, m *Module) Ty {
	switch x := t.(type) {
	case *ast.ImplTraitType:
		return l.convTarget(x.Bounds, m)
	case *ast.PathType:
		if len(x.Path.Segments) == 1 && len(x.Path.Segments[0].Args) == 0 {
			return conv[x.Path.Last()]
		}
	}
	return nil
}

// typeNames reports whether type t names the type parameter name.
func typeNames(t ast.Type, name string) bool {
	any := func(ts []ast.Type) bool {
		for _, x := range ts {
			if x != nil && typeNames(x, name) {
				return true
			}
		}
		return false
	}
	switch x := t.(type) {
	case *ast.PathType:
		if len(x.Path.Segments) > 0 && x.Path.Segments[0].Name.Name == name {
			return true
		}
		for _, s := range x.Path.Segments {
			if any(s.Args) {
				return true
			}
			for _, b := range s.Bindings {
				if typeNames(b.Type, name) {
					return true
				}
			}
		}
	case *ast.RefType:
		return typeNames(x.Elem, name)
	case *ast.PtrType:
		return typeNames(x.Elem, name)
	case *ast.TupleType:
		return any(x.Elems)
	case *ast.ArrayType:
		return typeNames(x.Elem, name)
	case *ast.SliceType:
		return typeNames(x.Elem, name)
	case *ast.FnPtrType:
		return any(x.Params) || x.Ret != nil && typeNames(x.Ret, name)
	case *ast.TraitObjectType:
		return any(x.Bounds)
	case *ast.ImplTraitType:
		return any(x.Bounds)
	case *ast.FnTraitType:
		return any(x.Params) || x.Ret != nil && typeNames(x.Ret, name)
	}
	return false
}

// convArg checks argument a of conversion parameter of type target: a
// String, &String or &str (the Go strings), as Rust's impls take them.
func (c *checker) convArg(a ast.Expr, target Ty) {
	at := c.checkExpr(a, nil)
	inner := c.resolve(at, false)
	if r, ok := inner.(*RefTy); ok && !r.Mut {
		inner = c.resolve(r.Elem, false)
	}
	if isStringTy(inner) || isPrimNamed(inner, "str") {
		c.coerced[a] = target
		return
	}
	c.unsupported(a.Pos(), "`%s` passed where `%s` is converted from (only String, &String and &str)", c.resolve(at, false), target)
}

package lower

import "github.com/rs2go/rs2go/frontend/ast"

// An or-pattern nested in a match arm's pattern that may bind variables,
// `Some(E::A(n) | E::B(n))`, is lifted to the top of the arm's pattern,
// `Some(E::A(n)) | Some(E::B(n))`: the same alternatives, tried in the
// same order (with the guard for each), which the arm's lowering splits
// into one arm per alternative (splitOrArms). Each alternative is a
// fresh copy of the pattern's nodes, so each binds its own variables,
// which shareOrBindings makes one, as for an or-pattern written so.

// maxLifted bounds the alternatives a lift may make (the product of the
// nested or-patterns' sizes); beyond it the pattern is left alone.
const maxLifted = 16

// liftOrPats returns p with its nested or-patterns lifted, if one of them
// holds an identifier pattern (a binding; lifting one that names a const
// or a unit variant is right too).
func liftOrPats(p ast.Pat) ast.Pat {
	if !nestedOrIdent(p, false, false) {
		return p
	}
	alts := orAlts(p)
	if len(alts) < 2 {
		return p
	}
	return &ast.OrPat{Alts: alts, Span: p.Pos()}
}

// nestedOrIdent reports whether p (below another pattern if below, in an
// or-pattern below another if inOr) holds an identifier pattern in an
// or-pattern below its top.
func nestedOrIdent(p ast.Pat, below, inOr bool) bool {
	switch x := p.(type) {
	case *ast.IdentPat:
		return inOr || x.Sub != nil && nestedOrIdent(x.Sub, true, inOr)
	case *ast.OrPat:
		for _, a := range x.Alts {
			if nestedOrIdent(a, below, inOr || below) {
				return true
			}
		}
		return false
	}
	for _, s := range subPats(p) {
		if nestedOrIdent(s, true, inOr) {
			return true
		}
	}
	return false
}

// subPats lists the patterns directly inside p.
func subPats(p ast.Pat) []ast.Pat {
	switch x := p.(type) {
	case *ast.TuplePat:
		return x.Elems
	case *ast.TupleStructPat:
		return x.Elems
	case *ast.SlicePat:
		return x.Elems
	case *ast.RefPat:
		return []ast.Pat{x.Pat}
	case *ast.StructPat:
		var out []ast.Pat
		for _, f := range x.Fields {
			out = append(out, f.Pat)
		}
		return out
	}
	return nil
}

// orAlts lists the or-free alternatives of p, each a fresh copy, or nil
// when there would be more than maxLifted.
func orAlts(p ast.Pat) []ast.Pat {
	switch x := p.(type) {
	case *ast.OrPat:
		var out []ast.Pat
		for _, a := range x.Alts {
			as := orAlts(a)
			if as == nil || len(out)+len(as) > maxLifted {
				return nil
			}
			out = append(out, as...)
		}
		return out
	case *ast.IdentPat:
		if x.Sub == nil {
			cp := *x
			return []ast.Pat{&cp}
		}
		var out []ast.Pat
		for _, s := range orAlts(x.Sub) {
			cp := *x
			cp.Sub = s
			out = append(out, &cp)
		}
		return out
	case *ast.TuplePat:
		return product(x.Elems, func(es []ast.Pat) ast.Pat { return &ast.TuplePat{Elems: es, Span: x.Span} })
	case *ast.TupleStructPat:
		return product(x.Elems, func(es []ast.Pat) ast.Pat { return &ast.TupleStructPat{Path: x.Path, Elems: es, Span: x.Span} })
	case *ast.SlicePat:
		return product(x.Elems, func(es []ast.Pat) ast.Pat { return &ast.SlicePat{Elems: es, Span: x.Span} })
	case *ast.RefPat:
		return product([]ast.Pat{x.Pat}, func(es []ast.Pat) ast.Pat { return &ast.RefPat{Mut: x.Mut, Pat: es[0], Span: x.Span} })
	case *ast.StructPat:
		return product(subPats(x), func(es []ast.Pat) ast.Pat {
			fields := make([]*ast.FieldPat, len(es))
			for i, f := range x.Fields {
				fields[i] = &ast.FieldPat{Name: f.Name, Pat: es[i], Shorthand: f.Shorthand}
			}
			return &ast.StructPat{Path: x.Path, Fields: fields, Rest: x.Rest, Span: x.Span}
		})
	}
	return []ast.Pat{p} // a literal, a range, a path, _, ..: no variables
}

// product makes one pattern (by mk) for each combination of the
// alternatives of elems, in order (the first element's vary slowest), or
// nil when there would be more than maxLifted.
func product(elems []ast.Pat, mk func([]ast.Pat) ast.Pat) []ast.Pat {
	combos := [][]ast.Pat{nil}
	for _, e := range elems {
		as := orAlts(e)
		if as == nil || len(combos)*len(as) > maxLifted {
			return nil
		}
		var next [][]ast.Pat
		for _, c := range combos {
			for _, a := range as {
				if len(combos) > 1 {
					a = orAlts(a)[0] // a fresh copy for each combination
				}
				next = append(next, append(c[:len(c):len(c)], a))
			}
		}
		combos = next
	}
	out := make([]ast.Pat, len(combos))
	for i, c := range combos {
		out[i] = mk(c)
	}
	return out
}

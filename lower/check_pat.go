package lower

import (
	"slices"
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
)

// checkPat types pattern p against the scrutinee type t and declares its
// bindings in the current scope. Matching a reference with a non-reference
// pattern derefs it (Rust's default binding modes); the bindings then have
// reference types.
func (c *checker) checkPat(p ast.Pat, t Ty) { c.checkPatIn(p, t, bindMove) }

// bindMode is Rust's default binding mode: how a binding takes its
// value once a non-reference pattern has matched through references.
type bindMode int

const (
	bindMove   bindMode = iota
	bindRef             // through a shared reference: bindings are &T
	bindRefMut          // through &mut references only: bindings are &mut T
)

// modeThrough gives the binding mode after a pattern matches through the
// references of t.
func (c *checker) modeThrough(t Ty, m bindMode) bindMode {
	for {
		r, ok := c.shallow(t).(*RefTy)
		if !ok {
			return m
		}
		if !r.Mut {
			m = bindRef
		} else if m == bindMove {
			m = bindRefMut
		}
		t = r.Elem
	}
}

// checkPatIn types p against a place of type t with binding mode mode:
// once a non-reference pattern has matched through a reference, bindings
// borrow (`ref`, `ref mut`) instead of moving. The recorded pattern type
// is then &t, which Go represents as t itself. A reference pattern `&q`
// resets the mode and matches t itself, as does a `mut x` binding
// (editions up to 2021). A binding by &mut (refMutBind) takes the address
// of its place.
func (c *checker) checkPatIn(p ast.Pat, t Ty, mode bindMode) {
	c.patTypes[p] = c.refTo(t, mode != bindMove)
	switch p := p.(type) {
	case *ast.IdentPat:
		if it := c.unitItem(p); it != nil {
			c.checkPathPat(p.Span, p, &ast.Path{Segments: []*ast.PathSegment{{Name: p.Name}}, Span: p.Name.Span}, it, t)
			return
		}
		if p.Sub != nil {
			c.checkPatIn(p.Sub, t, mode)
		}
		bt := t
		switch {
		case p.Ref && p.Mut, mode == bindRefMut && !p.Mut: // `ref mut x`
			bt = &RefTy{Mut: true, Elem: t}
			c.refMutBind[p] = true
		case p.Ref && !p.Mut, mode == bindRef && !p.Mut:
			bt = c.refTo(t, true)
		case p.Mut && !p.Ref:
			c.patTypes[p] = t // `mut x` binds by value
		}
		c.declare(p, p.Name, p.Mut, bt)
	case *ast.WildPat, *ast.RestPat:
	case *ast.LitPat:
		lt := c.checkExpr(p.Lit, nil)
		if !c.unify(c.derefAll(lt), c.derefAll(t)) {
			c.mismatch(p.Span, t, lt)
		}
	case *ast.RangePat:
		if p.Lo != nil {
			c.checkExpr(p.Lo, c.derefAll(t))
		}
		if p.Hi != nil {
			c.checkExpr(p.Hi, c.derefAll(t))
		}
	case *ast.TuplePat:
		c.checkTuplePat(p, t, mode)
	case *ast.TupleStructPat:
		c.checkTupleStructPat(p, t, mode)
	case *ast.StructPat:
		c.checkStructPat(p, t, mode)
	case *ast.PathPat:
		it, _ := c.resolveValuePath(p.Path)
		if it == nil {
			c.errorf(p.Path.Span, "E0531", "cannot find unit struct, unit variant or constant `%s` in this scope", pathString(p.Path))
			return
		}
		c.checkPathPat(p.Path.Span, p, p.Path, it, t)
	case *ast.OrPat:
		for _, alt := range p.Alts {
			c.checkPatIn(alt, t, mode)
		}
		if c.sameOrBindings(p) {
			c.shareOrBindings(p)
		}
	case *ast.RefPat:
		c.patTypes[p] = t
		inner := c.newVar(GeneralVar)
		if !c.unify(t, &RefTy{Mut: p.Mut, Elem: inner}) {
			c.mismatch(p.Span, t, &RefTy{Mut: p.Mut, Elem: inner})
		}
		c.checkPat(p.Pat, inner)
	case *ast.SlicePat:
		c.checkSlicePat(p, t, mode)
	case *ast.BadPat:
		c.unsupported(p.Span, "%s", p.What)
	default:
		c.unsupported(p.Pos(), "this pattern")
	}
}

// sameOrBindings reports E0408 for a name that some alternatives of an
// or-pattern bind and others do not (Some(e) | None), and whether there
// is none.
func (c *checker) sameOrBindings(p *ast.OrPat) bool {
	names := make([]map[string]bool, len(p.Alts))
	var all []string
	for i, alt := range p.Alts {
		names[i] = map[string]bool{}
		walkPat(alt, func(q ast.Pat) {
			if ip, ok := q.(*ast.IdentPat); ok && c.locals[ip] != nil {
				if !slices.Contains(all, ip.Name.Name) {
					all = append(all, ip.Name.Name)
				}
				names[i][ip.Name.Name] = true
			}
		})
	}
	ok := true
	for _, name := range all {
		for i, alt := range p.Alts {
			if !names[i][name] {
				c.errorf(alt.Pos(), "E0408", "variable `%s` is not bound in all patterns", name)
				ok = false
				break
			}
		}
	}
	return ok
}

// shareOrBindings makes a name bound in several alternatives of an
// or-pattern one variable, as Rust does: the arm's body refers to the
// last alternative's declaration, and every alternative binds it.
func (c *checker) shareOrBindings(p *ast.OrPat) {
	final := map[string]*Local{}
	walkPat(p.Alts[len(p.Alts)-1], func(q ast.Pat) {
		if ip, ok := q.(*ast.IdentPat); ok && c.locals[ip] != nil {
			final[ip.Name.Name] = c.locals[ip]
		}
	})
	for _, alt := range p.Alts[:len(p.Alts)-1] {
		walkPat(alt, func(q ast.Pat) {
			ip, ok := q.(*ast.IdentPat)
			if !ok || c.locals[ip] == nil {
				return
			}
			if f := final[ip.Name.Name]; f != nil && f != c.locals[ip] {
				if !c.unify(c.locals[ip].Ty, f.Ty) {
					c.mismatch(ip.Span, f.Ty, c.locals[ip].Ty)
				}
				c.locals[ip] = f
			}
		})
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
	case *ConstDef:
		if !it.Static {
			return it // `LIMIT =>` compares with the const
		}
	}
	return nil
}

// constPat checks a const used as a pattern (LIMIT, u32::MAX): the
// scrutinee is compared with its value, a path expression checked here
// (constPats). Only a number, char, bool or &str compares with Go's ==
// as Rust's structural match does.
func (c *checker) constPat(s ast.Span, p ast.Pat, path *ast.Path, t Ty) {
	pe := &ast.PathExpr{Path: path}
	ct := c.checkExpr(pe, nil)
	if !c.unify(c.derefAll(t), c.derefAll(ct)) {
		c.mismatch(s, t, ct)
		return
	}
	switch x := c.resolve(ct, true).(type) {
	case *Prim:
	case *RefTy:
		if !isPrimNamed(x.Elem, "str") {
			c.unsupported(s, "a const of type `%s` as a pattern", x)
			return
		}
	default:
		c.unsupported(s, "a const of type `%s` as a pattern", x)
		return
	}
	if c.constPats == nil {
		c.constPats = map[ast.Pat]*ast.PathExpr{}
	}
	c.constPats[p] = pe
}

// expandRest rewrites the one `..` of a tuple or tuple-struct pattern
// with n elements into the wildcards it stands for (`E::Two(a, ..)` is
// `E::Two(a, _)`), so that every later pass sees one pattern per element;
// elems is unchanged when it has no `..` or more elements than n.
func expandRest(elems []ast.Pat, n int) []ast.Pat {
	rest := -1
	for i, e := range elems {
		if _, ok := e.(*ast.RestPat); ok {
			if rest >= 0 {
				return elems // two `..`: reported as a length mismatch
			}
			rest = i
		}
	}
	if rest < 0 || len(elems)-1 > n {
		return elems
	}
	out := append([]ast.Pat(nil), elems[:rest]...)
	for range n - (len(elems) - 1) {
		out = append(out, &ast.WildPat{Span: elems[rest].Pos()})
	}
	return append(out, elems[rest+1:]...)
}

func (c *checker) checkPathPat(s ast.Span, p ast.Pat, path *ast.Path, it any, t Ty) {
	if cd, ok := it.(*ConstDef); ok && !cd.Static {
		c.constPat(s, p, path, t)
		return
	}
	v, ok := it.(*VariantDef)
	if !ok {
		c.unsupported(s, "this path pattern")
		return
	}
	if pp, ok := p.(*ast.PathPat); ok {
		c.patVariant[pp] = v // Self::A, Alias::A: resolved here only
	}
	adt := &Adt{Def: v.Enum, Args: c.freshArgs(len(v.Enum.Generics))}
	if !c.unify(c.derefAll(t), adt) {
		c.mismatch(s, t, adt)
	}
}

func (c *checker) checkTuplePat(p *ast.TuplePat, t Ty, mode bindMode) {
	base := c.derefAll(t)
	ref := c.modeThrough(t, mode)
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
	p.Elems = expandRest(p.Elems, len(tt.Elems))
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
		c.checkPatIn(e, tt.Elems[i], ref)
	}
}

// checkSlicePat checks [a, b], [first, .., last] and [head, tail @ ..]
// against an array or a slice (through references: default binding
// modes). A `..` binding has the slice type, or for an array the array
// of the remaining length.
func (c *checker) checkSlicePat(p *ast.SlicePat, t Ty, mode bindMode) {
	base := c.derefAll(t)
	mode = c.modeThrough(t, mode)
	ref := mode != bindMove
	rest := slicePatRest(p)
	fixed := len(p.Elems)
	if rest >= 0 {
		fixed--
	}
	var elem Ty
	arrLen := int64(-1)
	switch bt := base.(type) {
	case *SliceTy:
		elem = bt.Elem
	case *ArrayTy:
		elem, arrLen = bt.Elem, bt.Len
		if rest < 0 && int64(fixed) != arrLen {
			c.errorf(p.Span, "E0527", "pattern requires %d element%s but array has %d", fixed, plural(fixed), arrLen)
			return
		}
		if rest >= 0 && int64(fixed) > arrLen {
			c.errorf(p.Span, "E0528", "pattern requires at least %d element%s but array has %d", fixed, plural(fixed), arrLen)
			return
		}
	case *TyVar:
		// Not known here (a method rs2go does not model: [1, 2].map(f)):
		// rustc would know it.
		c.unsupported(p.Span, "a slice pattern on a value whose type is not known here")
		return
	default:
		c.errorf(p.Span, "E0529", "expected an array or slice, found `%s`", c.resolve(t, false))
		return
	}
	for i, e := range p.Elems {
		if i == rest {
			if ip, ok := e.(*ast.IdentPat); ok {
				var rt Ty = &SliceTy{Elem: elem}
				if arrLen >= 0 {
					rt = &ArrayTy{Elem: elem, Len: arrLen - int64(fixed)}
				}
				c.patTypes[e] = c.refTo(rt, ref)
				c.patTypes[ip.Sub] = c.refTo(rt, ref)
				bt := c.refTo(rt, ref)
				if mode == bindRefMut {
					bt = &RefTy{Mut: true, Elem: rt} // a Go slice either way
				}
				c.declare(ip, ip.Name, ip.Mut, bt)
			}
			continue
		}
		c.checkPatIn(e, elem, mode)
	}
}

// slicePatRest returns the index of the `..` (or `name @ ..`) element of
// a slice pattern, or -1.
func slicePatRest(p *ast.SlicePat) int {
	for i, e := range p.Elems {
		if isRestPat(e) {
			return i
		}
	}
	return -1
}

func isRestPat(p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.RestPat:
		return true
	case *ast.IdentPat:
		_, ok := p.Sub.(*ast.RestPat)
		return ok
	}
	return false
}

// refTo wraps t in a shared reference when a pattern matched through one.
func (c *checker) refTo(t Ty, ref bool) Ty {
	if !ref {
		return t
	}
	return &RefTy{Elem: t}
}

func (c *checker) checkTupleStructPat(p *ast.TupleStructPat, t Ty, mode bindMode) {
	item, _ := c.resolveValuePath(p.Path)
	if td, ok := item.(*TypeDef); ok {
		c.checkTupleStructFields(p, td, t, mode)
		return
	}
	v, ok := item.(*VariantDef)
	if !ok {
		c.errorf(p.Path.Span, "E0531", "cannot find tuple struct or tuple variant `%s` in this scope", pathString(p.Path))
		return
	}
	base := c.derefAll(t)
	ref := c.modeThrough(t, mode)
	args := c.freshArgs(len(v.Enum.Generics))
	adt := &Adt{Def: v.Enum, Args: args}
	if !c.unify(base, adt) {
		c.mismatch(p.Span, t, adt)
		return
	}
	c.patVariant[p] = v
	p.Elems = expandRest(p.Elems, len(v.Fields))
	if len(p.Elems) != len(v.Fields) {
		c.errorf(p.Span, "E0023", "this pattern has %d field%s, but the corresponding tuple variant has %d field%s",
			len(p.Elems), plural(len(p.Elems)), len(v.Fields), plural(len(v.Fields)))
		return
	}
	for i, e := range p.Elems {
		c.checkPatIn(e, subst(v.Fields[i], args), ref)
	}
}

// checkTupleStructFields checks S(a, b) against a tuple struct.
func (c *checker) checkTupleStructFields(p *ast.TupleStructPat, td *TypeDef, t Ty, mode bindMode) {
	base := c.derefAll(t)
	ref := c.modeThrough(t, mode)
	adt := &Adt{Def: td, Args: c.freshArgs(len(td.Generics))}
	if !c.unify(base, adt) {
		c.mismatch(p.Span, t, adt)
		return
	}
	c.patStruct[p] = td
	p.Elems = expandRest(p.Elems, len(td.Fields))
	if len(p.Elems) != len(td.Fields) {
		c.errorf(p.Span, "E0023", "this pattern has %d fields, but the corresponding tuple struct has %d fields", len(p.Elems), len(td.Fields))
		return
	}
	for i, e := range p.Elems {
		c.checkPatIn(e, subst(td.Fields[i].Type, adt.Args), ref)
	}
}

// checkStructPat checks Path { field: pat, .. }.
func (c *checker) checkStructPat(p *ast.StructPat, t Ty, mode bindMode) {
	item, _ := c.resolveValuePath(p.Path)
	if p.Path.Last() == "Self" && len(p.Path.Segments) == 1 {
		if adt, ok := c.selfTy.(*Adt); ok {
			item = adt.Def
		}
	}
	base := c.derefAll(t)
	ref := c.modeThrough(t, mode)
	var names []string
	var types []Ty
	var adt *Adt
	switch it := item.(type) {
	case *TypeDef:
		adt = &Adt{Def: it, Args: c.freshArgs(len(it.Generics))}
		for _, f := range it.Fields {
			names = append(names, f.Name)
			types = append(types, subst(f.Type, adt.Args))
		}
	case *VariantDef:
		adt = &Adt{Def: it.Enum, Args: c.freshArgs(len(it.Enum.Generics))}
		names = it.Names
		if names == nil { // Variant { 0: x } is rare: tuple variants by index
			for i := range it.Fields {
				names = append(names, strconv.Itoa(i))
			}
		}
		types = substList(it.Fields, adt.Args)
		c.patVariant[p] = it
	default:
		c.errorf(p.Path.Span, "E0422", "cannot find struct, variant or union type `%s` in this scope", pathString(p.Path))
		return
	}
	if !c.unify(base, adt) {
		c.mismatch(p.Span, t, adt)
		return
	}
	for _, f := range p.Fields {
		i := indexOf(names, f.Name.Name)
		if i < 0 {
			c.errorf(f.Name.Span, "E0026", "struct `%s` does not have a field named `%s`", adt.Def.Name, f.Name.Name)
			continue
		}
		c.checkPatIn(f.Pat, types[i], ref)
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
	case *ast.SlicePat:
		if _, isArr := c.derefAll(c.patTypes[p]).(*ArrayTy); !isArr {
			return true // a length test on a slice
		}
		for _, e := range p.Elems {
			if !isRestPat(e) && c.refutable(e) {
				return true
			}
		}
		return false
	case *ast.TupleStructPat:
		if c.patStruct[p] != nil {
			for _, e := range p.Elems {
				if c.refutable(e) {
					return true
				}
			}
			return false
		}
	case *ast.StructPat:
		if c.patVariant[p] == nil {
			for _, f := range p.Fields {
				if c.refutable(f.Pat) {
					return true
				}
			}
			return false
		}
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

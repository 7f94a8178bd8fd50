package lower

// This file implements the unifier: type variables with union-find style
// bindings, integer and float literal variables, and zonking (replacing
// bound variables, defaulting literals to i32/f64).

func (c *checker) newVar(kind VarKind) *TyVar {
	c.l.nextID++
	v := &TyVar{ID: c.l.nextID, Kind: kind}
	return v
}

// shallow resolves t one level: a bound variable becomes its binding.
func (c *checker) shallow(t Ty) Ty {
	end, n := t, 0
	for {
		v, ok := end.(*TyVar)
		if !ok {
			break
		}
		b, ok := c.bind[v.ID]
		if !ok {
			break
		}
		end = b
		n++
	}
	if n > 1 {
		// Path compression: every variable on the chain now points at its
		// end, so that long chains (10,000 `let x = x + 1;`) are walked
		// once, not once per use.
		for {
			v, ok := t.(*TyVar)
			if !ok || Ty(v) == end {
				break
			}
			b, ok := c.bind[v.ID]
			if !ok {
				break
			}
			c.setBind(v.ID, end)
			t = b
		}
	}
	return end
}

// unify makes a and b equal, reporting whether it could.
func (c *checker) unify(a, b Ty) bool {
	a, b = c.shallow(a), c.shallow(b)
	if a == b {
		return true
	}
	if _, ok := a.(*NeverTy); ok {
		c.noteDiverging(b)
		return true
	}
	if _, ok := b.(*NeverTy); ok {
		c.noteDiverging(a)
		return true
	}
	if va, ok := a.(*TyVar); ok {
		return c.bindVar(va, b)
	}
	if vb, ok := b.(*TyVar); ok {
		return c.bindVar(vb, a)
	}
	if pa, pok := a.(*ParamTy); !pok || !isParamNamed(b, pa.Name) {
		a, b = c.fnParamAsFn(a), c.fnParamAsFn(b)
	}
	switch a := a.(type) {
	case *Prim:
		bp, ok := b.(*Prim)
		return ok && a.Name == bp.Name
	case *Adt:
		bb, ok := b.(*Adt)
		return ok && a.Def == bb.Def && c.unifyList(a.Args, bb.Args)
	case *RefTy:
		bb, ok := b.(*RefTy)
		return ok && a.Mut == bb.Mut && c.unify(a.Elem, bb.Elem)
	case *TupleTy:
		bb, ok := b.(*TupleTy)
		return ok && c.unifyList(a.Elems, bb.Elems)
	case *SliceTy:
		bb, ok := b.(*SliceTy)
		return ok && c.unify(a.Elem, bb.Elem)
	case *PtrTy:
		bb, ok := b.(*PtrTy)
		return ok && a.Mut == bb.Mut && c.unify(a.Elem, bb.Elem)
	case *ArrayTy:
		bb, ok := b.(*ArrayTy)
		return ok && (a.Len == bb.Len || a.Len < 0 || bb.Len < 0) && c.unify(a.Elem, bb.Elem)
	case *FnTy:
		switch bb := b.(type) {
		case *FnTy:
			return c.unifyList(a.Params, bb.Params) && c.unify(a.Ret, bb.Ret)
		case *ClosureTy:
			return c.unifyList(a.Params, bb.Params) && c.unify(a.Ret, bb.Ret)
		}
		return false
	case *ClosureTy:
		switch bb := b.(type) {
		case *ClosureTy:
			return a.ID == bb.ID
		case *FnTy: // a closure coerces to a fn type (a Go func either way)
			return c.unifyList(a.Params, bb.Params) && c.unify(a.Ret, bb.Ret)
		}
		return false
	case *DynTy:
		bb, ok := b.(*DynTy)
		return ok && a.Trait == bb.Trait
	case *ParamTy:
		bb, ok := b.(*ParamTy)
		return ok && a.Name == bb.Name
	}
	return false
}

// fnParamAsFn turns a generic parameter bounded by an Fn trait into the
// Go func type it is represented by.
func (c *checker) fnParamAsFn(t Ty) Ty {
	if p, ok := t.(*ParamTy); ok {
		if fb := c.genericFnBound(p.Name); fb != nil {
			return &FnTy{Params: fb.Params, Ret: fb.Ret}
		}
	}
	return t
}

func (c *checker) unifyList(a, b []Ty) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !c.unify(a[i], b[i]) {
			return false
		}
	}
	return true
}

func (c *checker) bindVar(v *TyVar, t Ty) bool {
	if w, ok := t.(*TyVar); ok {
		c.joinDiverging(v, w)
		// Keep the more specific kind on the representative.
		if v.Kind != GeneralVar && w.Kind == GeneralVar {
			c.setBind(w.ID, v)
			return true
		}
		if v.Kind != GeneralVar && w.Kind != GeneralVar && v.Kind != w.Kind {
			return false
		}
		c.setBind(v.ID, w)
		return true
	}
	switch v.Kind {
	case IntVar:
		if !isInt(t) {
			return false
		}
	case FloatVar:
		if !isFloat(t) {
			return false
		}
	}
	if c.occurs(v, t) {
		return false
	}
	c.setBind(v.ID, t)
	return true
}

func (c *checker) occurs(v *TyVar, t Ty) bool {
	t = c.shallow(t)
	switch t := t.(type) {
	case *TyVar:
		return t.ID == v.ID
	case *Adt:
		for _, a := range t.Args {
			if c.occurs(v, a) {
				return true
			}
		}
	case *RefTy:
		return c.occurs(v, t.Elem)
	case *TupleTy:
		for _, a := range t.Elems {
			if c.occurs(v, a) {
				return true
			}
		}
	case *SliceTy:
		return c.occurs(v, t.Elem)
	case *ArrayTy:
		return c.occurs(v, t.Elem)
	}
	return false
}

// resolve replaces every bound variable in t. With final set, unbound
// literal variables take their defaults (i32, f64); other unbound
// variables stay (the builder reports them).
func (c *checker) resolve(t Ty, final bool) Ty {
	t = c.shallow(t)
	switch t := t.(type) {
	case *TyVar:
		if final {
			switch t.Kind {
			case IntVar:
				c.setBind(t.ID, tyI32)
				return tyI32
			case FloatVar:
				c.setBind(t.ID, tyF64)
				return tyF64
			case GeneralVar:
				if c.diverging[t.ID] { // only ever unified with `!`: () (Rust's fallback)
					c.setBind(t.ID, tyUnit)
					return tyUnit
				}
			}
		}
		return t
	case *Adt:
		return &Adt{Def: t.Def, Args: c.resolveList(t.Args, final)}
	case *RefTy:
		return &RefTy{Mut: t.Mut, Elem: c.resolve(t.Elem, final)}
	case *TupleTy:
		if len(t.Elems) == 0 {
			return t
		}
		return &TupleTy{Elems: c.resolveList(t.Elems, final)}
	case *SliceTy:
		return &SliceTy{Elem: c.resolve(t.Elem, final)}
	case *PtrTy:
		return &PtrTy{Mut: t.Mut, Elem: c.resolve(t.Elem, final)}
	case *ArrayTy:
		return &ArrayTy{Elem: c.resolve(t.Elem, final), Len: t.Len}
	case *FnTy:
		return &FnTy{Params: c.resolveList(t.Params, final), Ret: c.resolve(t.Ret, final), Kind: t.Kind}
	case *ClosureTy:
		return &ClosureTy{ID: t.ID, Params: c.resolveList(t.Params, final), Ret: c.resolve(t.Ret, final)}
	}
	return t
}

func (c *checker) resolveList(ts []Ty, final bool) []Ty {
	out := make([]Ty, len(ts))
	for i, t := range ts {
		out[i] = c.resolve(t, final)
	}
	return out
}

// subst replaces generic parameters by the given arguments.
func subst(t Ty, args []Ty) Ty {
	switch t := t.(type) {
	case *ParamTy:
		if t.Index < len(args) {
			return args[t.Index]
		}
		return t
	case *Adt:
		return &Adt{Def: t.Def, Args: substList(t.Args, args)}
	case *RefTy:
		return &RefTy{Mut: t.Mut, Elem: subst(t.Elem, args)}
	case *TupleTy:
		if len(t.Elems) == 0 {
			return t
		}
		return &TupleTy{Elems: substList(t.Elems, args)}
	case *SliceTy:
		return &SliceTy{Elem: subst(t.Elem, args)}
	case *ArrayTy:
		return &ArrayTy{Elem: subst(t.Elem, args), Len: t.Len}
	case *FnTy:
		return &FnTy{Params: substList(t.Params, args), Ret: subst(t.Ret, args), Kind: t.Kind}
	case *FnBound:
		return &FnBound{Kind: t.Kind, Params: substList(t.Params, args), Ret: subst(t.Ret, args)}
	}
	return t
}

func substList(ts []Ty, args []Ty) []Ty {
	out := make([]Ty, len(ts))
	for i, t := range ts {
		out[i] = subst(t, args)
	}
	return out
}

func isParamNamed(t Ty, name string) bool {
	p, ok := t.(*ParamTy)
	return ok && p.Name == name
}

// setBind binds variable id to t; inside unifyProbe the old binding is
// kept on the trail, to be restored.
func (c *checker) setBind(id int, t Ty) {
	if c.probing > 0 {
		old, had := c.bind[id]
		c.trail = append(c.trail, bindUndo{id: id, old: old, had: had})
	}
	c.bind[id] = t
}

// bindUndo is a binding to restore after a probe.
type bindUndo struct {
	id  int
	old Ty
	had bool
}

package lower

// Method owners: where the method probe looks for a receiver type, and
// what the type derefs to when the method is not found there.

// methodOwner returns the type definition whose methods apply to t, the
// generic arguments of that definition, and the type t derefs to next.
func (l *lowerer) methodOwner(t Ty) (*TypeDef, []Ty, Ty) {
	switch t := t.(type) {
	case *RefTy:
		return nil, nil, t.Elem
	case *Adt:
		var next Ty
		switch t.Def.Go["deref"] {
		case "slice":
			next = &SliceTy{Elem: t.Args[0]}
		case "str":
			next = tyStr
		case "arg":
			next = t.Args[0]
		case "iter": // a range: the iterator methods
			next = &Adt{Def: l.stdDef("iter", "Iter"), Args: t.Args}
		}
		return t.Def, t.Args, next
	case *Prim:
		return l.primDef(t.Name), nil, l.primNext(t) // then the methods of all integers/floats
	case *SliceTy:
		return l.primDef("[T]"), []Ty{t.Elem}, nil
	case *DynTy:
		return l.dynDef(t.Trait), nil, nil
	case *PtrTy:
		return l.primDef("*T"), []Ty{t.Elem}, nil
	case *ArrayTy:
		return nil, nil, &SliceTy{Elem: t.Elem}
	}
	return nil, nil, nil
}

// primDef is the synthetic type definition holding the methods the std
// model declares for a primitive (impl i32 { ... }, impl str { ... },
// impl<T> [T] { ... }).
func (l *lowerer) primDef(name string) *TypeDef {
	if l.prims == nil {
		l.prims = map[string]*TypeDef{}
	}
	d := l.prims[name]
	if d == nil {
		d = &TypeDef{Name: name, Path: name, Std: true, Methods: map[string]*FnDef{}}
		if name == "[T]" || name == "*T" {
			d.Generics = []string{"T"}
			d.GoName = map[string]string{"[T]": "slice", "*T": "ptr"}[name] // the Go functions of impls for it: slice_joined
		}
		l.prims[name] = d
	}
	return d
}

// dynDef is the synthetic type definition holding the methods of
// `impl dyn Trait { ... }` and `impl Debug for dyn Trait`: Go functions
// named Trait_method taking the interface value.
func (l *lowerer) dynDef(tr *TraitDef) *TypeDef {
	name := "dyn " + tr.Name
	if l.prims == nil {
		l.prims = map[string]*TypeDef{}
	}
	d := l.prims[name]
	if d == nil {
		d = &TypeDef{Name: tr.Name, GoName: tr.Name, Path: name, Std: tr.Std, Module: tr.Module, Methods: map[string]*FnDef{}}
		l.prims[name] = d
	}
	return d
}

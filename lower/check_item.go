package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// resolveValuePath resolves a path in expression position to an item,
// with the generic arguments of the type it goes through when they are
// known (Self::new, Stack::<i32>::new, Point::ORIGIN).
func (c *checker) resolveValuePath(p *ast.Path) (any, []Ty) {
	names := pathNames(p)
	if len(names) >= 2 && names[0] == "Self" && c.selfTy != nil {
		adt, ok := c.selfTy.(*Adt)
		if !ok {
			return nil, nil
		}
		if m := c.l.member(adt.Def, names[1]); m != nil {
			return m, adt.Args
		}
		// Self::default() of a derive, Self::clone(&x) of a blanket impl:
		// as the type's own name is resolved, below.
	}
	if len(names) >= 2 { // type Q = P; Q::new(), Q::A
		if adt := c.aliasAdt(names[:len(names)-1]); adt != nil {
			if m := c.l.member(adt.Def, names[len(names)-1]); m != nil {
				return m, adt.Args
			}
		}
	}
	if it, ok := c.traitItemOnParam(names, p.Span); ok { // T::new(), T::NAME (dict.go)
		return it, nil
	}
	if it, args, ok := c.primPath(names); ok { // i32::MAX, u8::from (std_check.go)
		if args == nil {
			args = c.ownerArgs(p) // Pair::<i32, bool>::default()
		}
		return it, args
	}
	item := c.l.resolvePath(c.mod, names)
	if item == nil && len(names) >= 2 {
		if fn, args := c.blanketPath(names); fn != nil {
			return fn, args
		}
	}
	if item == nil {
		return nil, nil
	}
	if adt := c.aliasAdt(names); adt != nil && !adt.Def.Std { // Q { x: 1 }
		return adt.Def, adt.Args
	}
	return item, c.ownerArgs(p)
}

// aliasAdt is the type a type alias at path names stands for, where it is
// a struct or enum; nil otherwise.
func (c *checker) aliasAdt(names []string) *Adt {
	al, ok := c.l.resolvePath(c.mod, names).(*AliasDef)
	if !ok || al.busy {
		return nil
	}
	al.busy = true
	defer func() { al.busy = false }()
	gen := genericNames(al.Decl.Generics)
	t := c.l.astType(al.Decl.Type, &typeEnv{mod: al.Module, generics: gen})
	if len(gen) > 0 { // type Map<V> = HashMap<String, V>; Map::new()
		t = subst(t, c.freshArgs(len(gen)))
	}
	adt, _ := t.(*Adt)
	return adt
}

// pathItem resolves the path names to an item; `Self` is the type of the
// impl being checked.
func (c *checker) pathItem(names []string) any {
	if len(names) == 1 && names[0] == "Self" {
		if adt, ok := c.selfTy.(*Adt); ok {
			return adt.Def
		}
	}
	return c.l.resolvePath(c.mod, names)
}

// ownerArgs gives the generic arguments written on the type segment of a
// path (Vec::<i32>::new()), or nil.
func (c *checker) ownerArgs(p *ast.Path) []Ty {
	if len(p.Segments) < 2 {
		return nil
	}
	var args []Ty
	for _, a := range p.Segments[len(p.Segments)-2].Args {
		args = append(args, c.l.astType(a, c.inferEnv()))
	}
	return args
}

// blanketPath resolves Type::method and Trait::method to a method every
// type has through a blanket impl (Point::clone, ToString::to_string), used
// as a value or called with self as its first argument: Self is the type
// named, or left to inference after a std trait.
func (c *checker) blanketPath(names []string) (*FnDef, []Ty) {
	any := c.l.stdDef("__blanket", "Any")
	if any == nil {
		return nil, nil
	}
	fn := any.Methods[names[len(names)-1]]
	if fn == nil || fn.Self == NoSelf {
		return nil, nil
	}
	switch owner := c.pathItem(names[:len(names)-1]).(type) {
	case *TypeDef:
		if owner.Go["universal"] != "" || owner.Go["prim"] != "" {
			return nil, nil
		}
		return fn, []Ty{&Adt{Def: owner, Args: c.freshArgs(len(owner.Generics))}}
	case *TraitDef:
		if owner.Std && len(owner.Methods) == 0 {
			return fn, []Ty{c.newVar(GeneralVar)}
		}
	}
	return nil, nil
}

// turbofish applies explicit generic arguments on the last segment of a
// function path: parse::<i32>, size_of::<T>.
func (c *checker) turbofish(p *ast.Path, fn *FnDef, args []Ty) {
	last := p.Segments[len(p.Segments)-1]
	for i, t := range last.Args {
		if fn.NOwner+i < len(args) {
			c.unify(args[fn.NOwner+i], c.l.astType(t, c.inferEnv()))
		}
	}
}

// structExpr checks Path { field: value, ..base } for structs and
// struct-like enum variants.
func (c *checker) structExpr(e *ast.StructExpr) Ty {
	item, ownerArgs := c.resolveValuePath(e.Path)
	if e.Path.Last() == "Self" && len(e.Path.Segments) == 1 && c.selfTy != nil {
		if adt, ok := c.selfTy.(*Adt); ok {
			item, ownerArgs = adt.Def, adt.Args
		}
	}
	var names []string
	var types []Ty
	var self *Adt
	switch it := item.(type) {
	case *TypeDef:
		args := ownerArgs
		if args == nil {
			args = c.freshArgs(len(it.Generics))
			if seg := e.Path.Segments[len(e.Path.Segments)-1]; len(seg.Args) == len(it.Generics) {
				for i, a := range seg.Args {
					c.unify(args[i], c.l.astType(a, c.inferEnv()))
				}
			}
		}
		self = &Adt{Def: it, Args: args}
		for _, f := range it.Fields {
			names = append(names, f.Name)
			types = append(types, subst(f.Type, args))
		}
	case *VariantDef:
		args := ownerArgs
		if args == nil {
			args = c.freshArgs(len(it.Enum.Generics))
		}
		self = &Adt{Def: it.Enum, Args: args}
		names = it.Names
		for _, f := range it.Fields {
			types = append(types, subst(f, args))
		}
		c.structVariant[e] = it
	default:
		c.errorf(e.Path.Span, "E0422", "cannot find struct, variant or union type `%s` in this scope", pathString(e.Path))
		return c.newVar(GeneralVar)
	}
	seen := map[string]bool{}
	for _, f := range e.Fields {
		i := indexOf(names, f.Name.Name)
		if i < 0 {
			c.errorf(f.Name.Span, "E0560", "struct `%s` has no field named `%s`", self.Def.Name, f.Name.Name)
			continue
		}
		if seen[f.Name.Name] {
			c.errorf(f.Name.Span, "E0062", "field `%s` specified more than once", f.Name.Name)
			continue
		}
		seen[f.Name.Name] = true
		c.checkExpr(f.Value, types[i])
	}
	for i, g := range self.Def.Generics { // Pipeline { first: |x| x * x }: the bound types x
		if fb := self.Def.FnBounds[g]; fb != nil {
			c.unifyFnBound(&FnBound{Kind: fb.Kind, Params: substList(fb.Params, self.Args), Ret: subst(fb.Ret, self.Args)}, self.Args[i])
		}
	}
	if e.Base != nil {
		c.checkExpr(e.Base, self)
	} else {
		for _, n := range names {
			if !seen[n] {
				c.errorf(e.Path.Span, "E0063", "missing field `%s` in initializer of `%s`", n, self.Def.Name)
				break
			}
		}
	}
	return self
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

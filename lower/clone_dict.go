package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Clone on type parameters.
//
// A Go copy of a value is its Rust clone only for some types: a Vec is a
// Go slice, whose copy shares the elements. `x.clone()` on a T: Clone
// therefore cannot be a plain copy when some call instantiates T with
// such a type (fn dup<T: Clone>(x: &T) -> T called with a &Vec<i32>):
// that parameter then takes a clone function in its dictionary (dict.go),
// T_clone, which each call site builds for its type argument (a copy
// where the copy is the clone). Parameters never instantiated so keep
// the plain copy.
//
// Where a dictionary cannot go, a clone of a type parameter that some
// instantiation needs deep is unsupported: the derived Clone of a generic
// type (a Go method of W[T]) and the methods of trait impls.

// markCloneDicts marks the Clone-bounded parameters of user functions
// that some call instantiates with a type whose Go copy is not a clone,
// or with a parameter of its caller marked so.
func (l *lowerer) markCloneDicts(checked []*checker) {
	for changed := true; changed; {
		changed = false
		for _, c := range checked {
			for _, ci := range c.calls {
				if ci.fn == nil || !takesDict(ci.fn) {
					continue
				}
				for i, g := range ci.fn.Generics {
					if i >= len(ci.args) || g.CloneDict || g.fnBound() != nil || !cloneBound(g) {
						continue
					}
					t := c.resolve(ci.args[i], true)
					if l.deepClone(t, c.fn) {
						g.CloneDict, changed = true, true
					}
				}
			}
		}
	}
	l.deepTypes = map[*TypeDef]bool{}
	for _, c := range checked {
		for _, t := range c.types {
			l.markDeepArgs(c.resolve(t, true), c.fn)
		}
	}
}

// takesDict reports whether fn may take a dictionary: not a std
// function, a trait's method or a trait impl's, except an operator
// impl's, which is called directly (never through a Go interface).
func takesDict(fn *FnDef) bool {
	return fn != nil && !fn.Std && fn.TraitDef == nil && (fn.Owner == nil || (fn.Trait == "" || fn.Op) && !fn.Owner.Std)
}

// cloneBound reports whether g is bounded by Clone (directly, or as an
// impl's parameter on an inherent method).
func cloneBound(g *GenParam) bool {
	for _, tr := range append(g.Traits[:len(g.Traits):len(g.Traits)], g.Dict...) {
		if tr.Std && tr.Name == "Clone" {
			return true
		}
	}
	return false
}

// deepClone reports whether cloning a value of type t is more than its
// Go copy, within fn (whose parameters with a clone dictionary are).
func (l *lowerer) deepClone(t Ty, fn *FnDef) bool {
	return l.needsClone(t, 0) || holds(t, func(x Ty) bool {
		p, ok := x.(*ParamTy)
		return ok && fn.generic(p.Name) != nil && fn.generic(p.Name).CloneDict
	})
}

// markDeepArgs records the generic user types that t instantiates with a
// type argument whose clone is more than its Go copy.
func (l *lowerer) markDeepArgs(t Ty, fn *FnDef) {
	holds(t, func(x Ty) bool { // (a visit of every type in t)
		if a, ok := x.(*Adt); ok && !a.Def.Std && !l.deepTypes[a.Def] {
			for _, arg := range a.Args {
				if l.deepClone(arg, fn) {
					l.deepTypes[a.Def] = true
				}
			}
		}
		return false
	})
}

// paramsDeep reports whether t holds a type parameter whose clone is not
// its Go copy here: one with a clone dictionary, or one of a trait impl
// method's type that some instantiation clones deeply (paramClone).
func (b *builder) paramsDeep(t Ty) bool {
	return holds(t, func(x Ty) bool {
		p, ok := x.(*ParamTy)
		return ok && (b.dict[p.Name+"_clone"] != nil || b.deepOwnerParam(p))
	})
}

// deepOwnerParam reports whether p is a parameter of the function being
// built, a method of a type some instantiation of which holds a type
// argument cloned deeper than its Go copy, without a clone dictionary.
func (b *builder) deepOwnerParam(p *ParamTy) bool {
	fn := b.c.fn
	return fn != nil && fn.Owner != nil && b.l.deepTypes[fn.Owner] && fn.generic(p.Name) != nil && b.dict[p.Name+"_clone"] == nil
}

// cloneDictValue is the clone function a call passes for type t.
func (b *builder) cloneDictValue(t Ty, span ast.Span) ir.Expr {
	if f := b.cloneFunc(t, span); f != nil {
		return f
	}
	gt := b.goType(t, span)
	v := &ir.Var{Name: "v", Type: gt, Temp: true}
	return &ir.FuncLit{Params: []*ir.Var{v}, Results: []ir.Type{gt},
		Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{&ir.VarRef{Var: v}}}}}}
}

// paramClone is the clone of x, a value of type parameter p: its
// dictionary's function, or (nil) its Go copy. A parameter without a
// dictionary whose type some instantiation clones deeply is unsupported.
func (b *builder) paramClone(x ir.Expr, p *ParamTy, span ast.Span) ir.Expr {
	if v := b.useDict(p.Name + "_clone"); v != nil {
		return &ir.Call{Fun: &ir.VarRef{Var: v}, Args: []ir.Expr{x}}
	}
	if b.deepOwnerParam(p) {
		b.unsupported(span, "a clone of `%s` in a method of `%s` without a clone dictionary (a trait impl's), where some type argument clones deeper than a Go copy", p.Name, b.c.fn.Owner.Name)
	}
	return nil
}

// derivedCloneOK reports a clone of t through the derived Clone of a
// generic type (a Go method of W[T], which has no dictionary) where a
// type argument clones deeper than its Go copy: the method would share
// what Rust copies.
func (b *builder) derivedCloneOK(t *Adt, span ast.Span) {
	if len(t.Def.Generics) == 0 || t.Def.Traits["Clone"]["clone"] != nil {
		return
	}
	for _, a := range t.Args {
		if b.needsClone(a) {
			b.unsupported(span, "the derived Clone of `%s`, whose type argument `%s` clones deeper than a Go copy", b.c.resolve(t, false), b.c.resolve(a, false))
			return
		}
	}
}

package lower

import (
	"slices"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Drops of type parameters.
//
// A Go generic function does not know whether its T has drop glue: Rust
// drops a `t: T` at the end of `fn sink<T>(t: T)` when T is a Drop type
// and does nothing when it is an i32. A parameter that some call
// instantiates with a type with drop glue (or with a parameter of its
// caller that has a drop dictionary) takes a drop function in its
// dictionary (dict.go), T_drop func(*T), built by each call site for its
// type argument (elemDropFunc). Inside the function, T, Vec<T>, Option<T>
// and every type holding a T by value have drop glue (builder.hasDropGlue)
// and drop through it; parameters never so instantiated stay free of drop
// bookkeeping.
//
// A generic user struct or data enum is dropped by a generic glue
// function taking a drop function per type parameter (genericGlue): the
// Go method of W[T] cannot know how to drop a T. The methods of trait impls take no dictionary:
// their T values are not dropped.

// takesDropDict reports whether fn may take a drop dictionary: what may
// take any dictionary (takesDict), and the methods of a user type's impls
// of user traits and of Drop. Such a Go method with a dictionary
// parameter no longer implements the trait's Go interface: checkDictImpls
// rejects the uses that need it to.
func takesDropDict(fn *FnDef) bool {
	return takesDict(fn) || fn != nil && fn.Owner != nil && !fn.Owner.Std && fn.TraitDef == nil &&
		(fn.Trait == "Drop" || userTrait(fn))
}

// markDropDicts marks the parameters of user functions that some call
// instantiates with a type with drop glue, or with a parameter of its
// caller marked so, until nothing changes.
func (l *lowerer) markDropDicts(checked []*checker, uses []implUse) {
	for changed := true; changed; {
		changed = false
		for _, u := range uses { // its methods are the ones a Go interface calls
			u.implMethods(func(fn *FnDef, _ *TraitDef) {
				for i, a := range implArgs(fn, u.t) {
					if g := fn.Generics[i]; !g.DropDict && a != nil && g.fnBound() == nil && u.drops(a) {
						g.DropDict, changed = true, true
					}
				}
			})
		}
		for _, c := range checked {
			caller := c.fn.dropsParam
			for _, ci := range c.calls {
				if ci.fn == nil || !takesDropDict(ci.fn) {
					continue
				}
				for i, g := range ci.fn.Generics {
					if i >= len(ci.args) || g.DropDict || g.fnBound() != nil || g.AssocOf != "" {
						continue
					}
					if l.glue(c.resolve(ci.args[i], true), 0, caller) {
						g.DropDict, changed = true, true
					}
				}
			}
		}
	}
}

// paramDropper is the dropper of v, a value of type parameter p: its
// dictionary's drop function.
func (b *builder) paramDropper(v ir.Expr, p *ParamTy) ir.Expr {
	return b.dropFunc(&ir.Call{Fun: &ir.VarRef{Var: b.useDict(p.Name + "_drop")}, Args: []ir.Expr{&ir.Unary{Op: "&", X: v}}})
}

// genericGlue is the dropper of the value of the generic user type t
// that ptr points to: a call of the type's glue function (buildGlueFuncs)
// with a drop function for each type argument (dropFuncOf).
func (b *builder) genericGlue(ptr ir.Expr, t *Adt) ir.Expr {
	if !b.l.glueTypes[t.Def] {
		b.l.glueTypes[t.Def] = true
		b.l.glueOrder = append(b.l.glueOrder, t.Def)
	}
	args := []ir.Expr{ptr}
	for _, a := range t.Args {
		args = append(args, b.dropFuncOf(a, ast.Span{}))
	}
	return b.dropFunc(&ir.Call{Fun: &ir.Qual{Name: glueFuncName(t.Def)}, Args: args})
}

// argsGlue reports whether a type argument of the user type t has drop
// glue: its drops need the glue function (the Go methods of a generic
// type drop only what does not depend on its type parameters).
func (b *builder) argsGlue(t *Adt) bool {
	return !cLike(t.Def) && slices.ContainsFunc(t.Args, b.hasDropGlue)
}

// dropFuncOf is the func(*T) dropping a value of type t: the type's drop
// (elemDropFunc; a type parameter's dictionary entry), or rt.NoDrop[T]
// where t has no drop glue here (a type parameter without a drop
// dictionary: its values are not dropped here).
func (b *builder) dropFuncOf(t Ty, span ast.Span) ir.Expr {
	if !b.hasDropGlue(t) {
		return &ir.Inst{Fun: rt("NoDrop"), TypeArgs: []ir.Type{b.goType(t, span)}}
	}
	return b.elemDropFunc(t, span)
}

// glueFuncName is the Go name of the glue function of generic type td.
func glueFuncName(td *TypeDef) string { return goTypeName(td) + "_dropGlue" }

// buildGlueFuncs declares the glue functions that genericGlue called:
// func W_dropGlue[T any](v *W[T], T_drop func(*T)) runs W's Drop impl,
// then drops the fields with drop glue (of the variant v holds, for an
// enum), a T through T_drop. A recursive type's glue calls itself.
func (l *lowerer) buildGlueFuncs() {
	for i := 0; i < len(l.glueOrder); i++ { // a glue function may ask for more
		td := l.glueOrder[i]
		func() {
			defer l.recoverItem(td.Decl.Pos(), td.Name)
			b := newBuilder(l, newChecker(l, nil, td.Module))
			self := &ir.Named{Name: goTypeName(td), Args: typeParamRefs(td.Generics)}
			v := &ir.Var{Name: "v", Type: &ir.Pointer{Elem: self}}
			d := &ir.FuncDecl{Name: glueFuncName(td), TypeParams: b.typeParams(td), Params: []*ir.Var{v}, Body: &ir.Block{}}
			b.dict = map[string]*ir.Var{}
			for _, g := range td.Generics {
				pv := &ir.Var{Name: g + "_drop", Type: &ir.Func{Params: []ir.Type{&ir.Pointer{Elem: &ir.TypeParamRef{Name: g}}}}}
				b.dict[pv.Name] = pv
				d.Params = append(d.Params, pv)
			}
			t := &Adt{Def: td, Args: paramTys(td.Generics)}
			if isEnum(td) {
				d.Body.Stmts = b.enumGlue(v, t)
			} else {
				d.Body.Stmts = b.structGlue(v, t)
			}
			if !b.failed {
				l.out.Decls = append(l.out.Decls, d)
			}
		}()
	}
}

// structGlue drops the struct *v of type t: its Drop impl, then its
// fields with drop glue in declaration order (see dropMethod).
func (b *builder) structGlue(v *ir.Var, t *Adt) []ir.Stmt {
	var stmts []ir.Stmt
	if fn := t.Def.Traits["Drop"]["drop"]; fn != nil {
		stmts = append(stmts, &ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: &ir.VarRef{Var: v}, Name: goFuncName(fn)}, Args: b.dropImplDict(fn, t)}})
	}
	for _, f := range t.Def.Fields {
		if ft := subst(f.Type, t.Args); b.hasDropGlue(ft) {
			stmts = append(stmts, b.dropCall(&ir.Selector{X: &ir.VarRef{Var: v}, Name: goFieldName(f.Name)}, ft))
		}
	}
	return stmts
}

// enumGlue drops the enum *v of type t: its Drop impl, then the fields
// with drop glue of the variant it holds.
func (b *builder) enumGlue(v *ir.Var, t *Adt) []ir.Stmt {
	var stmts []ir.Stmt
	if fn := t.Def.Traits["Drop"]["drop"]; fn != nil {
		args := append([]ir.Expr{&ir.VarRef{Var: v}}, b.dropImplDict(fn, t)...)
		stmts = append(stmts, &ir.ExprStmt{X: &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: args}})
	}
	sw := &ir.TypeSwitchStmt{X: &ir.Unary{Op: "*", X: &ir.VarRef{Var: v}}}
	for _, vd := range t.Def.Variants {
		x := &ir.Var{Name: "x", Type: b.goType(t, ast.Span{}), Temp: true}
		body := &ir.Block{}
		for i, f := range vd.Fields {
			if ft := subst(f, t.Args); b.hasDropGlue(ft) {
				body.Stmts = append(body.Stmts, b.dropCall(&ir.Selector{X: &ir.VarRef{Var: x}, Name: variantFieldName(vd, i)}, ft))
			}
		}
		if len(body.Stmts) > 0 {
			vt := &ir.Named{Name: variantTypeName(vd), Args: b.goTypes(t.Args, ast.Span{})}
			sw.Cases = append(sw.Cases, &ir.TypeCaseClause{Types: []ir.Type{vt}, Var: x, Body: body})
		}
	}
	if len(sw.Cases) > 0 {
		stmts = append(stmts, sw)
	}
	return stmts
}

// dropImplDict is the drop dictionary passed to fn, the Drop impl of the
// generic type t: in a glue function, the glue's own drop functions of
// t's parameters; in the type's Go Drop method, which runs only where no
// type argument has drop glue (argsGlue), rt.NoDrop.
func (b *builder) dropImplDict(fn *FnDef, t *Adt) []ir.Expr {
	args := implArgs(fn, t)
	if b.dict != nil {
		return b.dictArgs(fn, args, fn.Decl.Span)
	}
	var out []ir.Expr
	for _, e := range dictEntries(fn) {
		v := &ir.Inst{Fun: rt("NoDrop"), TypeArgs: []ir.Type{b.goType(args[e.gen], fn.Decl.Span)}}
		b.l.dicts.args[v] = dictKey{fn, e.goName()}
		out = append(out, v)
	}
	return out
}

// implUse is a user type used through a user trait's Go interface:
// coerced to dyn Trait, or the type argument of a parameter bounded by
// the trait.
type implUse struct {
	t    *Adt
	tr   *TraitDef
	span ast.Span
	c    *checker
	dyn  bool // coerced to dyn Trait (else a type argument)
}

// implUses lists the program's uses of user types through user traits.
func implUses(checked []*checker) []implUse {
	var out []implUse
	add := func(c *checker, t Ty, tr *TraitDef, span ast.Span, dyn bool) {
		if adt, ok := t.(*Adt); ok && !adt.Def.Std && !tr.Std {
			out = append(out, implUse{adt, tr, span, c, dyn})
		}
	}
	for _, c := range checked {
		for e, want := range c.coerced {
			if !c.unsizeToDyn(want, c.final(e)) {
				continue
			}
			if d, ok := pointee(c.resolve(want, true)).(*DynTy); ok { // Box<T> → Box<dyn Trait>
				add(c, pointee(c.final(e)), d.Trait, e.Pos(), true)
			}
		}
		for e, ci := range c.calls {
			if ci.fn == nil {
				continue
			}
			for i, g := range ci.fn.Generics {
				for _, tr := range g.Traits {
					if i < len(ci.args) {
						add(c, c.resolve(ci.args[i], true), tr, e.Pos(), false)
					}
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b implUse) int { return a.span.Start - b.span.Start })
	return out
}

// drops reports whether values of type t (of the use's function) have
// drop glue.
func (u implUse) drops(t Ty) bool {
	return u.c.l.glue(u.c.resolve(t, true), 0, u.c.fn.dropsParam)
}

// dropsParam reports whether fn (nil outside a function) drops values of
// its type parameter p: p has a drop dictionary (markDropDicts).
func (fn *FnDef) dropsParam(p *ParamTy) bool {
	g := fn.generic(p.Name) // (nil for a nil fn)
	return g != nil && g.DropDict
}

// implMethods calls f with each method of u's type's impl of u's trait
// and of its supertraits, and the trait it is of.
func (u implUse) implMethods(f func(fn *FnDef, tr *TraitDef)) {
	work := []*TraitDef{u.tr}
	for i := 0; i < len(work) && i < 64; i++ {
		work = append(work, work[i].Supers...)
		for _, name := range work[i].Order {
			if fn := u.t.Def.Traits[work[i].Name][name]; fn != nil {
				f(fn, work[i])
			}
		}
	}
}

// checkDictImpls rejects the uses through a Go interface (implUse) whose
// method calls would not drop what Rust drops: a trait object of a
// generic type whose type arguments have drop glue (the interface value
// has no Drop method that could drop them); a method taking a drop
// dictionary called through the trait (dyn or a bound) on such a type,
// where its Go method passes rt.NoDrop (dictForwarded); and any use of a
// type whose method takes one and is not forwarded (a data enum's).
func (l *lowerer) checkDictImpls(checked []*checker, uses []implUse) {
	called := map[*TraitDef]map[string]bool{} // the trait methods called through a Go interface
	for _, c := range checked {
		for _, ci := range c.calls {
			if ci.fn != nil && ci.fn.Owner == nil && ci.fn.TraitDef != nil {
				if called[ci.fn.TraitDef] == nil {
					called[ci.fn.TraitDef] = map[string]bool{}
				}
				called[ci.fn.TraitDef][ci.fn.Name] = true
			}
		}
	}
	for _, u := range uses {
		glue := slices.ContainsFunc(u.t.Args, u.drops)
		var bad *FnDef
		u.implMethods(func(fn *FnDef, tr *TraitDef) {
			if bad == nil && l.usesDict(fn) && (!dictForwarded(fn) || glue && called[tr][fn.Name]) {
				bad = fn
			}
		})
		switch {
		case u.dyn && glue:
			l.diags.Unsupported(u.span, "a trait object of `%s`, a generic type whose type argument has drop glue (the Go interface value could not drop it)", u.t)
		case bad != nil:
			l.diags.Unsupported(u.span, "`%s` as a `%s` (dyn or a generic bound) where its method `%s` is called through the trait: it drops values of a type parameter, and a Go interface method cannot take their drop function",
				u.t, u.tr.Name, bad.Name)
		}
	}
}

// usesDict reports whether fn's built body kept a dictionary parameter.
func (l *lowerer) usesDict(fn *FnDef) bool {
	for _, e := range dictEntries(fn) {
		if l.dicts.used[dictKey{fn, e.goName()}] {
			return true
		}
	}
	return false
}

// pointee is what the reference, Box, Rc or Arc type t points to.
func pointee(t Ty) Ty {
	if r, ok := t.(*RefTy); ok {
		return r.Elem
	}
	return unsizedInner(t)
}

// implArgs are the type arguments of fn, a method of an impl for a user
// type, for its receiver's type t: impl<U> Tr for W<U> at W<D> gives U=D.
// The method's own parameters are nil.
func implArgs(fn *FnDef, t *Adt) []Ty {
	args := make([]Ty, len(fn.Generics))
	if self, ok := fn.SelfTy.(*Adt); ok {
		for j, a := range self.Args {
			if p, isParam := a.(*ParamTy); isParam && p.Index < fn.NOwner && j < len(t.Args) {
				args[p.Index] = t.Args[j]
			}
		}
	}
	return args
}

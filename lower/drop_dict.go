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

// markDropDicts marks the parameters of user functions that some call
// instantiates with a type with drop glue, or with a parameter of its
// caller marked so, until nothing changes.
func (l *lowerer) markDropDicts(checked []*checker) {
	for changed := true; changed; {
		changed = false
		for _, c := range checked {
			caller := func(p *ParamTy) bool {
				return c.fn != nil && c.fn.generic(p.Name) != nil && c.fn.generic(p.Name).DropDict
			}
			for _, ci := range c.calls {
				if ci.fn == nil || !takesDict(ci.fn) {
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
		stmts = append(stmts, &ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: &ir.VarRef{Var: v}, Name: goFuncName(fn)}}})
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
		stmts = append(stmts, &ir.ExprStmt{X: &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{&ir.VarRef{Var: v}}}})
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

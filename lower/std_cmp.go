package lower

import (
	"slices"
	"strings"

	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Ord, PartialEq and Clone of the Go values rs2go maps Rust types to.
// cmpFunc gives a Go comparison function (func(a, b T) int, as slices.
// SortFunc takes) composed the way Rust derives Ord; cloneExpr copies a
// value deeply where Go's assignment would share memory (slices, maps,
// structs holding them). Derived Clone and PartialOrd/Ord of user structs
// become Clone and Cmp methods.

// cmpFunc returns the Go comparison function of Rust type t's Ord.
func (b *builder) cmpFunc(t Ty, span ast.Span) ir.Expr {
	t = b.c.resolve(t, true)
	switch x := t.(type) {
	case *Prim:
		switch {
		case x.Name == "bool":
			return rt("CmpBool")
		case isFloat(x) && b.partialCmp:
			return &ir.Inst{Fun: rt("CmpPartialFloat"), TypeArgs: []ir.Type{b.goType(x, span)}}
		case isFloat(x):
			return &ir.Inst{Fun: rt("CmpFloat"), TypeArgs: []ir.Type{b.goType(x, span)}}
		}
		return &ir.Inst{Fun: &ir.Qual{Pkg: "cmp", Name: "Compare"}, TypeArgs: []ir.Type{b.goType(x, span)}}
	case *RefTy:
		inner := b.cmpFunc(x.Elem, span)
		if b.isGoPtr(x) && !b.isGoPtr(x.Elem) {
			return &ir.Call{Fun: rt("CmpPtr"), Args: []ir.Expr{inner}}
		}
		return inner
	case *ParamTy:
		if d := b.useDict(x.Name + "_cmp"); d != nil { // compared through the dictionary (dict.go)
			return &ir.VarRef{Var: d}
		}
		if g := b.c.fn.generic(x.Name); g == nil || g.CmpDict || cmpEntry(g.Traits) != "cmp" {
			// A parameter of a generic type (derive(PartialOrd) of
			// Pair<T>): its Go type parameter is unconstrained.
			b.unsupported(span, "ordering of the type parameter `%s` here", x.Name)
			return rt("CmpUnit")
		}
		return &ir.Inst{Fun: &ir.Qual{Pkg: "cmp", Name: "Compare"}, TypeArgs: []ir.Type{b.goType(x, span)}}
	case *TupleTy:
		if len(x.Elems) == 0 {
			return rt("CmpUnit")
		}
		if len(x.Elems) <= maxTuple {
			var fs []ir.Expr
			for _, e := range x.Elems {
				fs = append(fs, b.cmpFunc(e, span))
			}
			return &ir.Call{Fun: rt("CmpTuple" + strconv.Itoa(len(x.Elems))), Args: fs}
		}
	case *SliceTy:
		return &ir.Call{Fun: rt("CmpSlice"), Args: []ir.Expr{b.cmpFunc(x.Elem, span)}}
	case *ArrayTy:
		return &ir.Call{Fun: rt("CmpSlice"), Args: []ir.Expr{b.cmpFunc(x.Elem, span)}}
	case *Adt:
		return b.adtCmpFunc(x, span)
	}
	b.unsupported(span, "ordering of `%s`", t)
	return rt("CmpUnit")
}

// partialOrd reports whether t's PartialOrd is partial: partial_cmp may
// be None because it compares floats (in fields, elements, payloads: NaN
// is unordered, and -0.0 equals 0.0 where the Go order of Ord contexts
// tells them apart) or is a user partial_cmp without an Ord, or t is a
// type parameter compared through its dictionary (dict.go), which may be
// any of those. Its < <= > >= and partial_cmp go through cmpFunc built
// with partialCmp.
func (b *builder) partialOrd(t Ty) bool {
	var partial func(t Ty, depth int) bool
	partial = func(t Ty, depth int) bool {
		if depth > 8 {
			return false
		}
		switch x := b.c.resolve(t, true).(type) {
		case *Prim:
			return isFloat(x)
		case *ParamTy: // compared through its dictionary: any PartialOrd
			return depth == 0 && b.dict[x.Name+"_cmp"] != nil
		case *RefTy:
			return partial(x.Elem, depth+1)
		case *SliceTy:
			return partial(x.Elem, depth+1)
		case *ArrayTy:
			return partial(x.Elem, depth+1)
		case *TupleTy:
			return slices.ContainsFunc(x.Elems, func(e Ty) bool { return partial(e, depth+1) })
		case *Adt:
			switch {
			case x.Def.Std:
				return slices.ContainsFunc(x.Args, func(a Ty) bool { return partial(a, depth+1) })
			case x.Def.Traits["Ord"]["cmp"] != nil:
				return false
			case x.Def.Traits["PartialOrd"]["partial_cmp"] != nil:
				return true
			case !hasDerive(x.Def, "PartialOrd"):
				return false
			}
			if slices.ContainsFunc(x.Def.Fields, func(f *FieldDef) bool { return partial(subst(f.Type, x.Args), depth+1) }) {
				return true
			}
			return slices.ContainsFunc(x.Def.Variants, func(v *VariantDef) bool {
				return slices.ContainsFunc(v.Fields, func(f Ty) bool { return partial(subst(f, x.Args), depth+1) })
			})
		}
		return false
	}
	return partial(t, 0)
}

// partialCmpCall is the comparison of x and y by t's PartialOrd: a Go int,
// rt.Unordered where partial_cmp is None.
func (b *builder) partialCmpCall(t Ty, x, y ir.Expr, span ast.Span) ir.Expr {
	defer b.setPartialCmp(true)()
	return b.cmpCall(t, x, y, span)
}

// setPartialCmp sets b.partialCmp to on and returns what restores it.
func (b *builder) setPartialCmp(on bool) (restore func()) {
	saved := b.partialCmp
	b.partialCmp = on
	return func() { b.partialCmp = saved }
}

// derivedFloatOrd rejects ordering a data enum whose derived PartialOrd
// compares floats in a payload: its variants' Cmp methods are a total
// order (a struct's derived Cmp is partial where it compares floats).
func (b *builder) derivedFloatOrd(t *Adt, span ast.Span) {
	if isEnum(t.Def) && b.partialOrd(t) {
		b.unsupported(span, "ordering `%s`, whose derived PartialOrd compares floats (NaN and -0.0 would compare otherwise)", t)
	}
}

func (b *builder) adtCmpFunc(t *Adt, span ast.Span) ir.Expr {
	g := t.Def.Go
	if !t.Def.Std {
		if isEnum(t.Def) && cLike(t.Def) {
			return &ir.Inst{Fun: &ir.Qual{Pkg: "cmp", Name: "Compare"}, TypeArgs: []ir.Type{b.goType(t, span)}}
		}
		if fn := t.Def.Traits["Ord"]["cmp"]; fn != nil {
			return b.userCmpFunc(t, fn, span)
		}
		if fn := t.Def.Traits["PartialOrd"]["partial_cmp"]; fn != nil {
			return b.userCmpFunc(t, fn, span)
		}
		if hasDerive(t.Def, "PartialOrd") || hasDerive(t.Def, "Ord") {
			// The Cmp method of valueDerives or enumDerives; for a data
			// enum, Shape.Cmp is the method expression of its interface.
			b.derivedFloatOrd(t, span)
			return &ir.Selector{X: &ir.TypeExpr{Type: b.goType(t, span)}, Name: "Cmp"}
		}
		b.errorf(span, "E0277", "the trait bound `%s: Ord` is not satisfied", t)
		return rt("CmpUnit")
	}
	switch {
	case g["builtin"] == "string":
		return &ir.Inst{Fun: &ir.Qual{Pkg: "cmp", Name: "Compare"}, TypeArgs: []ir.Type{ir.StringType}}
	case g["builtin"] == "slice":
		return &ir.Call{Fun: rt("CmpSlice"), Args: []ir.Expr{b.cmpFunc(t.Args[0], span)}}
	case g["type"] == "rt.Option":
		return &ir.Call{Fun: rt("CmpOption"), Args: []ir.Expr{b.cmpFunc(t.Args[0], span)}}
	case g["type"] == "rt.Result":
		return &ir.Call{Fun: rt("CmpResult"), Args: []ir.Expr{b.cmpFunc(t.Args[0], span), b.cmpFunc(t.Args[1], span)}}
	case g["type"] == "rt.Ordering":
		return rt("CmpOrdering")
	case g["reverse"] != "":
		return &ir.Call{Fun: rt("CmpReverseOf"), Args: []ir.Expr{b.cmpFunc(t.Args[0], span)}}
	case g["box"] != "" && b.boxIsPtr(t):
		return &ir.Call{Fun: rt("CmpPtr"), Args: []ir.Expr{b.cmpFunc(t.Args[0], span)}} // the pointees
	case g["transparent"] != "":
		return b.cmpFunc(t.Args[0], span)
	case g["ord"] != "":
		return &ir.Inst{Fun: &ir.Qual{Pkg: "cmp", Name: "Compare"}, TypeArgs: []ir.Type{b.goType(t, span)}}
	}
	b.unsupported(span, "ordering of `%s`", t)
	return rt("CmpUnit")
}

// userCmpFunc adapts a user `impl Ord` (fn cmp(&self, other: &Self) ->
// Ordering) to a Go comparison function.
func (b *builder) userCmpFunc(t *Adt, fn *FnDef, span ast.Span) ir.Expr {
	a, c, call := b.userSelfOtherCall(t, fn, "a", "b", span)
	var res ir.Expr
	switch {
	case fn.Name == "partial_cmp" && b.partialCmp: // None is rt.Unordered
		res = call1("rt.FromPartial", call)
	case fn.Name == "partial_cmp": // incomparable (None) orders as equal
		res = &ir.Convert{Type: &ir.Basic{Kind: ir.Int}, X: method(call, "UnwrapOr", rt("Equal"))}
	default:
		res = &ir.Convert{Type: &ir.Basic{Kind: ir.Int}, X: call}
	}
	return &ir.FuncLit{Params: []*ir.Var{a, c}, Results: []ir.Type{&ir.Basic{Kind: ir.Int}},
		Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{res}}}}}
}

// userSelfOtherCall calls a user method fn(&self, other: &Self) on two
// fresh Go parameters named x and y of t's Go type (by pointer where &t
// is one), for the comparison and equality adapters.
func (b *builder) userSelfOtherCall(t *Adt, fn *FnDef, x, y string, span ast.Span) (*ir.Var, *ir.Var, ir.Expr) {
	gt := b.goType(t, span)
	xv := &ir.Var{Name: x, Type: gt, Temp: true}
	yv := &ir.Var{Name: y, Type: gt, Temp: true}
	ptr := b.refIsPtr(&RefTy{Elem: t})
	argOf := func(v *ir.Var) ir.Expr {
		if ptr {
			return &ir.Unary{Op: "&", X: &ir.VarRef{Var: v}}
		}
		return &ir.VarRef{Var: v}
	}
	if isGoMethod(fn) {
		return xv, yv, method(&ir.VarRef{Var: xv}, goFuncName(fn), argOf(yv))
	}
	return xv, yv, &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{argOf(xv), argOf(yv)}}
}

// goComparable reports whether Go's == on the Go type of t is Rust's ==.
func (b *builder) goComparable(t Ty) bool {
	return b.l.goComparable(b.c.resolve(t, true), 0)
}

func (l *lowerer) goComparable(t Ty, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := t.(type) {
	case *Prim:
		return true
	case *RefTy:
		return l.goComparable(x.Elem, depth+1)
	case *TupleTy:
		for _, e := range x.Elems {
			if !l.goComparable(e, depth+1) {
				return false
			}
		}
		return true
	case *ParamTy:
		return false
	case *Adt:
		g := x.Def.Go
		if x.Def.Std {
			switch {
			case g["builtin"] == "string", g["eq"] != "", g["type"] == "rt.Ordering":
				return true
			case g["box"] != "" && boxedByPointer(x.Args[0]):
				return false // Go's == would compare the pointers
			case g["type"] == "rt.Option", g["transparent"] != "", g["reverse"] != "":
				return l.goComparable(x.Args[0], depth+1)
			case g["type"] == "rt.Result":
				return l.goComparable(x.Args[0], depth+1) && l.goComparable(x.Args[1], depth+1)
			}
			return false
		}
		if x.Def.Traits["PartialEq"] != nil {
			return false // its own eq, not Go's ==
		}
		if isEnum(x.Def) && cLike(x.Def) {
			return true
		}
		if isEnum(x.Def) {
			// Go's == on the interface values compares the variant and
			// its fields: derived PartialEq, when every field compares so.
			for _, v := range x.Def.Variants {
				for _, f := range v.Fields {
					if !l.goComparable(subst(f, x.Args), depth+1) {
						return false
					}
				}
			}
			return true
		}
		for _, f := range x.Def.Fields {
			if !l.goComparable(subst(f.Type, x.Args), depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// eqFunc returns a Go equality function of Rust type t's PartialEq, for
// types Go cannot compare with ==.
func (b *builder) eqFunc(t Ty, span ast.Span) ir.Expr {
	t = b.c.resolve(t, true)
	gt := b.goType(t, span)
	if p, ok := t.(*ParamTy); ok {
		if d := b.useDict(p.Name + "_eq"); d != nil { // compared through the dictionary (dict.go)
			return &ir.VarRef{Var: d}
		}
		if b.c.fn.generic(p.Name) == nil {
			// A parameter of a generic type (derive(PartialEq) of S<T>):
			// compared at run time (its derived Eq method, else by
			// value); adtGoType rejects arguments with their own eq.
			return &ir.Inst{Fun: rt("EqOf"), TypeArgs: []ir.Type{gt}}
		}
		if g := b.c.fn.generic(p.Name); g != nil && !g.CmpDict && cmpEntry(g.Traits) != "" {
			return &ir.Inst{Fun: rt("EqComparable"), TypeArgs: []ir.Type{gt}} // T: comparable
		}
	}
	if b.goComparable(t) {
		return &ir.Inst{Fun: rt("EqComparable"), TypeArgs: []ir.Type{gt}}
	}
	switch x := t.(type) {
	case *Adt:
		if fn := x.Def.Traits["PartialEq"]["eq"]; fn != nil && !x.Def.Std {
			return b.userEqFunc(x, fn, span)
		}
		if !x.Def.Std && hasDerive(x.Def, "PartialEq") {
			// The derived Eq method (valueDerives; enumDerives: a method
			// of the enum's interface).
			return &ir.Selector{X: &ir.TypeExpr{Type: gt}, Name: "Eq"}
		}
		if x.Def.Go["builtin"] == "slice" {
			return &ir.Call{Fun: rt("EqSlice"), Args: []ir.Expr{b.eqFunc(x.Args[0], span)}}
		}
		if x.Def.Go["type"] == "rt.Option" {
			return &ir.Call{Fun: rt("EqOption"), Args: []ir.Expr{b.eqFunc(x.Args[0], span)}}
		}
		if x.Def.Go["type"] == "rt.Result" {
			return &ir.Call{Fun: rt("EqResult"), Args: []ir.Expr{b.eqFunc(x.Args[0], span), b.eqFunc(x.Args[1], span)}}
		}
		if g := x.Def.Go["type"]; ptrEq[g] {
			name := "Eq" + strings.TrimPrefix(g, "rt.")
			switch g {
			case "rt.HashSet", "rt.BTreeSet":
				return &ir.Inst{Fun: rt(name), TypeArgs: b.goTypes(x.Args, span)}
			case "rt.HashMap", "rt.BTreeMap":
				return &ir.Call{Fun: rt(name), TypeArgs: b.goTypes(x.Args, span), Args: []ir.Expr{b.eqFunc(x.Args[1], span)}}
			}
			return &ir.Call{Fun: rt(name), Args: []ir.Expr{b.eqFunc(x.Args[0], span)}}
		}
		if x.Def.Go["box"] != "" {
			if !b.boxIsPtr(x) {
				return b.eqFunc(x.Args[0], span)
			}
			// A Box held by pointer (a recursive type): its values.
			v := &ir.Var{Name: "x", Type: gt, Temp: true}
			w := &ir.Var{Name: "y", Type: gt, Temp: true}
			eq := b.fieldEq(&ir.Unary{Op: "*", X: &ir.VarRef{Var: v}}, &ir.Unary{Op: "*", X: &ir.VarRef{Var: w}}, x.Args[0], span)
			return &ir.FuncLit{Params: []*ir.Var{v, w}, Results: []ir.Type{ir.BoolType},
				Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{eq}}}}}
		}
	case *RefTy: // Some(&p) == Some(&q): the referents
		inner := b.eqFunc(x.Elem, span)
		if b.isGoPtr(x) && !b.isGoPtr(x.Elem) {
			return &ir.Call{Fun: rt("EqPtr"), Args: []ir.Expr{inner}}
		}
		return inner
	case *SliceTy:
		return &ir.Call{Fun: rt("EqSlice"), Args: []ir.Expr{b.eqFunc(x.Elem, span)}}
	case *ArrayTy:
		return &ir.Call{Fun: rt("EqSlice"), Args: []ir.Expr{b.eqFunc(x.Elem, span)}}
	case *TupleTy:
		// Element by element (a tuple holding an enum with a derived
		// PartialEq and no Ord).
		v := &ir.Var{Name: "x", Type: gt, Temp: true}
		w := &ir.Var{Name: "y", Type: gt, Temp: true}
		var conds []ir.Expr
		for i, e := range x.Elems {
			f := "F" + strconv.Itoa(i)
			conds = append(conds, b.fieldEq(&ir.Selector{X: &ir.VarRef{Var: v}, Name: f}, &ir.Selector{X: &ir.VarRef{Var: w}, Name: f}, e, span))
		}
		return &ir.FuncLit{Params: []*ir.Var{v, w}, Results: []ir.Type{ir.BoolType},
			Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{andAll(conds)}}}}}
	}
	// Fall back to the ordering: equal when it compares equal.
	cf := b.cmpFunc(t, span)
	x := &ir.Var{Name: "x", Type: gt, Temp: true}
	y := &ir.Var{Name: "y", Type: gt, Temp: true}
	return &ir.FuncLit{Params: []*ir.Var{x, y}, Results: []ir.Type{ir.BoolType},
		Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{&ir.Binary{Op: "==",
			X: &ir.Call{Fun: cf, Args: []ir.Expr{&ir.VarRef{Var: x}, &ir.VarRef{Var: y}}}, Y: &ir.Lit{Value: int64(0)}}}}}}}
}

// needsClone reports whether Go's assignment of a value of type t shares
// memory that Rust's clone would copy.
func (b *builder) needsClone(t Ty) bool {
	t = b.c.resolve(t, true)
	return b.l.needsClone(t, 0) || b.paramsDeep(t)
}

func (l *lowerer) needsClone(t Ty, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := t.(type) {
	case *TupleTy:
		for _, e := range x.Elems {
			if l.needsClone(e, depth+1) {
				return true
			}
		}
	case *ArrayTy, *SliceTy:
		return true
	case *Adt:
		g := x.Def.Go
		if userStdClone(x) != nil {
			return true
		}
		if x.Def.Std {
			switch {
			case countingClone(x.Def) != "":
				return l.countedGlue(x, depth, nil) // an uncounted Arc is shared as Go shares it
			case g["builtin"] == "slice", g["map"] != "", g["set"] != "", g["deque"] != "", g["heap"] != "", g["type"] == "rt.Iter":
				return true
			case g["reverse"] != "":
				return l.needsClone(x.Args[0], depth+1)
			case g["type"] == "rt.Option", g["transparent"] != "":
				return l.needsClone(x.Args[0], depth+1)
			case g["type"] == "rt.Result":
				return l.needsClone(x.Args[0], depth+1) || l.needsClone(x.Args[1], depth+1)
			}
			return false
		}
		if fn := x.Def.Traits["Clone"]["clone"]; fn != nil {
			return true
		}
		if isEnum(x.Def) {
			for _, v := range x.Def.Variants {
				for _, f := range v.Fields {
					if l.needsClone(subst(f, x.Args), depth+1) {
						return true
					}
				}
			}
			return false
		}
		for _, f := range x.Def.Fields {
			if l.needsClone(subst(f.Type, x.Args), depth+1) {
				return true
			}
		}
	}
	return false
}

// countingClone returns the Go method of a std type whose clone counts
// what its drop uncounts (Arc, Rc, Weak, Sender), or "".
func countingClone(d *TypeDef) string {
	if fn := d.Methods["clone"]; fn != nil && d.Go["drop"] != "" {
		return fn.Go["method"]
	}
	return ""
}

// cloneExpr is Rust's x.clone() of a Go value x of type t.
func (b *builder) cloneExpr(x ir.Expr, t Ty, span ast.Span) ir.Expr {
	t = b.c.resolve(t, true)
	if !b.needsClone(t) {
		if a, ok := t.(*Adt); ok && a.Def.IterItem != nil {
			if _, isVar := x.(*ir.VarRef); isVar {
				// c.clone() of a user iterator is its Go copy, which is
				// iterated in place (userIter): a variable of its own.
				tmp := b.temp("it", t, span)
				b.emit(&ir.DeclStmt{Var: tmp, Value: x, Span: span})
				return &ir.VarRef{Var: tmp}
			}
		}
		return x
	}
	switch tt := t.(type) {
	case *ParamTy:
		if c := b.paramClone(x, tt, span); c != nil {
			return c
		}
		return x
	case *Adt:
		g := tt.Def.Go
		fn := userStdClone(tt) // impl Clone for Box<dyn Shape>
		if !tt.Def.Std {
			b.derivedCloneOK(tt, span)
			fn = tt.Def.Traits["Clone"]["clone"]
		}
		if fn != nil {
			arg := x
			if b.refIsPtr(&RefTy{Elem: t}) {
				arg = addrOfPlace(x)
			}
			if isGoMethod(fn) {
				return method(arg, goFuncName(fn))
			}
			return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{arg}}
		}
		if !tt.Def.Std {
			if isEnum(tt.Def) && !hasDerive(tt.Def, "Clone") {
				b.unsupported(span, "clone of enum `%s` holding owned data", t)
				return x
			}
			return method(x, "Clone") // derived (valueDerives, enumDerives)
		}
		switch {
		case countingClone(tt.Def) != "":
			return method(x, countingClone(tt.Def))
		case g["builtin"] == "slice":
			return b.cloneSlice(x, tt.Args[0], span)
		case g["map"] != "", g["deque"] != "", g["heap"] != "":
			el := tt.Args[len(tt.Args)-1]
			f := b.cloneFunc(el, span)
			if f == nil {
				f = &ir.Qual{Name: "nil"}
			}
			return method(x, "Clone", f)
		case g["set"] != "", g["type"] == "rt.Iter":
			return method(x, "Clone")
		case g["type"] == "rt.Option":
			return call1("rt.MapOptionWith", x, b.cloneFunc(tt.Args[0], span))
		case g["transparent"] != "":
			return b.cloneExpr(x, tt.Args[0], span)
		}
	case *SliceTy:
		return b.cloneSlice(x, tt.Elem, span)
	case *ArrayTy:
		return b.cloneSlice(x, tt.Elem, span)
	}
	if f := b.cloneFunc(t, span); f != nil {
		return &ir.Call{Fun: f, Args: []ir.Expr{x}}
	}
	return x
}

// userStdClone is the program's `impl Clone` for an instantiation of a
// std type (impl Clone for Box<dyn Shape>), nil where there is none.
func userStdClone(t *Adt) *FnDef {
	if !t.Def.Std {
		return nil
	}
	fn := t.Def.Traits["Clone"]["clone"]
	if fn == nil || fn.Std || fn.SelfTy == nil || fn.SelfTy.String() != t.String() {
		return nil
	}
	return fn
}

func (b *builder) cloneSlice(x ir.Expr, elem Ty, span ast.Span) ir.Expr {
	if f := b.cloneFunc(elem, span); f != nil {
		return call1("rt.CloneSlice", x, f)
	}
	return call1("slices.Clone", x)
}

// cloneFunc returns a Go function cloning values of type t, or nil when a
// Go copy is a clone.
func (b *builder) cloneFunc(t Ty, span ast.Span) ir.Expr {
	t = b.c.resolve(t, true)
	if !b.needsClone(t) {
		return nil
	}
	if p, ok := t.(*ParamTy); ok {
		if v := b.useDict(p.Name + "_clone"); v != nil {
			return &ir.VarRef{Var: v}
		}
	}
	gt := b.goType(t, span)
	if adt, ok := t.(*Adt); ok && !adt.Def.Std && adt.Def.Traits["Clone"]["clone"] == nil && (!isEnum(adt.Def) || hasDerive(adt.Def, "Clone")) {
		b.derivedCloneOK(adt, span)
		return &ir.Selector{X: &ir.TypeExpr{Type: gt}, Name: "Clone"}
	}
	v := &ir.Var{Name: "v", Type: gt, Temp: true}
	var body ir.Expr
	if tt, ok := t.(*TupleTy); ok {
		call := &ir.Call{Fun: rt("Tup" + strconv.Itoa(len(tt.Elems)))}
		for i, e := range tt.Elems {
			call.Args = append(call.Args, b.cloneExpr(&ir.Selector{X: &ir.VarRef{Var: v}, Name: "F" + strconv.Itoa(i)}, e, span))
		}
		body = call
	} else {
		body = b.cloneExpr(&ir.VarRef{Var: v}, t, span)
	}
	return &ir.FuncLit{Params: []*ir.Var{v}, Results: []ir.Type{gt},
		Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{body}}}}}
}

// fieldEq is a derived PartialEq's comparison of fields a and c of type t.
func (b *builder) fieldEq(a, c ir.Expr, t Ty, span ast.Span) ir.Expr {
	if b.goComparable(t) {
		return &ir.Binary{Op: "==", X: a, Y: c}
	}
	if el, ok := sliceElem(b.c.resolve(t, true)); ok && b.goComparable(el) {
		return call1("slices.Equal", a, c)
	}
	return &ir.Call{Fun: b.eqFunc(t, span), Args: []ir.Expr{a, c}}
}

// enumDerives adds derived Clone (where a payload owns memory Go would
// share) and PartialEq (where Go's == cannot compare a payload) to data
// enum td: methods of its interface, which each variant implements
// (Clone() Json; Eq(o Json) bool, true for the same variant with equal
// fields).
func (b *builder) enumDerives(td *TypeDef, derived map[string]bool, iface *ir.Interface) func(v *VariantDef, recvT ir.Type) []ir.Decl {
	self := &Adt{Def: td, Args: paramTys(td.Generics)}
	enumT := &ir.Named{Name: goTypeName(td), Args: typeParamRefs(td.Generics)}
	clone := derived["Clone"] && b.needsClone(self)
	eq := derived["PartialEq"] && !b.goComparable(self)
	ord := derived["PartialOrd"] || derived["Ord"]
	index := map[*VariantDef]int64{}
	for i, v := range td.Variants {
		index[v] = int64(i)
	}
	if clone {
		iface.Methods = append(iface.Methods, &ir.Method{Name: "Clone", Type: &ir.Func{Results: []ir.Type{enumT}}})
	}
	if eq {
		iface.Methods = append(iface.Methods, &ir.Method{Name: "Eq", Type: &ir.Func{Params: []ir.Type{enumT}, Results: []ir.Type{ir.BoolType}}})
	}
	intT := &ir.Basic{Kind: ir.Int}
	if ord { // variants order by declaration, then by fields
		iface.Methods = append(iface.Methods, &ir.Method{Name: "Cmp", Type: &ir.Func{Params: []ir.Type{enumT}, Results: []ir.Type{intT}}},
			&ir.Method{Name: "variantIndex", Type: &ir.Func{Results: []ir.Type{intT}}})
	}
	span := td.Decl.Pos()
	return func(v *VariantDef, recvT ir.Type) []ir.Decl {
		var out []ir.Decl
		if ord {
			out = append(out, &ir.FuncDecl{Name: "variantIndex", Recv: &ir.Var{Name: "_", Type: recvT}, Results: []ir.Type{intT},
				Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{&ir.Lit{Value: index[v]}}}}}})
			recv := &ir.Var{Name: "v", Type: recvT}
			o := &ir.Var{Name: "o", Type: enumT}
			stmts := []ir.Stmt{b.cmpStep(&ir.Qual{Pkg: "cmp", Name: "Compare"}, &ir.Lit{Value: index[v]}, method(&ir.VarRef{Var: o}, "variantIndex"))}
			if len(v.Fields) > 0 {
				w := &ir.Var{Name: "w", Type: recvT}
				stmts = append(stmts, &ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: w}}, Op: ":=", Rhs: []ir.Expr{&ir.TypeAssert{X: &ir.VarRef{Var: o}, Type: recvT}}})
				for i, f := range v.Fields {
					name := variantFieldName(v, i)
					stmts = append(stmts, b.cmpStep(b.cmpFunc(f, span), &ir.Selector{X: &ir.VarRef{Var: recv}, Name: name}, &ir.Selector{X: &ir.VarRef{Var: w}, Name: name}))
				}
			} else {
				recv.Name = "_"
			}
			stmts = append(stmts, &ir.ReturnStmt{Results: []ir.Expr{&ir.Lit{Value: int64(0)}}})
			out = append(out, &ir.FuncDecl{Name: "Cmp", Recv: recv, Params: []*ir.Var{o}, Results: []ir.Type{intT}, Body: &ir.Block{Stmts: stmts}})
		}
		if clone {
			recv := &ir.Var{Name: "v", Type: recvT}
			var res ir.Expr = &ir.VarRef{Var: recv}
			if len(v.Fields) > 0 {
				lit := &ir.CompositeLit{Type: recvT, Keys: []string{}}
				for i, f := range v.Fields {
					name := variantFieldName(v, i)
					lit.Keys = append(lit.Keys, name)
					lit.Elems = append(lit.Elems, b.cloneExpr(&ir.Selector{X: &ir.VarRef{Var: recv}, Name: name}, f, span))
				}
				res = lit
			}
			out = append(out, &ir.FuncDecl{Name: "Clone", Recv: recv, Results: []ir.Type{enumT},
				Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{res}}}}})
		}
		if eq {
			recv := &ir.Var{Name: "v", Type: recvT}
			o := &ir.Var{Name: "o", Type: enumT}
			w := &ir.Var{Name: "w", Type: recvT}
			ok := &ir.Var{Name: "ok", Type: ir.BoolType}
			conds := []ir.Expr{&ir.VarRef{Var: ok}}
			for i, f := range v.Fields {
				name := variantFieldName(v, i)
				conds = append(conds, b.fieldEq(&ir.Selector{X: &ir.VarRef{Var: recv}, Name: name}, &ir.Selector{X: &ir.VarRef{Var: w}, Name: name}, f, span))
			}
			var lhs ir.Expr = &ir.VarRef{Var: w}
			if len(v.Fields) == 0 {
				lhs, recv.Name = &ir.Blank{}, "_"
			}
			out = append(out, &ir.FuncDecl{Name: "Eq", Recv: recv, Params: []*ir.Var{o}, Results: []ir.Type{ir.BoolType},
				Body: &ir.Block{Stmts: []ir.Stmt{
					&ir.AssignStmt{Lhs: []ir.Expr{lhs, &ir.VarRef{Var: ok}}, Op: ":=", Rhs: []ir.Expr{&ir.TypeAssert{X: &ir.VarRef{Var: o}, Type: recvT}}},
					&ir.ReturnStmt{Results: []ir.Expr{andAll(conds)}},
				}}})
		}
		return out
	}
}

// valueDerives generates the methods of #[derive(Clone)] (when a field
// owns memory Go would share) and #[derive(PartialOrd/Ord)] of a struct.
func (b *builder) valueDerives(td *TypeDef, set map[string]bool) []ir.Decl {
	if _, isStruct := td.Decl.(*ast.StructDecl); !isStruct {
		return nil
	}
	var out []ir.Decl
	recvT := &ir.Named{Name: goTypeName(td), Args: typeParamRefs(td.Generics)}
	self := &Adt{Def: td, Args: paramTys(td.Generics)}
	span := td.Decl.Pos()
	if set["Clone"] && b.needsClone(self) {
		recv := &ir.Var{Name: "v", Type: recvT}
		lit := &ir.CompositeLit{Type: recvT, Keys: []string{}}
		for _, f := range td.Fields {
			lit.Keys = append(lit.Keys, goFieldName(f.Name))
			lit.Elems = append(lit.Elems, b.cloneExpr(&ir.Selector{X: &ir.VarRef{Var: recv}, Name: goFieldName(f.Name)}, f.Type, span))
		}
		out = append(out, &ir.FuncDecl{Name: "Clone", Recv: recv, Results: []ir.Type{recvT},
			Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{lit}}}}})
	}
	if set["PartialEq"] && !b.goComparable(self) {
		recv := &ir.Var{Name: "v", Type: recvT}
		o := &ir.Var{Name: "o", Type: recvT}
		var conds []ir.Expr
		for _, f := range td.Fields {
			name := goFieldName(f.Name)
			conds = append(conds, b.fieldEq(&ir.Selector{X: &ir.VarRef{Var: recv}, Name: name}, &ir.Selector{X: &ir.VarRef{Var: o}, Name: name}, f.Type, span))
		}
		var res ir.Expr = &ir.Lit{Value: true}
		if len(conds) > 0 {
			res = andAll(conds)
		}
		out = append(out, &ir.FuncDecl{Name: "Eq", Recv: recv, Params: []*ir.Var{o},
			Results: []ir.Type{ir.BoolType}, Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{res}}}}})
	}
	if set["PartialOrd"] || set["Ord"] {
		// Where the fields compare floats, Cmp is PartialOrd's comparison
		// (rt.Unordered for a NaN): no Ord can be derived then.
		defer b.setPartialCmp(b.partialOrd(self))()
		recv := &ir.Var{Name: "v", Type: recvT}
		o := &ir.Var{Name: "o", Type: recvT}
		var stmts []ir.Stmt
		for _, f := range td.Fields {
			name := goFieldName(f.Name)
			stmts = append(stmts, b.cmpStep(b.cmpFunc(f.Type, span),
				&ir.Selector{X: &ir.VarRef{Var: recv}, Name: name}, &ir.Selector{X: &ir.VarRef{Var: o}, Name: name}))
		}
		stmts = append(stmts, &ir.ReturnStmt{Results: []ir.Expr{&ir.Lit{Value: int64(0)}}})
		out = append(out, &ir.FuncDecl{Name: "Cmp", Recv: recv, Params: []*ir.Var{o},
			Results: []ir.Type{&ir.Basic{Kind: ir.Int}}, Body: &ir.Block{Stmts: stmts}})
	}
	return out
}

// cmpStep is one comparison of a derived Ord: if c := f(x, y); c != 0 {
// return c }.
func (b *builder) cmpStep(f, x, y ir.Expr) ir.Stmt {
	c := &ir.Var{Name: "c", Type: &ir.Basic{Kind: ir.Int}, Temp: true}
	return &ir.IfStmt{Init: &ir.DeclStmt{Var: c, Value: &ir.Call{Fun: f, Args: []ir.Expr{x, y}}},
		Cond: &ir.Binary{Op: "!=", X: &ir.VarRef{Var: c}, Y: &ir.Lit{Value: int64(0)}},
		Then: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{&ir.VarRef{Var: c}}}}}}
}

// userEqFunc adapts a user `impl PartialEq` (fn eq(&self, other: &Self) ->
// bool) to a Go equality function.
func (b *builder) userEqFunc(t *Adt, fn *FnDef, span ast.Span) ir.Expr {
	x, y, call := b.userSelfOtherCall(t, fn, "x", "y", span)
	return &ir.FuncLit{Params: []*ir.Var{x, y}, Results: []ir.Type{ir.BoolType},
		Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{call}}}}}
}

// eqCall is x == y by t's PartialEq: the user's eq method called directly
// where there is one.
func (b *builder) eqCall(t Ty, x, y ir.Expr, span ast.Span) ir.Expr {
	if a, ok := t.(*Adt); ok && !a.Def.Std {
		if fn := a.Def.Traits["PartialEq"]["eq"]; fn != nil && isGoMethod(fn) {
			return method(x, goFuncName(fn), b.refArg(a, y))
		}
	}
	return &ir.Call{Fun: b.eqFunc(t, span), Args: []ir.Expr{x, y}}
}

// cmpCall is the comparison of x and y by t's Ord as a Go int: the user's
// cmp method called directly where there is one.
func (b *builder) cmpCall(t Ty, x, y ir.Expr, span ast.Span) ir.Expr {
	if a, ok := t.(*Adt); ok && !a.Def.Std {
		if fn := a.Def.Traits["Ord"]["cmp"]; fn != nil && isGoMethod(fn) {
			return &ir.Convert{Type: &ir.Basic{Kind: ir.Int}, X: method(x, goFuncName(fn), b.refArg(a, y))}
		}
		if fn := a.Def.Traits["PartialOrd"]["partial_cmp"]; fn != nil && isGoMethod(fn) && b.partialCmp && a.Def.Traits["Ord"]["cmp"] == nil {
			return call1("rt.FromPartial", method(x, goFuncName(fn), b.refArg(a, y)))
		}
		if hasDerive(a.Def, "PartialOrd") && a.Def.Traits["PartialOrd"] == nil && !cLike(a.Def) {
			b.derivedFloatOrd(a, span)
			return method(x, "Cmp", y)
		}
	}
	return &ir.Call{Fun: b.cmpFunc(t, span), Args: []ir.Expr{x, y}}
}

// refArg passes y where a method takes &T.
func (b *builder) refArg(t *Adt, y ir.Expr) ir.Expr {
	if b.refIsPtr(&RefTy{Elem: t}) {
		return addrOfPlace(y)
	}
	return y
}

// boxedByPointer reports whether Box<t> is a Go pointer (see boxIsPtr):
// numbers, structs, C-like enums and tuples are boxed by pointer; strings,
// slices and data enums (Go interfaces) are values already.
func boxedByPointer(t Ty) bool {
	switch x := t.(type) {
	case *Prim:
		return x.Name != "str"
	case *TupleTy:
		return len(x.Elems) > 0
	case *Adt:
		return !x.Def.Std && (!isEnum(x.Def) || cLike(x.Def))
	}
	return false
}

package lower

import (
	"go/token"
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// isGoMethod reports whether a Rust method becomes a Go method: a method
// of a user struct or C-like enum without generics of its own (Go methods
// cannot add type parameters, and interfaces carry no method bodies).
// Other methods and associated functions are Go functions named
// Type_name taking self first.
func isGoMethod(fn *FnDef) bool {
	if fn.Owner == nil || fn.Owner.Std || fn.Owner.Decl == nil || fn.Self == NoSelf || len(fn.Generics) > fn.NOwner {
		return false
	}
	if isEnum(fn.Owner) && !cLike(fn.Owner) || arcSelf(fn) {
		return false
	}
	return !instanceImpl(fn) && !dictForwarded(fn)
}

// dictForwarded reports whether fn, a method of a generic struct's impl
// of a user trait, takes a drop dictionary (drop_dict.go). It is then a
// Go function (W_Trait_name), which static calls pass the dictionary,
// and a Go method of the trait's name forwards to it with rt.NoDrop for
// the trait's Go interface (dictForwarder): exact where the type
// arguments have no drop glue; checkDictImpls rejects the other uses.
func dictForwarded(fn *FnDef) bool {
	return fn.Owner != nil && !fn.Owner.Std && fn.Trait != "" && fn.Trait != "Drop" && fn.Self != NoSelf &&
		len(fn.Generics) == fn.NOwner && !isEnum(fn.Owner) && !instanceImpl(fn) && len(dictEntries(fn)) > 0 && userTrait(fn)
}

// dictForwarder is the Go method of dictForwarded fn, built as Go
// function fd: it calls fd with rt.NoDrop for each dictionary parameter.
func (b *builder) dictForwarder(fn *FnDef, fd *ir.FuncDecl) *ir.FuncDecl {
	recv := &ir.Var{Name: "self", Type: fd.Params[0].Type}
	return b.forwardingMethod(fn, fd, recv, &ir.VarRef{Var: recv})
}

// forwardingMethod is the Go method of trait method fn, lowered to Go
// function fd, with receiver recv: it calls fd with first and its own
// parameters, and rt.NoDrop for a dictionary parameter of fd.
func (b *builder) forwardingMethod(fn *FnDef, fd *ir.FuncDecl, recv *ir.Var, first ir.Expr) *ir.FuncDecl {
	m := &ir.FuncDecl{Name: goMethodName(fn), Recv: recv, Results: fd.Results, Body: &ir.Block{}, Span: fd.Span}
	call := &ir.Call{Fun: &ir.Qual{Name: fd.Name}, Args: []ir.Expr{first}}
	for _, p := range fd.Params[1:] {
		if k, isDict := b.l.dicts.params[p]; isDict {
			v := &ir.Inst{Fun: rt("NoDrop"), TypeArgs: []ir.Type{p.Type.(*ir.Func).Params[0].(*ir.Pointer).Elem}}
			b.l.dicts.args[v] = k
			call.Args = append(call.Args, v)
			continue
		}
		v := &ir.Var{Name: p.Name, Type: p.Type}
		m.Params = append(m.Params, v)
		call.Args = append(call.Args, &ir.VarRef{Var: v})
	}
	if len(fd.Results) > 0 {
		m.Body.Stmts = []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{call}}}
	} else {
		m.Body.Stmts = []ir.Stmt{&ir.ExprStmt{X: call}}
	}
	return m
}

// instanceImpl reports whether fn is in an impl for one instantiation of
// a generic type (impl W<i32>, impl<T> W<Vec<T>>): Go has no methods on
// an instantiation, so its methods are Go functions, and a trait impl's
// methods are reached through a forwarding Go method (forwarders).
func instanceImpl(fn *FnDef) bool {
	if fn.Owner == nil || fn.Owner.Std || len(fn.Owner.Generics) == 0 {
		return false
	}
	return instanceOf(fn.SelfTy)
}

// forwarder is the Go method through which trait method fn of an impl
// for one instantiation (impl Named for W<u8>), lowered to Go function
// fd, is found (by a Go interface, rt's formatting): a method of W[_]
// that asserts its receiver is a *W[uint8] and calls fd.
func (b *builder) forwarder(fn *FnDef, fd *ir.FuncDecl) *ir.FuncDecl {
	if len(fd.TypeParams) > 0 {
		b.unsupported(fn.Decl.Name.Span, "trait method `%s` of an impl for `%s`, an instantiation with type parameters", fn.Name, fn.SelfTy)
		return nil
	}
	self := fd.Params[0]
	recv := &ir.Var{Name: "self", Type: wildArgs(self.Type)}
	return b.forwardingMethod(fn, fd, recv, &ir.TypeAssert{X: &ir.Convert{Type: ir.AnyType, X: &ir.VarRef{Var: recv}}, Type: self.Type})
}

// userTrait reports whether fn implements a method of a user trait.
func userTrait(fn *FnDef) bool {
	if fn.Trait == "" {
		return false
	}
	tr, ok := fn.Owner.Module.lookupTrait(fn.Trait)
	return ok && !tr.Std
}

// wildArgs is generic type t (or a pointer to it) with _ for its type
// arguments: the receiver of a method on every instantiation.
func wildArgs(t ir.Type) ir.Type {
	switch t := t.(type) {
	case *ir.Pointer:
		return &ir.Pointer{Elem: wildArgs(t.Elem)}
	case *ir.Named:
		w := &ir.Named{Pkg: t.Pkg, Name: t.Name}
		for range t.Args {
			w.Args = append(w.Args, &ir.Named{Name: "_"})
		}
		return w
	}
	return t
}

// instanceOf reports whether t is a generic user type with arguments
// other than its own parameters in order (W<i32>, not W<T>).
func instanceOf(t Ty) bool {
	a, ok := t.(*Adt)
	if !ok || a.Def.Std {
		return false
	}
	for i, t := range a.Args {
		if p, ok := t.(*ParamTy); !ok || p.Index != i {
			return true
		}
	}
	return false
}

// goMethodName is the Go name of a method: its Rust name, renamed where
// Go would reject it (a keyword, or a field of the same name).
func goMethodName(fn *FnDef) string {
	name := fn.Name
	if token.IsKeyword(name) {
		return name + "_"
	}
	if tr, ok := fn.Owner.Module.lookupTrait(fn.Trait); ok && !tr.Std {
		return traitMethodName(tr, name) // must match the trait's Go interface
	}
	for _, f := range fn.Owner.Fields {
		if goFieldName(f.Name) == name {
			return name + "_"
		}
	}
	if sharesName(fn) {
		return fn.Trait + "_" + name
	}
	return name
}

// sharesName reports whether trait method fn has the name of an inherent
// method of its type or of a method of another trait it implements: its
// Go name then carries the trait's.
func sharesName(fn *FnDef) bool {
	if fn.Trait == "" {
		return false
	}
	if inh := fn.Owner.Methods[fn.Name]; inh != nil && inh != fn {
		return true
	}
	for tr, ms := range fn.Owner.Traits {
		if tr != fn.Trait && ms[fn.Name] != nil {
			return true
		}
	}
	return false
}

// callUser lowers a call of a user function, method or associated
// function.
func (b *builder) callUser(e ast.Expr, ci *callInfo, recv ast.Expr, argExprs []ast.Expr) ir.Expr {
	fn := ci.fn
	if recv == nil && fn.Self != NoSelf && len(argExprs) > 0 {
		recv, argExprs = argExprs[0], argExprs[1:] // Type::method(x, ...)
	}
	if fn.Dict != "" { // T::new() (dict.go)
		return &ir.Call{Fun: &ir.VarRef{Var: b.useDict(fn.Dict)}, Args: b.typedArgs(argExprs, fn, ci.args)}
	}
	if fn.Owner == nil && fn.TraitDef != nil { // through dyn Trait or a bound: a Go interface method
		decl := fn.TraitDef.Methods[fn.Name]
		selfSig := decl != nil && len(decl.Generics) == 0 && mentionsSelf(decl) // fn twice(&self) -> Self
		if p, ok := b.recvParam(recv); ok && (!b.constrainedBy(p, fn.TraitDef) || selfSig) {
			// The Go type parameter does not carry the trait (it has &mut
			// self methods, or it bounds an impl's parameter), or the
			// method mentions Self and is not in its Go interface: the
			// method is found on a pointer to the value, whose method set
			// holds the impl's value and pointer methods.
			ptr, args := b.recvArgs(recv, func(recv ast.Expr) ir.Expr {
				if v, ok := b.recvSmart(recv); ok { // an Arc<R>: a pointer to its R
					if u, isDeref := v.(*ir.Unary); isDeref && u.Op == "*" {
						return u.X
					}
					return &ir.Unary{Op: "&", X: v}
				}
				if b.isPtrValue(recv) {
					return b.valueOf(recv)
				}
				return b.addrOf(recv)
			}, argExprs, fn, ci.args)
			var it ir.Type = &ir.Named{Name: fn.TraitDef.Name}
			if selfSig { // interface{ twice() T }, Self being T here
				it = &ir.Interface{Methods: []*ir.Method{{Name: traitMethodName(fn.TraitDef, fn.Name), Type: b.traitMethodType(fn)}}}
			}
			var iface ir.Expr = &ir.TypeAssert{X: &ir.Convert{Type: ir.AnyType, X: ptr}, Type: it}
			if g := b.c.fn.generic(p.Name); g != nil && g.DynArg {
				iface = &ir.Call{Fun: rt("Iface"), TypeArgs: []ir.Type{it}, Args: []ir.Expr{ptr}} // P may be a dyn Trait
			}
			return &ir.Call{Fun: &ir.Selector{X: iface, Name: traitMethodName(fn.TraitDef, fn.Name)}, Args: args}
		}
		recvOf := b.recvValue
		if fn.RecvTy != nil {
			recvOf = b.valueOf // self: Box<Self> moves the Box in
		}
		r, args := b.recvArgs(recv, recvOf, argExprs, fn, ci.args)
		return &ir.Call{Fun: &ir.Selector{X: r, Name: traitMethodName(fn.TraitDef, fn.Name)}, Args: args}
	}
	if isGoMethod(fn) {
		r, args := b.recvArgs(recv, func(recv ast.Expr) ir.Expr { return b.methodRecv(recv, fn) }, argExprs, fn, ci.args)
		b.fmtChars(fn, ci.args, e.Pos())
		args = append(args, b.dictArgs(fn, ci.args, e.Pos())...)
		if trackCaller(fn) {
			args = append(args, b.loc(callSite(e)))
		}
		return &ir.Call{Fun: &ir.Selector{X: r, Name: goFuncName(fn)}, Args: args}
	}
	call := &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}}
	r, args := b.recvArgs(recv, func(recv ast.Expr) ir.Expr { return b.selfArg(recv, fn) }, argExprs, fn, ci.args)
	if r != nil {
		call.Args = append(call.Args, r)
	}
	call.Args = append(call.Args, args...)
	b.fmtChars(fn, ci.args, e.Pos())
	for i, a := range ci.args {
		if i < len(fn.Generics) && fn.Generics[i].fnBound() == nil {
			b.checkConstraint(fn.Generics[i], a, e.Pos())
			call.TypeArgs = append(call.TypeArgs, b.goType(a, e.Pos()))
		}
	}
	call.Args = append(call.Args, b.dictArgs(fn, ci.args, e.Pos())...)
	if trackCaller(fn) {
		call.Args = append(call.Args, b.loc(callSite(e)))
	}
	return call
}

// fmtChars rejects char for a type parameter of fn bounded by Display or
// Debug: char and i32 are one Go type, and rt.DisplayOf/DebugOf could not
// tell them apart.
func (b *builder) fmtChars(fn *FnDef, args []Ty, pos ast.Span) {
	for i, a := range args {
		if i < len(fn.Generics) && fmtBound(fn.Generics[i]) && holds(b.c.resolve(a, true), isChar) {
			b.unsupported(pos, "`char` for the type parameter `%s` bounded by Display or Debug", fn.Generics[i].Name)
		}
	}
}

// recvParam reports the type parameter a method receiver is (T, &T or
// &mut T).
func (b *builder) recvParam(recv ast.Expr) (*ParamTy, bool) {
	if recv == nil {
		return nil, false
	}
	t := b.c.resolve(b.c.final(recv), true)
	for i := 0; i < 8; i++ { // &R, an Arc<R>, a guard of R
		if r, ok := t.(*RefTy); ok {
			t = b.c.resolve(r.Elem, true)
		} else if adt, ok := smartPtr(t); ok {
			t = b.c.resolve(adt.Args[0], true)
		} else {
			break
		}
	}
	p, ok := t.(*ParamTy)
	return p, ok
}

// constrainedBy reports whether the Go constraint of type parameter p is
// the interface of trait tr, or of a trait having tr as a supertrait.
func (b *builder) constrainedBy(p *ParamTy, tr *TraitDef) bool {
	if b.c.fn == nil {
		return false
	}
	for _, g := range b.c.fn.Generics {
		if g.Name != p.Name {
			continue
		}
		k, ok := constraintOf(g).(*ir.Named)
		if !ok || k.Pkg != "" {
			return false
		}
		for _, bound := range g.Traits {
			if bound.Name == k.Name && hasSuper(bound, tr) {
				return true
			}
		}
	}
	return false
}

// hasSuper reports whether tr is t or one of its supertraits.
func hasSuper(t, tr *TraitDef) bool {
	if t == tr {
		return true
	}
	for _, s := range t.Supers {
		if hasSuper(s, tr) {
			return true
		}
	}
	return false
}

// checkConstraint rejects a type argument whose Go type would not satisfy
// the Go constraint the bound maps to, or would satisfy it with another
// meaning: PartialOrd/Ord are cmp.Ordered (Go's < on numbers and
// strings), PartialEq/Eq/Hash are comparable (Go's ==, which ignores a
// user PartialEq impl).
func (b *builder) checkConstraint(g *GenParam, arg Ty, span ast.Span) {
	t := b.c.resolve(arg, true)
	for _, tr := range g.Traits {
		if !tr.Std && !goImplements(t, tr) {
			b.unsupported(span, "`%s` for the type parameter `%s` bounded by `%s`%s", t, g.Name, tr.Name, goImplementsWhy(t))
			return
		}
	}
	k, ok := constraintOf(g).(*ir.Named)
	if !ok {
		return
	}
	if p, isParam := t.(*ParamTy); isParam && b.c.fn != nil { // passed on: the caller's own constraint
		for _, cg := range b.c.fn.Generics {
			if cn, ok := constraintOf(cg).(*ir.Named); ok && cg.Name == p.Name && (cn.Pkg == k.Pkg && cn.Name == k.Name || cn.Pkg == "cmp" && k.Name == "comparable") {
				return
			}
		}
	}
	switch {
	case k.Pkg == "cmp" && k.Name == "Ordered" && !goOrdered(t):
		b.unsupported(span, "`%s` for the type parameter `%s` bounded by PartialOrd or Ord (only numbers, char and strings)", t, g.Name)
	case k.Pkg == "" && k.Name == "comparable" && !b.goComparable(t):
		b.unsupported(span, "`%s` for the type parameter `%s` bounded by PartialEq, Eq or Hash (Go's == would not be its ==)", t, g.Name)
	}
}

// goOrdered reports whether t's Go type is in cmp.Ordered with Rust's
// order: the numbers, char and strings (and references to them).
func goOrdered(t Ty) bool {
	switch x := t.(type) {
	case *Prim:
		return x.Name != "bool"
	case *RefTy:
		return goOrdered(x.Elem)
	case *Adt:
		return x.Def.Std && x.Def.Go["builtin"] == "string"
	}
	return false
}

// methodRecv lowers the receiver of a Go method call. Go takes the address
// of an addressable receiver for pointer methods by itself; a receiver
// that is not addressable goes through a temporary.
func (b *builder) methodRecv(recv ast.Expr, fn *FnDef) ir.Expr {
	if v, ok := b.recvSmart(recv); ok { // bank.transfer(..) on an Arc<Bank>
		return b.selBase(v, fn.SelfTy)
	}
	if fn.Self == SelfValue {
		return b.recvMoved(recv) // self by value: the receiver moves into the call
	}
	if b.isPtrValue(recv) {
		return b.valueOf(recv)
	}
	if b.isPlace(recv) {
		return b.place(recv)
	}
	v := b.read(recv) // a temporary with drop glue: dropped at the statement's end
	if _, ok := v.(*ir.VarRef); ok || !b.recvIsPtr(fn) {
		return v
	}
	tmp := b.temp("recv", b.c.final(recv), recv.Pos())
	b.emit(&ir.DeclStmt{Var: tmp, Value: v, Span: recv.Pos()})
	return &ir.VarRef{Var: tmp}
}

// recvIsPtr reports whether fn's Go receiver (or self parameter) is a
// pointer.
func (b *builder) recvIsPtr(fn *FnDef) bool {
	switch fn.Self {
	case SelfRef:
		return b.refIsPtr(&RefTy{Elem: fn.SelfTy})
	case SelfMut:
		return b.refIsPtr(&RefTy{Mut: true, Elem: fn.SelfTy})
	}
	return false
}

// selfArg lowers the self argument of a method lowered to a function.
func (b *builder) selfArg(recv ast.Expr, fn *FnDef) ir.Expr {
	if arcSelf(fn) {
		// The Arc itself: moved for Arc<Self>, borrowed for &Arc<Self>
		// (a reference to an Arc is the Arc's Go pointer).
		if _, ref := fn.RecvTy.(*RefTy); ref {
			return b.read(recv)
		}
		return b.valueOf(recv)
	}
	if v, ok := b.recvSmart(recv); ok { // through Arc, a guard, ...
		if u, isDeref := v.(*ir.Unary); isDeref && u.Op == "*" && b.recvIsPtr(fn) {
			return u.X
		}
		if b.recvIsPtr(fn) {
			return &ir.Unary{Op: "&", X: v}
		}
		return v
	}
	if fn.Self == SelfValue {
		return b.recvMoved(recv) // self by value: the receiver moves into the call
	}
	if !b.recvIsPtr(fn) {
		return b.recvValue(recv)
	}
	if b.isPtrValue(recv) {
		return b.valueOf(recv)
	}
	return b.addrOf(recv)
}

// structLit lowers Path { fields, ..base }.
func (b *builder) structLit(e *ast.StructExpr) ir.Expr {
	t := b.c.final(e).(*Adt)
	var typ ir.Type
	var names []string
	var ftypes []Ty
	v := b.c.structVariant[e]
	if v != nil {
		typ = &ir.Named{Name: variantTypeName(v), Args: b.goTypes(t.Args, e.Span)}
		names = v.Names
		ftypes = substList(v.Fields, t.Args)
	} else {
		typ = b.goType(t, e.Span)
		for _, f := range t.Def.Fields {
			names = append(names, f.Name)
			ftypes = append(ftypes, subst(f.Type, t.Args))
		}
	}
	lit := &ir.CompositeLit{Type: typ, Keys: []string{}}
	lit.Elems = b.inOrder(len(e.Fields), func(k int) ir.Expr {
		f := e.Fields[k]
		lit.Keys = append(lit.Keys, goFieldName(f.Name.Name))
		return b.typed(b.operand(f.Value), b.goType(ftypes[indexOf(names, f.Name.Name)], f.Name.Span))
	})
	var out ir.Expr = lit
	if e.Base != nil {
		// S { a: x, ..base }: a copy of base with the given fields replaced.
		tmp := b.temp("base", t, e.Span)
		b.emit(&ir.DeclStmt{Var: tmp, Value: b.updateBase(e, names, ftypes), Span: e.Span})
		for i, k := range lit.Keys {
			if ft := ftypes[indexOf(names, e.Fields[i].Name.Name)]; !b.isPlace(e.Base) && b.hasDropGlue(ft) {
				// A temporary base's field replaced: dropped with the
				// statement's temporaries, as the rest of the temporary.
				b.tempDroppable(&ir.Selector{X: &ir.VarRef{Var: tmp}, Name: k}, ft, e.Span)
			}
			b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Selector{X: &ir.VarRef{Var: tmp}, Name: k}}, Op: "=", Rhs: []ir.Expr{lit.Elems[i]}, Span: e.Span})
		}
		out = &ir.VarRef{Var: tmp}
	}
	if v != nil {
		return &ir.Convert{Type: b.goType(t, e.Span), X: out}
	}
	return out
}

// updateBase lowers the base of struct update e (fields names of types
// ftypes): a place's fields that e takes with drop glue move out of it
// one by one (a partial move of a local: its other fields stay its own),
// a temporary is taken whole.
func (b *builder) updateBase(e *ast.StructExpr, names []string, ftypes []Ty) ir.Expr {
	if !b.isPlace(e.Base) {
		return b.valueOf(e.Base)
	}
	given := map[string]bool{}
	for _, f := range e.Fields {
		given[f.Name.Name] = true
	}
	pe, isLocal := unparen(e.Base).(*ast.PathExpr)
	for i, n := range names {
		if given[n] || !b.hasDropGlue(ftypes[i]) {
			continue
		}
		if !isLocal || b.ownedLocal(pe) < 0 || !b.partialMove(pe, &ast.FieldExpr{X: e.Base, Name: ast.Ident{Name: n, Span: e.Base.Pos()}, Span: e.Base.Pos()}) {
			b.unsupported(e.Base.Pos(), "a struct update taking field `%s` (which has drop glue) out of this place", n)
			break
		}
	}
	return b.expr(e.Base)
}

func (b *builder) goTypes(ts []Ty, s ast.Span) []ir.Type {
	var out []ir.Type
	for _, t := range ts {
		out = append(out, b.goType(t, s))
	}
	return out
}

// userVariant builds a value of a user enum's variant.
func (b *builder) userVariant(v *VariantDef, t *Adt, span ast.Span, args []ir.Expr) ir.Expr {
	if cLike(v.Enum) {
		return &ir.Qual{Name: variantConstName(v)}
	}
	lit := &ir.CompositeLit{Type: &ir.Named{Name: variantTypeName(v), Args: b.goTypes(t.Args, span)}}
	for i, a := range args {
		lit.Elems = append(lit.Elems, b.typed(a, b.goType(subst(v.Fields[i], t.Args), span)))
	}
	return &ir.Convert{Type: b.goType(t, span), X: lit}
}

// tupleStruct builds S(a, b) or the unit struct S.
func (b *builder) tupleStruct(td *TypeDef, e ast.Expr, args []ir.Expr) ir.Expr {
	build := func(t *Adt, args []ir.Expr) ir.Expr {
		lit := &ir.CompositeLit{Type: b.goType(t, e.Pos())}
		for i, a := range args {
			lit.Elems = append(lit.Elems, b.typed(a, b.goType(subst(td.Fields[i].Type, t.Args), e.Pos())))
		}
		return lit
	}
	switch t := b.c.resolve(b.c.final(e), true).(type) {
	case *FnTy: // S as a function value, .map(S)
		return b.ctorValue(t, e.Pos(), build)
	case *Adt:
		return build(t, args)
	}
	b.unsupported(e.Pos(), "tuple struct `%s` of type `%s`", td.Name, b.c.final(e))
	return b.unitValue()
}

// userVariantTest adds the test of a user enum variant and returns the
// expression that projects the variant's struct.
func (b *builder) userVariantTest(v *VariantDef, scrut ir.Expr, t Ty, conds *[]ir.Expr) ir.Expr {
	if cLike(v.Enum) {
		*conds = append(*conds, &ir.Binary{Op: "==", X: scrut, Y: &ir.Qual{Name: variantConstName(v)}})
		return nil
	}
	adt, _ := t.(*Adt)
	var args []ir.Type
	if adt != nil {
		args = b.goTypes(adt.Args, ast.Span{})
	}
	vt := &ir.Named{Name: variantTypeName(v), Args: args}
	if b.typeCase != nil {
		// A case of a type switch (build_switch.go): its variable is the
		// variant's struct, the switch did the test.
		return &ir.VarRef{Var: b.typeCase}
	}
	if b.initSlot != nil && *b.initSlot == nil && (len(*conds) == 0 || !derefs(scrut)) {
		// The arm's own test: if circle, ok := shape.(ShapeCircle); ok { ... }
		// The init runs before the earlier tests: it must not dereference
		// what they guard (`Some(V::N(_))` of a get_mut giving None).
		val := &ir.Var{Name: lowerFirst(v.Name), Type: vt}
		ok := &ir.Var{Name: "ok", Type: ir.BoolType}
		*b.initSlot = &ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: val}, &ir.VarRef{Var: ok}}, Op: ":=",
			Rhs: []ir.Expr{&ir.TypeAssert{X: scrut, Type: vt}}}
		*conds = append(*conds, &ir.VarRef{Var: ok})
		return &ir.VarRef{Var: val}
	}
	*conds = append(*conds, &ir.Call{Fun: &ir.Inst{Fun: rt("Is"), TypeArgs: []ir.Type{vt}}, Args: []ir.Expr{scrut}})
	return &ir.TypeAssert{X: scrut, Type: vt}
}

// structPat matches Path { field: pat, .. } against a struct or a
// struct-like variant.
func (b *builder) structPat(p *ast.StructPat, scrut ir.Expr, t Ty, conds *[]ir.Expr, binds *[]patBind) {
	s := b.derefScrut(scrut, t)
	base := s
	if v := b.c.patVariant[p]; v != nil {
		var fields []ast.Pat
		for _, f := range p.Fields {
			fields = append(fields, f.Pat)
		}
		base = b.userVariantTest(v, s, b.c.derefAll(t), conds)
		if q := b.mutBindIn(fields); q != nil {
			base = b.payloadWriteBack(q, v, s, base, binds)
		}
	}
	for _, f := range p.Fields {
		b.matchPat(f.Pat, &ir.Selector{X: base, Name: goFieldName(f.Name.Name)}, conds, binds)
	}
}

func fieldIndexName(i int) string { return "F" + strconv.Itoa(i) }

// fmtWrappers gives a user type with a hand-written `impl fmt::Display`
// (or Debug, LowerHex, ...) the FmtDisplay (FmtDebug, FmtLowerHex, ...)
// method that rt's formatter calls: it runs the impl's fmt method.
func (b *builder) fmtWrappers(td *TypeDef) []ir.Decl {
	var out []ir.Decl
	for _, ft := range fmtTraits {
		tr := ft.name
		fn := td.Traits[tr]["fmt"]
		if fn == nil {
			continue
		}
		goName := "Fmt" + tr
		if isEnum(td) && !cLike(td) {
			for _, v := range td.Variants {
				recvT := &ir.Named{Name: variantTypeName(v), Args: typeParamRefs(td.Generics)}
				out = append(out, b.fmtWrapper(goName, recvT, fn))
			}
			continue
		}
		out = append(out, b.fmtWrapper(goName, &ir.Named{Name: goTypeName(td), Args: typeParamRefs(td.Generics)}, fn))
	}
	return out
}

func (b *builder) fmtWrapper(name string, recvT ir.Type, fn *FnDef) ir.Decl {
	recv := &ir.Var{Name: "v", Type: recvT}
	f := &ir.Var{Name: "f", Type: formatterType}
	var call ir.Expr
	if isGoMethod(fn) {
		call = &ir.Call{Fun: &ir.Selector{X: &ir.VarRef{Var: recv}, Name: goFuncName(fn)}, Args: []ir.Expr{&ir.VarRef{Var: f}}}
	} else {
		var self ir.Expr = &ir.VarRef{Var: recv}
		ptr := !isEnum(fn.Owner) && b.recvIsPtr(fn)
		if ptr {
			self = &ir.Unary{Op: "&", X: self}
		}
		if instanceImpl(fn) { // impl Display for W<f64>: a method of every W
			recv.Type = wildArgs(recvT)
			var st ir.Type = b.goType(fn.SelfTy, fn.Decl.Span)
			if ptr {
				st = &ir.Pointer{Elem: st}
			}
			self = &ir.TypeAssert{X: &ir.Convert{Type: ir.AnyType, X: self}, Type: st}
		}
		c := &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{self, &ir.VarRef{Var: f}}}
		if n, ok := recvT.(*ir.Named); ok && isEnum(fn.Owner) && !instanceImpl(fn) {
			c.TypeArgs = n.Args // a variant of Cache[T] is passed as a Cache[T]: Go cannot infer T
		}
		call = c
	}
	return &ir.FuncDecl{Name: name, Recv: recv, Params: []*ir.Var{f}, Body: &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: call}}}}
}

// traitMethodName is the Go name of a user trait's method, the same in the
// trait's interface and in every impl.
func traitMethodName(tr *TraitDef, name string) string {
	if token.IsKeyword(name) || tr != nil && tr.FieldClash[name] {
		return name + "_"
	}
	return name
}

// lookupTrait finds a trait by name from module m (for the trait an impl
// method implements; fn.Trait holds the name only).
func (m *Module) lookupTrait(name string) (*TraitDef, bool) {
	if name == "" || m == nil {
		return nil, false
	}
	for mod := m; mod != nil; mod = mod.Parent {
		if tr, ok := mod.Items[name].(*TraitDef); ok {
			return tr, true
		}
	}
	return nil, false
}

// traitDecl lowers a user trait to a Go interface with the methods that
// take self and have no generics of their own (the object-safe ones).
func (b *builder) traitDecl(tr *TraitDef) ir.Decl {
	iface := &ir.Interface{}
	for _, st := range tr.Supers {
		switch {
		case !st.Std:
			iface.Embeds = append(iface.Embeds, &ir.Named{Name: st.Name})
		case st.Name == "Display" || st.Name == "Debug": // trait Shape: Display: a dyn Shape formats
			iface.Embeds = append(iface.Embeds, &ir.Named{Pkg: "rt", Name: st.Name + "Formatter"})
		}
	}
	for _, name := range tr.Order {
		if m := tr.Methods[name]; inTraitInterface(m) {
			iface.Methods = append(iface.Methods, &ir.Method{Name: traitMethodName(tr, name), Type: b.traitMethodType(m)})
		}
	}
	return &ir.TypeDecl{Name: tr.Name, Type: iface, Span: tr.Decl.Span}
}

// traitMethodType is the Go func type of a trait's method in the trait's
// Go interface (self left out).
func (b *builder) traitMethodType(m *FnDef) *ir.Func {
	ft := &ir.Func{}
	for _, p := range m.Params {
		ft.Params = append(ft.Params, b.goType(p, m.Decl.Span))
	}
	if b.hasValue(m.Ret) {
		ft.Results = []ir.Type{b.goType(m.Ret, m.Decl.Span)}
	}
	return ft
}

// inTraitInterface reports whether a trait's method is a method of the
// trait's Go interface: it takes self and has no generics of its own.
func inTraitInterface(m *FnDef) bool {
	return m.Self != NoSelf && len(m.Generics) == 0 && !mentionsSelf(m)
}

// mentionsSelf reports whether a trait method's parameters or result
// mention Self (such a method cannot be part of a Go interface).
func mentionsSelf(fn *FnDef) bool {
	found := false
	var walk func(t Ty)
	walk = func(t Ty) {
		switch x := t.(type) {
		case *AssocTy: // Self::Acc: the Go interface has no associated types
			found = true
		case *ParamTy:
			if x == selfParam {
				found = true
			}
		case *RefTy:
			walk(x.Elem)
		case *Adt:
			for _, a := range x.Args {
				walk(a)
			}
		case *TupleTy:
			for _, a := range x.Elems {
				walk(a)
			}
		}
	}
	for _, p := range fn.Params {
		walk(p)
	}
	walk(fn.Ret)
	return found
}

// lowerFirst lower-cases the first letter of a Go identifier.
// derefs reports whether evaluating x dereferences a pointer.
func derefs(x ir.Expr) bool {
	found := false
	ir.Inspect(x, func(n any) bool {
		if u, ok := n.(*ir.Unary); ok && u.Op == "*" {
			found = true
		}
		return !found
	})
	return found
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'A' && r[0] <= 'Z' {
		r[0] += 'a' - 'A'
	}
	return string(r)
}

// fmtBound reports whether g is bounded by std's Display or Debug.
func fmtBound(g *GenParam) bool {
	if g.FmtBound {
		return true
	}
	for _, tr := range append(g.Traits[:len(g.Traits):len(g.Traits)], g.Dict...) {
		if tr.Std && (tr.Name == "Display" || tr.Name == "Debug") {
			return true
		}
	}
	return false
}

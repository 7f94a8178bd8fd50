package lower

import (
	"maps"
	"slices"
	"sort"
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// User types. A struct is a Go struct (tuple struct fields F0, F1, ...).
// An enum whose variants carry no data and that has no generics is a Go
// integer type with one constant per variant. Any other enum is a sealed
// interface (a marker method is<Enum>) with one struct type per variant,
// and a match on it tests the dynamic type.

// enumKind classifies an enum's Go representation.
func cLike(td *TypeDef) bool {
	if len(td.Generics) > 0 {
		return false
	}
	for _, v := range td.Variants {
		if v.Decl != nil && v.Decl.Kind != ast.UnitStruct {
			return false
		}
	}
	return true
}

func isEnum(td *TypeDef) bool {
	_, ok := td.Decl.(*ast.EnumDecl)
	return ok
}

// goTypeName is the Go name of a user type.
func goTypeName(td *TypeDef) string {
	if td.GoName != "" {
		return td.GoName
	}
	return td.Name
}

// variantTypeName is the Go struct type of a data enum's variant.
func variantTypeName(v *VariantDef) string {
	return goTypeName(v.Enum) + v.Name
}

// variantConstName is the Go constant of a C-like enum's variant.
func variantConstName(v *VariantDef) string {
	return goTypeName(v.Enum) + v.Name
}

func markerName(td *TypeDef) string { return "is" + goTypeName(td) }

// userTypeArgs gives the Go type parameter references of a generic type.
func typeParamRefs(gen []string) []ir.Type {
	var out []ir.Type
	for _, g := range gen {
		out = append(out, &ir.TypeParamRef{Name: g})
	}
	return out
}

// typeParams gives a user type's Go type parameters: any, or comparable
// for a generic its fields use as a HashMap key or a HashSet element (rt's
// types need a Go-comparable key; Rust puts the bound on the impls).
func (b *builder) typeParams(td *TypeDef) []*ir.TypeParam {
	keys := b.l.keyParams(td, map[*TypeDef]bool{})
	var out []*ir.TypeParam
	for _, g := range td.Generics {
		var c ir.Type = ir.AnyType
		if keys[g] {
			c = &ir.Named{Name: "comparable"}
		}
		if fb := td.FnBounds[g]; fb != nil { // the methods call it
			c = &ir.Tilde{Elem: b.funcType(fb.Params, fb.Ret, td.Decl.Pos())}
		}
		out = append(out, &ir.TypeParam{Name: g, Constraint: c})
	}
	return out
}

// keyParams reports which generics of td its fields use as a hashed key,
// directly or as such a generic of another user type.
func (l *lowerer) keyParams(td *TypeDef, seen map[*TypeDef]bool) map[string]bool {
	if k, ok := l.keyMemo[td]; ok {
		return k
	}
	if seen[td] {
		return nil // a recursive type: its other fields decide
	}
	seen[td] = true
	out := map[string]bool{}
	for _, f := range td.Fields {
		l.keyNames(f.Type, false, out, seen)
	}
	for _, v := range td.Variants {
		for _, f := range v.Fields {
			l.keyNames(f, false, out, seen)
		}
	}
	if l.keyMemo == nil {
		l.keyMemo = map[*TypeDef]map[string]bool{}
	}
	l.keyMemo[td] = out
	return out
}

// keyNames adds to out the generic parameters that t uses as a hashed key
// (key: t itself is one).
func (l *lowerer) keyNames(t Ty, key bool, out map[string]bool, seen map[*TypeDef]bool) {
	switch t := t.(type) {
	case *ParamTy:
		if key {
			out[t.Name] = true
		}
	case *RefTy:
		l.keyNames(t.Elem, key, out, seen)
	case *SliceTy:
		l.keyNames(t.Elem, false, out, seen)
	case *ArrayTy:
		l.keyNames(t.Elem, false, out, seen)
	case *TupleTy:
		for _, e := range t.Elems {
			l.keyNames(e, key, out, seen)
		}
	case *Adt:
		var inner map[string]bool
		if !t.Def.Std {
			inner = l.keyParams(t.Def, seen)
		}
		hashed := t.Def.Std && (t.Def.Go["map"] != "" || t.Def.Go["set"] != "") && t.Def.Go["ordered"] == ""
		for i, a := range t.Args {
			l.keyNames(a, key || hashed && i == 0 || i < len(t.Def.Generics) && inner[t.Def.Generics[i]], out, seen)
		}
	}
}

// fnTypeParams gives a function's Go type parameters with the constraint
// their trait bounds map to: cmp.Ordered for PartialOrd/Ord, comparable
// for PartialEq/Eq, a user trait's interface, any otherwise. A generic its
// signature uses as a hashed key (through a user type: `fn new() ->
// Store<K, V>`) is comparable even where only the impl's bounds (a
// dictionary) say so.
func (b *builder) fnTypeParams(fn *FnDef) []*ir.TypeParam {
	keys := map[string]bool{}
	for _, t := range append([]Ty{fn.Ret, fn.SelfTy}, fn.Params...) {
		b.l.keyNames(t, false, keys, map[*TypeDef]bool{})
	}
	var out []*ir.TypeParam
	for _, g := range fn.Generics {
		if g.fnBound() != nil {
			continue
		}
		c := constraintOf(g)
		if keys[g.Name] && c == ir.AnyType {
			c = &ir.Named{Name: "comparable"}
		}
		if fb := selfFnBound(fn, g.Name); fb != nil { // the type's own constraint (typeParams)
			c = &ir.Tilde{Elem: b.funcType(fb.Params, fb.Ret, fn.Decl.Span)}
		}
		out = append(out, &ir.TypeParam{Name: g.Name, Constraint: c})
	}
	return out
}

// ptrTrait reports whether trait tr (or a supertrait) has a &mut self
// method: its impls have Go pointer methods, so a Go type argument (the
// value type) would not satisfy its interface as a constraint; such a
// bound's methods are called through a pointer (callUser).
func ptrTrait(tr *TraitDef) bool {
	for _, m := range tr.Methods {
		if m.Self == SelfMut {
			return true
		}
	}
	for _, s := range tr.Supers {
		if ptrTrait(s) {
			return true
		}
	}
	return false
}

func constraintOf(g *GenParam) ir.Type {
	best := ir.Type(ir.AnyType)
	rank := 0
	for _, tr := range g.Traits {
		if g.CmpDict && tr.Go["constraint"] != "" {
			continue // compared through the dictionary (dict.go)
		}
		switch c := tr.Go["constraint"]; {
		case c == "cmp.Ordered" && rank < 3:
			best, rank = &ir.Named{Pkg: "cmp", Name: "Ordered"}, 3
		case c == "comparable" && rank < 2:
			best, rank = &ir.Named{Name: "comparable"}, 2
		case !tr.Std && rank < 1 && !ptrTrait(tr):
			best, rank = &ir.Named{Name: tr.Name}, 1
		}
	}
	return best
}

// typeDecls lowers one user struct or enum to Go declarations.
func (b *builder) typeDecls(td *TypeDef) []ir.Decl {
	span := td.Decl.Pos()
	switch d := td.Decl.(type) {
	case *ast.StructDecl:
		st := &ir.Struct{}
		for _, f := range td.Fields {
			b.boxOfParam(f.Type, span)
			st.Fields = append(st.Fields, &ir.Field{Name: goFieldName(f.Name), Type: b.goType(f.Type, span)})
		}
		out := []ir.Decl{&ir.TypeDecl{Name: goTypeName(td), TypeParams: b.typeParams(td), Type: st, Span: span}}
		out = append(out, b.derives(td, d.Attrs)...)
		if b.hasDropGlue(&Adt{Def: td, Args: paramTys(td.Generics)}) {
			out = append(out, b.dropMethod(td))
		}
		return append(out, b.fmtWrappers(td)...)
	case *ast.EnumDecl:
		if cLike(td) {
			out := b.cLikeEnum(td, d)
			if td.Traits["Drop"] != nil {
				out = append(out, b.dropMethod(td))
			}
			return append(out, b.fmtWrappers(td)...)
		}
		return append(b.dataEnum(td, d), b.fmtWrappers(td)...)
	}
	return nil
}

func (b *builder) cLikeEnum(td *TypeDef, d *ast.EnumDecl) []ir.Decl {
	out := []ir.Decl{&ir.TypeDecl{Name: goTypeName(td), Type: &ir.Basic{Kind: ir.Int}, Span: d.Span}}
	next := int64(0)
	used := map[int64]bool{}
	for _, v := range td.Variants {
		if v.Decl.Disc != nil {
			if n, ok := b.constInt(v.Decl.Disc); ok {
				next = n
			} else {
				b.unsupported(v.Decl.Disc.Pos(), "enum discriminant that is not an integer literal")
			}
		}
		if used[next] {
			b.errorf(d.Span, "E0081", "discriminant value `%d` assigned more than once", next)
		}
		used[next] = true
		v.Disc = next
		out = append(out, &ir.VarDecl{Const: true, Var: &ir.Var{Name: variantConstName(v),
			Type: &ir.Named{Name: goTypeName(td)}}, Value: &ir.Lit{Value: next}, Span: v.Decl.Span})
		next++
	}
	return append(out, b.derives(td, d.Attrs)...)
}

// constInt evaluates an integer literal (possibly negated).
func (b *builder) constInt(e ast.Expr) (int64, bool) {
	switch e := unparen(e).(type) {
	case *ast.LitExpr:
		if e.Kind == ast.IntLit {
			n, err := strconv.ParseInt(e.Text, 0, 64)
			return n, err == nil
		}
	case *ast.UnaryExpr:
		if e.Op == "-" {
			n, ok := b.constInt(e.X)
			return -n, ok
		}
	}
	return 0, false
}

func (b *builder) dataEnum(td *TypeDef, d *ast.EnumDecl) []ir.Decl {
	iface := &ir.Interface{Methods: []*ir.Method{{Name: markerName(td), Type: &ir.Func{}}}}
	derived := deriveSet(d.Attrs)
	if derived["Debug"] || td.Traits["Debug"] != nil {
		iface.Methods = append(iface.Methods, &ir.Method{Name: "FmtDebug",
			Type: &ir.Func{Params: []ir.Type{formatterType}}})
	}
	for _, tr := range verbTraits { // {:x} calls Shape.FmtLowerHex
		if td.Traits[tr.name]["fmt"] != nil {
			iface.Methods = append(iface.Methods, &ir.Method{Name: "Fmt" + tr.name,
				Type: &ir.Func{Params: []ir.Type{formatterType}}})
		}
	}
	if td.Traits["Display"] != nil {
		iface.Methods = append(iface.Methods, &ir.Method{Name: "FmtDisplay",
			Type: &ir.Func{Params: []ir.Type{formatterType}}})
	}
	glue := b.hasDropGlue(&Adt{Def: td, Args: paramTys(td.Generics)})
	if glue {
		iface.Methods = append(iface.Methods, &ir.Method{Name: "Drop", Type: &ir.Func{}})
		if td.Traits["Drop"]["drop"] != nil {
			iface.Methods = append(iface.Methods, &ir.Method{Name: "dropFields", Type: &ir.Func{}})
		}
	}
	variantDerives := b.enumDerives(td, derived, iface)
	traitMethods := b.enumTraitMethods(td)
	for _, m := range traitMethods {
		iface.Methods = append(iface.Methods, &ir.Method{Name: m.name, Type: m.ty})
	}
	out := []ir.Decl{&ir.TypeDecl{Name: goTypeName(td), TypeParams: b.typeParams(td), Type: iface, Span: d.Span}}
	for _, v := range td.Variants {
		st := &ir.Struct{}
		for i, f := range v.Fields {
			b.boxOfParam(f, v.Decl.Span)
			st.Fields = append(st.Fields, &ir.Field{Name: variantFieldName(v, i), Type: b.goType(f, v.Decl.Span)})
		}
		out = append(out, &ir.TypeDecl{Name: variantTypeName(v), TypeParams: b.typeParams(td), Type: st, Span: v.Decl.Span})
		recvT := &ir.Named{Name: variantTypeName(v), Args: typeParamRefs(td.Generics)}
		out = append(out, &ir.FuncDecl{Name: markerName(td), Recv: &ir.Var{Name: "_", Type: recvT}, Body: &ir.Block{}})
		if derived["Debug"] {
			out = append(out, b.debugVariant(v, recvT))
		}
		if glue {
			out = append(out, b.variantDrop(td, v, recvT)...)
		}
		out = append(out, variantDerives(v, recvT)...)
		for _, m := range traitMethods {
			out = append(out, m.forwarder(recvT))
		}
	}
	return out
}

// enumMethod is a user trait's method as a method of a data enum's
// variants: it forwards to the Go function the impl's method is.
type enumMethod struct {
	name string
	ty   *ir.Func
	fn   *FnDef
}

func (m enumMethod) forwarder(recvT ir.Type) ir.Decl {
	recv := &ir.Var{Name: "v", Type: recvT}
	call := &ir.Call{Fun: &ir.Qual{Name: goFuncName(m.fn)}, Args: []ir.Expr{&ir.VarRef{Var: recv}}}
	fd := &ir.FuncDecl{Name: m.name, Recv: recv, Results: m.ty.Results, Body: &ir.Block{}}
	for i, t := range m.ty.Params {
		p := &ir.Var{Name: "a" + strconv.Itoa(i), Type: t}
		fd.Params = append(fd.Params, p)
		call.Args = append(call.Args, &ir.VarRef{Var: p})
	}
	if len(m.ty.Results) > 0 {
		fd.Body.Stmts = []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{call}}}
	} else {
		fd.Body.Stmts = []ir.Stmt{&ir.ExprStmt{X: call}}
	}
	return fd
}

// enumTraitMethods lists the methods through which a data enum satisfies
// the Go interfaces of the user traits it implements. The enum is a Go
// interface whose variants are structs, and its methods are Go functions
// (Fig_area(self Fig)); each variant forwards the trait's methods to
// them, and the enum's interface lists them, so that a Fig is a Shape (as
// a `dyn Shape`, or for `T: Shape`). A trait with a `&mut self` method
// cannot be forwarded (a variant is a copy of the enum's value), nor can
// the traits of a generic enum: enumSatisfies tells their uses.
func (b *builder) enumTraitMethods(td *TypeDef) []enumMethod {
	var out []enumMethod
	for _, name := range slices.Sorted(maps.Keys(td.Traits)) {
		tr, ok := td.Module.lookupTrait(name)
		if !ok || tr.Std || !enumSatisfies(td, tr) {
			continue
		}
		for _, mn := range tr.Order {
			if m := tr.Methods[mn]; inTraitInterface(m) {
				out = append(out, enumMethod{name: traitMethodName(tr, mn), ty: b.traitMethodType(m), fn: td.Traits[name][mn]})
			}
		}
	}
	return out
}

// enumSatisfies reports whether the Go interface of data enum td has the
// methods of user trait tr's Go interface (enumTraitMethods).
func enumSatisfies(td *TypeDef, tr *TraitDef) bool {
	if len(td.Generics) > 0 || td.Traits[tr.Name] == nil {
		return false
	}
	for _, mn := range tr.Order {
		m := tr.Methods[mn]
		if !inTraitInterface(m) {
			continue
		}
		if fn := td.Traits[tr.Name][mn]; fn == nil || fn.Self == SelfMut {
			return false
		}
	}
	return true
}

// variantDrop builds func (v V) Drop() for a variant of an enum with drop
// glue: the variant's fields with drop glue, in declaration order. With a
// user Drop impl on the enum, Drop runs it first on the enum value and
// then drops the fields of what the value is then (dropFields).
func (b *builder) variantDrop(td *TypeDef, v *VariantDef, recvT ir.Type) []ir.Decl {
	recv := &ir.Var{Name: "v", Type: recvT}
	body := &ir.Block{}
	for i, f := range v.Fields {
		if b.hasDropGlue(f) {
			body.Stmts = append(body.Stmts, b.dropCall(&ir.Selector{X: &ir.VarRef{Var: recv}, Name: variantFieldName(v, i)}, f))
		}
	}
	if len(body.Stmts) == 0 {
		recv.Name = "_"
	}
	user := td.Traits["Drop"]["drop"]
	if user == nil {
		return []ir.Decl{&ir.FuncDecl{Name: "Drop", Recv: recv, Body: body}}
	}
	fields := &ir.FuncDecl{Name: "dropFields", Recv: recv, Body: body}
	r := &ir.Var{Name: "v", Type: recvT}
	enumT := &ir.Named{Name: goTypeName(td), Args: typeParamRefs(td.Generics)}
	self := &ir.Var{Name: "self", Type: enumT}
	drop := &ir.Block{Stmts: []ir.Stmt{
		&ir.DeclStmt{Var: self, Value: &ir.Convert{Type: enumT, X: &ir.VarRef{Var: r}}},
		&ir.ExprStmt{X: &ir.Call{Fun: &ir.Qual{Name: goFuncName(user)}, Args: []ir.Expr{&ir.Unary{Op: "&", X: &ir.VarRef{Var: self}}}}},
		&ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: &ir.VarRef{Var: self}, Name: "dropFields"}}},
	}}
	return []ir.Decl{&ir.FuncDecl{Name: "Drop", Recv: r, Body: drop}, fields}
}

// variantFieldName is the Go name of field i of a variant's struct: the
// field's name in a struct-like variant, F0, F1, ... in a tuple variant.
func variantFieldName(v *VariantDef, i int) string {
	if v.Names != nil {
		return v.Names[i]
	}
	return fieldIndexName(i)
}

var formatterType = &ir.Pointer{Elem: &ir.Named{Pkg: "rt", Name: "Formatter"}}

// deriveSet lists the traits of #[derive(...)] attributes.
func deriveSet(attrs []*ast.Attr) map[string]bool {
	out := map[string]bool{}
	for _, a := range attrs {
		if a.Path == "derive" {
			for _, n := range a.Args {
				out[n] = true
			}
		}
	}
	return out
}

// derives generates the Go methods of derived traits that need code:
// Debug (FmtDebug). Clone, Copy, PartialEq, Eq, Hash and Default of
// plain data are Go's own value copy, == and zero value.
func (b *builder) derives(td *TypeDef, attrs []*ast.Attr) []ir.Decl {
	set := deriveSet(attrs)
	var out []ir.Decl
	if set["Debug"] {
		out = append(out, b.debugMethod(td))
	}
	out = append(out, b.valueDerives(td, set)...) // Clone, PartialOrd (std_cmp.go)
	return out
}

// debugMethod builds func (v T) FmtDebug(f *rt.Formatter), the
// #[derive(Debug)] of a struct or C-like enum.
func (b *builder) debugMethod(td *TypeDef) ir.Decl {
	recvT := &ir.Named{Name: goTypeName(td), Args: typeParamRefs(td.Generics)}
	recv := &ir.Var{Name: "v", Type: recvT}
	f := &ir.Var{Name: "f", Type: formatterType}
	fn := &ir.FuncDecl{Name: "FmtDebug", Recv: recv, Params: []*ir.Var{f}, Body: &ir.Block{}}
	fv := &ir.VarRef{Var: f}
	if isEnum(td) { // C-like: the variant's name
		sw := &ir.SwitchStmt{Tag: &ir.VarRef{Var: recv}}
		for _, v := range td.Variants {
			sw.Cases = append(sw.Cases, &ir.CaseClause{List: []ir.Expr{&ir.Qual{Name: variantConstName(v)}},
				Body: &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: fv, Name: "WriteStr"}, Args: []ir.Expr{&ir.Lit{Value: v.Name}}}}}}})
		}
		fn.Body.Stmts = append(fn.Body.Stmts, sw)
		return fn
	}
	sd := td.Decl.(*ast.StructDecl)
	var names []string
	var types []Ty
	for _, fd := range td.Fields {
		names = append(names, fd.Name)
		types = append(types, fd.Type)
	}
	fn.Body.Stmts = b.debugFields(fv, &ir.VarRef{Var: recv}, td.Name, sd.Kind, names, types, sd.Span)
	return fn
}

// debugVariant builds FmtDebug for one variant struct of a data enum.
func (b *builder) debugVariant(v *VariantDef, recvT ir.Type) ir.Decl {
	recv := &ir.Var{Name: "v", Type: recvT}
	f := &ir.Var{Name: "f", Type: formatterType}
	var names []string
	kind := ast.TupleFields
	switch {
	case v.Names != nil:
		names, kind = v.Names, ast.NamedFields
	case len(v.Fields) == 0:
		kind = ast.UnitStruct
	default:
		for i := range v.Fields {
			names = append(names, strconv.Itoa(i))
		}
	}
	body := b.debugFields(&ir.VarRef{Var: f}, &ir.VarRef{Var: recv}, v.Name, kind, names, v.Fields, v.Decl.Span)
	return &ir.FuncDecl{Name: "FmtDebug", Recv: recv, Params: []*ir.Var{f}, Body: &ir.Block{Stmts: body}}
}

// debugFields prints name { a: .., b: .. } / name(.., ..) / name with
// Rust's debug builders.
func (b *builder) debugFields(f, v ir.Expr, name string, kind ast.StructKind, names []string, types []Ty, span ast.Span) []ir.Stmt {
	if kind == ast.UnitStruct || len(names) == 0 {
		return []ir.Stmt{&ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: f, Name: "WriteStr"}, Args: []ir.Expr{&ir.Lit{Value: name}}}}}
	}
	var chain ir.Expr
	if kind == ast.NamedFields {
		chain = &ir.Call{Fun: &ir.Selector{X: f, Name: "DebugStruct"}, Args: []ir.Expr{&ir.Lit{Value: name}}}
	} else {
		chain = &ir.Call{Fun: &ir.Selector{X: f, Name: "DebugTuple"}, Args: []ir.Expr{&ir.Lit{Value: name}}}
	}
	for i, n := range names {
		arg := &ir.Call{Fun: rt("Fmt"), Args: []ir.Expr{&ir.Selector{X: v, Name: goFieldName(n)}, b.fmtFunc(types[i], true, span)}}
		if kind == ast.NamedFields {
			chain = &ir.Call{Fun: &ir.Selector{X: chain, Name: "Field"}, Args: []ir.Expr{&ir.Lit{Value: n}, arg}}
		} else {
			chain = &ir.Call{Fun: &ir.Selector{X: chain, Name: "Field"}, Args: []ir.Expr{arg}}
		}
	}
	return []ir.Stmt{&ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: chain, Name: "Finish"}}}}
}

func paramTys(gen []string) []Ty {
	var out []Ty
	for i, g := range gen {
		out = append(out, &ParamTy{Name: g, Index: i})
	}
	return out
}

// dropMethod builds func (v *T) Drop(): the struct's Drop impl, if any,
// then its fields with drop glue in declaration order, as Rust drops them.
func (b *builder) dropMethod(td *TypeDef) ir.Decl {
	recv := &ir.Var{Name: "v", Type: &ir.Pointer{Elem: &ir.Named{Name: goTypeName(td), Args: typeParamRefs(td.Generics)}}}
	body := &ir.Block{Stmts: b.structGlue(recv, &Adt{Def: td, Args: paramTys(td.Generics)})}
	return &ir.FuncDecl{Name: "Drop", Recv: recv, Body: body}
}

// lowerConsts lowers const and static items: a Go const when the value is
// a constant expression, a package variable otherwise (a static, or a
// const built by a call such as Mutex::new; a static with interior
// mutability is shared as Rust's is).
func (l *lowerer) lowerConsts() {
	checked := map[*ConstDef]*checker{}
	var order []*ConstDef
	for _, cd := range l.consts {
		if cd.Module.Std {
			continue
		}
		func() {
			defer l.recoverItem(cd.Span, cd.Name)
			if cd.Local {
				l.lowerThreadLocal(cd)
				return
			}
			c := newChecker(l, nil, cd.Module)
			c.selfTy = cd.SelfTy
			if cd.Value == nil {
				c.unsupported(cd.Span, "const without a value")
				return
			}
			c.checkExpr(cd.Value, cd.Type)
			c.solveDeferred(true) // std check hooks (std_check.go)
			if !c.failed {
				checked[cd] = c
				order = append(order, cd)
			}
		}()
	}
	l.constCycles(order, checked)
	l.evalConsts(order, checked)
	for _, cd := range order {
		if c := checked[cd]; c != nil {
			func() {
				defer l.recoverItem(cd.Span, cd.Name)
				l.buildConst(cd, c)
			}()
		}
	}
}

// constCycles reports consts and statics whose values read themselves,
// directly or through others (rustc's E0391; Go rejects the
// initialization cycle), and takes them out of checked.
func (l *lowerer) constCycles(order []*ConstDef, checked map[*ConstDef]*checker) {
	deps := func(cd *ConstDef) []*ConstDef {
		var out []*ConstDef
		for _, it := range checked[cd].items {
			if d, ok := it.(*ConstDef); ok && checked[d] != nil {
				out = append(out, d)
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
		return out
	}
	const (
		unseen = iota
		active
		done
	)
	state := map[*ConstDef]int{}
	var visit func(cd *ConstDef) bool
	visit = func(cd *ConstDef) bool { // reports a cycle through cd
		state[cd] = active
		for _, d := range deps(cd) {
			if state[d] == active || state[d] == unseen && visit(d) {
				state[cd] = done
				return true
			}
		}
		state[cd] = done
		return false
	}
	for _, cd := range order {
		if state[cd] != unseen || !visit(cd) {
			continue
		}
		if cd.Static {
			l.diags.Errorf(cd.Span, "E0080", "encountered static that tried to access itself during initialization")
		} else {
			l.diags.Errorf(cd.Span, "E0391", "cycle detected when simplifying constant for the type system `%s`", cd.Name)
		}
		for _, d := range order {
			if state[d] == done {
				delete(checked, d) // not built: its value is never computed
			}
		}
		return
	}
}

// buildConst lowers a checked const or static to a Go declaration.
func (l *lowerer) buildConst(cd *ConstDef, c *checker) {
	b := newBuilder(l, c)
	var pre []ir.Stmt
	b.out = &pre
	v := b.valueOf(cd.Value)
	if b.failed {
		return
	}
	if v == nil {
		// `const X: i32 = panic!()`: rustc fails evaluating it (E0080);
		// Go has no value to declare.
		b.unsupported(cd.Value.Pos(), "a const or static whose value diverges")
		return
	}
	gt := b.goType(cd.Type, cd.Span)
	if constFunc(cd, c) {
		// Each use of a const is a new value in Rust: a const that is
		// not Copy (a Vec, a Cell, an atomic) is a function computing it.
		l.out.Decls = append(l.out.Decls, &ir.FuncDecl{Name: goConstName(cd), Results: []ir.Type{gt},
			Body: &ir.Block{Stmts: append(pre, &ir.ReturnStmt{Results: []ir.Expr{b.typed(v, gt)}})}, Span: cd.Span})
		return
	}
	if len(pre) > 0 {
		// The value needs statements: compute it in a function.
		lit := &ir.FuncLit{Results: []ir.Type{gt}, Body: &ir.Block{Stmts: append(pre, &ir.ReturnStmt{Results: []ir.Expr{v}})}}
		v = &ir.Call{Fun: lit}
	}
	isConst := !cd.Static && untyped(v) && isBasic(gt)
	l.out.Decls = append(l.out.Decls, &ir.VarDecl{Const: isConst,
		Var: &ir.Var{Name: goConstName(cd), Type: gt}, Value: v, Span: cd.Span})
}

// constFunc reports whether const cd is lowered to a Go function: its
// type is not Copy, so every use must get a value of its own (`V.push(1)`
// on `const V: Vec<i32>`, `static A: AtomicU32 = INIT;`).
func constFunc(cd *ConstDef, c *checker) bool {
	if cd.Static || cd.Dict != "" || cd.Go["value"] != "" {
		return false
	}
	ot := newOwnTypes(c)
	isCopy := func(t Ty) bool { return !ot.notCopy(t) && ot.copyKnown(t) }
	if isCopy(cd.Type) {
		return false
	}
	// A C-like enum, or a struct of Copy fields (no array: a Go slice),
	// without Drop is a Go value that a copy makes independent: `const
	// UNIT: Circle`.
	adt, ok := c.resolve(cd.Type, true).(*Adt)
	if !ok || adt.Def.Std || c.l.dropGlue(adt, 0) {
		return true
	}
	if len(adt.Def.Variants) > 0 {
		return !cLike(adt.Def)
	}
	for _, f := range adt.Def.Fields {
		ft := c.resolve(subst(f.Type, adt.Args), true)
		if !isCopy(ft) || c.l.holdsArray(ft, 0) {
			return true
		}
	}
	return false
}

func isBasic(t ir.Type) bool {
	_, ok := t.(*ir.Basic)
	return ok
}

// goConstName is the Go name of a const or static.
func goConstName(cd *ConstDef) string {
	if cd.Owner != nil {
		return goTypeName(cd.Owner) + "_" + cd.Name
	}
	if cd.GoName != "" {
		return cd.GoName
	}
	if reserved[cd.Name] {
		return cd.Name + "_"
	}
	return cd.Name
}

package lower

import (
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Default: `T::default()` of a type deriving Default, `Default::default()`
// where the type is inferred, and the defaults of std types. Go's zero
// value is Rust's Default for numbers, bool, char, String, Vec, Option and
// structs of those; collections (Go pointers) and user impls are built.

func init() {
	intrinsics["default"] = lowerDefault
}

// defaultPath resolves `Type::default` for a type deriving Default and
// `Default::default`.
func (c *checker) defaultPath(names []string) (any, []Ty, bool) {
	if len(names) != 2 || names[1] != "default" {
		return nil, nil, false
	}
	for i, g := range c.generics { // T::default() for a type parameter T
		if g == names[0] {
			fn, _ := c.l.resolvePath(c.l.std, []string{"default", "default"}).(*FnDef)
			return fn, []Ty{&ParamTy{Name: g, Index: i}}, fn != nil
		}
	}
	switch it := c.pathItem(names[:1]).(type) {
	case *TraitDef:
		if it.Std && it.Name == "Default" {
			fn, _ := c.l.resolvePath(c.l.std, []string{"default", "default"}).(*FnDef)
			return fn, nil, fn != nil
		}
	case *TypeDef:
		if it.Methods["default"] != nil || !hasDerive(it, "Default") && !stdDefaultable(it) { // std.rs marks its Default types so
			return nil, nil, false
		}
		fn := &FnDef{Name: "default", Path: it.Path + "::default", Owner: it, Std: true,
			Go: GoAttr{"intrinsic": "default"}, NOwner: len(it.Generics)}
		for _, g := range it.Generics {
			fn.Generics = append(fn.Generics, &GenParam{Name: g})
		}
		fn.Ret = &Adt{Def: it, Args: paramTys(it.Generics)}
		fn.SelfTy = fn.Ret
		return fn, nil, true
	}
	return nil, nil, false
}

// stdDefaultable reports whether std type td's Default is what
// defaultValue builds: a collection, or a Mutex, RwLock, atomic, Cell or
// RefCell made by its `new` around the default of what it holds.
func stdDefaultable(td *TypeDef) bool {
	if !td.Std {
		return false
	}
	g := td.Go
	if g["map"] != "" || g["set"] != "" || g["deque"] != "" || g["heap"] != "" {
		return true
	}
	fn := td.Methods["new"]
	return fn != nil && fn.Go["func"] != "" && len(fn.Params) <= 1 && g["pointer"] != ""
}

func lowerDefault(b *builder, c *intrinsicCall) ir.Expr {
	return b.defaultOf(b.c.final(c.e), c.e.Pos())
}

// defaultOf is Default::default() of type t.
func (b *builder) defaultOf(t Ty, span ast.Span) ir.Expr {
	t = b.c.resolve(t, true)
	gt := b.goType(t, span)
	switch x := t.(type) {
	case *Prim:
		switch {
		case x.Name == "bool":
			return &ir.Lit{Value: false}
		case x.Name == "char":
			return &ir.Lit{Value: rune(0)}
		case x.Name == "str":
			return &ir.Lit{Value: ""}
		case isFloat(x):
			return &ir.Lit{Value: float64(0), Type: gt}
		}
		return &ir.Lit{Value: int64(0), Type: gt}
	case *Adt:
		if x.Def.Std {
			if d := b.defaultValue(x, span); d != nil {
				return d
			}
			if isStringTy(x) {
				return &ir.Lit{Value: ""}
			}
			break
		}
		if fn := x.Def.Traits["Default"]["default"]; fn != nil {
			return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}}
		}
		if isEnum(x.Def) { // #[derive(Default)] with a #[default] unit variant
			for _, v := range x.Def.Variants {
				if len(v.Fields) > 0 || v.Decl == nil || !hasAttrPath(v.Decl.Attrs, "default") {
					continue
				}
				if cLike(x.Def) {
					return &ir.Qual{Name: variantConstName(v)}
				}
				return &ir.Convert{Type: gt, X: &ir.CompositeLit{Type: &ir.Named{Name: variantTypeName(v), Args: b.goTypes(x.Args, span)}}}
			}
			b.unsupported(span, "Default of enum `%s` without a `#[default]` unit variant", x.Def.Name)
			return b.unitValue()
		}
		if _, isStruct := x.Def.Decl.(*ast.StructDecl); isStruct {
			lit := &ir.CompositeLit{Type: gt, Keys: []string{}}
			for _, f := range x.Def.Fields {
				ft := subst(f.Type, x.Args)
				if b.zeroIsDefault(ft) {
					continue
				}
				lit.Keys = append(lit.Keys, goFieldName(f.Name))
				lit.Elems = append(lit.Elems, b.defaultOf(ft, span))
			}
			return lit
		}
	case *TupleTy:
		if len(x.Elems) == 0 {
			return b.unitValue()
		}
		if !b.zeroIsDefault(x) {
			call := &ir.Call{Fun: rt("Tup" + strconv.Itoa(len(x.Elems)))}
			for _, e := range x.Elems {
				call.Args = append(call.Args, b.typed(b.defaultOf(e, span), b.goType(e, span)))
			}
			return call
		}
	case *ArrayTy:
		n := &ir.Lit{Value: x.Len, Type: &ir.Basic{Kind: ir.Uint}}
		if b.zeroIsDefault(x.Elem) {
			return &ir.Call{Fun: rt("VecRepeat"), Args: []ir.Expr{b.typed(b.defaultOf(x.Elem, span), b.goType(x.Elem, span)), n}}
		}
		return &ir.Call{Fun: rt("VecFill"), Args: []ir.Expr{n, b.defaultFunc(x.Elem, span)}}
	case *ParamTy:
		if d := b.useDict(x.Name + "_default"); d != nil { // T: Default (dict.go)
			return &ir.Call{Fun: &ir.VarRef{Var: d}}
		}
		// No dictionary (a method of a trait impl): Go's zero value is
		// not the Default of every type argument.
		b.unsupported(span, "`%s::default()` on a type parameter here", x.Name)
		return &ir.CompositeLit{Type: gt}
	}
	return &ir.CompositeLit{Type: gt}
}

// defaultFunc is `func() T { return T::default() }` where Go's zero value
// of t is not its Default (collections, user Default impls, arrays, type
// parameters), nil where it is.
func (b *builder) defaultFunc(t Ty, span ast.Span) ir.Expr {
	if b.zeroIsDefault(t) {
		return nil
	}
	d := b.defaultOf(t, span)
	if call, ok := d.(*ir.Call); ok && len(call.Args) == 0 && len(call.TypeArgs) == 0 {
		switch call.Fun.(type) {
		case *ir.Qual, *ir.VarRef: // W_default, T_default: the function itself
			return call.Fun
		}
	}
	body := &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{d}}}}
	return &ir.FuncLit{Results: []ir.Type{b.goType(t, span)}, Body: body}
}

// zeroIsDefault reports whether Go's zero value of t is Rust's Default.
func (b *builder) zeroIsDefault(t Ty) bool {
	switch x := b.c.resolve(t, true).(type) {
	case *Adt:
		if x.Def.Std {
			return b.defaultValue(x, ast.Span{}) == nil
		}
		if x.Def.Traits["Default"] != nil || isEnum(x.Def) {
			return false // an enum's Default is its #[default] variant (nil for a Go interface)
		}
		for _, f := range x.Def.Fields {
			if !b.zeroIsDefault(subst(f.Type, x.Args)) {
				return false
			}
		}
	case *TupleTy:
		for _, e := range x.Elems {
			if !b.zeroIsDefault(e) {
				return false
			}
		}
	case *ArrayTy:
		return x.Len == 0 // a Go slice: nil is not n elements
	case *ParamTy:
		return false // its Default comes from the dictionary
	}
	return true
}

// hasAttrPath reports whether attrs hold #[name].
func hasAttrPath(attrs []*ast.Attr, name string) bool {
	for _, a := range attrs {
		if a.Path == name {
			return true
		}
	}
	return false
}

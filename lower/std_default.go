package lower

import (
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
	switch it := c.l.resolvePath(c.mod, names[:1]).(type) {
	case *TraitDef:
		if it.Std && it.Name == "Default" {
			fn, _ := c.l.resolvePath(c.l.std, []string{"default", "default"}).(*FnDef)
			return fn, nil, fn != nil
		}
	case *TypeDef:
		if it.Std || it.Methods["default"] != nil || !hasDerive(it, "Default") {
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
	case *ParamTy:
		if d := b.dict[x.Name+"_default"]; d != nil { // T: Default (dict.go)
			return &ir.Call{Fun: &ir.VarRef{Var: d}}
		}
		// Go's zero value of the type argument
		return &ir.Call{Fun: rt("Zero"), TypeArgs: []ir.Type{gt}}
	}
	return &ir.CompositeLit{Type: gt}
}

// zeroIsDefault reports whether Go's zero value of t is Rust's Default.
func (b *builder) zeroIsDefault(t Ty) bool {
	switch x := b.c.resolve(t, true).(type) {
	case *Adt:
		if x.Def.Std {
			return b.defaultValue(x, ast.Span{}) == nil
		}
		if x.Def.Traits["Default"] != nil {
			return false
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
	}
	return true
}

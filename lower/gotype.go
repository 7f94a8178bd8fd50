package lower

import (
	"slices"

	"strconv"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

var primGo = map[string]ir.BasicKind{
	"i8": ir.Int8, "i16": ir.Int16, "i32": ir.Int32, "i64": ir.Int64, "isize": ir.Int,
	"u8": ir.Uint8, "u16": ir.Uint16, "u32": ir.Uint32, "u64": ir.Uint64, "usize": ir.Uint,
	"f32": ir.Float32, "f64": ir.Float64, "bool": ir.Bool, "char": ir.Rune, "str": ir.String,
}

// unitType is the Go type of Rust's ().
var unitType = &ir.Named{Pkg: "rt", Name: "Unit"}

// goType maps a resolved Rust type to its Go type (DESIGN.md's mapping).
// span locates an error if the type is still unknown.
// maxTuple is the most elements of a tuple: rt has Tuple2 to Tuple6.
const maxTuple = 6

func (b *builder) goType(t Ty, span ast.Span) ir.Type {
	t = b.c.resolve(t, true)
	switch t := t.(type) {
	case *Prim:
		if k, ok := primGo[t.Name]; ok {
			return &ir.Basic{Kind: k}
		}
		b.unsupported(span, "type `%s`", t.Name)
	case *RefTy:
		if b.refIsPtr(t) {
			return &ir.Pointer{Elem: b.goType(t.Elem, span)}
		}
		return b.goType(t.Elem, span)
	case *SliceTy:
		return &ir.Slice{Elem: b.goType(t.Elem, span)}
	case *ArrayTy:
		return &ir.Slice{Elem: b.goType(t.Elem, span)}
	case *TupleTy:
		if len(t.Elems) == 0 {
			return unitType
		}
		if len(t.Elems) > maxTuple || len(t.Elems) == 1 {
			b.unsupported(span, "tuple type `%s` (rs2go has tuples of 2 to %d elements)", t, maxTuple)
			return unitType
		}
		var args []ir.Type
		for _, el := range t.Elems {
			args = append(args, b.goType(el, span))
		}
		return &ir.Named{Pkg: "rt", Name: "Tuple" + strconv.Itoa(len(t.Elems)), Args: args}
	case *Adt:
		return b.adtGoType(t, span)
	case *DynTy:
		if g := t.Trait.Go["type"]; g != "" {
			return goNamed(g, t.Trait.Go["pointer"] != "", nil)
		}
		if !t.Trait.Std {
			return &ir.Named{Name: t.Trait.Name}
		}
		b.unsupported(span, "trait object `%s`", t)
	case *AssocTy:
		b.unsupported(span, "the associated type `%s` of `%s` here", t.Name, t.Trait.Name)
	case *ClosureTy:
		return b.funcType(t.Params, t.Ret, span)
	case *FnTy:
		return b.funcType(t.Params, t.Ret, span)
	case *NeverTy:
		return unitType
	case *TyVar:
		b.errorf(span, "E0282", "type annotations needed")
	case *ParamTy:
		if fb := b.c.genericFnBound(t.Name); fb != nil {
			return b.funcType(fb.Params, fb.Ret, span)
		}
		return &ir.TypeParamRef{Name: t.Name}
	default:
		b.unsupported(span, "type `%s`", t)
	}
	return unitType
}

func (b *builder) adtGoType(t *Adt, span ast.Span) ir.Type {
	g := t.Def.Go
	if !t.Def.Std {
		var args []ir.Type
		for _, a := range t.Args {
			if span != (ast.Span{}) && (hasDerive(t.Def, "Debug") || hasTraitImpl(t.Def, "Debug") || hasTraitImpl(t.Def, "Display") || formatsParams(t.Def)) && holds(b.c.resolve(a, true), isChar) {
				// Its formatting reads the parameter's value at run time
				// (rt.DebugOf), where a Go rune is an int32.
				b.unsupported(span, "`char` in the type argument `%s` of `%s`, which is formatted", b.c.resolve(a, true), t.Def.Name)
			}
			if span != (ast.Span{}) && hasDerive(t.Def, "PartialEq") && holds(b.c.resolve(a, true), hasUserEq) {
				// Its derived Eq compares the parameter's value at run
				// time (rt.EqOf), which cannot call the user's eq.
				b.unsupported(span, "a type with its own PartialEq in the type argument `%s` of `%s`, which derives PartialEq", b.c.resolve(a, true), t.Def.Name)
			}
			args = append(args, b.goType(a, span))
		}
		return &ir.Named{Name: goTypeName(t.Def), Args: args}
	}
	if (g["map"] != "" || g["set"] != "") && g["ordered"] == "" && len(t.Args) > 0 &&
		!b.goComparable(t.Args[0]) && !holds(b.c.resolve(t.Args[0], true), isParam) {
		// A Go map: Go's == on its keys must be Rust's (a Vec is not
		// comparable in Go, a Box compares pointers). A type parameter
		// is a comparable one, checked where it is instantiated.
		b.unsupportedOnce(span, "`%s` with keys of type `%s` (a Go map key must be comparable)", t.Def.Name, b.c.resolve(t.Args[0], true))
	}
	switch {
	case g["builtin"] == "slice":
		return &ir.Slice{Elem: b.goType(t.Args[0], span)}
	case g["builtin"] == "string":
		return ir.StringType
	case g["box"] != "" && b.boxIsPtr(t):
		return &ir.Pointer{Elem: b.goType(t.Args[0], span)}
	case g["transparent"] != "":
		return b.goType(t.Args[0], span)
	case g["type"] != "":
		var args []ir.Type
		for _, a := range t.Args {
			args = append(args, b.goType(a, span))
		}
		return goNamed(g["type"], g["pointer"] != "", args)
	}
	b.unsupported(span, "type `%s`", t)
	return unitType
}

// goNamed turns "pkg.Name" into a named Go type.
func goNamed(qual string, pointer bool, args []ir.Type) ir.Type {
	pkg, name := splitQual(qual)
	var t ir.Type = &ir.Named{Pkg: pkg, Name: name, Args: args}
	if pointer {
		t = &ir.Pointer{Elem: t}
	}
	return t
}

// splitQual splits "time.Sleep" into ("time", "Sleep"); the package part
// is an import path ("rt" stands for rs2go's runtime).
func splitQual(q string) (pkg, name string) {
	i := strings.LastIndexByte(q, '.')
	if i < 0 {
		return "", q
	}
	return q[:i], q[i+1:]
}

func (b *builder) funcType(params []Ty, ret Ty, span ast.Span) ir.Type {
	ft := &ir.Func{}
	for _, p := range params {
		ft.Params = append(ft.Params, b.goType(p, span))
	}
	if r := b.c.resolve(ret, true); !isUnit(r) {
		if _, never := r.(*NeverTy); !never {
			ft.Results = []ir.Type{b.goType(r, span)}
		}
	}
	return ft
}

// hasValue reports whether a Rust type is represented by a Go value in
// function results (() and ! are not).
func (b *builder) hasValue(t Ty) bool {
	r := b.c.resolve(t, true)
	if isUnit(r) {
		return false
	}
	_, never := r.(*NeverTy)
	return !never
}

// boxIsPtr reports whether Box<T> is a Go pointer: for a struct, a tuple
// or a primitive (a recursive struct needs the indirection, and moving a
// box moves a pointer); a Box of a trait object, closure, slice or string
// is the Go value itself, already a reference.
func (b *builder) boxIsPtr(t *Adt) bool {
	switch g := b.goType(t.Args[0], ast.Span{}).(type) {
	case *ir.Basic:
		return g.Kind != ir.String
	case *ir.Named:
		if inner, ok := b.c.resolve(t.Args[0], true).(*Adt); ok && !inner.Def.Std {
			return !isEnum(inner.Def) || cLike(inner.Def)
		}
		return g.Pkg == "rt" && strings.HasPrefix(g.Name, "Tuple")
	}
	return false
}

// boxOfParam reports a Box of a type parameter in t, a type that crosses
// a generic function's or type's boundary (a field, a parameter, a
// result): a Box is a Go pointer for some types and the value for others
// (boxIsPtr), and the generic side cannot be both.
func (b *builder) boxOfParam(t Ty, span ast.Span) {
	if holds(b.c.resolve(t, true), func(x Ty) bool {
		a, ok := x.(*Adt)
		return ok && a.Def.Go["box"] != "" && len(a.Args) == 1 && isParam(a.Args[0])
	}) {
		b.unsupportedOnce(span, "`%s`: a `Box` of a type parameter", b.c.resolve(t, false))
	}
}

// holds reports whether t is, or holds through references, slices,
// arrays, tuples and type arguments, a type for which pred holds (char,
// a float, a user type with its own PartialEq).
func holds(t Ty, pred func(Ty) bool) bool { return holdsDepth(t, pred, 0) }

func holdsDepth(t Ty, pred func(Ty) bool, depth int) bool {
	if depth > 8 {
		return false
	}
	if pred(t) {
		return true
	}
	in := func(e Ty) bool { return holdsDepth(e, pred, depth+1) }
	switch x := t.(type) {
	case *RefTy:
		return in(x.Elem)
	case *SliceTy:
		return in(x.Elem)
	case *ArrayTy:
		return in(x.Elem)
	case *TupleTy:
		return slices.ContainsFunc(x.Elems, in)
	case *Adt:
		return slices.ContainsFunc(x.Args, in)
	}
	return false
}

func isParam(t Ty) bool {
	_, ok := t.(*ParamTy)
	return ok
}

func isChar(t Ty) bool {
	p, ok := t.(*Prim)
	return ok && p.Name == "char"
}

// hasUserEq reports whether t is a user type with its own PartialEq impl.
func hasUserEq(t Ty) bool {
	x, ok := t.(*Adt)
	return ok && !x.Def.Std && x.Def.Traits["PartialEq"] != nil
}

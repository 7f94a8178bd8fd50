package lower

import (
	"fmt"
	"strings"
)

// Ty is a Rust type as the type checker sees it. Inference variables
// (*TyVar) are resolved through the unifier; after a body is checked every
// type is zonked to a variable-free form.
type Ty interface {
	String() string
}

// Prim is a primitive Rust type: integers, floats, bool, char, str.
type Prim struct{ Name string }

// Adt is a nominal type with generic arguments: String, Vec<T>,
// JoinHandle<T>, a user struct or enum.
type Adt struct {
	Def  *TypeDef
	Args []Ty
}

// RefTy is &T or &mut T.
type RefTy struct {
	Mut  bool
	Elem Ty
}

// TupleTy is (A, B); the unit type is the empty tuple.
type TupleTy struct{ Elems []Ty }

// SliceTy is [T].
type SliceTy struct{ Elem Ty }

// ArrayTy is [T; N].
type ArrayTy struct {
	Elem Ty
	Len  int64
}

// FnTy is a function pointer or function item type fn(A) -> R, or
// (Kind set: "Fn", "FnMut", "FnOnce") a closure behind `dyn Fn(A) -> R`
// or `impl Fn(A) -> R`, which owns its captures (build_closure.go). All
// are Go funcs; Kind does not take part in unification.
type FnTy struct {
	Params []Ty
	Ret    Ty
	Kind   string
}

// ClosureTy is the type of one closure expression; Kind is the most
// permissive Fn trait its body allows ("Fn", "FnMut", "FnOnce").
type ClosureTy struct {
	ID     int
	Params []Ty
	Ret    Ty
}

// ParamTy is a generic parameter inside a signature, before instantiation.
type ParamTy struct {
	Name  string
	Index int
}

// AssocTy is Self::Name, an associated type of a user trait, inside the
// trait's method signatures: a trait method's use replaces it by the
// impl's type, or by the synthesized generic parameter R_Name of a
// function bounded by R: Trait (sig.go, assocParams).
type AssocTy struct {
	Trait *TraitDef
	Name  string
}

func (t *AssocTy) String() string { return "Self::" + t.Name }

// DynTy is dyn Trait.
type DynTy struct{ Trait *TraitDef }

// NeverTy is !.
type NeverTy struct{}

// TyVar is an inference variable. Kind restricts what it may become:
// integer and float literal variables default to i32 and f64.
type TyVar struct {
	ID   int
	Kind VarKind
}

// VarKind restricts an inference variable.
type VarKind int

const (
	GeneralVar VarKind = iota
	IntVar
	FloatVar
)

// FnBound is a bound F: FnOnce(A) -> R on a generic parameter.
type FnBound struct {
	Kind   string
	Params []Ty
	Ret    Ty
}

var (
	tyI8    = &Prim{"i8"}
	tyI16   = &Prim{"i16"}
	tyI32   = &Prim{"i32"}
	tyI64   = &Prim{"i64"}
	tyI128  = &Prim{"i128"}
	tyIsize = &Prim{"isize"}
	tyU8    = &Prim{"u8"}
	tyU16   = &Prim{"u16"}
	tyU32   = &Prim{"u32"}
	tyU64   = &Prim{"u64"}
	tyU128  = &Prim{"u128"}
	tyUsize = &Prim{"usize"}
	tyF32   = &Prim{"f32"}
	tyF64   = &Prim{"f64"}
	tyBool  = &Prim{"bool"}
	tyChar  = &Prim{"char"}
	tyStr   = &Prim{"str"}
	tyUnit  = &TupleTy{}
	tyNever = &NeverTy{}
)

// prims maps primitive type names to their types.
var prims = map[string]*Prim{}

func init() {
	for _, p := range []*Prim{tyI8, tyI16, tyI32, tyI64, tyI128, tyIsize, tyU8, tyU16, tyU32,
		tyU64, tyU128, tyUsize, tyF32, tyF64, tyBool, tyChar, tyStr} {
		prims[p.Name] = p
	}
}

// literalPrims are the types an unsuffixed literal of kind k may take
// (rs2go has no 128-bit integers).
func literalPrims(k VarKind) []*Prim {
	switch k {
	case IntVar:
		return []*Prim{tyI8, tyI16, tyI32, tyI64, tyIsize, tyU8, tyU16, tyU32, tyU64, tyUsize}
	case FloatVar:
		return []*Prim{tyF32, tyF64}
	}
	return nil
}

func isInt(t Ty) bool {
	p, ok := t.(*Prim)
	return ok && (strings.HasPrefix(p.Name, "i") || strings.HasPrefix(p.Name, "u"))
}

func isFloat(t Ty) bool {
	p, ok := t.(*Prim)
	return ok && (p.Name == "f32" || p.Name == "f64")
}

func isSigned(t Ty) bool {
	p, ok := t.(*Prim)
	return ok && strings.HasPrefix(p.Name, "i")
}

func isUnit(t Ty) bool {
	tt, ok := t.(*TupleTy)
	return ok && len(tt.Elems) == 0
}

func (t *Prim) String() string  { return t.Name }
func (t *RefTy) String() string { return "&" + map[bool]string{true: "mut "}[t.Mut] + t.Elem.String() }
func (t *SliceTy) String() string {
	return "[" + t.Elem.String() + "]"
}
func (t *ArrayTy) String() string { return fmt.Sprintf("[%s; %d]", t.Elem, t.Len) }
func (t *NeverTy) String() string { return "!" }
func (t *ParamTy) String() string { return t.Name }
func (t *DynTy) String() string   { return "dyn " + t.Trait.Name }
func (t *TyVar) String() string {
	switch t.Kind {
	case IntVar:
		return "{integer}"
	case FloatVar:
		return "{float}"
	}
	return "_"
}

func (t *Adt) String() string {
	if len(t.Args) == 0 {
		return t.Def.Name
	}
	return t.Def.Name + "<" + tyList(t.Args) + ">"
}

func (t *TupleTy) String() string {
	if len(t.Elems) == 1 {
		return "(" + t.Elems[0].String() + ",)"
	}
	return "(" + tyList(t.Elems) + ")"
}

func (t *FnTy) String() string {
	s := "fn(" + tyList(t.Params) + ")"
	if t.Kind != "" {
		s = "dyn " + t.Kind + "(" + tyList(t.Params) + ")"
	}
	if !isUnit(t.Ret) {
		s += " -> " + t.Ret.String()
	}
	return s
}

func (t *ClosureTy) String() string { return fmt.Sprintf("{closure#%d}", t.ID) }

func (t *FnBound) String() string {
	s := t.Kind + "(" + tyList(t.Params) + ")"
	if t.Ret != nil && !isUnit(t.Ret) {
		s += " -> " + t.Ret.String()
	}
	return s
}

func tyList(ts []Ty) string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.String())
	}
	return strings.Join(parts, ", ")
}

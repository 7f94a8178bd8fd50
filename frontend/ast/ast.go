// Package ast is rs2go's typed Rust syntax tree. The frontend builds it from
// tree-sitter's concrete tree; nothing outside frontend sees tree-sitter.
// Every node carries its byte span in the source file. Macro arguments are
// already parsed into expressions, and format strings into pieces.
//
// Sum types are interfaces with an unexported marker method, as in go/ast.
package ast

import "github.com/rs2go/rs2go/frontend/diag"

// Span is a byte range in the file.
type Span = diag.Span

// Node is any syntax node.
type Node interface {
	Pos() Span
}

// File is one parsed Rust source file.
type File struct {
	Name  string
	Src   []byte
	Items []Item
	Span  Span
}

// Ident is a name with its span.
type Ident struct {
	Name string
	Span Span
}

// Attr is an outer attribute: #[derive(Debug, Clone)] has Path "derive"
// and Args ["Debug", "Clone"]; #[go(func = "rt.Spawn")] has Path "go" and
// KV {"func": "rt.Spawn"}. Text is the attribute's source inside #[...].
type Attr struct {
	Path string
	Args []string
	KV   map[string]string
	Text string
	Span Span
}

// ---------------------------------------------------------------- paths

// Path is a::b::<T>::c. Global is a leading `::`.
type Path struct {
	Global   bool
	Segments []*PathSegment
	Span     Span
}

// PathSegment is one segment with optional generic arguments:
// Vec::<i32> or Vec<i32> (in type position), Iterator<Item = T>.
type PathSegment struct {
	Name     Ident
	Args     []Type
	Bindings []*TypeBinding // associated type bindings: Item = T
}

// TypeBinding is `Name = Type` inside generic arguments.
type TypeBinding struct {
	Name Ident
	Type Type
}

// Last returns the last segment's name.
func (p *Path) Last() string {
	if len(p.Segments) == 0 {
		return ""
	}
	return p.Segments[len(p.Segments)-1].Name.Name
}

// ---------------------------------------------------------------- items

// Item is a top-level or nested item.
type Item interface {
	Node
	itemNode()
}

// Visibility of an item or field.
type Visibility int

const (
	Private Visibility = iota
	Public             // pub, pub(crate), pub(super), ...
)

// Generics are type and lifetime parameters with bounds and where clauses.
type Generics struct {
	Params []*GenericParam
	Where  []*WherePredicate
	Span   Span
}

// GenericParam is `T: Bound + Other = Default`, `'a` (Name "a", Lifetime
// true), or `const N: usize`.
type GenericParam struct {
	Name     Ident
	Lifetime bool
	Const    bool
	ConstTy  Type
	Bounds   []Type // trait bounds as path types; lifetimes are dropped
	Default  Type
}

// WherePredicate is `T: Bound + Other` in a where clause.
type WherePredicate struct {
	Ty     Type
	Bounds []Type
}

// Param is a function or closure parameter `pat: Type` (Type nil for
// closure parameters without annotation).
type Param struct {
	Pat  Pat
	Type Type
	Span Span
}

// SelfParam is self, &self, &mut self, mut self, self: Type.
type SelfParam struct {
	Ref  bool
	Mut  bool // &mut self, or `mut self`
	Type Type // explicit self type, if any
	Span Span
}

// FnDecl: fn name<G>(params) -> Ret { Body }. Body is nil for a signature
// (trait methods without default, std model stubs).
type FnDecl struct {
	Attrs    []*Attr
	Vis      Visibility
	Qualifs  []string // "const", "async", "unsafe", "extern"
	Name     Ident
	Generics *Generics
	Self     *SelfParam
	Params   []*Param
	Ret      Type // nil for ()
	Body     *BlockExpr
	Span     Span
}

// UseDecl: use tree;
type UseDecl struct {
	Attrs []*Attr
	Vis   Visibility
	Tree  *UseTree
	Span  Span
}

// UseTree is a::b (Path), a::b as c (Alias), a::* (Glob) or a::{x, y}
// (List, each relative to Path). `self` appears as a path segment.
type UseTree struct {
	Global bool // use ::a::b (on the outermost tree only)
	Path   []Ident
	Alias  *Ident
	Glob   bool
	List   []*UseTree
	Span   Span
}

// StructKind distinguishes struct shapes.
type StructKind int

const (
	NamedFields StructKind = iota // struct S { a: T }
	TupleFields                   // struct S(T);
	UnitStruct                    // struct S;
)

// FieldDecl is a struct or variant field; Name is empty for tuple fields.
type FieldDecl struct {
	Attrs []*Attr
	Vis   Visibility
	Name  Ident
	Type  Type
	Span  Span
}

// StructDecl: struct Name<G> { fields } / (fields); / ;
type StructDecl struct {
	Attrs    []*Attr
	Vis      Visibility
	Name     Ident
	Generics *Generics
	Kind     StructKind
	Fields   []*FieldDecl
	Span     Span
}

// Variant is an enum variant: Name, Name(T, U), Name { a: T }, Name = 3.
type Variant struct {
	Attrs  []*Attr
	Name   Ident
	Kind   StructKind
	Fields []*FieldDecl
	Disc   Expr
	Span   Span
}

// EnumDecl: enum Name<G> { variants }
type EnumDecl struct {
	Attrs    []*Attr
	Vis      Visibility
	Name     Ident
	Generics *Generics
	Variants []*Variant
	Span     Span
}

// ImplDecl: impl<G> Trait for SelfTy { items } (Trait nil for inherent).
type ImplDecl struct {
	Attrs    []*Attr
	Generics *Generics
	Negative bool // impl !Send for T
	Trait    *Path
	SelfTy   Type
	Items    []Item
	Unsafe   bool
	Span     Span
}

// TraitDecl: trait Name<G>: Supers { items }
type TraitDecl struct {
	Attrs    []*Attr
	Vis      Visibility
	Name     Ident
	Generics *Generics
	Supers   []Type
	Items    []Item
	Unsafe   bool
	Span     Span
}

// AssocTypeDecl: type Item; / type Item = T; inside a trait or impl.
type AssocTypeDecl struct {
	Name   Ident
	Bounds []Type
	Value  Type
	Span   Span
}

// ConstDecl: const NAME: Ty = Value; (also associated consts, Value may be nil in traits)
type ConstDecl struct {
	Attrs []*Attr
	Vis   Visibility
	Name  Ident
	Type  Type
	Value Expr
	Span  Span
}

// StaticDecl: static [mut] NAME: Ty = Value;
type StaticDecl struct {
	Attrs []*Attr
	Vis   Visibility
	Mut   bool
	Name  Ident
	Type  Type
	Value Expr
	Span  Span
}

// TypeAliasDecl: type Name<G> = Ty;
type TypeAliasDecl struct {
	Attrs    []*Attr
	Vis      Visibility
	Name     Ident
	Generics *Generics
	Type     Type
	Span     Span
}

// ModDecl: mod name { items } (Inline false for `mod name;`).
type ModDecl struct {
	Attrs  []*Attr
	Vis    Visibility
	Name   Ident
	Inline bool
	Items  []Item
	Span   Span
}

// MacroItem is a macro invocation in item position, e.g. thread_local! {
// static NAME: Ty = init; }. Statics holds the parsed thread_local decls.
type MacroItem struct {
	Name    Ident
	Statics []*StaticDecl
	Span    Span
}

// BadItem is an item rs2go does not model (extern crate, extern blocks,
// macro_rules!, union, ...). What names the construct for diagnostics.
type BadItem struct {
	What string
	Span Span
}

func (n *FnDecl) Pos() Span        { return n.Span }
func (n *UseDecl) Pos() Span       { return n.Span }
func (n *StructDecl) Pos() Span    { return n.Span }
func (n *EnumDecl) Pos() Span      { return n.Span }
func (n *ImplDecl) Pos() Span      { return n.Span }
func (n *TraitDecl) Pos() Span     { return n.Span }
func (n *AssocTypeDecl) Pos() Span { return n.Span }
func (n *ConstDecl) Pos() Span     { return n.Span }
func (n *StaticDecl) Pos() Span    { return n.Span }
func (n *TypeAliasDecl) Pos() Span { return n.Span }
func (n *ModDecl) Pos() Span       { return n.Span }
func (n *MacroItem) Pos() Span     { return n.Span }
func (n *BadItem) Pos() Span       { return n.Span }

func (*FnDecl) itemNode()        {}
func (*UseDecl) itemNode()       {}
func (*StructDecl) itemNode()    {}
func (*EnumDecl) itemNode()      {}
func (*ImplDecl) itemNode()      {}
func (*TraitDecl) itemNode()     {}
func (*AssocTypeDecl) itemNode() {}
func (*ConstDecl) itemNode()     {}
func (*StaticDecl) itemNode()    {}
func (*TypeAliasDecl) itemNode() {}
func (*ModDecl) itemNode()       {}
func (*MacroItem) itemNode()     {}
func (*BadItem) itemNode()       {}

// Pos returns the span of the self parameter.
func (n *SelfParam) Pos() Span { return n.Span }

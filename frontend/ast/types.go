package ast

// Type is a type expression.
type Type interface {
	Node
	typeNode()
}

// PathType: i32, String, Vec<T>, std::sync::Arc<Mutex<i32>>, Self, T.
type PathType struct {
	Path *Path
}

// RefType: &'a mut T.
type RefType struct {
	Mut  bool
	Elem Type
	Span Span
}

// PtrType: *const T / *mut T.
type PtrType struct {
	Mut  bool
	Elem Type
	Span Span
}

// TupleType: (A, B); the unit type () has no elements.
type TupleType struct {
	Elems []Type
	Span  Span
}

// ArrayType: [T; N].
type ArrayType struct {
	Elem Type
	Len  Expr
	Span Span
}

// SliceType: [T] (behind a reference).
type SliceType struct {
	Elem Type
	Span Span
}

// FnPtrType: fn(A) -> R.
type FnPtrType struct {
	Params []Type
	Ret    Type
	Span   Span
}

// TraitObjectType: dyn A + B (Dyn false for bare trait bounds written as
// types, e.g. inside a bound list).
type TraitObjectType struct {
	Bounds []Type
	Span   Span
}

// ImplTraitType: impl A + B.
type ImplTraitType struct {
	Bounds []Type
	Span   Span
}

// FnTraitType: Fn(A, B) -> R, FnMut(..), FnOnce(..) in bound position;
// Name is the trait's name.
type FnTraitType struct {
	Name   string
	Params []Type
	Ret    Type
	Span   Span
}

// NeverType: !
type NeverType struct{ Span Span }

// InferType: _
type InferType struct{ Span Span }

// BadType is a type rs2go does not model.
type BadType struct {
	What string
	Span Span
}

func (n *PathType) Pos() Span        { return n.Path.Span }
func (n *RefType) Pos() Span         { return n.Span }
func (n *PtrType) Pos() Span         { return n.Span }
func (n *TupleType) Pos() Span       { return n.Span }
func (n *ArrayType) Pos() Span       { return n.Span }
func (n *SliceType) Pos() Span       { return n.Span }
func (n *FnPtrType) Pos() Span       { return n.Span }
func (n *TraitObjectType) Pos() Span { return n.Span }
func (n *ImplTraitType) Pos() Span   { return n.Span }
func (n *FnTraitType) Pos() Span     { return n.Span }
func (n *NeverType) Pos() Span       { return n.Span }
func (n *InferType) Pos() Span       { return n.Span }
func (n *BadType) Pos() Span         { return n.Span }

func (*PathType) typeNode()        {}
func (*RefType) typeNode()         {}
func (*PtrType) typeNode()         {}
func (*TupleType) typeNode()       {}
func (*ArrayType) typeNode()       {}
func (*SliceType) typeNode()       {}
func (*FnPtrType) typeNode()       {}
func (*TraitObjectType) typeNode() {}
func (*ImplTraitType) typeNode()   {}
func (*FnTraitType) typeNode()     {}
func (*NeverType) typeNode()       {}
func (*InferType) typeNode()       {}
func (*BadType) typeNode()         {}

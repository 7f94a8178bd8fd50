package ast

// Pat is a pattern.
type Pat interface {
	Node
	patNode()
}

// IdentPat: [ref] [mut] name [@ Sub]. A bare identifier that names a unit
// struct, unit variant or const is still an IdentPat here; lower resolves it.
type IdentPat struct {
	Ref  bool
	Mut  bool
	Name Ident
	Sub  Pat
	Span Span
}

// WildPat: _
type WildPat struct{ Span Span }

// RestPat: .. inside tuple, slice and tuple-struct patterns.
type RestPat struct{ Span Span }

// LitPat: 1, -1, 'a', "s", true. Lit is a *LitExpr or a *UnaryExpr(-, lit).
type LitPat struct {
	Lit  Expr
	Span Span
}

// RangePat: lo..=hi, lo..hi, lo.. (Lo/Hi are literal or path expressions).
type RangePat struct {
	Lo, Hi    Expr
	Inclusive bool
	Span      Span
}

// TuplePat: (a, b, ..).
type TuplePat struct {
	Elems []Pat
	Span  Span
}

// TupleStructPat: Some(x), Message::Move(a, b).
type TupleStructPat struct {
	Path  *Path
	Elems []Pat
	Span  Span
}

// FieldPat is `name: pat` or the shorthand `[ref] [mut] name`.
type FieldPat struct {
	Name      Ident
	Pat       Pat
	Shorthand bool
}

// StructPat: Point { x, y: 0, .. }.
type StructPat struct {
	Path   *Path
	Fields []*FieldPat
	Rest   bool
	Span   Span
}

// PathPat: Color::Red, None, a::CONST.
type PathPat struct {
	Path *Path
}

// RefPat: &pat, &mut pat.
type RefPat struct {
	Mut  bool
	Pat  Pat
	Span Span
}

// OrPat: a | b | c.
type OrPat struct {
	Alts []Pat
	Span Span
}

// SlicePat: [first, .., last], [a, rest @ ..].
type SlicePat struct {
	Elems []Pat
	Span  Span
}

// BadPat is a pattern rs2go does not model.
type BadPat struct {
	What string
	Span Span
}

func (n *IdentPat) Pos() Span       { return n.Span }
func (n *WildPat) Pos() Span        { return n.Span }
func (n *RestPat) Pos() Span        { return n.Span }
func (n *LitPat) Pos() Span         { return n.Span }
func (n *RangePat) Pos() Span       { return n.Span }
func (n *TuplePat) Pos() Span       { return n.Span }
func (n *TupleStructPat) Pos() Span { return n.Span }
func (n *StructPat) Pos() Span      { return n.Span }
func (n *PathPat) Pos() Span        { return n.Path.Span }
func (n *RefPat) Pos() Span         { return n.Span }
func (n *OrPat) Pos() Span          { return n.Span }
func (n *SlicePat) Pos() Span       { return n.Span }
func (n *BadPat) Pos() Span         { return n.Span }

func (*IdentPat) patNode()       {}
func (*WildPat) patNode()        {}
func (*RestPat) patNode()        {}
func (*LitPat) patNode()         {}
func (*RangePat) patNode()       {}
func (*TuplePat) patNode()       {}
func (*TupleStructPat) patNode() {}
func (*StructPat) patNode()      {}
func (*PathPat) patNode()        {}
func (*RefPat) patNode()         {}
func (*OrPat) patNode()          {}
func (*SlicePat) patNode()       {}
func (*BadPat) patNode()         {}

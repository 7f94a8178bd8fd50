package ast

// Stmt is a statement inside a block.
type Stmt interface {
	Node
	stmtNode()
}

// LetStmt: let Pat: Type = Init else { Else };
type LetStmt struct {
	Pat  Pat
	Type Type
	Init Expr
	Else *BlockExpr
	Span Span
}

// ExprStmt is an expression used as a statement; Semi tells whether it was
// followed by `;` (block-like expressions need not be).
type ExprStmt struct {
	X    Expr
	Semi bool
	Span Span
}

// ItemStmt is an item declared inside a block.
type ItemStmt struct {
	Item Item
}

// EmptyStmt is a lone `;`.
type EmptyStmt struct{ Span Span }

func (n *LetStmt) Pos() Span   { return n.Span }
func (n *ExprStmt) Pos() Span  { return n.Span }
func (n *ItemStmt) Pos() Span  { return n.Item.Pos() }
func (n *EmptyStmt) Pos() Span { return n.Span }

func (*LetStmt) stmtNode()   {}
func (*ExprStmt) stmtNode()  {}
func (*ItemStmt) stmtNode()  {}
func (*EmptyStmt) stmtNode() {}

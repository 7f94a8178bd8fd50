package ir

// Stmt is a Go statement. Every statement has the span of the Rust
// construct it came from (for //line directives); Span{} means none.
type Stmt interface {
	Pos() Span
	stmtNode()
}

// Block is { Stmts }.
type Block struct {
	Stmts []Stmt
	Span  Span
}

// DeclStmt: Var := Value, or `var Var Type` when Value is nil.
// Rust: let x = value; / let x: T;
type DeclStmt struct {
	Var   *Var
	Value Expr
	Span  Span
}

// AssignStmt: Lhs Op Rhs with Op "=", "+=", ... ; Lhs may be the blank
// identifier (Blank) to evaluate and discard.
type AssignStmt struct {
	Lhs  []Expr
	Op   string
	Rhs  []Expr
	Span Span
}

// ExprStmt evaluates X for its effects.
type ExprStmt struct {
	X    Expr
	Span Span
}

// IfStmt: if Init; Cond { Then } else Else (Init may be nil; Else is nil,
// *Block or *IfStmt).
type IfStmt struct {
	Init Stmt
	Cond Expr
	Then *Block
	Else Stmt
	Span Span
}

// ForStmt: Label: for Init; Cond; Post { Body }. Nil parts are omitted;
// all nil is an infinite loop (Rust loop).
type ForStmt struct {
	Label string
	Init  Stmt
	Cond  Expr
	Post  Stmt
	Body  *Block
	Span  Span
}

// RangeStmt: Label: for Key, Value := range X { Body } (Key/Value may be nil).
type RangeStmt struct {
	Label      string
	Key, Value *Var
	X          Expr
	Body       *Block
	Span       Span
}

// BranchStmt: break/continue with an optional label.
type BranchStmt struct {
	Tok   string // "break", "continue"
	Label string
	Span  Span
}

// ReturnStmt: return Results.
type ReturnStmt struct {
	Results []Expr
	Span    Span
}

// SwitchStmt: switch Tag { case ...: } (Tag nil: switch { case cond: }).
type SwitchStmt struct {
	Label string
	Tag   Expr
	Cases []*CaseClause
	Span  Span
}

// CaseClause is one case (List empty: default).
type CaseClause struct {
	List []Expr
	Body *Block
}

// TypeSwitchStmt: Label: switch v := X.(type) { case T1: ... case T2, T3: ... }.
// Rust: match on a data enum. Each clause declares its own v (Go gives it
// the clause's type when the clause lists one type, X's type otherwise);
// the clauses' variables share one Go name.
type TypeSwitchStmt struct {
	Label string
	X     Expr
	Cases []*TypeCaseClause
	Span  Span
}

// TypeCaseClause is one case of a type switch (Types empty: default). Var
// is the clause's variable, nil when the body does not read it (Go
// rejects a type switch variable that no clause uses).
type TypeCaseClause struct {
	Types []Type
	Var   *Var
	Body  *Block
}

// DeferStmt: defer Call.
type DeferStmt struct {
	Call Expr
	Span Span
}

func (s *Block) Pos() Span          { return s.Span }
func (s *DeclStmt) Pos() Span       { return s.Span }
func (s *AssignStmt) Pos() Span     { return s.Span }
func (s *ExprStmt) Pos() Span       { return s.Span }
func (s *IfStmt) Pos() Span         { return s.Span }
func (s *ForStmt) Pos() Span        { return s.Span }
func (s *RangeStmt) Pos() Span      { return s.Span }
func (s *BranchStmt) Pos() Span     { return s.Span }
func (s *ReturnStmt) Pos() Span     { return s.Span }
func (s *SwitchStmt) Pos() Span     { return s.Span }
func (s *TypeSwitchStmt) Pos() Span { return s.Span }
func (s *DeferStmt) Pos() Span      { return s.Span }

func (*Block) stmtNode()          {}
func (*DeclStmt) stmtNode()       {}
func (*AssignStmt) stmtNode()     {}
func (*ExprStmt) stmtNode()       {}
func (*IfStmt) stmtNode()         {}
func (*ForStmt) stmtNode()        {}
func (*RangeStmt) stmtNode()      {}
func (*BranchStmt) stmtNode()     {}
func (*ReturnStmt) stmtNode()     {}
func (*SwitchStmt) stmtNode()     {}
func (*TypeSwitchStmt) stmtNode() {}
func (*DeferStmt) stmtNode()      {}

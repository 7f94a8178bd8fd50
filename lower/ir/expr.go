package ir

// Expr is a Go expression (pure expression syntax: anything Rust computes
// with statements has been hoisted by lower).
type Expr interface {
	exprNode()
}

// VarRef refers to a Var.
type VarRef struct{ Var *Var }

// Blank is the blank identifier _ (only as an assignment target).
type Blank struct{}

// Qual is a package-level name: rt.Spawn, time.Millisecond, or (Pkg "")
// a function or type of the generated file.
type Qual struct {
	Pkg  string
	Name string
}

// Lit is a constant: Value is bool, int64, uint64, float64, string or
// rune. When Type is non-nil the literal is converted: int32(1).
type Lit struct {
	Value any
	Type  Type
}

// Call: Fun[TypeArgs](Args...).
type Call struct {
	Fun      Expr
	TypeArgs []Type
	Args     []Expr
	Spread   bool // last argument is followed by ...
	// Pure: the call only reads (a smart pointer's accessor), so
	// evaluating it twice is evaluating it once; it cannot panic.
	Pure bool
	// NoPanic: the call cannot panic (wrapping arithmetic).
	NoPanic bool
}

// Convert: Type(X).
type Convert struct {
	Type Type
	X    Expr
}

// Selector: X.Name (field, method value or method call target).
type Selector struct {
	X    Expr
	Name string
}

// Binary: X Op Y.
type Binary struct {
	Op   string
	X, Y Expr
}

// Unary: Op X with Op "-", "!", "^", "*" (deref), "&" (address).
type Unary struct {
	Op string
	X  Expr
}

// Index: X[Index].
type Index struct {
	X, Index Expr
}

// SliceExpr: X[Lo:Hi].
type SliceExpr struct {
	X, Lo, Hi Expr
}

// FuncLit: func(Params) Results { Body }. Rust: a closure.
type FuncLit struct {
	Params  []*Var
	Results []Type
	Body    *Block
}

// CompositeLit: Type{Elems} or Type{Key: Elem, ...} (Keys parallel to Elems
// when non-nil).
type CompositeLit struct {
	Type  Type
	Keys  []string
	Elems []Expr
}

// TypeExpr uses a type in expression position (e.g. as a generic argument
// holder or a conversion target).
type TypeExpr struct{ Type Type }

// Paren: (X), where precedence needs it.
type Paren struct{ X Expr }

func (*VarRef) exprNode()       {}
func (*Blank) exprNode()        {}
func (*Qual) exprNode()         {}
func (*Lit) exprNode()          {}
func (*Call) exprNode()         {}
func (*Convert) exprNode()      {}
func (*Selector) exprNode()     {}
func (*Binary) exprNode()       {}
func (*Unary) exprNode()        {}
func (*Index) exprNode()        {}
func (*SliceExpr) exprNode()    {}
func (*FuncLit) exprNode()      {}
func (*CompositeLit) exprNode() {}
func (*TypeExpr) exprNode()     {}
func (*Paren) exprNode()        {}

// Inst instantiates a generic function without calling it: Fun[TypeArgs].
type Inst struct {
	Fun      Expr
	TypeArgs []Type
}

func (*Inst) exprNode() {}

// TypeAssert: X.(Type).
type TypeAssert struct {
	X    Expr
	Type Type
}

func (*TypeAssert) exprNode() {}

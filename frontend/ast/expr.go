package ast

// Expr is an expression.
type Expr interface {
	Node
	exprNode()
}

// PathExpr: x, std::thread::spawn, Vec::<i32>::new, Self::CONST.
type PathExpr struct {
	Path *Path
}

// LitKind classifies literals.
type LitKind int

const (
	IntLit LitKind = iota
	FloatLit
	StrLit
	CharLit
	BoolLit
	ByteLit
	ByteStrLit
)

// LitExpr is a literal. For numbers, Text is the digits without `_` and
// without the suffix (e.g. "0x1F", "1e3") and Suffix is "i64", "u8", "f32"
// or "". For strings and chars, Value is the unescaped value.
type LitExpr struct {
	Kind   LitKind
	Text   string
	Suffix string
	Value  string
	Bool   bool
	Span   Span
}

// BinaryExpr: X Op Y with Op one of + - * / % & | ^ << >> && || == != < <= > >=.
type BinaryExpr struct {
	Op     string
	X, Y   Expr
	Span   Span
	OpSpan Span // the operator, where rustc reports its type errors
}

// UnaryExpr: -X, !X, *X (Op "-", "!", "*").
type UnaryExpr struct {
	Op   string
	X    Expr
	Span Span
}

// RefExpr: &X, &mut X.
type RefExpr struct {
	Mut  bool
	X    Expr
	Span Span
}

// AssignExpr: Lhs = Rhs, or a compound assignment (Op "+=", "<<=", ...).
type AssignExpr struct {
	Op       string
	Lhs, Rhs Expr
	Span     Span
	OpSpan   Span // the operator of a compound assignment
}

// CallExpr: Fun(Args).
type CallExpr struct {
	Fun  Expr
	Args []Expr
	Span Span
}

// MethodCallExpr: Recv.Name::<Turbofish>(Args).
type MethodCallExpr struct {
	Recv      Expr
	Name      Ident
	Turbofish []Type
	Args      []Expr
	Span      Span
}

// FieldExpr: X.Name, or X.0 (Name "0").
type FieldExpr struct {
	X    Expr
	Name Ident
	Span Span
}

// IndexExpr: X[Index].
type IndexExpr struct {
	X, Index Expr
	Span     Span
}

// CastExpr: X as Type.
type CastExpr struct {
	X    Expr
	Type Type
	Span Span
}

// TryExpr: X?
type TryExpr struct {
	X    Expr
	Span Span
}

// Label is a loop or block label 'name; Name has no apostrophe ("name").
type Label struct {
	Name string
	Span Span
}

// BlockExpr: { stmts; tail }. Tail is nil when the block ends with a
// statement. Unsafe and Label cover unsafe { } and 'a: { }.
type BlockExpr struct {
	Stmts  []Stmt
	Tail   Expr
	Label  *Label
	Unsafe bool
	Span   Span
}

// IfExpr: if Cond Then else Else. Cond may contain LetExpr (if let, let
// chains joined with &&). Else is nil, a *BlockExpr or an *IfExpr.
type IfExpr struct {
	Cond Expr
	Then *BlockExpr
	Else Expr
	Span Span
}

// LetExpr: `let Pat = X` inside an if or while condition.
type LetExpr struct {
	Pat  Pat
	X    Expr
	Span Span
}

// MatchArm: Pat if Guard => Body.
type MatchArm struct {
	Pat   Pat
	Guard Expr
	Body  Expr
	Span  Span
}

// MatchExpr: match X { arms }.
type MatchExpr struct {
	X    Expr
	Arms []*MatchArm
	Span Span
}

// WhileExpr: 'label: while Cond { Body } (Cond may hold a LetExpr).
type WhileExpr struct {
	Label *Label
	Cond  Expr
	Body  *BlockExpr
	Span  Span
}

// LoopExpr: 'label: loop { Body }. Block marks a labeled block
// `'label: { .. }`, converted to `'label: loop { break 'label { .. } }`.
type LoopExpr struct {
	Label *Label
	Body  *BlockExpr
	Block bool
	Span  Span
}

// ForExpr: 'label: for Pat in Iter { Body }.
type ForExpr struct {
	Label *Label
	Pat   Pat
	Iter  Expr
	Body  *BlockExpr
	Span  Span
}

// BreakExpr: break 'label Value.
type BreakExpr struct {
	Label *Label
	Value Expr
	Span  Span
}

// ContinueExpr: continue 'label.
type ContinueExpr struct {
	Label *Label
	Span  Span
}

// ReturnExpr: return Value.
type ReturnExpr struct {
	Value Expr
	Span  Span
}

// ClosureExpr: [move] |params| -> Ret Body.
type ClosureExpr struct {
	Move   bool
	Params []*Param
	Ret    Type
	Body   Expr
	Span   Span
}

// TupleExpr: (a, b); () is the unit value.
type TupleExpr struct {
	Elems []Expr
	Span  Span
}

// ParenExpr: (X). Kept so that spans and precedence stay visible.
type ParenExpr struct {
	X    Expr
	Span Span
}

// ArrayExpr: [a, b, c].
type ArrayExpr struct {
	Elems []Expr
	Span  Span
}

// ArrayRepeatExpr: [Elem; Count].
type ArrayRepeatExpr struct {
	Elem, Count Expr
	Span        Span
}

// FieldInit is `name: value` or the shorthand `name`.
type FieldInit struct {
	Name      Ident
	Value     Expr
	Shorthand bool
}

// StructExpr: Path { fields, ..Base }.
type StructExpr struct {
	Path   *Path
	Fields []*FieldInit
	Base   Expr
	Span   Span
}

// RangeExpr: Lo..Hi, Lo..=Hi, Lo.., ..Hi, ..
type RangeExpr struct {
	Lo, Hi    Expr
	Inclusive bool
	Span      Span
}

// BadExpr is an expression rs2go does not model; What names it.
type BadExpr struct {
	What string
	Span Span
}

func (n *PathExpr) Pos() Span        { return n.Path.Span }
func (n *LitExpr) Pos() Span         { return n.Span }
func (n *BinaryExpr) Pos() Span      { return n.Span }
func (n *UnaryExpr) Pos() Span       { return n.Span }
func (n *RefExpr) Pos() Span         { return n.Span }
func (n *AssignExpr) Pos() Span      { return n.Span }
func (n *CallExpr) Pos() Span        { return n.Span }
func (n *MethodCallExpr) Pos() Span  { return n.Span }
func (n *FieldExpr) Pos() Span       { return n.Span }
func (n *IndexExpr) Pos() Span       { return n.Span }
func (n *CastExpr) Pos() Span        { return n.Span }
func (n *TryExpr) Pos() Span         { return n.Span }
func (n *BlockExpr) Pos() Span       { return n.Span }
func (n *IfExpr) Pos() Span          { return n.Span }
func (n *LetExpr) Pos() Span         { return n.Span }
func (n *MatchExpr) Pos() Span       { return n.Span }
func (n *WhileExpr) Pos() Span       { return n.Span }
func (n *LoopExpr) Pos() Span        { return n.Span }
func (n *ForExpr) Pos() Span         { return n.Span }
func (n *BreakExpr) Pos() Span       { return n.Span }
func (n *ContinueExpr) Pos() Span    { return n.Span }
func (n *ReturnExpr) Pos() Span      { return n.Span }
func (n *ClosureExpr) Pos() Span     { return n.Span }
func (n *TupleExpr) Pos() Span       { return n.Span }
func (n *ParenExpr) Pos() Span       { return n.Span }
func (n *ArrayExpr) Pos() Span       { return n.Span }
func (n *ArrayRepeatExpr) Pos() Span { return n.Span }
func (n *StructExpr) Pos() Span      { return n.Span }
func (n *RangeExpr) Pos() Span       { return n.Span }
func (n *BadExpr) Pos() Span         { return n.Span }

func (*PathExpr) exprNode()        {}
func (*LitExpr) exprNode()         {}
func (*BinaryExpr) exprNode()      {}
func (*UnaryExpr) exprNode()       {}
func (*RefExpr) exprNode()         {}
func (*AssignExpr) exprNode()      {}
func (*CallExpr) exprNode()        {}
func (*MethodCallExpr) exprNode()  {}
func (*FieldExpr) exprNode()       {}
func (*IndexExpr) exprNode()       {}
func (*CastExpr) exprNode()        {}
func (*TryExpr) exprNode()         {}
func (*BlockExpr) exprNode()       {}
func (*IfExpr) exprNode()          {}
func (*LetExpr) exprNode()         {}
func (*MatchExpr) exprNode()       {}
func (*WhileExpr) exprNode()       {}
func (*LoopExpr) exprNode()        {}
func (*ForExpr) exprNode()         {}
func (*BreakExpr) exprNode()       {}
func (*ContinueExpr) exprNode()    {}
func (*ReturnExpr) exprNode()      {}
func (*ClosureExpr) exprNode()     {}
func (*TupleExpr) exprNode()       {}
func (*ParenExpr) exprNode()       {}
func (*ArrayExpr) exprNode()       {}
func (*ArrayRepeatExpr) exprNode() {}
func (*StructExpr) exprNode()      {}
func (*RangeExpr) exprNode()       {}
func (*BadExpr) exprNode()         {}

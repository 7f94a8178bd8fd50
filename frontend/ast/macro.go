package ast

// MacroExpr is a std macro invocation in expression or statement position,
// with its arguments already parsed according to the macro's kind:
//
//	println!/print!/eprintln!/eprint!/format!/panic!/unreachable!/todo!/
//	unimplemented!/write!/writeln!           → Format (write!: Args[0] is the destination)
//	assert!/debug_assert!                    → Args[0] the condition, Format the optional message
//	assert_eq!/assert_ne!/debug_assert_eq!.. → Args[0], Args[1], Format the optional message
//	vec![a, b] / vec![x; n]                  → Args / Repeat (Args[0] elem, Args[1] count)
//	matches!(x, Pat if guard)                → Args[0], Pat, Guard
//	any other macro                          → Args parsed as expressions when they parse, else BadArgs
//
// Format is nil when a format macro has no format string (println!(),
// panic!(), writeln!(f), assert!(c)).
type MacroExpr struct {
	Name    Ident
	Args    []Expr
	Format  *FormatArgs
	Repeat  bool
	Pat     Pat
	Guard   Expr
	BadArgs bool
	Span    Span
}

// FormatArgs is a parsed format string with its arguments.
type FormatArgs struct {
	Str    *LitExpr // the format string literal
	Pieces []*FmtPiece
	Args   []*FmtArg // positional arguments first, then named ones, then implicit captures
}

// FmtArg is one argument of a format macro: `expr` or `name = expr`.
// Implicit captures ({x} naming a variable) are added with Implicit true.
type FmtArg struct {
	Name     string
	Value    Expr
	Implicit bool
}

// FmtPiece is literal text (Arg < 0) or a placeholder referring to Args[Arg].
type FmtPiece struct {
	Lit  string
	Arg  int
	Spec FmtSpec
	Span Span // the placeholder's span inside the string literal
}

// FmtCount is a width or precision: a literal number, an argument index
// (`name$` / `1$` / `.*`), or absent. Arg is -1 unless IsArg.
type FmtCount struct {
	Set   bool
	N     int
	Arg   int // >= 0 when the count comes from an argument
	IsArg bool
}

// FmtSpec is the `:...` part of a placeholder.
type FmtSpec struct {
	Fill  rune // ' ' by default
	Align byte // 0, '<', '^', '>'
	Sign  byte // 0, '+', '-'
	Alt   bool // #
	Zero  bool // 0
	Width FmtCount
	Prec  FmtCount
	Verb  string // "", "?", "x", "X", "o", "b", "e", "E", "x?", "X?"
}

func (n *MacroExpr) Pos() Span { return n.Span }
func (*MacroExpr) exprNode()   {}

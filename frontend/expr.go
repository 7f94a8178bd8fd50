// This file converts expressions. Method calls are call_expressions whose
// function is a field_expression; labels, `move`, unary and range operators
// are anonymous or unnamed children and are found by kind.

package frontend

import (
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
)

// expr converts an expression node (nil for nil).
func (c *conv) expr(n *node) ast.Expr {
	if n == nil {
		return nil
	}
	if f := exprConv[n.kind]; f != nil {
		return f(c, n)
	}
	return &ast.BadExpr{What: exprWhat(n), Span: c.sp(n)}
}

// exprConv dispatches on the node kind; each case is a named helper.
var exprConv map[string]func(*conv, *node) ast.Expr

func init() {
	exprConv = map[string]func(*conv, *node) ast.Expr{
		kIdentifier: (*conv).pathExpr, kScopedIdentifier: (*conv).pathExpr,
		kSelf: (*conv).pathExpr, kSuper: (*conv).pathExpr, kCrate: (*conv).pathExpr,
		kGenericFunction: (*conv).genericFn, kMetavariable: (*conv).pathExpr,
		kIntegerLiteral: (*conv).lit, kFloatLiteral: (*conv).lit, kStringLiteral: (*conv).lit,
		kRawStringLiteral: (*conv).lit, kCharLiteral: (*conv).lit, kBooleanLiteral: (*conv).lit,
		kBinaryExpression: (*conv).binary, kUnaryExpression: (*conv).unary,
		kReferenceExpression: (*conv).refExpr, kAssignmentExpression: (*conv).assign,
		kCompoundAssignmentExpr: (*conv).assign, kCallExpression: (*conv).call,
		kFieldExpression: (*conv).field, kIndexExpression: (*conv).index,
		kTypeCastExpression: (*conv).cast, kTryExpression: (*conv).try,
		kBlock: (*conv).blockExpr, kUnsafeBlock: (*conv).unsafeBlock,
		kIfExpression: (*conv).ifExpr, kLetCondition: (*conv).letCond, kLetChain: (*conv).letChain,
		kMatchExpression: (*conv).match, kWhileExpression: (*conv).while,
		kLoopExpression: (*conv).loop, kForExpression: (*conv).forExpr,
		kBreakExpression: (*conv).breakExpr, kContinueExpression: (*conv).continueExpr,
		kReturnExpression: (*conv).returnExpr, kClosureExpression: (*conv).closure,
		kTupleExpression: (*conv).tuple, kUnitExpression: (*conv).unit,
		kParenthesizedExpression: (*conv).paren, kArrayExpression: (*conv).array,
		kStructExpression: (*conv).structExpr, kRangeExpression: (*conv).rangeExpr,
		kMacroInvocation: (*conv).macroExpr, kConstBlock: (*conv).constBlock,
	}
}

func exprWhat(n *node) string {
	switch n.kind {
	case kAwaitExpression:
		return "await expression"
	case kAsyncBlock:
		return "async block"
	case kTryBlock:
		return "try block"
	case kYieldExpression:
		return "yield expression"
	}
	return kindWords(n.kind)
}

// exprKids returns the named children of n that are expressions (not
// labels or attributes).
func exprKids(n *node) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.named && k.kind != kLabel && k.kind != kAttributeItem && k.kind != kMutableSpecifier {
			out = append(out, k)
		}
	}
	return out
}

func (c *conv) pathExpr(n *node) ast.Expr {
	p, what := c.pathWhat(n)
	if what != "" {
		return &ast.BadExpr{What: what, Span: c.sp(n)}
	}
	return &ast.PathExpr{Path: p}
}

// genericFn is path::<T> (a method turbofish is handled by call).
func (c *conv) genericFn(n *node) ast.Expr {
	if f := n.child("function"); f != nil && f.kind == kFieldExpression {
		return &ast.BadExpr{What: "method reference with type arguments", Span: c.sp(n)}
	}
	return c.pathExpr(n)
}

// opText finds the operator token of n.
func (c *conv) opText(n *node) string {
	if op := n.child("operator"); op != nil {
		return c.text(op)
	}
	for _, k := range n.kids {
		if !k.named {
			return k.kind
		}
	}
	return ""
}

func (c *conv) binary(n *node) ast.Expr {
	op, x, y := c.opText(n), c.expr(n.child("left")), c.expr(n.child("right"))
	// tree-sitter reads `break *r`, `return -x` and `break &x` as a
	// binary operator after a value-less break or return; Rust breaks or
	// returns the prefixed operand.
	var prefixed ast.Expr
	span := ast.Span{Start: x.Pos().End, End: y.Pos().End}
	opSpan := ast.Span{Start: x.Pos().End, End: x.Pos().End}
	if opn := n.child("operator"); opn != nil {
		span.Start = c.sp(opn).Start
		opSpan = c.sp(opn)
	}
	switch op {
	case "*", "-":
		prefixed = &ast.UnaryExpr{Op: op, X: y, Span: span}
	case "&":
		prefixed = &ast.RefExpr{X: y, Span: span}
	}
	if r, ok := x.(*ast.RangeExpr); ok {
		if r.Hi != nil {
			// A range is never the left operand of a binary operator:
			// this one is the end of a range repaired below.
			r.Hi = &ast.BinaryExpr{Op: op, X: r.Hi, Y: y, Span: ast.Span{Start: r.Hi.Pos().Start, End: y.Pos().End}, OpSpan: opSpan}
			r.Span.End = y.Pos().End
			return r
		}
		if prefixed != nil || op == "&&" {
			// tree-sitter reads `2..*n` and `0..-m` as `(2..) * n`: the
			// operator is a prefix of the range's end, applied to the
			// first operand of what follows (`2..*n as usize - 1` is
			// `2..((*n as usize) - 1)`).
			r.Hi = prefixLeftmost(op, y, span.Start)
			r.Span.End = y.Pos().End
			return r
		}
	}
	if prefixed != nil {
		switch jump := x.(type) {
		case *ast.BreakExpr:
			if jump.Value == nil {
				jump.Value, jump.Span.End = prefixed, span.End
				return jump
			}
		case *ast.ReturnExpr:
			if jump.Value == nil {
				jump.Value, jump.Span.End = prefixed, span.End
				return jump
			}
		}
	}
	return &ast.BinaryExpr{Op: op, X: x, Y: y, Span: c.sp(n), OpSpan: opSpan}
}

// prefixLeftmost applies prefix operator op (at position start) to the
// first operand of e: the operand that binds tightest, down the left of
// binary operators and casts.
func prefixLeftmost(op string, e ast.Expr, start int) ast.Expr {
	switch x := e.(type) {
	case *ast.BinaryExpr:
		x.X = prefixLeftmost(op, x.X, start)
		x.Span.Start = start
		return x
	case *ast.CastExpr:
		x.X = prefixLeftmost(op, x.X, start)
		x.Span.Start = start
		return x
	}
	span := ast.Span{Start: start, End: e.Pos().End}
	switch op {
	case "&":
		return &ast.RefExpr{X: e, Span: span}
	case "&&":
		return &ast.RefExpr{X: &ast.RefExpr{X: e, Span: ast.Span{Start: start + 1, End: span.End}}, Span: span}
	}
	return &ast.UnaryExpr{Op: op, X: e, Span: span}
}

func (c *conv) unary(n *node) ast.Expr {
	kids := exprKids(n)
	if len(kids) != 1 {
		return &ast.BadExpr{What: "unary expression", Span: c.sp(n)}
	}
	return &ast.UnaryExpr{Op: c.opText(n), X: c.expr(kids[0]), Span: c.sp(n)}
}

func (c *conv) refExpr(n *node) ast.Expr {
	return &ast.RefExpr{Mut: n.firstKind(kMutableSpecifier) != nil, X: c.expr(n.child("value")), Span: c.sp(n)}
}

func (c *conv) assign(n *node) ast.Expr {
	if r := c.prefixInclusiveRange(n); r != nil {
		return r
	}
	op := "="
	var opSpan ast.Span
	if n.kind == kCompoundAssignmentExpr {
		op = c.opText(n)
		if opn := n.child("operator"); opn != nil {
			opSpan = c.sp(opn)
		}
	}
	return &ast.AssignExpr{Op: op, Lhs: c.expr(n.child("left")), Rhs: c.expr(n.child("right")), Span: c.sp(n), OpSpan: opSpan}
}

// prefixInclusiveRange repairs `..=x`, which tree-sitter-rust 0.21 parses
// as the assignment `.. = x`: a bare `..` directly followed by `=`.
func (c *conv) prefixInclusiveRange(n *node) ast.Expr {
	l := n.child("left")
	if n.kind != kAssignmentExpression || l == nil || l.kind != kRangeExpression || len(exprKids(l)) > 0 {
		return nil
	}
	for _, k := range n.kids {
		if !k.named && k.kind == tokEq && k.start == l.end {
			return &ast.RangeExpr{Hi: c.expr(n.child("right")), Inclusive: true, Span: c.sp(n)}
		}
	}
	return nil
}

// call converts f(args) and recv.m::<T>(args).
func (c *conv) call(n *node) ast.Expr {
	fn := n.child("function")
	args := c.args(n.child("arguments"))
	var turbofish []ast.Type
	method := fn
	if fn.kind == kGenericFunction {
		if f := fn.child("function"); f != nil && f.kind == kFieldExpression {
			method = f
			turbofish = c.typeArgList(fn.child("type_arguments"))
		}
	}
	if method.kind == kFieldExpression {
		name := method.child("field")
		if name.kind == kFieldIdentifier || name.kind == kIdentifier {
			return &ast.MethodCallExpr{Recv: c.expr(method.child("value")), Name: c.ident(name),
				Turbofish: turbofish, Args: args, Span: c.sp(n)}
		}
	}
	fun := c.expr(fn)
	// The grammar reads `break (a, b)` and `break 'l (x)` as a call of
	// `break`: it is a break with a parenthesized value.
	if br, ok := fun.(*ast.BreakExpr); ok && br.Value == nil {
		argsNode := n.child("arguments")
		sp := c.sp(argsNode)
		if len(args) == 1 {
			br.Value = &ast.ParenExpr{X: args[0], Span: sp}
		} else {
			br.Value = &ast.TupleExpr{Elems: args, Span: sp}
		}
		br.Span = c.sp(n)
		return br
	}
	return &ast.CallExpr{Fun: fun, Args: args, Span: c.sp(n)}
}

func (c *conv) typeArgList(ta *node) []ast.Type {
	if ta == nil {
		return nil
	}
	var out []ast.Type
	for _, k := range ta.kids {
		if k.named && k.kind != kLifetime {
			out = append(out, c.typ(k))
		}
	}
	return out
}

func (c *conv) args(n *node) []ast.Expr {
	if n == nil {
		return nil
	}
	c.checkCommas(n)
	var out []ast.Expr
	for _, k := range exprKids(n) {
		out = append(out, c.expr(k))
	}
	return out
}

// checkCommas reports a `,` right after the opening delimiter or another
// `,` (tree-sitter accepts `f(,)`; rustc wants an expression there).
func (c *conv) checkCommas(n *node) {
	prevSep := true
	for _, k := range n.kids {
		switch {
		case k.kind == kAttributeItem:
		case !k.named && k.kind == tokComma:
			if prevSep {
				c.errorf(k, "expected expression, found `,`")
				return
			}
			prevSep = true
		case !k.named && (k.kind == tokLParen || k.kind == tokLBracket):
		default:
			prevSep = false
		}
	}
}

// field converts x.name and x.0; `x.0.1` arrives as a float literal field.
func (c *conv) field(n *node) ast.Expr {
	x := c.expr(n.child("value"))
	f := n.child("field")
	if f.kind == kFloatLiteral {
		t := c.text(f)
		if i := strings.IndexByte(t, '.'); i > 0 && i < len(t)-1 {
			inner := &ast.FieldExpr{X: x, Name: ast.Ident{Name: t[:i], Span: span(f.start, f.start+i)},
				Span: span(n.start, f.start+i)}
			return &ast.FieldExpr{X: inner, Name: ast.Ident{Name: t[i+1:], Span: span(f.start+i+1, f.end)},
				Span: c.sp(n)}
		}
	}
	return &ast.FieldExpr{X: x, Name: c.ident(f), Span: c.sp(n)}
}

func (c *conv) index(n *node) ast.Expr {
	kids := exprKids(n)
	if len(kids) != 2 {
		return &ast.BadExpr{What: "index expression", Span: c.sp(n)}
	}
	return &ast.IndexExpr{X: c.expr(kids[0]), Index: c.expr(kids[1]), Span: c.sp(n)}
}

func (c *conv) cast(n *node) ast.Expr {
	x, t := c.expr(n.child("value")), c.typ(n.child("type"))
	if r, ok := x.(*ast.RangeExpr); ok && r.Hi != nil {
		// The end of a repaired range (binary): `2..*n as usize`.
		r.Hi = &ast.CastExpr{X: r.Hi, Type: t, Span: ast.Span{Start: r.Hi.Pos().Start, End: c.sp(n).End}}
		r.Span.End = c.sp(n).End
		return r
	}
	return &ast.CastExpr{X: x, Type: t, Span: c.sp(n)}
}

func (c *conv) try(n *node) ast.Expr {
	kids := exprKids(n)
	if len(kids) != 1 {
		return &ast.BadExpr{What: "? expression", Span: c.sp(n)}
	}
	return &ast.TryExpr{X: c.expr(kids[0]), Span: c.sp(n)}
}

// blockExpr converts a block expression. A labeled block `'a: { .. }`
// is the loop `'a: loop { break 'a { .. } }`, which is what it means
// (LoopExpr.Block marks it for rustc's errors about it).
func (c *conv) blockExpr(n *node) ast.Expr {
	b := c.block(n)
	if b.Label == nil {
		return b
	}
	l := b.Label
	b.Label = nil
	brk := &ast.BreakExpr{Label: l, Value: b, Span: b.Span}
	return &ast.LoopExpr{Label: l, Body: &ast.BlockExpr{Tail: brk, Span: b.Span}, Block: true, Span: b.Span}
}

func (c *conv) unsafeBlock(n *node) ast.Expr {
	b := n.firstKind(kBlock)
	if b == nil {
		return &ast.BadExpr{What: "unsafe block", Span: c.sp(n)}
	}
	blk := c.block(b)
	blk.Unsafe = true
	blk.Span = c.sp(n)
	return blk
}

// constBlock converts `const { ... }` to its block: evaluated at compile
// time in Rust, it has the same value at run time (thread_local! uses it).
func (c *conv) constBlock(n *node) ast.Expr {
	b := n.firstKind(kBlock)
	if b == nil {
		return &ast.BadExpr{What: "const block", Span: c.sp(n)}
	}
	blk := c.block(b)
	blk.Span = c.sp(n)
	return blk
}

// ---------------------------------------------------------------- control flow

func (c *conv) ifExpr(n *node) ast.Expr {
	e := &ast.IfExpr{Cond: c.expr(n.child("condition")), Then: c.block(n.child("consequence")), Span: c.sp(n)}
	if alt := n.child("alternative"); alt != nil {
		for _, k := range alt.kids {
			if k.named {
				e.Else = c.expr(k)
			}
		}
	}
	return e
}

func (c *conv) letCond(n *node) ast.Expr {
	return &ast.LetExpr{Pat: c.patField(n), X: c.expr(n.child("value")), Span: c.sp(n)}
}

// letChain folds `let a = x && b && let c = y` to the left, like `&&`.
func (c *conv) letChain(n *node) ast.Expr {
	var out ast.Expr
	for _, k := range exprKids(n) {
		x := c.expr(k)
		if out == nil {
			out = x
			continue
		}
		out = &ast.BinaryExpr{Op: "&&", X: out, Y: x, Span: span(n.start, k.end)}
	}
	if out == nil {
		return &ast.BadExpr{What: "let chain", Span: c.sp(n)}
	}
	return out
}

func (c *conv) match(n *node) ast.Expr {
	m := &ast.MatchExpr{X: c.expr(n.child("value")), Span: c.sp(n)}
	body := n.child("body")
	if body == nil {
		return m
	}
	for _, k := range body.kids {
		if k.kind != kMatchArm {
			continue
		}
		arm := &ast.MatchArm{Span: c.sp(k), Body: c.expr(k.child("value"))}
		if p := k.child("pattern"); p != nil {
			arm.Pat = c.pat(p)
			if g := p.child("condition"); g != nil {
				arm.Guard = c.expr(g)
			}
		}
		m.Arms = append(m.Arms, arm)
	}
	return m
}

// label reads the unnamed label child of a loop, block, break or continue;
// the name has no apostrophe ('outer → "outer").
func (c *conv) label(n *node) *ast.Label {
	if l := n.firstKind(kLabel); l != nil {
		return &ast.Label{Name: strings.TrimPrefix(c.text(l), "'"), Span: c.sp(l)}
	}
	return nil
}

func (c *conv) while(n *node) ast.Expr {
	return &ast.WhileExpr{Label: c.label(n), Cond: c.expr(n.child("condition")),
		Body: c.block(n.child("body")), Span: c.sp(n)}
}

func (c *conv) loop(n *node) ast.Expr {
	return &ast.LoopExpr{Label: c.label(n), Body: c.block(n.child("body")), Span: c.sp(n)}
}

func (c *conv) forExpr(n *node) ast.Expr {
	return &ast.ForExpr{Label: c.label(n), Pat: c.patField(n), Iter: c.expr(n.child("value")),
		Body: c.block(n.child("body")), Span: c.sp(n)}
}

// soleExpr returns the one expression child of break/return, or nil.
func (c *conv) soleExpr(n *node) ast.Expr {
	kids := exprKids(n)
	if len(kids) == 0 {
		return nil
	}
	return c.expr(kids[len(kids)-1])
}

func (c *conv) breakExpr(n *node) ast.Expr {
	return &ast.BreakExpr{Label: c.label(n), Value: c.soleExpr(n), Span: c.sp(n)}
}

func (c *conv) continueExpr(n *node) ast.Expr {
	return &ast.ContinueExpr{Label: c.label(n), Span: c.sp(n)}
}

func (c *conv) returnExpr(n *node) ast.Expr {
	return &ast.ReturnExpr{Value: c.soleExpr(n), Span: c.sp(n)}
}

// closure converts [move] |params| [-> Ret] body; `move` is anonymous.
func (c *conv) closure(n *node) ast.Expr {
	if n.hasTok(tokAsync) {
		return &ast.BadExpr{What: "async closure", Span: c.sp(n)}
	}
	cl := &ast.ClosureExpr{Move: n.hasTok(tokMove), Span: c.sp(n)}
	if ps := n.child("parameters"); ps != nil {
		for _, k := range ps.kids {
			switch {
			case k.kind == kParameter:
				cl.Params = append(cl.Params, c.param(k))
			case isPatNode(k) && k.kind != kAttributeItem:
				cl.Params = append(cl.Params, &ast.Param{Pat: c.pat(k), Span: c.sp(k)})
			}
		}
	}
	if r := n.child("return_type"); r != nil {
		cl.Ret = c.typ(r)
	}
	cl.Body = c.expr(n.child("body"))
	return cl
}

// ---------------------------------------------------------------- aggregates

func (c *conv) tuple(n *node) ast.Expr {
	c.checkCommas(n)
	t := &ast.TupleExpr{Span: c.sp(n)}
	for _, k := range exprKids(n) {
		t.Elems = append(t.Elems, c.expr(k))
	}
	return t
}

func (c *conv) unit(n *node) ast.Expr { return &ast.TupleExpr{Span: c.sp(n)} }

func (c *conv) paren(n *node) ast.Expr {
	kids := exprKids(n)
	if len(kids) != 1 {
		return &ast.BadExpr{What: "parenthesized expression", Span: c.sp(n)}
	}
	return &ast.ParenExpr{X: c.expr(kids[0]), Span: c.sp(n)}
}

// array converts [a, b] and [x; n] (which has a length field).
func (c *conv) array(n *node) ast.Expr {
	if l := n.child("length"); l != nil {
		var elem *node
		for _, k := range exprKids(n) {
			if k != l {
				elem = k
				break
			}
		}
		return &ast.ArrayRepeatExpr{Elem: c.expr(elem), Count: c.expr(l), Span: c.sp(n)}
	}
	c.checkCommas(n)
	a := &ast.ArrayExpr{Span: c.sp(n)}
	for _, k := range exprKids(n) {
		a.Elems = append(a.Elems, c.expr(k))
	}
	return a
}

func (c *conv) structExpr(n *node) ast.Expr {
	p, what := c.pathWhat(n.child("name"))
	if what != "" {
		return &ast.BadExpr{What: what, Span: c.sp(n)}
	}
	s := &ast.StructExpr{Path: p, Span: c.sp(n)}
	body := n.child("body")
	if body == nil {
		return s
	}
	for _, k := range body.kids {
		switch k.kind {
		case kShorthandFieldInitializer:
			id := k.firstKind(kIdentifier)
			if id == nil {
				id = k
			}
			name := c.ident(id)
			s.Fields = append(s.Fields, &ast.FieldInit{Name: name, Shorthand: true,
				Value: &ast.PathExpr{Path: &ast.Path{Segments: []*ast.PathSegment{{Name: name}}, Span: name.Span}}})
		case kFieldInitializer:
			s.Fields = append(s.Fields, &ast.FieldInit{Name: c.ident(k.child("field")), Value: c.expr(k.child("value"))})
		case kBaseFieldInitializer:
			s.Base = c.soleExpr(k)
		}
	}
	return s
}

// rangeExpr converts a..b, a..=b, a.., ..b, .. (the operator splits the
// unnamed operands).
func (c *conv) rangeExpr(n *node) ast.Expr {
	r := &ast.RangeExpr{Span: c.sp(n)}
	seenOp := false
	for _, k := range n.kids {
		switch {
		case !k.named && (k.kind == tokDotDot || k.kind == tokDotDotEq || k.kind == tokDotDotDot):
			seenOp = true
			r.Inclusive = k.kind != tokDotDot
		case !k.named || k.kind == kAttributeItem:
		case !seenOp:
			r.Lo = c.expr(k)
		default:
			r.Hi = c.expr(k)
		}
	}
	return r
}

// This file converts macro invocations. tree-sitter leaves a macro's
// arguments as a flat token tree, so the token tree's text is re-parsed
// inside a small synthetic program (a call, an array, a match or a list of
// items) whose shape gives the arguments their meaning; the new tree's
// offsets are shifted back into the file. Nested macros recurse.

package frontend

import (
	"time"

	"github.com/rs2go/rs2go/frontend/ast"
)

// macroShape says how a macro's arguments are re-parsed.
type macroShape struct {
	prefix, open, close, suffix string
}

var (
	callShape  = macroShape{"fn __m(){__m", "(", ")", ";}"}
	arrayShape = macroShape{"fn __m(){", "[", "]", ";}"}
	matchShape = macroShape{"fn __m(){match", " ", " ", "=>()}}"}
	itemShape  = macroShape{"", " ", " ", ""}
)

// fmtMacros take a format string (after a leading destination for write!).
var fmtMacros = map[string]bool{
	"println": true, "print": true, "eprintln": true, "eprint": true, "format": true,
	"panic": true, "unreachable": true, "todo": true, "unimplemented": true,
	"write": true, "writeln": true, "format_args": true,
}

// leadArgs is how many plain arguments come before the format string.
var leadArgs = map[string]int{
	"write": 1, "writeln": 1, "assert": 1, "debug_assert": 1,
	"assert_eq": 2, "assert_ne": 2, "debug_assert_eq": 2, "debug_assert_ne": 2,
}

// macroName returns the invoked macro's name (the last path segment).
func (c *conv) macroName(n *node) ast.Ident {
	m := n.child("macro")
	if m == nil {
		return ast.Ident{Span: c.sp(n)}
	}
	if m.kind == kScopedIdentifier {
		return c.ident(m.child("name"))
	}
	return c.ident(m)
}

// isItemMacro reports whether a macro invocation in a block declares items.
func (c *conv) isItemMacro(n *node) bool {
	return n.kind == kMacroInvocation && c.macroName(n).Name == "thread_local"
}

// reparse parses the token tree tt of a macro in the given shape and
// returns the synthetic tree, shifted to file offsets. With report, syntax
// errors are reported (at their place inside the token tree); nil means
// the arguments did not parse.
func (c *conv) reparse(tt *node, sh macroShape, report bool, edit func([]byte)) *node {
	if c.nest >= maxNest || tt.nest >= maxNest {
		c.tooDeep(tt)
		return nil
	}
	inner := c.src[tt.start+1 : tt.end-1]
	buf := make([]byte, 0, len(sh.prefix)+len(inner)+len(sh.suffix)+2)
	buf = append(buf, sh.prefix...)
	buf = append(buf, sh.open...)
	buf = append(buf, inner...)
	buf = append(buf, sh.close...)
	buf = append(buf, sh.suffix...)
	if edit != nil {
		edit(buf[len(sh.prefix)+1 : len(sh.prefix)+1+len(inner)])
	}
	root, deep, ok := tsParse(buf, int(tt.nest), c.timed)
	if !ok {
		c.diags.Errorf(span(tt.start, tt.end), "", "the parser gave up on these macro arguments after %v (its error recovery does not end on this input): check their syntax", parseLimit(len(buf)).Round(100*time.Millisecond))
		return nil
	}
	shift := tt.start - len(sh.prefix)
	walk(root, func(n *node) bool {
		n.start += shift
		n.end += shift
		return true
	})
	if hasSyntaxErrors(root) {
		if report {
			c.reportMacroErrors(root, tt)
		}
		return nil
	}
	for _, n := range deep {
		c.tooDeep(n)
	}
	if len(deep) > 0 {
		return nil
	}
	return root
}

// reportMacroErrors reports the syntax errors of re-parsed macro
// arguments, keeping their spans inside the token tree.
func (c *conv) reportMacroErrors(root, tt *node) {
	ds := c.diags
	n0 := len(*ds)
	reportTreeErrors(root, c.src, ds, 0)
	for i := n0; i < len(*ds); i++ {
		d := &(*ds)[i]
		d.Span.Start = min(max(d.Span.Start, tt.start), tt.end)
		d.Span.End = min(max(d.Span.End, d.Span.Start), tt.end)
	}
	if len(*ds) == n0 {
		c.errorf(tt, "invalid macro arguments")
	}
}

// firstStmt digs the statement (or its expression) out of `fn __m(){ STMT }`.
func firstStmt(root *node) *node {
	if root == nil || len(root.kids) == 0 {
		return nil
	}
	body := root.kids[0].child("body")
	if body == nil {
		return nil
	}
	for _, k := range body.kids {
		if k.named {
			if k.kind == kExpressionStatement {
				if ks := exprKids(k); len(ks) == 1 {
					return ks[0]
				}
				return nil
			}
			return k
		}
	}
	return nil
}

// macroArgs re-parses a token tree as call arguments.
func (c *conv) macroArgs(tt *node, report bool) ([]*node, bool) {
	call := firstStmt(c.reparse(tt, callShape, report, nil))
	if call == nil || call.kind != kCallExpression {
		return nil, false
	}
	args := call.child("arguments")
	if args == nil {
		return nil, false
	}
	if report {
		c.checkCommas(args)
	}
	return exprKids(args), true
}

// macroExpr converts a macro invocation in expression position.
func (c *conv) macroExpr(n *node) ast.Expr {
	m := &ast.MacroExpr{Name: c.macroName(n), Span: c.sp(n)}
	tt := n.firstKind(kTokenTree)
	if tt == nil {
		m.BadArgs = true
		return m
	}
	c.nest++
	defer func() { c.nest-- }()
	name := m.Name.Name
	switch {
	case name == "vec":
		c.vecArgs(m, tt)
	case name == "matches":
		c.matchesArgs(m, tt)
	case fmtMacros[name] || leadArgs[name] > 0:
		c.formatMacro(m, tt)
	default:
		args, ok := c.macroArgs(tt, false)
		if !ok {
			m.BadArgs = true
			return m
		}
		for _, a := range args {
			m.Args = append(m.Args, c.expr(a))
		}
	}
	return m
}

// vecArgs converts vec![a, b] and vec![x; n].
func (c *conv) vecArgs(m *ast.MacroExpr, tt *node) {
	arr := firstStmt(c.reparse(tt, arrayShape, true, nil))
	if arr == nil || arr.kind != kArrayExpression {
		m.BadArgs = true
		return
	}
	switch x := c.array(arr).(type) {
	case *ast.ArrayExpr:
		m.Args = x.Elems
	case *ast.ArrayRepeatExpr:
		m.Args = []ast.Expr{x.Elem, x.Count}
		m.Repeat = true
	}
}

// matchesArgs converts matches!(x, Pat if guard): the first top-level
// comma becomes the `{` of `match x { Pat if guard => () }`.
func (c *conv) matchesArgs(m *ast.MacroExpr, tt *node) {
	comma, trailing := -1, -1
	for _, k := range tt.kids[1 : len(tt.kids)-1] {
		if !k.named && k.kind == tokComma {
			if comma < 0 {
				comma = k.start
			}
			trailing = k.start
		}
	}
	if comma < 0 {
		c.errorf(tt, "expected a pattern: matches!(expression, pattern)")
		m.BadArgs = true
		return
	}
	base := tt.start + 1
	edit := func(b []byte) {
		b[comma-base] = '{'
		if trailing != comma && isLastToken(tt, trailing) {
			b[trailing-base] = ' '
		}
	}
	mt := firstStmt(c.reparse(tt, matchShape, true, edit))
	if mt == nil || mt.kind != kMatchExpression {
		m.BadArgs = true
		return
	}
	me, ok := c.match(mt).(*ast.MatchExpr)
	if !ok || len(me.Arms) != 1 {
		m.BadArgs = true
		return
	}
	m.Args = []ast.Expr{me.X}
	m.Pat, m.Guard = me.Arms[0].Pat, me.Arms[0].Guard
}

// isLastToken reports whether the token at off is the last inside tt.
func isLastToken(tt *node, off int) bool {
	k := tt.kids[len(tt.kids)-2]
	return k.start == off
}

// formatMacro converts print-like macros and asserts: leading arguments,
// then an optional format string with its arguments.
func (c *conv) formatMacro(m *ast.MacroExpr, tt *node) {
	args, ok := c.macroArgs(tt, true)
	if !ok {
		m.BadArgs = true
		return
	}
	lead := leadArgs[m.Name.Name]
	if len(args) < lead {
		c.errorf(tt, "`%s!` takes at least %d argument%s", m.Name.Name, lead, plural(lead))
		m.BadArgs = true
		return
	}
	for _, a := range args[:lead] {
		m.Args = append(m.Args, c.expr(a))
	}
	if rest := args[lead:]; len(rest) > 0 {
		m.Format = c.formatArgs(rest)
		if m.Format == nil {
			m.BadArgs = true
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// macroItem converts a macro in item position: thread_local! declares
// statics; other macros keep only their name.
func (c *conv) macroItem(n *node) ast.Item {
	mi := &ast.MacroItem{Name: c.macroName(n), Span: c.sp(n)}
	tt := n.firstKind(kTokenTree)
	if mi.Name.Name != "thread_local" || tt == nil {
		return mi
	}
	root := c.reparse(tt, itemShape, true, nil)
	if root == nil {
		return mi
	}
	var attrs []*ast.Attr
	for _, k := range root.kids {
		switch k.kind {
		case kAttributeItem:
			attrs = append(attrs, c.attr(k))
		case kStaticItem:
			if st, ok := c.staticDecl(k, attrs).(*ast.StaticDecl); ok {
				mi.Statics = append(mi.Statics, st)
			}
			attrs = nil
		default:
			if k.named {
				c.errorf(k, "expected a static declaration in thread_local!")
			}
		}
	}
	return mi
}

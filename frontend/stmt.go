// This file converts blocks and the statements in them. The tail
// expression of a block is its last child not wrapped in an
// expression_statement, or a last block-like expression statement without
// `;` (rustc treats `{ ...; if c { 1 } else { 2 } }` as having that tail).

package frontend

import "github.com/rs2go/rs2go/frontend/ast"

// block converts a block node (a BlockExpr with nothing in it for nil).
func (c *conv) block(n *node) *ast.BlockExpr {
	if n == nil {
		return &ast.BlockExpr{}
	}
	b := &ast.BlockExpr{Span: c.sp(n), Label: c.label(n)}
	var stmts []*node
	for _, k := range n.kids {
		if k.named && k.kind != kLabel {
			stmts = append(stmts, k)
		}
	}
	var attrs []*ast.Attr
	for i := 0; i < len(stmts); i++ {
		k := stmts[i]
		last := i == len(stmts)-1
		switch {
		case k.kind == kAttributeItem:
			attrs = append(attrs, c.attr(k))
			continue
		case k.kind == kInnerAttributeItem:
			continue
		case k.kind == kExpressionStatement:
			i += c.exprStmt(b, k, stmts[i+1:])
		case k.kind == kLetDeclaration:
			b.Stmts = append(b.Stmts, c.letStmt(k))
		case k.kind == kEmptyStatement:
			b.Stmts = append(b.Stmts, &ast.EmptyStmt{Span: c.sp(k)})
		case itemKinds[k.kind] || c.isItemMacro(k):
			b.Stmts = append(b.Stmts, &ast.ItemStmt{Item: c.item(k, attrs)})
		case last:
			b.Tail = c.expr(k)
		default:
			x := c.expr(k)
			b.Stmts = append(b.Stmts, &ast.ExprStmt{X: x, Span: c.sp(k)})
		}
		attrs = nil
	}
	return b
}

// exprStmt converts an expression_statement; a block-like expression
// followed by a lone `;` takes the `;` (rest[0]) and returns 1 to skip it.
func (c *conv) exprStmt(b *ast.BlockExpr, k *node, rest []*node) int {
	kids := exprKids(k)
	if len(kids) == 0 {
		b.Stmts = append(b.Stmts, &ast.EmptyStmt{Span: c.sp(k)})
		return 0
	}
	inner := kids[0]
	if c.isItemMacro(inner) {
		b.Stmts = append(b.Stmts, &ast.ItemStmt{Item: c.macroItem(inner)})
		return 0
	}
	x := c.expr(inner)
	s := &ast.ExprStmt{X: x, Semi: k.hasTok(tokSemi), Span: c.sp(k)}
	skip := 0
	if !s.Semi && len(rest) > 0 && rest[0].kind == kEmptyStatement {
		s.Semi = true
		s.Span.End = rest[0].end
		skip = 1
	}
	if !s.Semi && len(rest) == 0 {
		b.Tail = x
		return 0
	}
	b.Stmts = append(b.Stmts, s)
	return skip
}

func (c *conv) letStmt(k *node) ast.Stmt {
	if p := k.child("pattern"); p != nil && p.kind == kOrPattern {
		c.errorf(p, "`let` bindings require top-level or-patterns in parentheses")
	}
	l := &ast.LetStmt{Pat: c.patField(k), Span: c.sp(k)}
	// `let mut x` puts mutable_specifier beside the pattern, not inside it.
	if ip, ok := l.Pat.(*ast.IdentPat); ok {
		for _, ch := range k.kids {
			if ch.kind == kMutableSpecifier {
				ip.Mut = true
			}
		}
	}
	if t := k.child("type"); t != nil {
		l.Type = c.typ(t)
	}
	if v := k.child("value"); v != nil {
		l.Init = c.expr(v)
	}
	if e := k.child("alternative"); e != nil {
		l.Else = c.block(e)
	}
	return l
}

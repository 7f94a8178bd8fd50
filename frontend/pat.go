// This file converts patterns. `_` is an anonymous node in tree-sitter's
// grammar, so pattern lists look at anonymous children too.

package frontend

import "github.com/rs2go/rs2go/frontend/ast"

// patField converts the `pattern` field of n.
func (c *conv) patField(n *node) ast.Pat {
	p := n.child("pattern")
	if p == nil {
		return &ast.BadPat{What: "missing pattern", Span: c.sp(n)}
	}
	return c.pat(p)
}

// isPatNode reports whether a child of a pattern list is a pattern.
func isPatNode(k *node) bool {
	return k.named || k.kind == tokUnderscore
}

// patList converts the pattern children of a tuple, slice or tuple-struct
// pattern (skipping the `type` field and punctuation).
func (c *conv) patList(n *node) []ast.Pat {
	var out []ast.Pat
	for _, k := range n.kids {
		if isPatNode(k) && k.field == "" && k.kind != kAttributeItem {
			out = append(out, c.pat(k))
		}
	}
	return out
}

func (c *conv) pat(n *node) ast.Pat {
	sp := c.sp(n)
	switch n.kind {
	case tokUnderscore:
		return &ast.WildPat{Span: sp}
	case kIdentifier, kSelf:
		return &ast.IdentPat{Name: c.ident(n), Span: sp}
	case kMutPattern, kRefPattern:
		return c.bindingPat(n)
	case kCapturedPattern:
		return c.capturedPat(n)
	case kIntegerLiteral, kFloatLiteral, kStringLiteral, kRawStringLiteral, kCharLiteral, kBooleanLiteral:
		return &ast.LitPat{Lit: c.lit(n), Span: sp}
	case kNegativeLiteral:
		return &ast.LitPat{Lit: c.negLit(n), Span: sp}
	case kRangePattern:
		return c.rangePat(n)
	case kTuplePattern:
		elems := c.patList(n)
		if len(elems) == 1 && !n.hasTok(tokComma) {
			return elems[0] // (pat) is a parenthesized pattern
		}
		return &ast.TuplePat{Elems: elems, Span: sp}
	case kSlicePattern:
		return &ast.SlicePat{Elems: c.patList(n), Span: sp}
	case kTupleStructPattern:
		return c.tupleStructPat(n)
	case kStructPattern:
		return c.structPat(n)
	case kReferencePattern:
		return c.refPat(n)
	case kOrPattern:
		return c.orPat(n)
	case kRemainingFieldPattern:
		return &ast.RestPat{Span: sp}
	case kScopedIdentifier, kGenericType, kScopedTypeIdentifier:
		p, what := c.pathWhat(n)
		if what != "" {
			return &ast.BadPat{What: what, Span: sp}
		}
		return &ast.PathPat{Path: p}
	case kMatchPattern:
		return c.matchPat(n)
	}
	return &ast.BadPat{What: patWhat(n), Span: sp}
}

func patWhat(n *node) string {
	switch n.kind {
	case kMacroInvocation:
		return "macro in pattern position"
	case kConstBlock:
		return "const block pattern"
	}
	return kindWords(n.kind) + " pattern"
}

// negLit converts negative_literal: `-` followed by a literal.
func (c *conv) negLit(n *node) ast.Expr {
	for _, k := range n.kids {
		if k.named {
			return &ast.UnaryExpr{Op: "-", X: c.lit(k), Span: c.sp(n)}
		}
	}
	return &ast.BadExpr{What: "negative literal", Span: c.sp(n)}
}

// bindingPat converts `mut x`, `ref x`, `ref mut x`.
func (c *conv) bindingPat(n *node) ast.Pat {
	var inner *node
	for _, k := range n.kids {
		if k.named && k.kind != kMutableSpecifier {
			inner = k
		}
	}
	if inner == nil {
		return &ast.BadPat{What: "binding pattern", Span: c.sp(n)}
	}
	p := c.pat(inner)
	ip, ok := p.(*ast.IdentPat)
	if !ok {
		return &ast.BadPat{What: "`mut` or `ref` on a non-binding pattern", Span: c.sp(n)}
	}
	if n.kind == kRefPattern {
		ip.Ref = true
	}
	if n.kind == kMutPattern || n.firstKind(kMutableSpecifier) != nil {
		ip.Mut = true
	}
	ip.Span = c.sp(n)
	return ip
}

// capturedPat converts `name @ sub`.
func (c *conv) capturedPat(n *node) ast.Pat {
	var parts []*node
	for _, k := range n.kids {
		if isPatNode(k) {
			parts = append(parts, k)
		}
	}
	if len(parts) != 2 {
		return &ast.BadPat{What: "binding pattern", Span: c.sp(n)}
	}
	ip, ok := c.pat(parts[0]).(*ast.IdentPat)
	if !ok {
		return &ast.BadPat{What: "binding pattern", Span: c.sp(n)}
	}
	ip.Sub = c.pat(parts[1])
	ip.Span = c.sp(n)
	return ip
}

// rangePat converts lo..=hi, lo..hi, lo.., ..=hi (no field names: the
// operator token splits the bounds).
func (c *conv) rangePat(n *node) ast.Pat {
	r := &ast.RangePat{Span: c.sp(n)}
	seenOp := false
	for _, k := range n.kids {
		switch {
		case !k.named && (k.kind == tokDotDot || k.kind == tokDotDotEq || k.kind == tokDotDotDot):
			seenOp = true
			r.Inclusive = k.kind != tokDotDot
		case k.named && !seenOp:
			r.Lo = c.rangeBound(k)
		case k.named:
			r.Hi = c.rangeBound(k)
		}
	}
	return r
}

func (c *conv) rangeBound(k *node) ast.Expr {
	if k.kind == kNegativeLiteral {
		return c.negLit(k)
	}
	return c.expr(k)
}

func (c *conv) tupleStructPat(n *node) ast.Pat {
	t := n.child("type")
	p, what := c.pathWhat(t)
	if what != "" {
		return &ast.BadPat{What: what, Span: c.sp(n)}
	}
	return &ast.TupleStructPat{Path: p, Elems: c.patList(n), Span: c.sp(n)}
}

func (c *conv) structPat(n *node) ast.Pat {
	p, what := c.pathWhat(n.child("type"))
	if what != "" {
		return &ast.BadPat{What: what, Span: c.sp(n)}
	}
	sp := &ast.StructPat{Path: p, Span: c.sp(n)}
	for _, k := range n.kids {
		switch k.kind {
		case kFieldPattern:
			sp.Fields = append(sp.Fields, c.fieldPat(k))
		case kRemainingFieldPattern:
			sp.Rest = true
		}
	}
	return sp
}

// fieldPat converts `name: pat` or the shorthand `ref mut name`.
func (c *conv) fieldPat(k *node) *ast.FieldPat {
	name := c.ident(k.child("name"))
	if p := k.child("pattern"); p != nil {
		return &ast.FieldPat{Name: name, Pat: c.pat(p)}
	}
	ip := &ast.IdentPat{Name: name, Span: c.sp(k),
		Ref: k.hasTok(tokRef), Mut: k.firstKind(kMutableSpecifier) != nil}
	return &ast.FieldPat{Name: name, Pat: ip, Shorthand: true}
}

func (c *conv) refPat(n *node) ast.Pat {
	r := &ast.RefPat{Mut: n.firstKind(kMutableSpecifier) != nil, Span: c.sp(n)}
	for _, k := range n.kids {
		if isPatNode(k) && k.kind != kMutableSpecifier {
			r.Pat = c.pat(k)
		}
	}
	if r.Pat == nil {
		return &ast.BadPat{What: "reference pattern", Span: c.sp(n)}
	}
	return r
}

// orPat flattens a | b | c (tree-sitter nests it to the left).
func (c *conv) orPat(n *node) ast.Pat {
	o := &ast.OrPat{Span: c.sp(n)}
	for i, k := range n.kids {
		if k.kind == kOrPattern && i > 0 && len(k.kids) > 0 && k.kids[0].kind == "|" {
			// `1 || 2`: the grammar reads an or-pattern with a leading
			// `|` after the first `|`.
			c.diags.Errorf(c.clamp(span(n.kids[i-1].start, k.kids[0].end)), "", "unexpected token `||` in pattern")
		}
		if !isPatNode(k) {
			continue
		}
		p := c.pat(k)
		if inner, ok := p.(*ast.OrPat); ok && k.kind == kOrPattern {
			o.Alts = append(o.Alts, inner.Alts...)
		} else {
			o.Alts = append(o.Alts, p)
		}
	}
	if len(o.Alts) == 1 {
		return o.Alts[0] // a leading `|`
	}
	return o
}

// matchPat converts a match arm's pattern (its guard is read by the arm).
func (c *conv) matchPat(n *node) ast.Pat {
	var pats []*node
	for _, k := range n.kids {
		if isPatNode(k) && k.field != "condition" {
			pats = append(pats, k)
		}
	}
	if len(pats) == 1 {
		return c.pat(pats[0])
	}
	if len(pats) == 0 {
		return &ast.BadPat{What: "missing pattern", Span: c.sp(n)}
	}
	o := &ast.OrPat{Span: span(pats[0].start, pats[len(pats)-1].end)}
	for _, k := range pats {
		o.Alts = append(o.Alts, c.pat(k))
	}
	return o
}

// This file converts items: functions, structs, enums, impls, traits,
// consts, statics, type aliases, modules, use declarations and attributes.

package frontend

import (
	"fmt"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// items converts a list of item-level nodes (a source file, a module or
// impl body), attaching each run of attributes to the item after it.
func (c *conv) items(ns []*node) []ast.Item { return c.itemList(ns, false) }

// assocItems converts the body of a trait or impl, where `type X = T;` is
// an associated type.
func (c *conv) assocItems(ns []*node) []ast.Item { return c.itemList(ns, true) }

func (c *conv) itemList(ns []*node, assoc bool) []ast.Item {
	var out []ast.Item
	var attrs []*ast.Attr
	for _, n := range ns {
		switch n.kind {
		case kAttributeItem:
			attrs = append(attrs, c.attr(n))
			continue
		case kInnerAttributeItem, kShebang, kEmptyStatement:
			continue
		}
		if !n.named {
			continue // { } ; of declaration lists
		}
		if assoc && n.kind == kTypeItem {
			out = append(out, &ast.AssocTypeDecl{Name: c.ident(n.child("name")), Value: c.typ(n.child("type")), Span: c.sp(n)})
		} else if it := c.safeItem(n, attrs); it != nil {
			out = append(out, it)
		}
		attrs = nil
	}
	return out
}

// safeItem converts one item; a panic (an rs2go bug) becomes an internal
// error at the item and a BadItem, so one bad item does not lose the file.
func (c *conv) safeItem(n *node, attrs []*ast.Attr) (it ast.Item) {
	if c.nest > 0 {
		return c.item(n, attrs) // inside a macro: the outer item recovers
	}
	defer func() {
		if r := recover(); r != nil {
			*c.diags = append(*c.diags, diag.Diag{Span: c.sp(n), Severity: diag.Internal,
				Msg: fmt.Sprintf("frontend: %v", r)})
			it = &ast.BadItem{What: "item (internal error)", Span: c.sp(n)}
		}
	}()
	return c.item(n, attrs)
}

// itemKinds are the kinds item() converts (statements check it).
var itemKinds = map[string]bool{
	kFunctionItem: true, kFunctionSignatureItem: true, kStructItem: true,
	kEnumItem: true, kImplItem: true, kTraitItem: true, kConstItem: true,
	kStaticItem: true, kTypeItem: true, kModItem: true, kUseDeclaration: true,
	kAssociatedType: true, kMacroDefinition: true, kExternCrateDeclaration: true,
	kForeignModItem: true, kUnionItem: true,
}

// item converts one item node with its outer attributes.
func (c *conv) item(n *node, attrs []*ast.Attr) ast.Item {
	switch n.kind {
	case kFunctionItem, kFunctionSignatureItem:
		return c.fnDecl(n, attrs)
	case kStructItem:
		return c.structDecl(n, attrs)
	case kEnumItem:
		return c.enumDecl(n, attrs)
	case kImplItem:
		return c.implDecl(n, attrs)
	case kTraitItem:
		return c.traitDecl(n, attrs)
	case kConstItem:
		return c.constDecl(n, attrs)
	case kStaticItem:
		return c.staticDecl(n, attrs)
	case kTypeItem:
		return c.typeAlias(n, attrs)
	case kAssociatedType:
		return c.assocType(n)
	case kModItem:
		return c.modDecl(n, attrs)
	case kUseDeclaration:
		return &ast.UseDecl{Attrs: attrs, Vis: c.vis(n), Tree: c.useTree(n.child("argument")), Span: c.sp(n)}
	case kMacroInvocation:
		return c.macroItem(n)
	}
	return &ast.BadItem{What: badItemWhat(n), Span: c.sp(n)}
}

func badItemWhat(n *node) string {
	switch n.kind {
	case kMacroDefinition:
		return "macro_rules! definition"
	case kExternCrateDeclaration:
		return "extern crate"
	case kForeignModItem:
		return "extern block"
	case kUnionItem:
		return "union"
	case kExpressionStatement, kLetDeclaration:
		return "statement outside of a function"
	}
	return kindWords(n.kind)
}

// vis reads a visibility_modifier child.
func (c *conv) vis(n *node) ast.Visibility {
	if n.firstKind(kVisibilityModifier) != nil {
		return ast.Public
	}
	return ast.Private
}

// ---------------------------------------------------------------- functions

func (c *conv) fnDecl(n *node, attrs []*ast.Attr) ast.Item {
	fn := &ast.FnDecl{
		Attrs:    attrs,
		Vis:      c.vis(n),
		Name:     c.ident(n.child("name")),
		Generics: c.generics(n),
		Span:     c.sp(n),
	}
	if m := n.firstKind(kFunctionModifiers); m != nil {
		for _, k := range m.kids {
			switch {
			case k.kind == kExternModifier:
				fn.Qualifs = append(fn.Qualifs, "extern")
			case !k.named:
				fn.Qualifs = append(fn.Qualifs, k.kind)
			}
		}
	}
	if ps := n.child("parameters"); ps != nil {
		c.fnParams(fn, ps)
	}
	if r := n.child("return_type"); r != nil {
		fn.Ret = c.typ(r)
	}
	if b := n.child("body"); b != nil {
		fn.Body = c.block(b)
	}
	return fn
}

// fnParams converts a parameters list, including a self parameter.
func (c *conv) fnParams(fn *ast.FnDecl, ps *node) {
	for _, p := range ps.kids {
		switch {
		case p.kind == kSelfParameter:
			fn.Self = c.selfParam(p)
		case p.kind == kParameter:
			if pat := p.child("pattern"); pat != nil && pat.kind == kSelf {
				fn.Self = &ast.SelfParam{Type: c.typ(p.child("type")), Span: c.sp(p),
					Mut: p.firstKind(kMutableSpecifier) != nil}
				continue
			}
			fn.Params = append(fn.Params, c.param(p))
		case p.kind == kVariadicParameter:
			fn.Params = append(fn.Params, &ast.Param{
				Pat: &ast.BadPat{What: "variadic parameter", Span: c.sp(p)}, Span: c.sp(p)})
		case p.named && p.kind != kAttributeItem:
			fn.Params = append(fn.Params, &ast.Param{Pat: &ast.BadPat{What: kindWords(p.kind), Span: c.sp(p)},
				Span: c.sp(p)})
		}
	}
}

func (c *conv) selfParam(p *node) *ast.SelfParam {
	s := &ast.SelfParam{Span: c.sp(p)}
	s.Ref = p.hasTok(tokAmp)
	s.Mut = p.firstKind(kMutableSpecifier) != nil
	return s
}

// param converts `pat: Type` (a function parameter or an annotated closure
// parameter).
func (c *conv) param(p *node) *ast.Param {
	out := &ast.Param{Span: c.sp(p)}
	out.Pat = c.patField(p)
	if t := p.child("type"); t != nil {
		out.Type = c.typ(t)
	}
	if mut := p.firstKind(kMutableSpecifier); mut != nil {
		// `mut x: T` in a parameter: tree-sitter puts mut beside the pattern.
		if ip, ok := out.Pat.(*ast.IdentPat); ok {
			ip.Mut = true
			ip.Span.Start = mut.start
		}
	}
	return out
}

// ---------------------------------------------------------------- generics

// generics converts the type_parameters and where_clause of n (nil when
// it has neither).
func (c *conv) generics(n *node) *ast.Generics {
	tp := n.child("type_parameters")
	wc := n.firstKind(kWhereClause)
	if tp == nil && wc == nil {
		return nil
	}
	g := &ast.Generics{}
	if tp != nil {
		g.Span = c.sp(tp)
		for _, k := range tp.kids {
			if k.named {
				g.Params = append(g.Params, c.genericParam(k))
			}
		}
	}
	if wc != nil {
		if tp == nil {
			g.Span = c.sp(wc)
		}
		for _, k := range wc.kids {
			if k.kind == kWherePredicate {
				if wp := c.wherePred(k); wp != nil {
					g.Where = append(g.Where, wp)
				}
			}
		}
	}
	return g
}

func (c *conv) genericParam(k *node) *ast.GenericParam {
	switch k.kind {
	case kLifetime:
		return &ast.GenericParam{Name: c.lifetimeName(k), Lifetime: true}
	case kConstParameter:
		gp := &ast.GenericParam{Name: c.ident(k.child("name")), Const: true, ConstTy: c.typ(k.child("type"))}
		if v := k.child("value"); v != nil {
			gp.Default = &ast.BadType{What: "const generic default", Span: c.sp(v)}
		}
		return gp
	case kOptionalTypeParameter:
		gp := c.genericParam(k.child("name"))
		gp.Default = c.typ(k.child("default_type"))
		return gp
	case kConstrainedTypeParameter:
		left := k.child("left")
		gp := &ast.GenericParam{Name: c.ident(left), Lifetime: left.kind == kLifetime}
		if gp.Lifetime {
			gp.Name = c.lifetimeName(left)
		}
		gp.Bounds = c.bounds(k.child("bounds"))
		return gp
	}
	return &ast.GenericParam{Name: c.ident(k)}
}

// lifetimeName renders 'a as "a" (GenericParam.Lifetime says what it is).
func (c *conv) lifetimeName(k *node) ast.Ident {
	return ast.Ident{Name: strings.TrimPrefix(c.text(k), "'"), Span: c.sp(k)}
}

func (c *conv) wherePred(k *node) *ast.WherePredicate {
	left := k.child("left")
	if left == nil || left.kind == kLifetime {
		return nil
	}
	if left.kind == kHigherRankedTraitBound {
		left = left.child("type")
	}
	return &ast.WherePredicate{Ty: c.typ(left), Bounds: c.bounds(k.child("bounds"))}
}

// bounds converts trait_bounds; lifetimes and ?Sized are dropped.
func (c *conv) bounds(n *node) []ast.Type {
	if n == nil {
		return nil
	}
	var out []ast.Type
	for _, k := range n.kids {
		if !k.named || k.kind == kLifetime || k.kind == kRemovedTraitBound {
			continue
		}
		out = append(out, c.typ(k))
	}
	return out
}

// ---------------------------------------------------------------- structs and enums

func (c *conv) structDecl(n *node, attrs []*ast.Attr) ast.Item {
	s := &ast.StructDecl{Attrs: attrs, Vis: c.vis(n), Name: c.ident(n.child("name")),
		Generics: c.generics(n), Span: c.sp(n)}
	s.Kind, s.Fields = c.fields(n.child("body"))
	return s
}

// fields converts a struct or variant body.
func (c *conv) fields(body *node) (ast.StructKind, []*ast.FieldDecl) {
	if body == nil {
		return ast.UnitStruct, nil
	}
	if body.kind == kOrderedFieldDeclarationList {
		return ast.TupleFields, c.tupleFields(body)
	}
	var out []*ast.FieldDecl
	var attrs []*ast.Attr
	for _, k := range body.kids {
		switch k.kind {
		case kAttributeItem:
			attrs = append(attrs, c.attr(k))
		case kFieldDeclaration:
			out = append(out, &ast.FieldDecl{Attrs: attrs, Vis: c.vis(k), Name: c.ident(k.child("name")),
				Type: c.typ(k.child("type")), Span: c.sp(k)})
			attrs = nil
		}
	}
	return ast.NamedFields, out
}

// tupleFields converts `(pub A, B)`: visibility and attributes are
// siblings of the types they belong to.
func (c *conv) tupleFields(body *node) []*ast.FieldDecl {
	var out []*ast.FieldDecl
	var attrs []*ast.Attr
	vis := ast.Private
	start := -1
	for _, k := range body.kids {
		switch {
		case k.kind == kAttributeItem:
			attrs = append(attrs, c.attr(k))
			if start < 0 {
				start = k.start
			}
		case k.kind == kVisibilityModifier:
			vis = ast.Public
			if start < 0 {
				start = k.start
			}
		case k.field == "type":
			if start < 0 {
				start = k.start
			}
			out = append(out, &ast.FieldDecl{Attrs: attrs, Vis: vis, Type: c.typ(k), Span: span(start, k.end)})
			attrs, vis, start = nil, ast.Private, -1
		}
	}
	return out
}

func (c *conv) enumDecl(n *node, attrs []*ast.Attr) ast.Item {
	e := &ast.EnumDecl{Attrs: attrs, Vis: c.vis(n), Name: c.ident(n.child("name")),
		Generics: c.generics(n), Span: c.sp(n)}
	body := n.child("body")
	if body == nil {
		return e
	}
	var vattrs []*ast.Attr
	for _, k := range body.kids {
		switch k.kind {
		case kAttributeItem:
			vattrs = append(vattrs, c.attr(k))
		case kEnumVariant:
			v := &ast.Variant{Attrs: vattrs, Name: c.ident(k.child("name")), Span: c.sp(k)}
			v.Kind, v.Fields = c.fields(k.child("body"))
			if d := k.child("value"); d != nil {
				v.Disc = c.expr(d)
			}
			e.Variants = append(e.Variants, v)
			vattrs = nil
		}
	}
	return e
}

// ---------------------------------------------------------------- impls and traits

func (c *conv) implDecl(n *node, attrs []*ast.Attr) ast.Item {
	im := &ast.ImplDecl{Attrs: attrs, Generics: c.generics(n), Span: c.sp(n),
		Negative: n.hasTok(tokBang), Unsafe: n.hasTok(tokUnsafe)}
	if t := n.child("trait"); t != nil {
		im.Trait = c.path(t)
	}
	im.SelfTy = c.typ(n.child("type"))
	if b := n.child("body"); b != nil {
		im.Items = c.assocItems(b.kids)
	}
	return im
}

func (c *conv) traitDecl(n *node, attrs []*ast.Attr) ast.Item {
	t := &ast.TraitDecl{Attrs: attrs, Vis: c.vis(n), Name: c.ident(n.child("name")),
		Generics: c.generics(n), Span: c.sp(n), Unsafe: n.hasTok(tokUnsafe)}
	t.Supers = c.bounds(n.child("bounds"))
	if b := n.child("body"); b != nil {
		t.Items = c.assocItems(b.kids)
	}
	return t
}

func (c *conv) assocType(n *node) ast.Item {
	a := &ast.AssocTypeDecl{Name: c.ident(n.child("name")), Span: c.sp(n)}
	a.Bounds = c.bounds(n.child("bounds"))
	if t := n.child("default_type"); t != nil {
		a.Value = c.typ(t)
	}
	return a
}

// ---------------------------------------------------------------- other items

func (c *conv) constDecl(n *node, attrs []*ast.Attr) ast.Item {
	d := &ast.ConstDecl{Attrs: attrs, Vis: c.vis(n), Name: c.ident(n.child("name")), Span: c.sp(n)}
	if t := n.child("type"); t != nil {
		d.Type = c.typ(t)
	}
	if v := n.child("value"); v != nil {
		d.Value = c.expr(v)
	}
	return d
}

func (c *conv) staticDecl(n *node, attrs []*ast.Attr) ast.Item {
	d := &ast.StaticDecl{Attrs: attrs, Vis: c.vis(n), Name: c.ident(n.child("name")), Span: c.sp(n),
		Mut: n.firstKind(kMutableSpecifier) != nil}
	if t := n.child("type"); t != nil {
		d.Type = c.typ(t)
	}
	if v := n.child("value"); v != nil {
		d.Value = c.expr(v)
	}
	return d
}

func (c *conv) typeAlias(n *node, attrs []*ast.Attr) ast.Item {
	// Inside a trait or impl, `type Item = T;` is an associated type.
	return &ast.TypeAliasDecl{Attrs: attrs, Vis: c.vis(n), Name: c.ident(n.child("name")),
		Generics: c.generics(n), Type: c.typ(n.child("type")), Span: c.sp(n)}
}

func (c *conv) modDecl(n *node, attrs []*ast.Attr) ast.Item {
	m := &ast.ModDecl{Attrs: attrs, Vis: c.vis(n), Name: c.ident(n.child("name")), Span: c.sp(n)}
	if b := n.child("body"); b != nil {
		m.Inline = true
		m.Items = c.items(b.kids)
	}
	return m
}

// ---------------------------------------------------------------- use trees

// useTree converts the argument of a use declaration.
func (c *conv) useTree(n *node) *ast.UseTree {
	if n == nil {
		return &ast.UseTree{}
	}
	t := &ast.UseTree{Span: c.sp(n), Global: isGlobalPath(n)}
	switch n.kind {
	case kUseAsClause:
		t.Path = c.usePath(n.child("path"))
		a := c.ident(n.child("alias"))
		t.Alias = &a
	case kUseWildcard:
		for _, k := range n.kids {
			if k.named {
				t.Path = c.usePath(k)
			}
		}
		t.Glob = true
	case kScopedUseList:
		if p := n.child("path"); p != nil {
			t.Path = c.usePath(p)
		}
		t.List = c.useList(n.child("list"))
	case kUseList:
		t.List = c.useList(n)
	default:
		t.Path = c.usePath(n)
	}
	return t
}

// isGlobalPath reports whether a use tree starts with `::`.
func isGlobalPath(n *node) bool {
	for n != nil {
		switch n.kind {
		case kScopedIdentifier, kScopedUseList:
			p := n.child("path")
			if p == nil {
				return n.hasTok(tokColons)
			}
			n = p
		case kUseAsClause:
			n = n.child("path")
		case kUseWildcard:
			if ks := n.namedKids(); len(ks) > 0 {
				n = ks[0]
			} else {
				return n.hasTok(tokColons) && n.kids[0].kind == tokColons
			}
		default:
			return false
		}
	}
	return false
}

func (c *conv) useList(n *node) []*ast.UseTree {
	if n == nil {
		return nil
	}
	var out []*ast.UseTree
	for _, k := range n.kids {
		if k.named {
			out = append(out, c.useTree(k))
		}
	}
	return out
}

// usePath flattens a::b::c into identifiers (self, super, crate included).
func (c *conv) usePath(n *node) []ast.Ident {
	if n == nil {
		return nil
	}
	if n.kind == kScopedIdentifier {
		var out []ast.Ident
		if p := n.child("path"); p != nil {
			out = c.usePath(p)
		}
		return append(out, c.ident(n.child("name")))
	}
	return []ast.Ident{c.ident(n)}
}

// ---------------------------------------------------------------- attributes

// attr converts #[path], #[path(a, b)], #[path(k = "v")], #[path = "v"].
func (c *conv) attr(n *node) *ast.Attr {
	a := &ast.Attr{Span: c.sp(n)}
	body := n.firstKind(kAttribute)
	if body == nil {
		return a
	}
	a.Text = c.text(body)
	for _, k := range body.kids {
		switch {
		case k.field == "arguments":
			c.attrArgs(a, k)
		case k.field == "value":
			a.Args = append(a.Args, c.attrValue(k))
		case k.named && a.Path == "":
			a.Path = strings.Join(identNames(c.usePath(k)), "::")
		}
	}
	return a
}

func identNames(ids []ast.Ident) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id.Name
	}
	return out
}

// attrArgs splits a token tree at its top-level commas: `k = "v"` goes to
// KV, anything else to Args as source text.
func (c *conv) attrArgs(a *ast.Attr, tt *node) {
	var group []*node
	flush := func() {
		if len(group) == 0 {
			return
		}
		if len(group) == 3 && group[1].kind == tokEq && !group[1].named {
			if a.KV == nil {
				a.KV = map[string]string{}
			}
			a.KV[c.text(group[0])] = c.attrValue(group[2])
		} else {
			a.Args = append(a.Args, string(c.src[group[0].start:group[len(group)-1].end]))
		}
		group = nil
	}
	kids := tt.kids
	if len(kids) >= 2 {
		kids = kids[1 : len(kids)-1] // the delimiters
	}
	for _, k := range kids {
		if !k.named && k.kind == tokComma {
			flush()
			continue
		}
		group = append(group, k)
	}
	flush()
}

// attrValue is a string literal's value, or the source text otherwise.
func (c *conv) attrValue(n *node) string {
	if n.kind == kStringLiteral || n.kind == kRawStringLiteral {
		if lit, ok := c.lit(n).(*ast.LitExpr); ok {
			return lit.Value
		}
	}
	return c.text(n)
}

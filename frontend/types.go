// This file converts types and paths.

package frontend

import "github.com/rs2go/rs2go/frontend/ast"

// path converts any path-shaped node (identifier, scoped_identifier,
// scoped_type_identifier, generic_type, generic_function, ...). The second
// result names the construct when the path cannot be modelled
// (`<T as Trait>::X`).
func (c *conv) pathWhat(n *node) (*ast.Path, string) {
	p := &ast.Path{Span: c.sp(n)}
	what := c.addSegments(p, n)
	return p, what
}

// path is pathWhat for callers that have nowhere to put a Bad node: an
// unmodellable segment keeps its source text as its name.
func (c *conv) path(n *node) *ast.Path {
	p, _ := c.pathWhat(n)
	return p
}

func (c *conv) addSegments(p *ast.Path, n *node) string {
	switch n.kind {
	case kScopedIdentifier, kScopedTypeIdentifier:
		what := ""
		if q := n.child("path"); q != nil {
			what = c.addSegments(p, q)
		} else if n.hasTok(tokColons) {
			p.Global = true
		}
		if name := n.child("name"); name != nil {
			p.Segments = append(p.Segments, &ast.PathSegment{Name: c.ident(name)})
		}
		return what
	case kGenericType, kGenericTypeWithTurbofish:
		what := c.addSegments(p, n.child("type"))
		c.addTypeArgs(p, n.child("type_arguments"))
		return what
	case kGenericFunction:
		what := c.addSegments(p, n.child("function"))
		c.addTypeArgs(p, n.child("type_arguments"))
		return what
	case kBracketedType:
		// <Sq as Shape>::SIDES, <u8>::MAX, <Vec<i32> as Default>::default:
		// the type's path (the trait is left to name resolution).
		if kids := n.namedKids(); len(kids) == 1 {
			t := kids[0]
			if t.kind == kQualifiedType {
				t = t.child("type")
			}
			if t != nil && (t.kind == kTypeIdentifier || t.kind == kScopedTypeIdentifier || t.kind == kGenericType || t.kind == kPrimitiveType) {
				return c.addSegments(p, t)
			}
		}
		p.Segments = append(p.Segments, &ast.PathSegment{Name: ast.Ident{Name: c.text(n), Span: c.sp(n)}})
		return "qualified path"
	}
	p.Segments = append(p.Segments, &ast.PathSegment{Name: c.ident(n)})
	if !pathLeaf[n.kind] {
		return kindWords(n.kind) + " in a path"
	}
	return ""
}

var pathLeaf = map[string]bool{
	kIdentifier: true, kTypeIdentifier: true, kPrimitiveType: true, kFieldIdentifier: true,
	kSelf: true, kSuper: true, kCrate: true, kMetavariable: true,
}

// addTypeArgs puts <A, B, Item = C> on the path's last segment.
func (c *conv) addTypeArgs(p *ast.Path, ta *node) {
	if ta == nil || len(p.Segments) == 0 {
		return
	}
	seg := p.Segments[len(p.Segments)-1]
	for _, k := range ta.kids {
		switch {
		case !k.named, k.kind == kLifetime, k.kind == kTraitBounds:
		case k.kind == kTypeBinding:
			seg.Bindings = append(seg.Bindings, &ast.TypeBinding{Name: c.ident(k.child("name")), Type: c.typ(k.child("type"))})
		default:
			seg.Args = append(seg.Args, c.typ(k))
		}
	}
}

// typ converts a type node (nil for nil).
func (c *conv) typ(n *node) ast.Type {
	if n == nil {
		return nil
	}
	switch n.kind {
	case kTypeIdentifier:
		if c.text(n) == "_" {
			return &ast.InferType{Span: c.sp(n)}
		}
		return &ast.PathType{Path: c.path(n)}
	case kPrimitiveType, kScopedTypeIdentifier, kGenericType, kScopedIdentifier, kIdentifier,
		kGenericTypeWithTurbofish, kSelf:
		if q := n.child("path"); q != nil && q.kind == kBracketedType {
			// <T as Iterator>::Item: the trait is not resolved in types.
			return &ast.BadType{What: "qualified path", Span: c.sp(n)}
		}
		p, what := c.pathWhat(n)
		if what != "" {
			return &ast.BadType{What: what, Span: c.sp(n)}
		}
		return &ast.PathType{Path: p}
	case kReferenceType:
		return &ast.RefType{Mut: n.firstKind(kMutableSpecifier) != nil, Elem: c.typ(n.child("type")), Span: c.sp(n)}
	case kPointerType:
		return &ast.PtrType{Mut: n.firstKind(kMutableSpecifier) != nil, Elem: c.typ(n.child("type")), Span: c.sp(n)}
	case kTupleType:
		elems := c.typeList(n)
		if len(elems) == 1 && !n.hasTok(tokComma) {
			return elems[0] // (T) is a parenthesized type
		}
		return &ast.TupleType{Elems: elems, Span: c.sp(n)}
	case kUnitType:
		return &ast.TupleType{Span: c.sp(n)}
	case kArrayType:
		return c.arrayType(n)
	case kFunctionType:
		return c.fnType(n)
	case kNeverType:
		return &ast.NeverType{Span: c.sp(n)}
	case kDynamicType, kAbstractType, kBoundedType:
		return c.boundsType(n)
	case kHigherRankedTraitBound:
		return c.typ(n.child("type"))
	}
	return &ast.BadType{What: typeWhat(n), Span: c.sp(n)}
}

func typeWhat(n *node) string {
	switch n.kind {
	case kBracketedType, kQualifiedType:
		return "qualified path type"
	case kMacroInvocation:
		return "macro in type position"
	}
	return kindWords(n.kind)
}

// typeList converts the named children of n as types.
func (c *conv) typeList(n *node) []ast.Type {
	var out []ast.Type
	for _, k := range n.kids {
		if k.named && k.kind != kLifetime {
			out = append(out, c.typ(k))
		}
	}
	return out
}

func (c *conv) arrayType(n *node) ast.Type {
	elem := c.typ(n.child("element"))
	if l := n.child("length"); l != nil {
		return &ast.ArrayType{Elem: elem, Len: c.expr(l), Span: c.sp(n)}
	}
	return &ast.SliceType{Elem: elem, Span: c.sp(n)}
}

// fnType converts fn(A) -> R, and Fn(A) -> R (which has a trait field).
func (c *conv) fnType(n *node) ast.Type {
	var params []ast.Type
	if ps := n.child("parameters"); ps != nil {
		for _, k := range ps.kids {
			switch {
			case k.kind == kParameter:
				params = append(params, c.typ(k.child("type")))
			case k.named && k.kind != kAttributeItem && k.kind != kLifetime:
				params = append(params, c.typ(k))
			}
		}
	}
	var ret ast.Type
	if r := n.child("return_type"); r != nil {
		ret = c.typ(r)
	}
	if tr := n.child("trait"); tr != nil {
		return &ast.FnTraitType{Name: c.path(tr).Last(), Params: params, Ret: ret, Span: c.sp(n)}
	}
	return &ast.FnPtrType{Params: params, Ret: ret, Span: c.sp(n)}
}

// boundsType converts dyn A + B, impl A + B and bare A + B; tree-sitter
// nests the `+` chain as bounded_type around dynamic_type/abstract_type.
func (c *conv) boundsType(n *node) ast.Type {
	kind := ""
	var bounds []ast.Type
	var collect func(k *node)
	collect = func(k *node) {
		if k == nil {
			return
		}
		switch k.kind {
		case kBoundedType:
			for _, x := range k.kids {
				if x.named {
					collect(x)
				}
			}
		case kDynamicType, kAbstractType:
			if kind == "" {
				kind = k.kind
			}
			collect(k.child("trait"))
		case kLifetime:
		default:
			bounds = append(bounds, c.typ(k))
		}
	}
	collect(n)
	if kind == kAbstractType {
		return &ast.ImplTraitType{Bounds: bounds, Span: c.sp(n)}
	}
	return &ast.TraitObjectType{Bounds: bounds, Span: c.sp(n)}
}

package lower

import (
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
)

// This file implements name resolution: collecting the items of a module
// tree (the user crate and the std model alike), `use` imports with
// renames, globs, `self` and lists, the std prelude, and path lookup
// through modules, types and enum variants.

// imports of a module, flattened from its use trees.
type importSet struct {
	named map[string]*useEntry
	globs []*useEntry
}

type useEntry struct {
	path []string
	span ast.Span
	busy bool // cycle guard while resolving
}

// collect declares the items of m (recursively for inline modules).
// Function signatures and impls are processed later, once every name is
// known.
func (l *lowerer) collect(m *Module, items []ast.Item) {
	for _, it := range items {
		switch it := it.(type) {
		case *ast.FnDecl:
			fn := &FnDef{Name: it.Name.Name, Path: join(m.Path, it.Name.Name), Decl: it, Std: m.Std, Go: goAttr(it.Attrs)}
			if m.Inherit {
				fn.GoName = strings.ReplaceAll(m.Name, "#", "") + "_" + it.Name.Name
			}
			l.declare(m, it.Name, fn)
			l.fns = append(l.fns, pendingFn{fn: fn, mod: l.bodyScope(m, it)})
		case *ast.UseDecl:
			l.addUse(m, nil, it.Tree)
		case *ast.ModDecl:
			if !it.Inline {
				l.diags.Unsupported(it.Span, "module in a separate file (`mod %s;`): rs2go translates one file", it.Name.Name)
				continue
			}
			sub := newModule(it.Name.Name, join(m.Path, it.Name.Name), m, m.Std)
			l.declare(m, it.Name, sub)
			l.collect(sub, it.Items)
		case *ast.StructDecl:
			td := &TypeDef{Name: it.Name.Name, Path: join(m.Path, it.Name.Name), Module: m, Std: m.Std,
				Go: goAttr(it.Attrs), Methods: map[string]*FnDef{}, Decl: it, Generics: genericNames(it.Generics)}
			l.declare(m, it.Name, td)
			l.types = append(l.types, td)
		case *ast.EnumDecl:
			l.collectEnum(m, it)
		case *ast.TraitDecl:
			td := &TraitDef{Name: it.Name.Name, Path: join(m.Path, it.Name.Name), Go: goAttr(it.Attrs),
				Decl: it, Module: m, Std: m.Std, Methods: map[string]*FnDef{}}
			l.declare(m, it.Name, td)
			l.traits = append(l.traits, td)
		case *ast.ImplDecl:
			l.impls = append(l.impls, pendingImpl{decl: it, mod: m})
		case *ast.ConstDecl:
			cd := &ConstDef{Name: it.Name.Name, Value: it.Value, Module: m, Span: it.Span, TyDecl: it.Type, Go: goAttr(it.Attrs)}
			l.declare(m, it.Name, cd)
			l.consts = append(l.consts, cd)
		case *ast.StaticDecl:
			if it.Mut {
				l.diags.Unsupported(it.Span, "`static mut` (needs unsafe)")
				continue
			}
			cd := &ConstDef{Name: it.Name.Name, Value: it.Value, Module: m, Span: it.Span, TyDecl: it.Type, Static: true}
			l.declare(m, it.Name, cd)
			l.consts = append(l.consts, cd)
		case *ast.TypeAliasDecl:
			l.declare(m, it.Name, &AliasDef{Name: it.Name.Name, Decl: it, Module: m})
		case *ast.MacroItem:
			if !l.collectThreadLocal(m, it) {
				l.unsupportedItem(it)
			}
		default:
			l.unsupportedItem(it)
		}
	}
}

func (l *lowerer) collectEnum(m *Module, it *ast.EnumDecl) {
	td := &TypeDef{Name: it.Name.Name, Path: join(m.Path, it.Name.Name), Module: m, Std: m.Std,
		Go: goAttr(it.Attrs), Methods: map[string]*FnDef{}, Decl: it, Generics: genericNames(it.Generics)}
	l.declare(m, it.Name, td)
	seen := map[string]bool{}
	for i, v := range it.Variants {
		if seen[v.Name.Name] {
			l.diags.Errorf(v.Name.Span, "E0428", "the name `%s` is defined multiple times", v.Name.Name)
			continue
		}
		seen[v.Name.Name] = true
		td.Variants = append(td.Variants, &VariantDef{Name: v.Name.Name, Enum: td, Index: i, Go: goAttr(v.Attrs), Decl: v})
	}
	l.types = append(l.types, td)
}

func (l *lowerer) unsupportedItem(it ast.Item) {
	switch it := it.(type) {
	case *ast.BadItem:
		l.diags.Unsupported(it.Span, "%s", it.What)
	case *ast.MacroItem:
		l.diags.Unsupported(it.Span, "`%s!` in item position", it.Name.Name)
	default:
		l.diags.Unsupported(it.Pos(), "item")
	}
}

// declare binds name in m, reporting a duplicate as rustc does (E0428).
func (l *lowerer) declare(m *Module, name ast.Ident, item any) {
	if _, dup := m.Items[name.Name]; dup {
		l.diags.Errorf(name.Span, "E0428", "the name `%s` is defined multiple times", name.Name)
		return
	}
	m.Items[name.Name] = item
}

// addUse flattens a use tree into m's imports.
func (l *lowerer) addUse(m *Module, prefix []string, t *ast.UseTree) {
	imp := l.importsOf(m)
	path := append(append([]string(nil), prefix...), identNames(t.Path)...)
	switch {
	case t.Glob:
		imp.globs = append(imp.globs, &useEntry{path: path, span: t.Span})
	case t.List != nil:
		for _, sub := range t.List {
			l.addUse(m, path, sub)
		}
	default:
		if len(path) == 0 {
			return
		}
		name := path[len(path)-1]
		if name == "self" {
			path = path[:len(path)-1]
			if len(path) == 0 {
				return
			}
			name = path[len(path)-1]
		}
		if t.Alias != nil {
			name = t.Alias.Name
		}
		if name == "_" {
			return
		}
		imp.named[name] = &useEntry{path: path, span: t.Span}
	}
}

func (l *lowerer) importsOf(m *Module) *importSet {
	imp := l.imports[m]
	if imp == nil {
		imp = &importSet{named: map[string]*useEntry{}}
		l.imports[m] = imp
	}
	return imp
}

// lookup finds name in the scope of module m: its items, its imports, its
// glob imports, then the std prelude.
func (l *lowerer) lookup(m *Module, name string) any {
	if it, ok := m.Items[name]; ok {
		return it
	}
	imp := l.importsOf(m)
	if e := imp.named[name]; e != nil && !e.busy {
		e.busy = true
		it := l.resolvePath(m, e.path)
		e.busy = false
		if it != nil {
			return it
		}
	}
	for _, g := range imp.globs {
		if g.busy {
			continue
		}
		g.busy = true
		target := l.resolvePath(m, g.path)
		g.busy = false
		if it := l.member(target, name); it != nil {
			return it
		}
	}
	if m.Inherit && m.Parent != nil {
		return l.lookup(m.Parent, name)
	}
	if l.prelude != nil && m != l.prelude {
		if it, ok := l.prelude.Items[name]; ok {
			return it
		}
		return l.lookup(l.prelude, name)
	}
	return nil
}

// resolvePath resolves a path of names starting in module m.
func (l *lowerer) resolvePath(m *Module, path []string) any {
	if len(path) == 0 {
		return nil
	}
	var cur any
	switch path[0] {
	case "crate":
		cur = l.root
		if m.Std {
			cur = l.std
		}
	case "self":
		cur = m
	case "super":
		cur = m.Parent
	case "std", "core", "alloc":
		cur = l.std
	default:
		cur = l.lookup(m, path[0])
	}
	for _, seg := range path[1:] {
		if cur == nil {
			return nil
		}
		if seg == "super" {
			mm, ok := cur.(*Module)
			if !ok {
				return nil
			}
			cur = mm.Parent
			continue
		}
		cur = l.member(cur, seg)
	}
	return cur
}

// member finds name inside a module, an enum (its variants) or a type
// (its associated functions).
func (l *lowerer) member(of any, name string) any {
	switch x := of.(type) {
	case *Module:
		if it, ok := x.Items[name]; ok {
			return it
		}
		if it := l.lookupImportsOnly(x, name); it != nil {
			return it
		}
	case *TypeDef:
		for _, v := range x.Variants {
			if v.Name == name {
				return v
			}
		}
		if fn := x.Methods[name]; fn != nil {
			return fn
		}
		if cd := x.Consts[name]; cd != nil {
			return cd
		}
	}
	return nil
}

// lookupImportsOnly resolves a name re-exported by module m's imports
// (pub use), without the prelude.
func (l *lowerer) lookupImportsOnly(m *Module, name string) any {
	imp := l.importsOf(m)
	if e := imp.named[name]; e != nil && !e.busy {
		e.busy = true
		defer func() { e.busy = false }()
		return l.resolvePath(m, e.path)
	}
	return nil
}

func identNames(ids []ast.Ident) []string {
	var out []string
	for _, id := range ids {
		out = append(out, id.Name)
	}
	return out
}

func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "::" + name
}

func genericNames(g *ast.Generics) []string {
	if g == nil {
		return nil
	}
	var out []string
	for _, p := range g.Params {
		if !p.Lifetime {
			out = append(out, p.Name.Name)
		}
	}
	return out
}

// goAttr extracts the #[go(...)] attribute of a std model item.
func goAttr(attrs []*ast.Attr) GoAttr {
	for _, a := range attrs {
		if a.Path != "go" {
			continue
		}
		g := GoAttr{}
		for k, v := range a.KV {
			g[k] = v
		}
		for _, arg := range a.Args {
			arg = strings.TrimSpace(arg)
			if arg != "" && !strings.Contains(arg, "=") {
				g[arg] = "true"
			}
		}
		return g
	}
	return nil
}

// inStd reports whether an unresolved path leads into the std model (a
// proper prefix of it names a std module or type, or it names a std path
// rs2go does not model): such a path is Rust that rs2go does not support
// yet, not a user error.
func (l *lowerer) inStd(m *Module, path []string) bool {
	if len(path) > 0 && (path[0] == "std" || path[0] == "core" || path[0] == "alloc") {
		return true
	}
	for i := len(path) - 1; i >= 1; i-- {
		switch x := l.resolvePath(m, path[:i]).(type) {
		case *Module:
			return x.Std
		case *TypeDef:
			return x.Std
		}
	}
	if len(path) >= 1 {
		if imp := l.importsOf(m).named[path[0]]; imp != nil && len(imp.path) > 0 {
			switch imp.path[0] {
			case "std", "core", "alloc":
				return true
			}
		}
	}
	return false
}

// bodyScope collects the items declared inside a function body (fn, const,
// struct, enum, impl, use ... at any block level of the body) into a
// scope of their own that sees the enclosing module; without such items
// the body resolves in m itself.
func (l *lowerer) bodyScope(m *Module, fn *ast.FnDecl) *Module {
	if fn.Body == nil {
		return m
	}
	var items []ast.Item
	var walk func(b *ast.BlockExpr)
	walk = func(b *ast.BlockExpr) {
		for _, s := range b.Stmts {
			switch s := s.(type) {
			case *ast.ItemStmt:
				items = append(items, s.Item)
				if l.scopedItems == nil {
					l.scopedItems = map[ast.Item]bool{}
				}
				l.scopedItems[s.Item] = true
			case *ast.ExprStmt:
				if blk, ok := s.X.(*ast.BlockExpr); ok {
					walk(blk)
				}
			}
		}
	}
	walk(fn.Body)
	if len(items) == 0 {
		return m
	}
	scope := newModule(fn.Name.Name+"#", join(m.Path, fn.Name.Name), m, m.Std)
	scope.Inherit = true
	l.collect(scope, items)
	return scope
}

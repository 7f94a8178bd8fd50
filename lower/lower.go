// Package lower turns the Rust AST into Go-shaped IR: it resolves names
// against the user crate and the std model (lower/std/std.rs), infers
// types by unification, decides every lowering (rt helpers, temporaries,
// copies for move closures, panic locations) and builds lower/ir. Codegen
// only prints what lower decided.
package lower

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
	"github.com/rs2go/rs2go/lower/ir"
)

// Config selects lowering options.
type Config struct {
	Release bool // integer overflow wraps instead of panicking
}

// lowerer holds the state of lowering one crate.
type lowerer struct {
	// glueTypes are the generic user types whose glue function
	// (drop_dict.go) some drop calls, in glueOrder.
	glueTypes map[*TypeDef]bool
	glueOrder []*TypeDef
	// checked are the user functions whose bodies checked, and
	// paramKept what keepsParam found (closure_fate.go).
	checked   map[*FnDef]*checker
	paramKept map[paramKey]bool
	// reportedOnce are the diagnostics of unsupportedOnce made already.
	reportedOnce map[string]bool
	// scopedItems are the items of function bodies that bodyScope
	// collected (those of the body's block and its plain nested blocks).
	scopedItems map[ast.Item]bool
	// closureDrops: some closure that becomes a `dyn Fn`/`impl Fn` owns
	// values with drop glue, so those types have drop glue too
	// (build_closure.go).
	closureDrops bool
	// deepTypes are the generic user types that some instantiation gives
	// a type argument whose clone is more than its Go copy (clone_dict.go).
	deepTypes map[*TypeDef]bool
	// implAssoc: the associated types of the trait impl whose method
	// signatures are being resolved (sig.go, implAssocTypes).
	implAssoc map[string]Ty
	cfg       Config
	file      *ast.File
	src       *diag.Source
	diags     diag.List
	root      *Module // the user crate
	std       *Module // the std model
	prelude   *Module
	imports   map[*Module]*importSet
	types     []*TypeDef // structs and enums, in declaration order
	consts    []*ConstDef
	blankets  []pendingImpl // blanket impls, instantiated per type (sig.go)
	// blanketFns names the methods of blanket impls (not instantiated for
	// numbers: 42.loud() is unsupported).
	blanketFns map[string]bool
	dynUses    []dynUse // dyn Trait types written, for E0038 (sig.go)
	dicts      dictUses // dictionary entries used, for trimDicts (dict.go)
	traits     []*TraitDef
	fns        []pendingFn
	impls      []pendingImpl
	out        *ir.File
	nextID     int
	prims      map[string]*TypeDef          // methods of primitive types, from the std model
	counts     int8                         // 1 when the crate may observe Arc/Rc counts, -1 when not, 0 unknown (smartptr.go)
	markers    *ownTypes                    // the crate's Copy/Send/Sync impls (own_types.go)
	keyMemo    map[*TypeDef]map[string]bool // generics used as hashed keys (keyParams)
	// The user crate's structs and enums (l.types holds them only while
	// the signatures are computed).
	crateTypes []*TypeDef
}

type pendingFn struct {
	fn  *FnDef
	mod *Module
}

type pendingImpl struct {
	decl *ast.ImplDecl
	mod  *Module
	// A blanket impl (impl<T: Describe> Area for T) instantiated for
	// one type: self is that type, alias the parameter naming it.
	self  Ty
	alias string
}

// File lowers a parsed file to IR. Lowering goes on after an error so
// that independent errors are all reported; the IR is nil when there are
// diagnostics.
func File(f *ast.File, cfg Config) (irf *ir.File, diags diag.List) {
	l := &lowerer{cfg: cfg, file: f, src: diag.NewSource(f.Name, f.Src), imports: map[*Module]*importSet{},
		checked: map[*FnDef]*checker{}, paramKept: map[paramKey]bool{}, glueTypes: map[*TypeDef]bool{}, blanketFns: map[string]bool{}}
	if err := l.loadStd(); err != nil {
		l.diags = append(l.diags, diag.Diag{Severity: diag.Internal, Msg: err.Error()})
		return nil, l.diags
	}
	l.root = newModule("crate", "", nil, false)
	l.collect(l.root, f.Items)
	if l.constGenerics(f.Items) {
		return nil, l.diags // the types they are in would give follow-on errors
	}
	userTypes := l.userTypes()
	l.crateTypes = userTypes
	l.userFnNames(userTypes)
	before := len(l.diags)
	l.signatures()
	if slices.ContainsFunc(l.diags[before:], func(d diag.Diag) bool { return d.Code == diag.CodeUnsupported }) {
		// A type or signature rs2go cannot translate: the bodies using
		// it would give follow-on errors (a mismatch with its stand-in).
		return nil, l.diags
	}
	l.userConstNames(userTypes)
	l.markFieldClashes(userTypes)
	main, _ := l.root.Items["main"].(*FnDef)
	if main == nil {
		name := f.Name
		l.diags.Errorf(diag.Span{Start: len(f.Src), End: len(f.Src)}, "E0601",
			"`main` function not found in crate `%s`", crateName(name))
	}
	l.out = &ir.File{Source: l.src}
	l.dicts = newDictUses()
	l.lowerConsts()
	// Every body is checked before any is built: building a call may
	// need what checking the callee's body found.
	var checked []*checker
	for _, p := range l.userFns() {
		if c := l.checkFnBody(p); c != nil {
			checked = append(checked, c)
			l.checked[c.fn] = c
		}
	}
	// The types' drop glue is known once the closures are checked.
	l.closureDrops = l.ownedClosures(checked)
	consts := l.out.Decls
	l.out.Decls = nil
	l.lowerTypes(userTypes)
	l.lowerTraits()
	l.out.Decls = append(l.out.Decls, consts...)
	l.markCmpDicts(checked)
	l.markCloneDicts(checked)
	l.markDynArgs(checked)
	uses := implUses(checked)
	l.markDropDicts(checked, uses)
	for _, c := range checked {
		l.buildFnBody(c)
	}
	l.buildGlueFuncs()
	l.trimDicts()
	l.checkDictImpls(checked, uses)
	l.checkDynUses()
	if len(l.diags) > 0 {
		return nil, l.diags
	}
	return l.out, nil
}

// markFieldClashes finds the user trait methods named like a field of a
// user type (struct Dog { name } with impl Named for Dog { fn name }):
// a Go type cannot have a field and a method of one name.
func (l *lowerer) markFieldClashes(types []*TypeDef) {
	fields := map[string]bool{}
	for _, td := range types {
		for _, f := range td.Fields {
			fields[goFieldName(f.Name)] = true
		}
		for _, v := range td.Variants {
			for _, n := range v.Names {
				fields[goFieldName(n)] = true
			}
		}
	}
	for _, tr := range l.traits {
		for name := range tr.Methods {
			if !tr.Std && fields[name] {
				if tr.FieldClash == nil {
					tr.FieldClash = map[string]bool{}
				}
				tr.FieldClash[name] = true
			}
		}
	}
}

// constGenerics rejects const generic parameters (struct M<const N:
// usize>): they are not modelled, and were taken for type parameters.
func (l *lowerer) constGenerics(items []ast.Item) (found bool) {
	for _, it := range items {
		var g *ast.Generics
		var inner []ast.Item
		switch d := it.(type) {
		case *ast.FnDecl:
			g = d.Generics
		case *ast.StructDecl:
			g = d.Generics
		case *ast.EnumDecl:
			g = d.Generics
		case *ast.ImplDecl:
			g, inner = d.Generics, d.Items
		case *ast.TraitDecl:
			g, inner = d.Generics, d.Items
		case *ast.TypeAliasDecl:
			g = d.Generics
		case *ast.ModDecl:
			inner = d.Items
		}
		if g != nil {
			for _, p := range g.Params {
				if p.Const {
					l.diags.Unsupported(p.Name.Span, "const generic parameter `%s`", p.Name.Name)
					found = true
				}
			}
		}
		found = l.constGenerics(inner) || found
	}
	return found
}

// userTypes returns the user crate's structs and enums (to be lowered once
// their fields are known), giving each a unique Go name.
func (l *lowerer) userTypes() []*TypeDef {
	var out []*TypeDef
	used := map[string]bool{}
	for _, td := range l.types {
		if td.Std {
			continue
		}
		name := td.Name
		if reserved[name] || used[name] {
			name = strings.ReplaceAll(td.Path, "::", "_")
		}
		used[name] = true
		td.GoName = name
		out = append(out, td)
	}
	return out
}

// userFnNames gives a unique Go name to each user function outside an
// impl: functions of the same name in different modules (or a `main` that
// is not the crate's) take their path (a_f, b_f), as types do.
func (l *lowerer) userFnNames(types []*TypeDef) {
	used := map[string]bool{"main": true, "rustMain": true}
	for _, td := range types {
		used[td.GoName] = true
	}
	for _, p := range l.userFns() {
		fn := p.fn
		if fn.Owner != nil || isProgramMain(fn) {
			continue
		}
		name := fn.GoName
		if name == "" {
			name = goFuncName(fn)
		}
		if used[name] {
			name = strings.ReplaceAll(fn.Path, "::", "_")
			for used[name] {
				name += "_"
			}
		}
		used[name] = true
		fn.GoName = name
	}
}

// userConstNames gives a unique Go name to each const and static of the
// program: consts of the same name in different modules or function
// bodies take their path (a_K, f_K), as functions do.
func (l *lowerer) userConstNames(types []*TypeDef) {
	used := map[string]bool{}
	for _, td := range types {
		used[td.GoName] = true
	}
	for _, p := range l.userFns() {
		if p.fn.Owner == nil {
			used[goFuncName(p.fn)] = true
		}
	}
	for _, cd := range l.consts {
		if cd.Module.Std || cd.Owner != nil {
			continue
		}
		name := goConstName(cd)
		if used[name] {
			name = strings.ReplaceAll(strings.ReplaceAll(join(cd.Module.Path, cd.Name), "::", "_"), "#", "")
			for used[name] {
				name += "_"
			}
			cd.GoName = name
		}
		used[name] = true
	}
}

// lowerTypes emits the Go declarations of the user types.
func (l *lowerer) lowerTypes(tds []*TypeDef) {
	for _, td := range tds {
		func() {
			defer l.recoverItem(td.Decl.Pos(), td.Name)
			b := newBuilder(l, newChecker(l, nil, td.Module))
			decls := b.typeDecls(td)
			if !b.failed {
				l.out.Decls = append(l.out.Decls, decls...)
			}
		}()
	}
}

// lowerTraits emits a Go interface for each user trait.
func (l *lowerer) lowerTraits() {
	for _, tr := range l.traits {
		if tr.Std {
			continue
		}
		func() {
			defer l.recoverItem(tr.Decl.Span, tr.Name)
			b := newBuilder(l, newChecker(l, nil, tr.Module))
			d := b.traitDecl(tr)
			if !b.failed {
				l.out.Decls = append(l.out.Decls, d)
			}
		}()
	}
}

// testPanic, set by tests, runs as each function's lowering starts: it
// provokes the internal-error path.
var testPanic func(fnName string)

// recoverItem turns a panic while lowering one item into an internal
// error at the item (the other items are still lowered and reported).
func (l *lowerer) recoverItem(s diag.Span, name string) {
	if r := recover(); r != nil {
		if os.Getenv("RS2GO_PANIC") != "" {
			panic(r) // debugging rs2go: Go's stack trace
		}
		l.diags = append(l.diags, diag.Diag{Span: s, Severity: diag.Internal,
			Msg: fmt.Sprintf("lowering `%s`: %v", name, r)})
	}
}

// userFns returns the user crate's functions in source order.
func (l *lowerer) userFns() []pendingFn {
	var out []pendingFn
	for _, p := range l.fns {
		if !p.fn.Std {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].fn.Decl.Span.Start < out[j].fn.Decl.Span.Start })
	return out
}

// checkFnBody type-checks one function and its ownership, turning an
// internal panic into an internal-error diagnostic at the function
// (GopherJS-style: one item fails, the rest are still reported); nil when
// it failed.
func (l *lowerer) checkFnBody(p pendingFn) (out *checker) {
	defer l.recoverItem(p.fn.Decl.Name.Span, p.fn.Name)
	if testPanic != nil {
		testPanic(p.fn.Name)
	}
	c := newChecker(l, p.fn, p.mod)
	if !c.checkFn() || !c.checkOwnership() {
		return nil
	}
	return c
}

// buildFnBody builds the IR of a checked function.
func (l *lowerer) buildFnBody(c *checker) {
	defer l.recoverItem(c.fn.Decl.Name.Span, c.fn.Name)
	b := newBuilder(l, c)
	if d := b.buildFn(); d != nil {
		if fd, ok := d.(*ir.FuncDecl); ok && !b.failed && hasHole(fd.Body) {
			// A lowering rule took the value of an expression that never
			// returns (valueOf gave nil) without reporting it.
			b.unsupported(c.fn.Decl.Name.Span, "a diverging expression as an operand in `%s`", c.fn.Name)
			return
		}
		l.out.Decls = append(l.out.Decls, d)
		if mainResult(c.fn) {
			l.out.Decls = append(l.out.Decls, b.mainWrapper(c.fn))
		}
		if fd, ok := d.(*ir.FuncDecl); ok && dictForwarded(c.fn) {
			l.out.Decls = append(l.out.Decls, b.dictForwarder(c.fn, fd))
		}
		if fd, ok := d.(*ir.FuncDecl); ok && instanceImpl(c.fn) && c.fn.Self != NoSelf && userTrait(c.fn) {
			if fwd := b.forwarder(c.fn, fd); fwd != nil {
				l.out.Decls = append(l.out.Decls, fwd)
			}
		}
	}
}

// hasHole reports whether IR n has a missing operand: a nil call
// argument or composite literal element.
func hasHole(n any) bool {
	found := false
	ir.Inspect(n, func(m any) bool {
		switch x := m.(type) {
		case *ir.Call:
			found = found || slices.Contains(x.Args, nil)
		case *ir.CompositeLit:
			found = found || slices.Contains(x.Elems, nil)
		case *ir.Convert:
			found = found || x.X == nil
		case *ir.Unary:
			found = found || x.X == nil
		case *ir.Binary:
			found = found || x.X == nil || x.Y == nil
		case *ir.Selector:
			found = found || x.X == nil
		case *ir.Paren:
			found = found || x.X == nil
		case *ir.AssignStmt:
			found = found || slices.Contains(x.Rhs, nil)
		case *ir.ReturnStmt:
			found = found || slices.Contains(x.Results, nil)
		}
		return !found
	})
	return found
}

// crateName is rustc's crate name for a file: its base name without .rs,
// with '-' replaced by '_'.
func crateName(path string) string {
	base := path
	for i := len(base) - 1; i >= 0; i-- {
		if base[i] == '/' || base[i] == '\\' {
			base = base[i+1:]
			break
		}
	}
	if len(base) > 3 && base[len(base)-3:] == ".rs" {
		base = base[:len(base)-3]
	}
	out := []byte(base)
	for i, c := range out {
		if c == '-' {
			out[i] = '_'
		}
	}
	return string(out)
}

func diagSource(name string, src []byte) *diag.Source { return diag.NewSource(name, src) }

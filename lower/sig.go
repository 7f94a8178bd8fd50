package lower

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// typeEnv is the scope in which a written type is resolved: the module and
// the generic parameters in force (owner's first, then the item's).
type typeEnv struct {
	mod      *Module
	generics []string
	self     Ty
	// infer, when set, turns `_` into a fresh inference variable.
	infer func() Ty
	// implArg, when set, turns `impl Trait` (in argument position) into
	// an anonymous generic parameter.
	implArg func(*ast.ImplTraitType) Ty
	// selfAlias names self too (the T of a blanket impl).
	selfAlias string
	// assoc holds the associated types of the trait impl whose methods
	// are resolved: Self::Err of `impl FromStr`, Self::Output.
	assoc map[string]Ty
	// fixed are the names of a function that stand for a type (FnDef.Fixed).
	fixed map[string]Ty
}

func (e *typeEnv) param(name string) Ty {
	if name == e.selfAlias && name != "" {
		return e.self
	}
	if t, ok := e.fixed[name]; ok {
		return t
	}
	for i := len(e.generics) - 1; i >= 0; i-- {
		if e.generics[i] == name {
			return &ParamTy{Name: name, Index: i}
		}
	}
	return nil
}

// signatures computes the signature of every collected function and
// attaches impl methods to their types.
func (l *lowerer) signatures() {
	userTypes := l.types
	for _, td := range l.types {
		l.typeFields(td)
	}
	l.constTypes()
	for _, tr := range l.traits {
		l.traitSigs(tr)
	}
	l.types = nil
	for _, p := range l.impls {
		l.implMethods(p)
	}
	l.impls = nil
	l.constTypes() // the consts in the bodies of impl methods
	l.blanketImpls(userTypes)
	for i := range l.fns {
		p := l.fns[i]
		if p.fn.Owner == nil {
			l.fnSig(p.fn, p.mod, nil, nil)
		}
	}
}

// aliasType is the type alias al names at path p: a generic alias (type
// Grid<T> = Vec<Vec<T>>; io::Result<T>) takes p's type arguments.
func (l *lowerer) aliasType(al *AliasDef, p *ast.Path, env *typeEnv) Ty {
	al.busy = true
	defer func() { al.busy = false }()
	gen := genericNames(al.Decl.Generics)
	t := l.astType(al.Decl.Type, &typeEnv{mod: al.Module, infer: env.infer, generics: gen})
	if len(gen) == 0 {
		return t
	}
	var args []Ty
	for _, a := range p.Segments[len(p.Segments)-1].Args {
		args = append(args, l.astType(a, env))
	}
	if len(args) != len(gen) {
		if len(args) == 0 && env.infer != nil {
			for range gen {
				args = append(args, env.infer())
			}
		} else {
			l.diags.Errorf(p.Span, "E0107", "type alias takes %d generic argument%s but %d generic argument%s supplied",
				len(gen), plural(len(gen)), len(args), pluralWere(len(args)))
			return tyUnit
		}
	}
	return subst(t, args)
}

// constTypes resolves the types of the consts and statics collected so
// far.
func (l *lowerer) constTypes() {
	for _, cd := range l.consts {
		if cd.Type != nil {
			continue
		}
		cd.Type = l.astType(cd.TyDecl, &typeEnv{mod: cd.Module})
		if cd.Local {
			cd.Type = l.localKeyType(cd.Type)
		}
	}
}

// typeFields resolves the field types of a struct or of an enum's
// variants, once every type name is declared.
func (l *lowerer) typeFields(td *TypeDef) {
	env := &typeEnv{mod: td.Module, generics: td.Generics}
	switch d := td.Decl.(type) {
	case *ast.StructDecl:
		l.typeFnBounds(td, d.Generics, env)
		seen := map[string]bool{}
		for i, f := range d.Fields {
			name := f.Name.Name
			if d.Kind == ast.TupleFields {
				name = strconv.Itoa(i)
			} else if seen[name] {
				l.diags.Errorf(f.Name.Span, "E0124", "field `%s` is already declared", name)
				continue
			}
			seen[name] = true
			td.Fields = append(td.Fields, &FieldDef{Name: name, Type: l.astType(f.Type, env)})
		}
	case *ast.EnumDecl:
		for _, v := range td.Variants {
			seen := map[string]bool{}
			for _, f := range v.Decl.Fields {
				if v.Decl.Kind == ast.NamedFields && seen[f.Name.Name] {
					l.diags.Errorf(f.Name.Span, "E0124", "field `%s` is already declared", f.Name.Name)
					continue
				}
				seen[f.Name.Name] = true
				v.Fields = append(v.Fields, l.astType(f.Type, env))
				if v.Decl.Kind == ast.NamedFields {
					v.Names = append(v.Names, f.Name.Name)
				}
			}
		}
	}
}

func (l *lowerer) implMethods(p pendingImpl) {
	provided := map[string]bool{}
	rejected := false
	defer func() {
		if !rejected {
			l.inheritDefaults(p, provided)
		}
	}()
	gen := genericNames(p.decl.Generics)
	env := &typeEnv{mod: p.mod, generics: gen}
	self := l.astType(p.decl.SelfTy, env)
	if p.self != nil {
		gen = without(gen, p.alias)
		env = &typeEnv{mod: p.mod, generics: gen, self: p.self, selfAlias: p.alias}
		self = p.self
	}
	if l.crossTypeCmp(p, self, env) {
		rejected = true
		return
	}
	var def *TypeDef
	var primOperand Ty // the operand type of impl Mul<V> for f64
	switch st := self.(type) {
	case *ParamTy:
		if p.decl.Trait != nil && len(gen) == 1 {
			l.blankets = append(l.blankets, p) // instantiated per type (blanketImpls)
			return
		}
		l.diags.Unsupported(p.decl.SelfTy.Pos(), "impl for `%s`", self)
		rejected = true // its methods were not taken: E0046 would be false
		return
	case *Adt:
		def = st.Def
		l.implFnBounds(p, st, gen, env)
	case *Prim:
		if p.decl.Trait != nil && !p.mod.Std {
			if tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef); ok && tr.Std &&
				(tr.Go["op"] != "" || tr.Go["unary_op"] != "" || tr.Go["assign_op"] != "") {
				// impl Mul<V> for f64 (2.0 * v) is keyed by its operand
				// type, Mul_V; x *= v on a primitive is not translated.
				args := p.decl.Trait.Segments[len(p.decl.Trait.Segments)-1].Args
				if tr.Go["op"] == "" || len(args) != 1 {
					l.diags.Unsupported(p.decl.SelfTy.Pos(), "impl of the operator trait `%s` for the primitive type `%s`", tr.Name, st.Name)
					rejected = true
					return
				}
				primOperand = l.astType(args[0], env)
			}
		}
		def = l.primDef(st.Name)
	case *SliceTy:
		def = l.primDef("[T]")
	case *PtrTy:
		def = l.primDef("*T")
	case *DynTy:
		def = l.dynDef(st.Trait)
	case *RefTy:
		if def = l.refOpImpl(p, st); def == nil {
			l.diags.Unsupported(p.decl.SelfTy.Pos(), "impl for `%s`", self)
			rejected = true
			return
		}
	default:
		l.diags.Unsupported(p.decl.SelfTy.Pos(), "impl for `%s`", self)
		rejected = true // its methods were not taken: E0046 would be false
		return
	}
	adt := &Adt{Def: def}
	traitKey := ""
	if p.decl.Trait != nil {
		traitKey = l.traitKey(p.decl.Trait, p.mod, env)
	}
	_, refOp := self.(*RefTy) // refOpImpl
	if refOp {
		traitKey = "Ref" + traitKey // impl Add for &V beside impl Add for V
	}
	if primOperand != nil {
		traitKey += "_" + goIdent(strings.ReplaceAll(primOperand.String(), "&", "Ref ")) // Mul_Ref_V for Mul<&V>
	}
	if p.decl.Trait != nil && !p.mod.Std && instanceOf(self) && def.Traits[traitKey] != nil {
		l.diags.Unsupported(p.decl.SelfTy.Pos(), "a second impl of `%s` for an instantiation of `%s` (`%s`)", p.decl.Trait.Last(), def.Name, self)
		rejected = true
		return
	}
	if p.decl.Trait != nil && !p.mod.Std && p.self == nil && def.Traits[traitKey] != nil {
		// impl Add<&V> for V beside impl Add for V: the impls of a trait
		// are told apart by name only.
		l.diags.Unsupported(p.decl.Trait.Span, "a second impl of `%s` for `%s` (with other type arguments)", p.decl.Trait.Last(), self)
		rejected = true
		return
	}
	if p.decl.Trait != nil && def.Traits[traitKey] == nil {
		tr, _ := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
		switch {
		case tr != nil && tr.Std && tr.Name == "Error":
			def.Traits["Error"] = map[string]*FnDef{} // impl Error for E {}: E converts to a dyn Error
		case tr != nil && !tr.Std && !p.mod.Std:
			if def.Traits == nil {
				def.Traits = map[string]map[string]*FnDef{}
			}
			def.Traits[traitKey] = map[string]*FnDef{} // impl Tr for D {}: D is a Tr (dynGlue)
		}
	}
	if !l.userIterImpl(p, def, self, env) {
		return
	}
	l.implAssoc = l.implAssocTypes(p, &typeEnv{mod: env.mod, generics: env.generics, self: self, selfAlias: env.selfAlias})
	defer func() { l.implAssoc = nil }()
	if p.decl.Trait != nil {
		if tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef); ok && !tr.Std && len(tr.Assoc) > 0 {
			l.recordAssoc(p, def, self, tr, gen)
		}
	}
	for _, it := range p.decl.Items {
		d, ok := it.(*ast.FnDecl)
		if cd, isConst := it.(*ast.ConstDecl); isConst && p.mod.Std { // Duration::ZERO
			l.stdAssocConst(def, cd, env)
			continue
		}
		if cd, isConst := it.(*ast.ConstDecl); isConst && !p.mod.Std {
			if l.assocConst(p, def, self, cd, env) {
				provided[cd.Name.Name] = true
			}
			continue
		}
		if at, isType := it.(*ast.AssocTypeDecl); isType && def.IterItem != nil && at.Name.Name == "Item" {
			continue // userIterImpl
		}
		if at, isType := it.(*ast.AssocTypeDecl); isType && l.implAssoc[at.Name.Name] != nil {
			continue // implAssocTypes
		}
		if !ok {
			if !p.mod.Std {
				l.diags.Unsupported(it.Pos(), "associated item other than a method")
			}
			continue
		}
		fn := &FnDef{Name: d.Name.Name, Path: adt.Def.Path + "::" + d.Name.Name, Owner: adt.Def,
			Decl: d, Std: p.mod.Std, Go: goAttr(d.Attrs), NOwner: len(gen), SelfTy: self, SelfAlias: p.alias}
		if p.decl.Trait != nil {
			fn.Trait = traitKey
			tr, _ := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
			fn.Op = tr != nil && tr.Std && (tr.Go["op"] != "" || tr.Go["unary_op"] != "" || tr.Go["assign_op"] != "")
		}
		if !p.mod.Std && l.duplicateMethod(adt.Def, fn, provided[fn.Name]) {
			continue
		}
		if p.decl.Trait != nil {
			if tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef); ok && !p.mod.Std && !tr.member(fn.Name) {
				l.diags.Errorf(d.Span, "E0407", "method `%s` is not a member of trait `%s`", fn.Name, strings.Join(pathNames(p.decl.Trait), "::"))
				continue
			}
			if fn.Trait == "Drop" && fn.Name != "drop" && !p.mod.Std { // Drop's Go method is generated (item.go)
				l.diags.Errorf(d.Span, "E0407", "method `%s` is not a member of trait `Drop`", fn.Name)
				continue
			}
		}
		provided[fn.Name] = true
		for _, g := range gen {
			// A Drop impl of a generic type drops its parameters'
			// values through the glue's drop functions (drop_dict.go).
			gp := &GenParam{Name: g, DropDict: fn.Trait == "Drop" && !p.mod.Std}
			if !p.mod.Std {
				gp.FmtBound = fmtBound(&GenParam{Traits: l.implBounds(p.decl.Generics, g, env)})
			}
			if (p.decl.Trait == nil || fn.Op) && !p.mod.Std {
				// An operator impl's method is called directly too (dict.go).
				gp.Dict = l.implBounds(p.decl.Generics, g, env)
				// impl<T: PartialOrd> S<T>: S's Go type parameter is
				// unconstrained, so T compares through the dictionary.
				gp.CmpDict = cmpEntry(gp.Dict) != ""
			} else if !p.mod.Std {
				// A trait impl's method takes no dictionary; the user
				// trait bounds need none (impl<S: Storage> Storage for
				// Wrap<S> calls S's methods through a pointer to the value).
				for _, tr := range l.implBounds(p.decl.Generics, g, env) {
					if !tr.Std {
						gp.Dict = append(gp.Dict, tr)
					}
				}
			}
			fn.Generics = append(fn.Generics, gp)
		}
		l.fnSig(fn, p.mod, gen, self)
		if r, ok := self.(*RefTy); ok && fn.Self == SelfValue {
			// self: &M is &self of M (a.mul(&b) borrows a); Self in the
			// body is M then, where Rust's is &M.
			fn.Self, fn.SelfTy = SelfRef, r.Elem
		}
		if p.decl.Trait != nil && !p.mod.Std && l.implSigMismatch(p, fn, self) {
			continue
		}
		switch {
		case fn.Trait == "":
			if prev := adt.Def.Methods[fn.Name]; prev != nil && p.mod.Std && prev.Std {
				fn.Next = prev // impl LocalKey<Cell<T>> and impl LocalKey<RefCell<T>>
			}
			adt.Def.Methods[fn.Name] = fn
		case refOp:
			if def.Traits == nil {
				def.Traits = map[string]map[string]*FnDef{}
			}
			def.Traits[fn.Trait] = map[string]*FnDef{fn.Name: fn}
			if def.Methods[fn.Name] == nil { // a.mul(&b)
				def.Methods[fn.Name] = fn
			}
		default:
			l.addTraitMethod(adt.Def, fn)
		}
		if !p.mod.Std {
			l.fns = append(l.fns, pendingFn{fn: fn, mod: l.bodyScope(p.mod, d)})
		}
	}
}

// implSigMismatch reports an impl method whose signature is not its user
// trait's (E0050 for the number of parameters, E0053 for a type or the
// kind of self), where both are without generics; it reports whether it
// did.
func (l *lowerer) implSigMismatch(p pendingImpl, fn *FnDef, self Ty) bool {
	tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
	if !ok || tr.Std {
		return false
	}
	tm := tr.Methods[fn.Name]
	if tm == nil || len(tm.Generics) > 0 || len(fn.Generics) > 0 || tm.Fixed != nil || fn.Fixed != nil {
		return false
	}
	d := fn.Decl
	count := func(f *FnDef) int {
		if f.Self != NoSelf {
			return len(f.Params) + 1
		}
		return len(f.Params)
	}
	if (fn.Self == NoSelf) != (tm.Self == NoSelf) {
		if fn.Self == NoSelf {
			l.diags.Errorf(d.Span, "E0186", "method `%s` has a `%s` declaration in the trait, but not in the impl", fn.Name, selfText(tm.Self))
		} else {
			l.diags.Errorf(d.Span, "E0185", "method `%s` has a `%s` declaration in the impl, but not in the trait", fn.Name, selfText(fn.Self))
		}
		return true
	}
	if n, m := count(fn), count(tm); n != m {
		at := d.Name.Span
		if d.Self != nil {
			at = d.Self.Span
		} else if len(d.Params) > 0 {
			at = d.Params[0].Span
		}
		l.diags.Errorf(at, "E0050", "method `%s` has %d parameter%s but the declaration in trait `%s::%s` has %d", fn.Name, n, plural(n), tr.Name, fn.Name, m)
		return true
	}
	incompatible := func(at ast.Span) bool {
		l.diags.Errorf(at, "E0053", "method `%s` has an incompatible type for trait", fn.Name)
		return true
	}
	if fn.Self != tm.Self && d.Self != nil {
		return incompatible(d.Self.Span)
	}
	differ := func(want, got Ty) bool {
		want = substSelf(want, self)
		return !holds(want, isParam) && !holds(got, isParam) && want.String() != got.String()
	}
	for i, t := range fn.Params {
		if differ(tm.Params[i], t) {
			return incompatible(d.Params[i].Type.Pos())
		}
	}
	if differ(tm.Ret, fn.Ret) {
		at := d.Name.Span
		if d.Ret != nil {
			at = d.Ret.Pos()
		}
		return incompatible(at)
	}
	return false
}

// selfText is how a method's self parameter of kind k is written.
func selfText(k SelfKind) string {
	switch k {
	case SelfRef:
		return "&self"
	case SelfMut:
		return "&mut self"
	}
	return "self"
}

// userIterImpl records the Item of a user type's `impl Iterator` before
// its methods' signatures (`Option<Self::Item>`) are read. It reports
// false, having said why, for the iterator impls rs2go does not model.
func (l *lowerer) userIterImpl(p pendingImpl, def *TypeDef, self Ty, env *typeEnv) bool {
	if p.decl.Trait == nil || p.mod.Std {
		return true
	}
	tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
	if !ok || !tr.Std {
		return true
	}
	switch tr.Name {
	case "Iterator":
	case "IntoIterator", "DoubleEndedIterator", "ExactSizeIterator", "FromIterator":
		l.diags.Unsupported(p.decl.Span, "`impl %s` for a user type", tr.Name)
		return false
	default:
		return true
	}
	// A generic type's impl is for the type at its own parameters, in
	// order (impl<T> Iterator for Drain<T>): Item in the impl's
	// parameters is Item in the type's, instantiated by subst (iterItem).
	if a, isAdt := self.(*Adt); !isAdt || a.Def.Std || instanceOf(a) || len(genericNames(p.decl.Generics)) != len(a.Args) {
		l.diags.Unsupported(p.decl.Span, "`impl Iterator` for `%s` (only for a user type, at its own type parameters)", self)
		return false
	}
	for _, it := range p.decl.Items {
		if at, ok := it.(*ast.AssocTypeDecl); ok && at.Name.Name == "Item" && at.Value != nil {
			def.IterItem = l.astType(at.Value, env)
		}
	}
	if def.IterItem == nil {
		l.diags.Errorf(p.decl.Span, "E0046", "not all trait items implemented, missing: `Item`")
		return false
	}
	return true
}

// implBounds lists the trait bounds an impl's generics and where clause
// put on its parameter name.
func (l *lowerer) implBounds(g *ast.Generics, name string, env *typeEnv) []*TraitDef {
	return l.paramBounds(g, name, env).Traits
}

// paramBounds collects the bounds of generic parameter name, inline and
// in the where clause.
func (l *lowerer) paramBounds(g *ast.Generics, name string, env *typeEnv) *GenParam {
	gp := &GenParam{Name: name}
	if g == nil {
		return gp
	}
	for _, p := range g.Params {
		if p.Name.Name == name {
			l.addBounds(gp, p.Bounds, env)
		}
	}
	for _, w := range g.Where {
		if pt, ok := w.Ty.(*ast.PathType); ok && pt.Path.Last() == name && len(pt.Path.Segments) == 1 {
			l.addBounds(gp, w.Bounds, env)
		}
	}
	return gp
}

// typeFnBounds records in td.FnBounds the Fn bounds its declaration puts
// on its parameters.
func (l *lowerer) typeFnBounds(td *TypeDef, g *ast.Generics, env *typeEnv) {
	for _, name := range td.Generics {
		if fb := l.paramBounds(g, name, env).fnBound(); fb != nil {
			td.addFnBound(name, fb)
		}
	}
}

func (td *TypeDef) addFnBound(name string, fb *FnBound) {
	if td.FnBounds == nil {
		td.FnBounds = map[string]*FnBound{}
	}
	if td.FnBounds[name] == nil {
		td.FnBounds[name] = fb
	}
}

// implFnBounds records in def.FnBounds the Fn bounds of an impl's
// parameters that are the self type's arguments (impl<F: Fn(u32) -> u32>
// Cacher<F>), in terms of def's parameters; a bound naming a parameter
// that is not an argument is left out.
func (l *lowerer) implFnBounds(p pendingImpl, self *Adt, gen []string, env *typeEnv) {
	if self.Def.Std || p.mod.Std {
		return
	}
	args := make([]Ty, len(gen)) // impl parameter j → def's parameter
	for i, a := range self.Args {
		if pt, ok := a.(*ParamTy); ok && pt.Index < len(gen) && pt.Name == gen[pt.Index] && i < len(self.Def.Generics) {
			args[pt.Index] = &ParamTy{Name: self.Def.Generics[i], Index: i}
		}
	}
	for j, name := range gen {
		fb := l.paramBounds(p.decl.Generics, name, env).fnBound()
		if fb == nil || args[j] == nil {
			continue
		}
		mapped := true
		for _, t := range append(slices.Clip(fb.Params), fb.Ret) {
			if holds(t, func(t Ty) bool { pt, ok := t.(*ParamTy); return ok && (pt.Index >= len(args) || args[pt.Index] == nil) }) {
				mapped = false
			}
		}
		if mapped {
			self.Def.addFnBound(args[j].(*ParamTy).Name, &FnBound{Kind: fb.Kind, Params: substList(fb.Params, args), Ret: subst(fb.Ret, args)})
		}
	}
}

// blanketImpls instantiates each blanket impl (impl<T: Describe> Area
// for T) for every non-generic user type that implements its bounds:
// Go cannot put methods on a type parameter, but each such type gets the
// impl's methods as its own (T naming Self in them), so it satisfies the
// trait's Go interface and its method calls resolve. Types of std are
// not covered.
func (l *lowerer) blanketImpls(types []*TypeDef) {
	blankets := l.blankets
	l.blankets = nil
	for _, p := range blankets {
		for _, it := range p.decl.Items {
			if d, ok := it.(*ast.FnDecl); ok {
				l.blanketFns[d.Name.Name] = true
			}
		}
		name := genericNames(p.decl.Generics)[0]
		traits := l.implBounds(p.decl.Generics, name, &typeEnv{mod: p.mod, generics: []string{name}})
		item, ok := l.blanketItem(p, name, &typeEnv{mod: p.mod, generics: []string{name}})
		if !ok {
			continue
		}
		for _, td := range types {
			if td.Std || len(td.Generics) > 0 || !l.implementsAll(td, traits) ||
				item != nil && (td.IterItem == nil || item.String() != td.IterItem.String()) {
				continue
			}
			l.implMethods(pendingImpl{decl: p.decl, mod: p.mod, self: &Adt{Def: td}, alias: name})
		}
	}
}

// blanketItem finds the associated type bindings on the bounds of
// parameter name of blanket impl p: with `I: Iterator<Item = i64>`, it
// is instantiated only for the user iterators of i64 (item). A binding
// other than an iterator's Item is unsupported (ok false).
func (l *lowerer) blanketItem(p pendingImpl, name string, env *typeEnv) (item Ty, ok bool) {
	var bounds []ast.Type
	for _, gp := range p.decl.Generics.Params {
		if gp.Name.Name == name {
			bounds = append(bounds, gp.Bounds...)
		}
	}
	for _, w := range p.decl.Generics.Where {
		if pt, ok := w.Ty.(*ast.PathType); ok && pt.Path.Last() == name && len(pt.Path.Segments) == 1 {
			bounds = append(bounds, w.Bounds...)
		}
	}
	for _, b := range bounds {
		pt, isPath := b.(*ast.PathType)
		if !isPath || len(pt.Path.Segments) == 0 {
			continue
		}
		for _, bd := range pt.Path.Segments[len(pt.Path.Segments)-1].Bindings {
			tr, _ := l.resolvePath(env.mod, pathNames(pt.Path)).(*TraitDef)
			if tr == nil || !tr.Std || tr.Name != "Iterator" || bd.Name.Name != "Item" {
				l.diags.Unsupported(bd.Name.Span, "the associated type binding `%s = ..` on a blanket impl's bound", bd.Name.Name)
				return nil, false
			}
			item = l.astType(bd.Type, env)
		}
	}
	return item, true
}

// implementsAll reports whether td implements (or derives) each trait.
func (l *lowerer) implementsAll(td *TypeDef, traits []*TraitDef) bool {
	for _, tr := range traits {
		if td.Traits[tr.Name] == nil && !hasDerive(td, tr.Name) {
			return false
		}
	}
	return true
}

func without(names []string, name string) []string {
	var out []string
	for _, n := range names {
		if n != name {
			out = append(out, n)
		}
	}
	return out
}

// assocConst declares an associated const of a user impl (inherent, or
// of a trait): it lowers to a package-level Go const or var named after
// the type (Marker_LABEL), found by Type::NAME and Self::NAME. It reports
// whether the const was declared.
func (l *lowerer) assocConst(p pendingImpl, def *TypeDef, self Ty, d *ast.ConstDecl, env *typeEnv) bool {
	if len(env.generics) > 0 {
		l.diags.Unsupported(d.Span, "associated const in a generic impl")
		return false
	}
	if p.decl.Trait != nil {
		tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
		if ok && !tr.Std && tr.constDecl(d.Name.Name) == nil {
			l.diags.Errorf(d.Span, "E0438", "const `%s` is not a member of trait `%s`", d.Name.Name, tr.Name)
			return false
		}
	}
	if def.Consts[d.Name.Name] != nil {
		l.diags.Errorf(d.Name.Span, "E0592", "duplicate definitions with name `%s`", d.Name.Name)
		return false
	}
	l.declareAssocConst(def, self, d.Name.Name, d, p.mod, env)
	return true
}

// member reports whether a method named name may be defined in an impl
// of tr: one of a user trait's methods, or of a std trait's model keys
// members or fn (a std trait without them is not checked).
func (tr *TraitDef) member(name string) bool {
	if !tr.Std {
		return tr.Methods[name] != nil
	}
	if fn := tr.Go["fn"]; fn != "" {
		return name == fn
	}
	if m, ok := tr.Go["members"]; ok {
		return slices.Contains(strings.Fields(m), name)
	}
	return true
}

// recordAssoc keeps the associated types of an impl of user trait tr in
// def.Assoc, in terms of def's parameters: an impl for W<T> whose
// arguments are its own parameters in order (impl<T> Tr for W<T>), or
// for a type without parameters; another impl's are unsupported.
func (l *lowerer) recordAssoc(p pendingImpl, def *TypeDef, self Ty, tr *TraitDef, gen []string) {
	if a, ok := self.(*Adt); !ok || len(a.Args) != len(gen) || slices.ContainsFunc(a.Args, func(t Ty) bool {
		pt, ok := t.(*ParamTy)
		return !ok || pt.Index < 0 || pt.Index >= len(gen) || gen[pt.Index] != pt.Name || a.Args[pt.Index] != t
	}) {
		l.diags.Unsupported(p.decl.SelfTy.Pos(), "an impl of `%s`, a trait with associated types, for `%s`", tr.Name, self)
		return
	}
	if def.Assoc == nil {
		def.Assoc = map[string]map[string]Ty{}
	}
	def.Assoc[tr.Name] = l.implAssoc
	for _, name := range tr.Assoc {
		if l.implAssoc[name] == nil {
			l.diags.Errorf(p.decl.Span, "E0046", "not all trait items implemented, missing: `%s`", name)
		}
	}
}

// namesAssoc reports whether types ts name an associated type of one of
// the generic parameters names (Q::Value).
func namesAssoc(ts []ast.Type, names []string) bool {
	found := false
	var walk func(t ast.Type)
	walk = func(t ast.Type) {
		switch t := t.(type) {
		case *ast.PathType:
			segs := t.Path.Segments
			if len(segs) == 2 && slices.Contains(names, segs[0].Name.Name) {
				found = true
			}
			for _, sg := range segs {
				for _, a := range sg.Args {
					walk(a)
				}
			}
		case *ast.RefType:
			walk(t.Elem)
		case *ast.TupleType:
			for _, e := range t.Elems {
				walk(e)
			}
		case *ast.SliceType:
			walk(t.Elem)
		case *ast.ArrayType:
			walk(t.Elem)
		case *ast.FnTraitType:
			for _, p := range t.Params {
				walk(p)
			}
			if t.Ret != nil {
				walk(t.Ret)
			}
		}
	}
	for _, t := range ts {
		walk(t)
	}
	return found
}

// assocParams synthesizes a generic parameter R_Acc for each associated
// type Acc of each user trait bounding one of fn's own parameters R (and
// its supertraits): R::Acc in the signature and body names it, and each
// call fixes it to the impl's type (callArgs). Go has no associated
// types: R_Acc is a Go type parameter beside R.
func (l *lowerer) assocParams(fn *FnDef, own []*GenParam, env *typeEnv) {
	for _, g := range own {
		seen := map[*TraitDef]bool{}
		work := append([]*TraitDef(nil), g.Traits...)
		for len(work) > 0 {
			tr := work[0]
			work = append(work[1:], tr.Supers...)
			if seen[tr] || tr.Std {
				continue
			}
			seen[tr] = true
			for _, name := range tr.Assoc {
				if bound, ok := g.Binds[name]; ok { // S: Store<Item = i32>: S::Item is i32
					if env.fixed == nil {
						env.fixed, fn.Fixed = map[string]Ty{}, map[string]Ty{}
					}
					env.fixed[g.Name+"_"+name] = l.astType(bound, env)
					fn.Fixed[g.Name+"_"+name] = env.fixed[g.Name+"_"+name]
					continue
				}
				syn := &GenParam{Name: g.Name + "_" + name, AssocOf: g.Name, AssocTrait: tr, AssocName: name, Traits: tr.AssocBounds[name]}
				fn.Generics = append(fn.Generics, syn)
				env.generics = append(env.generics, syn.Name)
			}
		}
	}
}

// refOpImpl is the type definition that holds the methods of an impl of
// a std binary operator trait for a shared reference to a user type
// (impl Add for &Matrix, for &a + &b), under the trait key RefAdd; nil
// for other impls for a reference type.
func (l *lowerer) refOpImpl(p pendingImpl, self *RefTy) *TypeDef {
	a, ok := self.Elem.(*Adt)
	if !ok || a.Def.Std || self.Mut || len(a.Def.Generics) > 0 || p.decl.Trait == nil || p.mod.Std {
		return nil
	}
	if tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef); !ok || !tr.Std || tr.Go["op"] == "" {
		return nil
	}
	return a.Def
}

// crossTypeCmp rejects impl PartialEq<Other> (PartialOrd<Other>) for a
// type: == and < between two types are not translated (the checker
// compares values of one type); it reports whether it did.
func (l *lowerer) crossTypeCmp(p pendingImpl, self Ty, env *typeEnv) bool {
	if p.decl.Trait == nil || p.mod.Std {
		return false
	}
	tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
	if !ok || !tr.Std || tr.Name != "PartialEq" && tr.Name != "PartialOrd" {
		return false
	}
	args := p.decl.Trait.Segments[len(p.decl.Trait.Segments)-1].Args
	if len(args) != 1 {
		return false
	}
	if pt, ok := args[0].(*ast.PathType); ok && pt.Path.Last() == "Self" && len(pt.Path.Segments) == 1 {
		return false
	}
	if sameTy(l.astType(args[0], env), self) {
		return false
	}
	l.diags.Unsupported(p.decl.Trait.Span, "impl of `%s<%s>` for `%s`: a comparison with another type", tr.Name, l.astType(args[0], env), self)
	return true
}

// traitKey names the trait of an impl in TypeDef.Traits: its name, and
// for Sum<&A> and Product<&A> (summing references) SumRef and ProductRef,
// so that a type may have both impls.
func (l *lowerer) traitKey(path *ast.Path, m *Module, env *typeEnv) string {
	name := path.Last()
	if name == "From" {
		// A type may have many From impls (From<ParseIntError>,
		// From<&str>): each is its own key, From_<source type>.
		if tr, ok := l.resolvePath(m, pathNames(path)).(*TraitDef); ok && tr.Std {
			if args := path.Segments[len(path.Segments)-1].Args; len(args) == 1 {
				return "From_" + goIdent(l.astType(args[0], env).String())
			}
		}
		return name
	}
	if name != "Sum" && name != "Product" {
		return name
	}
	if tr, ok := l.resolvePath(m, pathNames(path)).(*TraitDef); !ok || !tr.Std {
		return name
	}
	if args := path.Segments[len(path.Segments)-1].Args; len(args) == 1 {
		if _, isRef := args[0].(*ast.RefType); isRef {
			return name + "Ref"
		}
	}
	return name
}

// isFromKey reports whether trait key k (traitKey) is a From impl's.
func isFromKey(k string) bool { return k == "From" || strings.HasPrefix(k, "From_") }

// goIdent makes a type's Rust spelling part of a Go identifier: each run
// of other characters than letters and digits is one underscore.
func goIdent(s string) string {
	var b strings.Builder
	under := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			under = false
		} else if !under && b.Len() > 0 {
			b.WriteByte('_')
			under = true
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}

// iterParamBounds finds the type parameters of generics bounded only by
// std's iterator traits, one of them with its Item
// (`I: Iterator<Item = T>`, `where I: IntoIterator<Item = T>`), with
// their bounds.
func (l *lowerer) iterParamBounds(g *ast.Generics, m *Module) map[string][]ast.Type {
	if g == nil {
		return nil
	}
	bounds := map[string][]ast.Type{}
	for _, gp := range g.Params {
		if !gp.Lifetime {
			bounds[gp.Name.Name] = append(bounds[gp.Name.Name], gp.Bounds...)
		}
	}
	for _, w := range g.Where {
		if pt, ok := w.Ty.(*ast.PathType); ok && len(pt.Path.Segments) == 1 && slices.ContainsFunc(g.Params, func(p *ast.GenericParam) bool { return !p.Lifetime && p.Name.Name == pt.Path.Last() }) {
			bounds[pt.Path.Last()] = append(bounds[pt.Path.Last()], w.Bounds...)
		}
	}
	out := map[string][]ast.Type{}
	for name, bs := range bounds {
		item := false
		for _, bd := range bs {
			pt, ok := bd.(*ast.PathType)
			if !ok {
				item = false
				break
			}
			if tr, ok := l.resolvePath(m, pathNames(pt.Path)).(*TraitDef); !ok || !tr.Std || !iterTraits[tr.Name] {
				item = false
				break
			}
			for _, b := range pt.Path.Segments[len(pt.Path.Segments)-1].Bindings {
				item = item || b.Name.Name == "Item"
			}
		}
		if item {
			out[name] = bs
		}
	}
	return out
}

// iterTraits are std's traits whose bound makes a type std's one iterator
// type (iterTraitType).
var iterTraits = map[string]bool{"Iterator": true, "DoubleEndedIterator": true, "ExactSizeIterator": true, "IntoIterator": true}

// constDecl finds an associated const of the trait by name.
func (tr *TraitDef) constDecl(name string) *ast.ConstDecl {
	for _, d := range tr.Consts {
		if d.Name.Name == name {
			return d
		}
	}
	return nil
}

func (l *lowerer) declareAssocConst(def *TypeDef, self Ty, name string, d *ast.ConstDecl, mod *Module, env *typeEnv) {
	if def.Consts == nil {
		def.Consts = map[string]*ConstDef{}
	}
	envSelf := *env
	envSelf.self = self
	cd := &ConstDef{Name: name, Type: l.astType(d.Type, &envSelf), Value: d.Value, Module: mod,
		Span: d.Span, TyDecl: d.Type, Owner: def, SelfTy: self}
	def.Consts[name] = cd
	l.consts = append(l.consts, cd)
}

// fnSig fills fn's generics, self kind, parameter and return types.
func (l *lowerer) fnSig(fn *FnDef, m *Module, ownerGen []string, self Ty) {
	d := fn.Decl
	iterBounds := l.iterParamBounds(d.Generics, m)
	conv := l.convParams(d, m) // (sig_conv.go)
	for name := range iterBounds {
		delete(conv, name)
	}
	env := &typeEnv{mod: m, generics: append([]string(nil), ownerGen...), self: self, assoc: l.implAssoc}
	for _, name := range genericNames(d.Generics) {
		if iterBounds[name] == nil && conv[name] == nil {
			env.generics = append(env.generics, name)
		}
	}
	for name, t := range conv {
		if env.fixed == nil {
			env.fixed, fn.Fixed = map[string]Ty{}, map[string]Ty{}
		}
		env.fixed[name], fn.Fixed[name] = t, t
	}
	for name, bounds := range iterBounds {
		if env.fixed == nil {
			env.fixed, fn.Fixed = map[string]Ty{}, map[string]Ty{}
		}
		env.fixed[name] = l.iterTraitType(bounds, env)
		fn.Fixed[name] = env.fixed[name]
	}
	own := map[string]*GenParam{}
	if d.Generics != nil {
		// A bound naming another parameter's associated type (F:
		// Fn(&Q::Value) -> bool) is resolved after the parameters for
		// them are made (assocParams).
		names := genericNames(d.Generics)
		var later []func()
		bound := func(p *GenParam, bounds []ast.Type) {
			if namesAssoc(bounds, names) {
				later = append(later, func() { l.addBounds(p, bounds, env) })
				return
			}
			l.addBounds(p, bounds, env)
		}
		for _, gp := range d.Generics.Params {
			if gp.Lifetime || iterBounds[gp.Name.Name] != nil || conv[gp.Name.Name] != nil {
				continue
			}
			p := &GenParam{Name: gp.Name.Name}
			own[p.Name] = p
			fn.Generics = append(fn.Generics, p)
			bound(p, gp.Bounds)
		}
		var ownList []*GenParam
		for _, gp := range d.Generics.Params {
			if p := own[gp.Name.Name]; p != nil {
				ownList = append(ownList, p)
			}
		}
		for _, w := range d.Generics.Where {
			pt, ok := w.Ty.(*ast.PathType)
			if !ok || len(pt.Path.Segments) != 1 || own[pt.Path.Last()] == nil {
				continue
			}
			bound(own[pt.Path.Last()], w.Bounds)
		}
		l.assocParams(fn, ownList, env)
		for _, f := range later {
			f()
		}
		for _, w := range d.Generics.Where { // where C::Item: Debug
			if pt, ok := w.Ty.(*ast.PathType); ok && len(pt.Path.Segments) == 2 {
				for _, g := range fn.Generics {
					if g.AssocOf == pt.Path.Segments[0].Name.Name && g.AssocName == pt.Path.Segments[1].Name.Name {
						l.addBounds(g, w.Bounds, env)
					}
				}
			}
		}
	}
	if d.Self != nil {
		switch {
		case d.Self.Ref && d.Self.Mut:
			fn.Self = SelfMut
		case d.Self.Ref:
			fn.Self = SelfRef
		default:
			fn.Self = SelfValue
		}
		if d.Self.Type != nil {
			l.explicitSelf(fn, l.astType(d.Self.Type, env), self)
		}
	}
	env.implArg = func(it *ast.ImplTraitType) Ty {
		if l.iterTraitType(it.Bounds, env) != nil {
			return nil // impl Iterator<Item = T> is the one iterator type (std_iter.go)
		}
		// impl Trait in argument position (also under a reference:
		// &impl Display) is an anonymous generic parameter.
		gp := &GenParam{Name: "impl" + strconv.Itoa(len(fn.Generics))}
		l.addBounds(gp, it.Bounds, env)
		env.generics = append(env.generics, gp.Name)
		fn.Generics = append(fn.Generics, gp)
		return &ParamTy{Name: gp.Name, Index: len(env.generics) - 1}
	}
	for j, p := range d.Params {
		t := l.convParam(p.Type, conv, m)
		if t != nil {
			if fn.ConvParams == nil {
				fn.ConvParams = map[int]Ty{}
			}
			fn.ConvParams[j] = t
		} else {
			t = l.astType(p.Type, env)
		}
		fn.Params = append(fn.Params, t)
	}
	env.implArg = nil
	fn.Ret = tyUnit
	if d.Ret != nil {
		fn.Ret = l.retType(d.Ret, env)
	}
}

// explicitSelf sets the receiver of a method declared with an explicit
// self type t (`self: &Self`). Self, &Self and &mut Self are the usual
// receivers; Box<Self> is self by value with RecvTy Box<Self> (a struct's
// Box is a Go pointer, so the method has a pointer receiver). Any other
// type is kept in RecvTy for the checker to reject.
func (l *lowerer) explicitSelf(fn *FnDef, t, self Ty) {
	switch t := t.(type) {
	case *RefTy:
		if sameTy(t.Elem, self) {
			fn.Self = SelfRef
			if t.Mut {
				fn.Self = SelfMut
			}
			return
		}
	default:
		if sameTy(t, self) {
			fn.Self = SelfValue
			return
		}
	}
	fn.Self, fn.RecvTy = SelfValue, t
}

// fnBound converts an Fn/FnMut/FnOnce bound; other bounds (Send,
// 'static, user traits) give nil here.
func (l *lowerer) fnBound(b ast.Type, env *typeEnv) *FnBound {
	ft, ok := b.(*ast.FnTraitType)
	if !ok {
		return nil
	}
	fb := &FnBound{Kind: ft.Name, Ret: tyUnit}
	for _, p := range ft.Params {
		fb.Params = append(fb.Params, l.astType(p, env))
	}
	if ft.Ret != nil {
		fb.Ret = l.retType(ft.Ret, env)
	}
	return fb
}

// astType resolves a written type.
// retType converts a return type: `!` (a function that does not return)
// is stable only there.
func (l *lowerer) retType(t ast.Type, env *typeEnv) Ty {
	if _, ok := t.(*ast.NeverType); ok {
		return tyNever
	}
	return l.astType(t, env)
}

func (l *lowerer) astType(t ast.Type, env *typeEnv) Ty {
	switch t := t.(type) {
	case nil:
		return tyUnit
	case *ast.PathType:
		return l.pathType(t, env)
	case *ast.RefType:
		return &RefTy{Mut: t.Mut, Elem: l.astType(t.Elem, env)}
	case *ast.TupleType:
		var elems []Ty
		for _, e := range t.Elems {
			elems = append(elems, l.astType(e, env))
		}
		return &TupleTy{Elems: elems}
	case *ast.SliceType:
		return &SliceTy{Elem: l.astType(t.Elem, env)}
	case *ast.ArrayType:
		n := int64(-1) // a length given by a const: arrays are Go slices, so it is not needed
		if lit, ok := t.Len.(*ast.LitExpr); ok && lit.Kind == ast.IntLit {
			n, _ = strconv.ParseInt(lit.Text, 0, 64)
		}
		return &ArrayTy{Elem: l.astType(t.Elem, env), Len: n}
	case *ast.TraitObjectType:
		if it := l.iterTraitType(t.Bounds, env); it != nil { // dyn Iterator<Item = T> (std_iter.go)
			return it
		}
		return l.dynType(t.Bounds, t.Span, env)
	case *ast.ImplTraitType:
		if env.implArg != nil {
			if pt := env.implArg(t); pt != nil {
				return pt
			}
		}
		// impl Fn(..) in return position is a Go func; other impl Trait
		// returns are not modelled.
		for _, bd := range t.Bounds {
			if fb := l.fnBound(bd, env); fb != nil {
				return &FnTy{Params: fb.Params, Ret: fb.Ret, Kind: fb.Kind}
			}
		}
		if it := l.iterTraitType(t.Bounds, env); it != nil { // impl Iterator<Item = T> (std_iter.go)
			return it
		}
		l.diags.Unsupported(t.Span, "`impl Trait` type other than `impl Fn`")
		return tyUnit
	case *ast.NeverType: // a return type is retType's
		l.diags.Errorf(t.Span, "E0658", "the `!` type is experimental")
		return tyUnit
	case *ast.InferType:
		if env.infer != nil {
			return env.infer()
		}
		l.diags.Errorf(t.Span, "E0121", "the placeholder `_` is not allowed within types on item signatures")
		return tyUnit
	case *ast.PtrType: // raw pointers: typed for the checks, not lowered (own_types.go)
		return &PtrTy{Mut: t.Mut, Elem: l.astType(t.Elem, env)}
	case *ast.FnPtrType:
		ft := &FnTy{Ret: tyUnit}
		for _, p := range t.Params {
			ft.Params = append(ft.Params, l.astType(p, env))
		}
		if t.Ret != nil {
			ft.Ret = l.retType(t.Ret, env)
		}
		return ft
	case *ast.BadType:
		l.diags.Unsupported(t.Span, "%s", t.What)
		return tyUnit
	}
	l.diags.Unsupported(t.Pos(), "this type")
	return tyUnit
}

// dynType resolves `dyn A + Send + 'static` to its principal trait.
func (l *lowerer) dynType(bounds []ast.Type, span ast.Span, env *typeEnv) Ty {
	for _, b := range bounds {
		if fb := l.fnBound(b, env); fb != nil {
			return &FnTy{Params: fb.Params, Ret: fb.Ret, Kind: fb.Kind} // dyn Fn(..) is a Go func
		}
	}
	for _, b := range bounds {
		pt, ok := b.(*ast.PathType)
		if !ok {
			continue
		}
		switch pt.Path.Last() {
		case "Send", "Sync", "Unpin":
			continue
		}
		if tr, ok := l.resolvePath(env.mod, pathNames(pt.Path)).(*TraitDef); ok {
			if !tr.Std {
				l.dynUses = append(l.dynUses, dynUse{tr, span}) // checked once all traits are known
			}
			return &DynTy{Trait: tr}
		}
	}
	l.diags.Unsupported(span, "this trait object type")
	return tyUnit
}

// dynUse is a `dyn Trait` type written in the program.
type dynUse struct {
	trait *TraitDef
	span  ast.Span
}

// checkDynUses reports each `dyn Trait` whose trait cannot be a trait
// object (rustc's E0038).
func (l *lowerer) checkDynUses() {
	for _, u := range l.dynUses {
		if len(u.trait.Assoc) > 0 { // dyn Container<Item = i32>
			l.diags.Unsupported(u.span, "a trait object of `%s`, a trait with associated types", u.trait.Name)
			continue
		}
		if why := dynIncompatible(u.trait, 0); why != "" {
			d := l.diags.Errorf(u.span, "E0038", "the trait `%s` is not dyn compatible", u.trait.Name)
			if u.trait.Decl != nil {
				d.Notes = append(d.Notes, diag.Note{Span: u.trait.Decl.Name.Span, HasSpan: true, Msg: "...because " + why})
			}
		}
	}
}

// dynIncompatible says why a user trait cannot be made into a trait object
// ("" when it can): an associated const, an associated function without
// self, or a method that is generic or mentions Self other than as its
// receiver — unless the item opts out with `where Self: Sized` — or such
// a supertrait.
func dynIncompatible(tr *TraitDef, depth int) string {
	if tr.Std || depth > 16 {
		return ""
	}
	if len(tr.Consts) > 0 {
		return "it contains the associated const `" + tr.Consts[0].Name.Name + "`"
	}
	for _, name := range tr.Order {
		m := tr.Methods[name]
		if m.Decl != nil && selfSized(m.Decl.Generics) {
			continue
		}
		switch {
		case m.Self == NoSelf:
			return "associated function `" + name + "` has no `self` parameter"
		case len(m.Generics) > m.NOwner:
			return "method `" + name + "` has generic type parameters"
		case mentionsSelf(m):
			return "method `" + name + "` references the `Self` type in its parameters or return type"
		}
	}
	for _, s := range tr.Supers {
		if why := dynIncompatible(s, depth+1); why != "" {
			return why
		}
	}
	return ""
}

// selfSized reports whether generics carry `where Self: Sized`.
func selfSized(g *ast.Generics) bool {
	if g == nil {
		return false
	}
	for _, w := range g.Where {
		pt, ok := w.Ty.(*ast.PathType)
		if !ok || pt.Path.Last() != "Self" {
			continue
		}
		for _, b := range w.Bounds {
			if bp, ok := b.(*ast.PathType); ok && bp.Path.Last() == "Sized" {
				return true
			}
		}
	}
	return false
}

// implAssocTypes resolves the associated types of a trait impl that its
// methods' signatures may name: type Output = V2; of an operator trait,
// type Err = E; of FromStr (Result<Self, Self::Err>).
func (l *lowerer) implAssocTypes(p pendingImpl, env *typeEnv) map[string]Ty {
	if p.decl.Trait == nil || p.mod.Std {
		return nil
	}
	tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
	if !ok {
		return nil
	}
	var out map[string]Ty
	for _, it := range p.decl.Items {
		at, isType := it.(*ast.AssocTypeDecl)
		if !isType || at.Value == nil {
			continue
		}
		if (tr.Go["op"] != "" || tr.Go["unary_op"] != "" || tr.Std && tr.Name == "Index") && at.Name.Name == "Output" || tr.Std && tr.Name == "FromStr" && at.Name.Name == "Err" || tr.Std && tr.Name == "TryFrom" && at.Name.Name == "Error" ||
			!tr.Std && slices.Contains(tr.Assoc, at.Name.Name) {
			if out == nil {
				out = map[string]Ty{}
			}
			out[at.Name.Name] = l.astType(at.Value, env)
		}
	}
	return out
}

func (l *lowerer) pathType(t *ast.PathType, env *typeEnv) Ty {
	p := t.Path
	if len(p.Segments) == 1 && len(p.Segments[0].Args) == 0 {
		name := p.Segments[0].Name.Name
		if pt := env.param(name); pt != nil {
			return pt
		}
		if name == "Self" && env.self != nil {
			return env.self
		}
		if prim, ok := prims[name]; ok {
			if _, shadowed := env.mod.Items[name]; !shadowed {
				return prim
			}
		}
	}
	if len(p.Segments) == 2 && len(p.Segments[0].Args) == 0 && p.Segments[0].Name.Name != "Self" && env.param(p.Segments[0].Name.Name) != nil {
		if pt := env.param(p.Segments[0].Name.Name + "_" + p.Segments[1].Name.Name); pt != nil {
			return pt // R::Acc: the synthesized parameter R_Acc (assocParams)
		}
		// A struct field Option<S::Item>: the type would need a parameter
		// for it, which only functions get.
		l.diags.Unsupported(p.Span, "associated type `%s` of a type parameter here", pathString(p))
		return tyUnit
	}
	if len(p.Segments) == 2 && p.Segments[0].Name.Name == "Self" && env.assoc[p.Segments[1].Name.Name] != nil {
		return env.assoc[p.Segments[1].Name.Name] // Result<Self, Self::Err>
	}
	if len(p.Segments) == 2 && p.Segments[0].Name.Name == "Self" && p.Segments[1].Name.Name == "Item" {
		if a, ok := env.self.(*Adt); ok && a.Def.IterItem != nil { // Option<Self::Item>
			return iterItem(a)
		}
	}
	item := l.resolvePath(env.mod, pathNames(p))
	if al, ok := item.(*AliasDef); ok && !al.busy {
		return l.aliasType(al, p, env)
	}
	td, ok := item.(*TypeDef)
	if !ok {
		if l.inStd(env.mod, pathNames(p)) {
			l.diags.Unsupported(p.Span, "std type `%s`", pathString(p))
		} else {
			l.diags.Errorf(p.Span, "E0412", "cannot find type `%s` in this scope", p.Last())
		}
		return tyUnit
	}
	var args []Ty
	for _, a := range p.Segments[len(p.Segments)-1].Args {
		args = append(args, l.astType(a, env))
	}
	if len(args) != len(td.Generics) {
		if len(args) == 0 && env.infer != nil {
			for range td.Generics {
				args = append(args, env.infer())
			}
		} else {
			l.diags.Errorf(p.Span, "E0107", "wrong number of generic arguments for `%s`: expected %d, found %d",
				td.Name, len(td.Generics), len(args))
			return tyUnit
		}
	}
	return &Adt{Def: td, Args: args}
}

func pathNames(p *ast.Path) []string {
	var out []string
	for _, s := range p.Segments {
		out = append(out, s.Name.Name)
	}
	return out
}

// traitSigs computes the signatures of a trait's methods (Self is the
// parameter selfParam) and resolves its supertraits.
func (l *lowerer) traitSigs(tr *TraitDef) {
	gen := genericNames(tr.Decl.Generics)
	if len(gen) > 0 && !tr.Std {
		l.diags.Unsupported(tr.Decl.Generics.Span, "generic trait")
		return
	}
	for _, s := range tr.Decl.Supers {
		if pt, ok := s.(*ast.PathType); ok {
			if st, ok := l.resolvePath(tr.Module, pathNames(pt.Path)).(*TraitDef); ok {
				tr.Supers = append(tr.Supers, st)
			}
		}
	}
	markers := map[string]Ty{} // Self::Acc in the methods' signatures
	for _, it := range tr.Decl.Items {
		if at, ok := it.(*ast.AssocTypeDecl); ok && !tr.Std && at.Value == nil {
			tr.Assoc = append(tr.Assoc, at.Name.Name)
			gp := &GenParam{}
			l.addBounds(gp, at.Bounds, &typeEnv{mod: tr.Module})
			if tr.AssocBounds == nil {
				tr.AssocBounds = map[string][]*TraitDef{}
			}
			tr.AssocBounds[at.Name.Name] = gp.Traits
			markers[at.Name.Name] = &AssocTy{Trait: tr, Name: at.Name.Name}
		}
	}
	l.implAssoc = markers
	defer func() { l.implAssoc = nil }()
	for _, it := range tr.Decl.Items {
		if cd, isConst := it.(*ast.ConstDecl); isConst && !tr.Std {
			tr.Consts = append(tr.Consts, cd)
			continue
		}
		if at, ok := it.(*ast.AssocTypeDecl); ok && markers[at.Name.Name] != nil {
			continue
		}
		d, ok := it.(*ast.FnDecl)
		if !ok {
			if !tr.Std {
				l.diags.Unsupported(it.Pos(), "associated item in a trait other than a method")
			}
			continue
		}
		if tr.Methods[d.Name.Name] != nil && !tr.Std {
			l.diags.Errorf(d.Span, "E0428", "the name `%s` is defined multiple times", d.Name.Name)
			continue
		}
		fn := &FnDef{Name: d.Name.Name, Path: tr.Path + "::" + d.Name.Name, Decl: d, Std: tr.Std,
			Go: goAttr(d.Attrs), Trait: tr.Name, TraitDef: tr, SelfTy: selfParam}
		l.fnSig(fn, tr.Module, nil, selfParam)
		tr.Methods[fn.Name] = fn
		tr.Order = append(tr.Order, fn.Name)
	}
}

// missingItems lists, quoted and in the trait's declaration order, the
// consts without a default and the methods without a body that an impl
// does not provide (rustc's E0046 names them all at once).
func (tr *TraitDef) missingItems(provided map[string]bool) []string {
	type item struct {
		name string
		at   int
	}
	var items []item
	for _, d := range tr.Consts {
		if !provided[d.Name.Name] && d.Value == nil {
			items = append(items, item{d.Name.Name, d.Span.Start})
		}
	}
	for _, name := range tr.Order {
		if m := tr.Methods[name]; !provided[name] && m.Decl.Body == nil {
			items = append(items, item{name, m.Decl.Span.Start})
		}
	}
	sort.Slice(items, func(i, j int) bool { return items[i].at < items[j].at })
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = "`" + it.name + "`"
	}
	return names
}

// inheritDefaults gives a type the default methods of a trait it
// implements without overriding them: each is lowered again for that type
// (Self = the type), as Go interfaces carry no bodies.
func (l *lowerer) inheritDefaults(p pendingImpl, provided map[string]bool) {
	if p.decl.Trait == nil {
		return
	}
	tr, ok := l.resolvePath(p.mod, pathNames(p.decl.Trait)).(*TraitDef)
	if ok && tr.Std {
		req := tr.Go["required"]
		if req == "" && tr.Go["op"] != "" {
			req = tr.Go["fn"] // impl Add for V2 needs add
		}
		if req != "" && !provided[req] && !p.mod.Std {
			l.diags.Errorf(p.decl.Span, "E0046", "not all trait items implemented, missing: `%s`", req)
		}
		return
	}
	if !ok {
		return
	}
	gen := genericNames(p.decl.Generics)
	self := l.astType(p.decl.SelfTy, &typeEnv{mod: p.mod, generics: gen})
	if p.self != nil {
		gen, self = without(gen, p.alias), p.self
	}
	adt, ok := self.(*Adt)
	if !ok {
		return
	}
	if missing := tr.missingItems(provided); len(missing) > 0 {
		l.diags.Errorf(p.decl.Span, "E0046", "not all trait items implemented, missing: %s", strings.Join(missing, ", "))
		return
	}
	for _, d := range tr.Consts {
		name := d.Name.Name
		if provided[name] {
			continue
		}
		l.declareAssocConst(adt.Def, self, name, d, tr.Module, &typeEnv{mod: tr.Module})
	}
	for _, name := range tr.Order {
		m := tr.Methods[name]
		if provided[name] || m.Decl.Body == nil {
			continue
		}
		fn := &FnDef{Name: name, Path: adt.Def.Path + "::" + name, Owner: adt.Def, Decl: m.Decl,
			Trait: tr.Name, NOwner: len(gen), SelfTy: self}
		for _, g := range gen {
			fn.Generics = append(fn.Generics, &GenParam{Name: g})
		}
		l.implAssoc = adt.Def.Assoc[tr.Name] // Self::Item in the default's signature
		l.fnSig(fn, tr.Module, gen, self)
		l.implAssoc = nil
		l.addTraitMethod(adt.Def, fn)
		l.fns = append(l.fns, pendingFn{fn: fn, mod: tr.Module})
	}
}

// addTraitMethod registers a trait method of a type.
// duplicateMethod reports a method defined twice in one impl (twice in
// the block: dup), or twice across the inherent impls of a type, as rustc
// does, and whether fn is such a duplicate.
func (l *lowerer) duplicateMethod(def *TypeDef, fn *FnDef, dup bool) bool {
	if old := def.Methods[fn.Name]; fn.Trait == "" && old != nil && old.Trait == "" && !old.Std {
		if instanceOf(fn.SelfTy) && instanceOf(old.SelfTy) && old.SelfTy.String() != fn.SelfTy.String() {
			l.diags.Unsupported(fn.Decl.Name.Span, "methods named `%s` in impls for two instantiations of `%s` (`%s`, `%s`)", fn.Name, def.Name, old.SelfTy, fn.SelfTy)
			return true
		}
		dup = true
	}
	switch {
	case !dup:
		return false
	case fn.Trait != "":
		l.diags.Errorf(fn.Decl.Span, "E0201", "duplicate definitions with name `%s`:", fn.Name)
	default:
		l.diags.Errorf(fn.Decl.Span, "E0592", "duplicate definitions with name `%s`", fn.Name)
	}
	return true
}

func (l *lowerer) addTraitMethod(def *TypeDef, fn *FnDef) {
	if def.Traits == nil {
		def.Traits = map[string]map[string]*FnDef{}
	}
	if def.Traits[fn.Trait] == nil {
		def.Traits[fn.Trait] = map[string]*FnDef{}
	}
	def.Traits[fn.Trait][fn.Name] = fn
	if def.Methods[fn.Name] == nil || def.Methods[fn.Name].Trait != "" {
		def.Methods[fn.Name] = fn
	}
}

// addBounds records a generic parameter's Fn bounds and trait bounds.
func (l *lowerer) addBounds(p *GenParam, bounds []ast.Type, env *typeEnv) {
	for _, b := range bounds {
		if fb := l.fnBound(b, env); fb != nil {
			p.Bounds = append(p.Bounds, fb)
			continue
		}
		if pt, ok := b.(*ast.PathType); ok {
			if tr, ok := l.resolvePath(env.mod, pathNames(pt.Path)).(*TraitDef); ok {
				p.Traits = append(p.Traits, tr)
				if seg := pt.Path.Segments[len(pt.Path.Segments)-1]; !tr.Std && len(seg.Bindings) > 0 {
					if p.Binds == nil {
						p.Binds = map[string]ast.Type{}
					}
					for _, bd := range seg.Bindings {
						p.Binds[bd.Name.Name] = bd.Type
					}
				}
			}
		}
	}
}

// selfParamTy is the type of method fn's self parameter where Self is
// self: &Self, &mut Self, Self, or its explicit Box<Self>, &Arc<Self>, ...
func selfParamTy(fn *FnDef, self Ty) Ty {
	switch {
	case fn.RecvTy != nil:
		t := fn.RecvTy
		r, ref := t.(*RefTy)
		if ref {
			t = r.Elem
		}
		if a, ok := t.(*Adt); ok && len(a.Args) == 1 {
			t = &Adt{Def: a.Def, Args: []Ty{self}}
		}
		if ref {
			return &RefTy{Mut: r.Mut, Elem: t}
		}
		return t
	case fn.Self == SelfRef:
		return &RefTy{Elem: self}
	case fn.Self == SelfMut:
		return &RefTy{Mut: true, Elem: self}
	}
	return self
}

// sameTy reports whether the types of two declarations are the same
// (Self written out in a signature is the impl's self type itself).
func sameTy(a, b Ty) bool {
	return a == b || a != nil && b != nil && a.String() == b.String()
}

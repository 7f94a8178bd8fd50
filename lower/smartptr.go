package lower

import (
	"regexp"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Smart pointers: std types that Deref to their first generic argument
// through a Go method (Arc, Rc, MutexGuard, RwLock guards, Ref, RefMut,
// LazyLock). Their model says
//
//	#[go(deref = "arg", deref_ptr = "Ptr", deref_get = "Get")]
//
// deref_ptr names the Go method giving a pointer to the target (so that
// `*g += 1` and `g.push(x)` write through it), deref_get one giving a copy
// (a read). Rust's auto-deref goes through them for method calls, field
// accesses and indexing; `*p` derefs them explicitly. A receiver that is a
// temporary (`m.lock().unwrap().push(x)`) is kept until the end of the
// statement, where its drop (the unlock) runs.

// smartPtr reports whether t is a smart pointer with a Go deref method.
func smartPtr(t Ty) (*Adt, bool) {
	adt, ok := t.(*Adt)
	if !ok || !adt.Def.Std || adt.Def.Go["deref_ptr"] == "" || len(adt.Args) == 0 {
		return nil, false
	}
	return adt, true
}

// noteRecvOwner records where the method of a method call was found, so
// that the builder derefs the receiver exactly as far (Arc::clone is
// Arc's own; lock() on an Arc<Mutex<T>> goes through the Arc).
func (c *checker) noteRecvOwner(recv ast.Expr, fn *FnDef) {
	if c.recvOwner == nil {
		c.recvOwner = map[ast.Expr]*TypeDef{}
	}
	c.recvOwner[recv] = fn.Owner
}

// instantiateMethod gives fresh variables to a method's generics and
// binds the impl's ones by unifying the impl's self type with the
// receiver's type (owner: its generic arguments). This handles impls on a
// specific instantiation, as `impl<T> LocalKey<Cell<T>>`, and impls whose
// generics differ from the type's, as `impl Box<dyn Any + Send>`.
func (c *checker) instantiateMethod(fn *FnDef, owner []Ty) []Ty {
	st, ok := fn.SelfTy.(*Adt)
	if !ok || fn.Owner == nil || len(owner) != len(fn.Owner.Generics) || st.Def != fn.Owner {
		return c.instantiate(fn, owner)
	}
	args := c.freshArgs(len(fn.Generics))
	c.unify(subst(st, args), &Adt{Def: fn.Owner, Args: owner})
	return args
}

// ufcsCall checks Type::method(recv, args...), a method called as an
// associated function: the first argument is the receiver, taken as the
// method takes self (no auto-deref).
func (c *checker) ufcsCall(e *ast.CallExpr, ci *callInfo) Ty {
	fn := ci.fn
	self := fn.SelfTy
	if self == nil {
		self = c.newVar(GeneralVar)
	}
	self = subst(self, ci.args)
	if adt, ok := self.(*Adt); ok && len(adt.Args) == 1 && adt.Def == c.l.stdDef("__blanket", "Any") {
		// A blanket method (Clone::clone(&p)): Self is the type itself.
		// Only those whose lowering does not need method-call syntax.
		if !ufcsBlanket[fn.Name] {
			c.unsupported(e.Span, "`%s` called as a path", fn.Name)
			return c.newVar(GeneralVar)
		}
		self = adt.Args[0]
	}
	if adt, ok := self.(*Adt); ok && len(adt.Args) == 1 && adt.Def.Go["prim"] != "" {
		self = adt.Args[0] // i32::max(a, b): the methods of every integer take Self = i32
	}
	c.checkExpr(e.Args[0], selfParamTy(fn, self))
	c.noteRecvOwner(e.Args[0], fn)
	return c.callArgs(e.Span, fn, ci.args, e.Args[1:], e.Args[0])
}

// isUFCS reports whether a call of fn with args passes the receiver as
// its first argument.
func isUFCS(fn *FnDef, args []ast.Expr) bool {
	return fn.Owner != nil && fn.Self != NoSelf && len(args) == len(fn.Params)+1
}

// derefPtr is the Go expression of a pointer to the target of smart
// pointer v (a Go value of type adt).
func derefPtr(v ir.Expr, adt *Adt) ir.Expr {
	return &ir.Call{Fun: &ir.Selector{X: v, Name: adt.Def.Go["deref_ptr"]}, Pure: true}
}

// derefPlace is the Go place of the target of smart pointer v.
func derefPlace(v ir.Expr, adt *Adt) ir.Expr {
	return &ir.Unary{Op: "*", X: derefPtr(v, adt)}
}

// derefValue is a Go value (a copy) of the target of smart pointer v.
func derefValue(v ir.Expr, adt *Adt) ir.Expr {
	if get := adt.Def.Go["deref_get"]; get != "" {
		return &ir.Call{Fun: &ir.Selector{X: v, Name: get}, Pure: true}
	}
	return derefPlace(v, adt)
}

// selBase simplifies a place used as the operand of a Go selector:
// (*p).f is p.f when p points to a non-pointer (Go derefs it), and the
// target of a smart pointer that is itself a Go pointer (the *Mutex of an
// Arc<Mutex<T>>) is read with the smart pointer's getter: arc.Get().Lock().
func (b *builder) selBase(x ir.Expr, t Ty) ir.Expr {
	u, ok := x.(*ir.Unary)
	if !ok || u.Op != "*" {
		return x
	}
	if t == nil {
		return x
	}
	if _, isPtr := b.goType(t, ast.Span{}).(*ir.Pointer); !isPtr {
		return u.X
	}
	if call, ok := u.X.(*ir.Call); ok && len(call.Args) == 0 {
		if sel, ok := call.Fun.(*ir.Selector); ok && (sel.Name == "Ptr" || sel.Name == "Force") {
			return &ir.Call{Fun: &ir.Selector{X: sel.X, Name: "Get"}, Pure: true}
		}
	}
	return x
}

// addrOfPlace is &x, simplified to p when x is *p.
func addrOfPlace(x ir.Expr) ir.Expr {
	if u, ok := x.(*ir.Unary); ok && u.Op == "*" {
		return u.X
	}
	return &ir.Unary{Op: "&", X: x}
}

// derefAddr is *x, or v where x is &v.
func derefAddr(x ir.Expr) ir.Expr {
	if u, ok := x.(*ir.Unary); ok && u.Op == "&" {
		return u.X
	}
	return &ir.Unary{Op: "*", X: x}
}

// derefStep applies one auto-deref step to v, a Go expression of Rust
// type t: through a Go pointer reference, a pointer Box, or a smart
// pointer. It returns the new expression and type, or ok=false when t does
// not deref (or derefs without a Go operation: Vec to [T], String to str,
// a value Box).
func (b *builder) derefStep(v ir.Expr, t Ty) (ir.Expr, Ty, bool) {
	switch x := b.c.resolve(t, true).(type) {
	case *RefTy:
		if b.refIsPtr(x) {
			if _, elemPtr := b.goType(x.Elem, ast.Span{}).(*ir.Pointer); !elemPtr {
				v = &ir.Unary{Op: "*", X: v}
			}
		}
		return v, x.Elem, true
	case *Adt:
		if !x.Def.Std || len(x.Args) == 0 {
			return v, t, false
		}
		if _, ok := smartPtr(x); ok {
			return derefPlace(v, x), x.Args[0], true
		}
		if x.Def.Go["box"] != "" {
			if b.boxIsPtr(x) {
				v = &ir.Unary{Op: "*", X: v}
			}
			return v, x.Args[0], true
		}
	}
	return v, t, false
}

// hasSmartDeref reports whether auto-deref of t passes a smart pointer.
func (b *builder) hasSmartDeref(t Ty) bool {
	for i := 0; i < 16; i++ {
		switch x := b.c.resolve(t, true).(type) {
		case *RefTy:
			t = x.Elem
			continue
		case *Adt:
			if _, ok := smartPtr(x); ok {
				return true
			}
			if x.Def.Go["box"] != "" && len(x.Args) > 0 {
				t = x.Args[0]
				continue
			}
		}
		return false
	}
	return false
}

// autoDerefAll derefs v (of Rust type t) through references, boxes and
// smart pointers, for a field access or an index: the Go place of the
// innermost value and its type.
func (b *builder) autoDerefAll(v ir.Expr, t Ty) (ir.Expr, Ty) {
	for i := 0; i < 16; i++ {
		nv, nt, ok := b.derefStep(v, t)
		if !ok {
			break
		}
		v, t = nv, nt
	}
	return v, b.c.resolve(t, true)
}

// derefOperand lowers the operand of a field access or index whose type
// auto-derefs through a smart pointer: a temporary guard is kept to the
// end of the statement. ok is false when no smart pointer is involved
// (the caller's own lowering applies).
func (b *builder) derefOperand(x ast.Expr) (ir.Expr, Ty, bool) {
	t := b.c.final(x)
	if !b.hasSmartDeref(t) {
		return nil, nil, false
	}
	v, inner := b.autoDerefAll(b.read(x), t)
	return v, inner, true
}

// recvFor derefs a method receiver (lowered to v, of Rust type t) until it
// reaches the type that owns the method, as rustc's method probe did.
func (b *builder) recvFor(v ir.Expr, t Ty, owner *TypeDef) ir.Expr {
	for i := 0; i < 16; i++ {
		if adt, ok := b.c.resolve(t, true).(*Adt); ok && adt.Def == owner {
			return v
		}
		nv, nt, ok := b.derefStep(v, t)
		if !ok {
			return v
		}
		v, t = nv, nt
	}
	return v
}

// smartRecv lowers the receiver of a user method reached through a smart
// pointer (bank.transfer(..) on an Arc<Bank>): a pointer to the value
// when the method takes a pointer, the value otherwise.
func (b *builder) smartRecv(recv ast.Expr, fn *FnDef, wantPtr bool) (ir.Expr, bool) {
	t := b.c.final(recv)
	if !b.hasSmartDeref(t) {
		return nil, false
	}
	v := b.recvFor(b.read(recv), t, fn.Owner)
	if wantPtr {
		if u, ok := v.(*ir.Unary); ok && u.Op == "*" {
			return u.X, true
		}
		return &ir.Unary{Op: "&", X: v}, true
	}
	return v, true
}

// smartDerefExpr lowers *x for a smart pointer x: a read of the target.
func (b *builder) smartDerefExpr(x ast.Expr) (ir.Expr, bool) {
	adt, ok := smartPtr(b.c.final(x))
	if !ok {
		return nil, false
	}
	return derefValue(b.read(x), adt), true
}

// smartDerefPlace lowers the place *x for a smart pointer x.
func (b *builder) smartDerefPlace(x ast.Expr) (ir.Expr, bool) {
	adt, ok := smartPtr(b.c.final(x))
	if !ok {
		return nil, false
	}
	return derefPlace(b.read(x), adt), true
}

// smartDerefAddr lowers &*x (and &mut *x) for a smart pointer x: the
// pointer to its target.
func (b *builder) smartDerefAddr(x ast.Expr) (ir.Expr, bool) {
	adt, ok := smartPtr(b.c.final(x))
	if !ok {
		return nil, false
	}
	return derefPtr(b.read(x), adt), true
}

// fieldGoName is the Go selector of field name of a value of type t.
func fieldGoName(t Ty, name string) string {
	if _, ok := t.(*TupleTy); ok {
		return "F" + name
	}
	return goFieldName(name)
}

// recvSmart lowers a method receiver whose auto-deref to the method's
// owner passes a smart pointer (lock() on an Arc<Mutex<T>>, push on a
// MutexGuard<Vec<T>>): the place of the value that owns the method.
func (b *builder) recvSmart(recv ast.Expr) (ir.Expr, bool) {
	owner, ok := b.c.recvOwner[recv]
	if !ok {
		return nil, false
	}
	t := b.c.final(recv)
	if !b.hasSmartDeref(t) {
		return nil, false
	}
	if adt, ok := b.c.derefAll(t).(*Adt); ok && adt.Def == owner {
		return nil, false // the smart pointer's own method (Arc::clone)
	}
	return b.recvFor(b.read(recv), t, owner), true
}

// recvMoved is the receiver of a method taking self by value: the value
// is moved into the call (a temporary is not kept for a drop at the end
// of the statement: the callee owns it now).
func (b *builder) recvMoved(recv ast.Expr) ir.Expr {
	if v, ok := b.recvSmart(recv); ok {
		return v
	}
	return b.autoDeref(b.valueOf(recv), b.c.final(recv))
}

// stdAssocConst declares an associated const of a std model impl
// (`#[go(value = "rt.DurationZero")] pub const ZERO: Duration;`).
func (l *lowerer) stdAssocConst(def *TypeDef, d *ast.ConstDecl, env *typeEnv) {
	if def.Consts == nil {
		def.Consts = map[string]*ConstDef{}
	}
	def.Consts[d.Name.Name] = &ConstDef{Name: d.Name.Name, Type: l.astType(d.Type, env),
		Module: def.Module, Span: d.Span, TyDecl: d.Type, Go: goAttr(d.Attrs)}
}

// keepBeforeDrops computes v (the value of e, the last expression of a
// statement) into a variable when the statement has temporaries to drop:
// `*m.lock().unwrap()` as a function's tail must be read before the guard
// unlocks, not after.
func (b *builder) keepBeforeDrops(v ir.Expr, e ast.Expr) ir.Expr {
	n := len(b.fs.temps)
	if v == nil || n == 0 || len(b.fs.temps[n-1]) == 0 {
		return v
	}
	switch v.(type) {
	case *ir.Lit, *ir.VarRef:
		return v
	}
	tmp := b.temp("v", b.c.final(e), e.Pos())
	b.emit(&ir.DeclStmt{Var: tmp, Value: v, Span: e.Pos()})
	return &ir.VarRef{Var: tmp}
}

// unreachable is panic("unreachable"): the terminating statement Go
// requires after a call that never returns (rt's panics) at the end of a
// function with a result.
func unreachable() ir.Stmt {
	return &ir.ExprStmt{X: &ir.Call{Fun: &ir.Qual{Name: "panic"}, Args: []ir.Expr{&ir.Lit{Value: "unreachable"}}}}
}

// unifyFnBound gives a function or closure value, or a reference to one,
// passed for an Fn-bounded parameter (thread::spawn(describe),
// call_twice(&mut tick)) the bound's signature.
func (c *checker) unifyFnBound(bound *FnBound, t Ty) {
	t = c.shallow(t)
	for { // &F, &mut F and Box<F> implement the Fn traits F implements
		if r, ok := t.(*RefTy); ok {
			t = c.shallow(r.Elem)
			continue
		}
		if a, ok := t.(*Adt); ok && a.Def.Go["box"] != "" && len(a.Args) == 1 {
			t = c.shallow(a.Args[0])
			continue
		}
		break
	}
	var params []Ty
	var ret Ty
	switch ft := t.(type) {
	case *FnTy:
		params, ret = ft.Params, ft.Ret
	case *ClosureTy:
		params, ret = ft.Params, ft.Ret
	case *ParamTy: // the caller's own F: FnOnce() -> String passed on
		fb := c.genericFnBound(ft.Name)
		if fb == nil {
			return
		}
		params, ret = fb.Params, fb.Ret
	default:
		return
	}
	if len(params) == len(bound.Params) {
		c.unifyList(params, bound.Params)
		if ok, handled := c.intoIterCoercible(bound.Ret, ret); handled && ok {
			return // flat_map(char::to_uppercase): F returns an IntoIterator (std_check.go)
		}
		c.unify(ret, bound.Ret)
	}
}

// noteDiverging marks a type variable unified with `!`: if nothing else
// decides it, it becomes () (Rust's never-type fallback: the T of
// thread::spawn(|| panic!(..)) is ()).
func (c *checker) noteDiverging(t Ty) {
	if v, ok := t.(*TyVar); ok && v.Kind == GeneralVar {
		if c.diverging == nil {
			c.diverging = map[int]bool{}
		}
		c.diverging[v.ID] = true
	}
}

// joinDiverging keeps the diverging mark when two variables are unified.
func (c *checker) joinDiverging(v, w *TyVar) {
	if c.diverging[v.ID] || c.diverging[w.ID] {
		c.noteDiverging(v)
		c.noteDiverging(w)
	}
}

// smartCoerce lowers a deref coercion through smart pointers: x (the Go
// value of e, a reference to a guard, an Arc, ...) where a reference to
// the target (or to what the target derefs to without a Go operation, as
// Vec<T> to [T]) is expected.
func (b *builder) smartCoerce(e ast.Expr, x ir.Expr, want *RefTy) (ir.Expr, bool) {
	gt, ok := b.c.final(e).(*RefTy)
	if !ok || !b.hasSmartDeref(gt.Elem) {
		return nil, false
	}
	v := x
	if b.refIsPtr(gt) {
		if _, elemPtr := b.goType(gt.Elem, ast.Span{}).(*ir.Pointer); elemPtr {
			v = &ir.Unary{Op: "*", X: v}
		}
	}
	target := b.c.resolve(want.Elem, true)
	t := b.c.resolve(gt.Elem, true)
	for i := 0; i < 16; i++ {
		if b.c.unifyProbe(t, target) {
			break
		}
		nv, nt, ok := b.derefStep(v, t)
		if !ok {
			break // Vec<T> to [T], String to str: the same Go value
		}
		v, t = nv, b.c.resolve(nt, true)
	}
	if b.refIsPtr(want) {
		return addrOfPlace(v), true
	}
	return v, true
}

// dropWith returns the Dropper of a reference-counted pointer (model key
// drop_with = "DropWith") whose value has drop glue: the last handle's drop
// drops the value (an Rc<RefCell<Node>> drops the Node's children); and of
// a container holding its value (drop_ptr = "Ptr": Mutex, RefCell), whose
// drop drops the value.
func (b *builder) dropWith(v ir.Expr, t *Adt) (ir.Expr, bool) {
	m, ptr := t.Def.Go["drop_with"], t.Def.Go["drop_ptr"]
	if !t.Def.Std || (m == "" && ptr == "") || len(t.Args) == 0 || !b.hasDropGlue(t.Args[0]) {
		return nil, false
	}
	elem := t.Args[0]
	if ptr != "" { // a container holding its value inline (Mutex, RefCell): drop the value
		place := &ir.Unary{Op: "*", X: &ir.Call{Fun: &ir.Selector{X: v, Name: ptr}}}
		return b.dropFunc(&ir.Call{Fun: &ir.Selector{X: b.dropper(place, elem), Name: "Drop"}}), true
	}
	p := &ir.Var{Name: "p", Type: &ir.Pointer{Elem: b.goType(elem, ast.Span{})}, Temp: true}
	glue := &ir.FuncLit{Params: []*ir.Var{p}, Body: &ir.Block{Stmts: []ir.Stmt{
		b.dropCall(&ir.Unary{Op: "*", X: &ir.VarRef{Var: p}}, elem)}}}
	return b.dropFunc(&ir.Call{Fun: &ir.Selector{X: v, Name: m}, Args: []ir.Expr{glue}}), true
}

// blanketRecv is the receiver type at which a blanket method (clone,
// to_string, ...) applies: a lock guard or a Ref is not Clone, so
// guard.clone() clones the value behind it, as Rust's auto-deref finds.
func (c *checker) blanketRecv(t Ty) Ty {
	cur := c.resolve(t, false)
	for i := 0; i < 8; i++ {
		inner := c.derefAll(cur)
		adt, ok := smartPtr(inner)
		if !ok || adt.Def.Methods["clone"] != nil {
			return cur
		}
		cur = c.resolve(adt.Args[0], false)
	}
	return cur
}

// unsizeSmart lowers the unsizing coercion of a new Rc or Arc to one of a
// trait object (let s: Rc<dyn Shape> = Rc::new(Circle{..})): the Go
// constructor is instantiated with the interface type, which the value
// converts to. An existing handle cannot change its Go type while it
// shares its count: that is reported as unsupported.
func (b *builder) unsizeSmart(e ast.Expr, x ir.Expr, want Ty) (ir.Expr, bool) {
	wt, ok := b.c.resolve(want, true).(*Adt)
	if !ok || wt.Def.Go["unsize"] == "" || len(wt.Args) != 1 {
		return nil, false
	}
	if _, isDyn := wt.Args[0].(*DynTy); !isDyn {
		return nil, false
	}
	if gt, ok := b.c.final(e).(*Adt); ok {
		if _, gotDyn := gt.Args[0].(*DynTy); gotDyn {
			return nil, false
		}
	}
	if call, ok := x.(*ir.Call); ok {
		if q, ok := call.Fun.(*ir.Qual); ok && q.Pkg == "rt" && (q.Name == "NewRc" || q.Name == "NewArc") {
			call.TypeArgs = []ir.Type{b.goType(wt.Args[0], e.Pos())}
			return call, true
		}
	}
	b.unsupported(e.Pos(), "converting an existing `%s` to `%s`", b.c.final(e), wt)
	return x, true
}

// countObservers are the Arc/Rc functions whose result depends on the
// reference count.
var countObservers = regexp.MustCompile(`\b(strong_count|weak_count|try_unwrap|into_inner|get_mut|make_mut|downgrade|unwrap_or_clone)\b`)

// countedGlue reports whether a std type with a drop method has drop glue.
// For a reference-counted pointer (model key `counted`) the count is
// kept exact only where the program can observe it (it names one of
// countObservers anywhere) or where the last drop must drop the value
// (the value has drop glue); otherwise dropping an Arc is left to the GC,
// which keeps the Go code free of drop bookkeeping for the common
// Arc<Mutex<T>>.
func (l *lowerer) countedGlue(t *Adt, depth int, params func(*ParamTy) bool) bool {
	if t.Def.Go["counted"] == "" {
		return true
	}
	if l.counts == 0 {
		l.counts = -1
		if countObservers.Match(l.file.Src) {
			l.counts = 1
		}
	}
	if l.counts > 0 {
		return true
	}
	for _, a := range t.Args {
		if l.glue(a, depth+1, params) {
			return true
		}
	}
	return false
}

// ufcsBlanket lists the blanket std methods that may be called by path
// (Clone::clone(&x), ToString::to_string(&5)).
var ufcsBlanket = map[string]bool{"clone": true, "to_string": true, "to_owned": true}

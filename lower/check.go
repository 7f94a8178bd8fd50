package lower

import (
	"slices"

	"github.com/rs2go/rs2go/frontend/ast"
)

// checker infers the types of one function body and resolves its names.
// Its side tables are what the builder reads; it never builds IR.
type checker struct {
	l    *lowerer
	fn   *FnDef
	mod  *Module
	bind map[int]Ty
	// trail records the bindings unifyProbe undoes while probing > 0.
	trail   []bindUndo
	probing int

	types         map[ast.Expr]Ty
	locals        map[ast.Node]*Local      // binding sites (IdentPat, SelfParam) → local
	refs          map[*ast.PathExpr]*Local // uses of locals
	items         map[*ast.PathExpr]any    // uses of items (*FnDef, *VariantDef)
	calls         map[ast.Expr]*callInfo   // resolved calls and method calls
	fmtForwards   map[*ast.CallExpr]string // fmt::Display::fmt(&x, f): the trait (fmt_forward.go)
	closure       map[*ast.ClosureExpr]*closureInfo
	coerced       map[ast.Expr]Ty            // expressions coerced to the recorded type
	prechecked    map[ast.Expr]Ty            // checked already, then wrapped in a call (userIterRecv)
	refMutBind    map[*ast.IdentPat]bool     // bindings by &mut (`ref mut x`, through &mut)
	unaryOps      map[*ast.UnaryExpr]*FnDef  // -v through a user impl Neg (dict.go)
	assignOps     map[*ast.AssignExpr]*FnDef // a += b through a user impl AddAssign
	opArgs        map[ast.Expr][]Ty          // an operator impl's type arguments on a generic type (opImplArgs)
	paramOps      map[ast.Expr]string        // -x and x += y on a type parameter: its dictionary entry
	structVariant map[*ast.StructExpr]*VariantDef
	// callee is the path of the call being checked (E::from(x), not
	// .map(E::from)).
	callee *ast.PathExpr
	// parenSpan is the span of the parentheses around a binary
	// operation, where an overflow in it is reported.
	parenSpan  map[*ast.BinaryExpr]ast.Span
	patTypes   map[ast.Pat]Ty
	patVariant map[ast.Pat]*VariantDef
	patStruct  map[ast.Pat]*TypeDef
	fnOnce     map[*ast.ClosureExpr]bool    // closures passed where FnOnce is expected
	argSites   map[*ast.ClosureExpr]argSite // closures passed where an Fn bound is expected (closure_fate.go)
	recvOwner  map[ast.Expr]*TypeDef        // method receivers → the type owning the method (smartptr.go)
	ops        map[*ast.BinaryExpr]*opUse   // operators through a user impl or a dictionary (dict.go)
	diverging  map[int]bool                 // type variables unified with `!` (fall back to ())
	// genericRet are closures passed where the bound's result is a type
	// parameter (F: FnOnce() -> R): a Go func returning R, an rt.Unit
	// where the closure returns ().
	genericRet map[*ast.ClosureExpr]bool
	// constPats are the consts used as patterns, as path expressions
	// (check_pat.go).
	constPats map[ast.Pat]*ast.PathExpr
	// bindScopes are the patterns of match arms, if let and while let
	// with the spans their bindings live in; writeBackOK the `&mut`
	// bindings in them whose scope mutates nothing else
	// (payloadWriteBack, own_writeback.go).
	bindScopes  []bindScope
	writeBackOK map[*ast.IdentPat]bool

	scope    *scope
	depthOf  map[*Local]int
	closures []*closureInfo // enclosing closures, innermost last
	ret      Ty             // return type of the innermost fn or closure
	selfTy   Ty             // Self inside an impl
	generics []string       // generic parameters in scope (owner's first)
	loops    []*loopInfo
	// loopLabels are the labels of the function's loops: a label made up
	// for a loop (build_switch.go) must differ from them.
	loopLabels map[string]bool
	failed     bool
	// reassigned are assignments to immutable bindings: E0384, a
	// borrow-check error that rustc reports only for a body that
	// type-checks (own_check.go reports them).
	reassigned []reassign
	std        *stdCheck // std value types: pending check hooks (std_check.go)
}

// callInfo is a resolved call: the function and the instantiation of its
// generics (owner's first).
type callInfo struct {
	fn    *FnDef
	args  []Ty
	recvT Ty // receiver type for method calls (after auto-deref)
}

// closureInfo records a closure's signature and captures.
type closureInfo struct {
	expr     *ast.ClosureExpr
	ty       *ClosureTy
	captures []*Local // locals from outside the closure, in first-use order
	depth    int      // scope depth at which the closure starts
	// copied are the captures of a `move` closure that it takes only
	// Copy parts of (`move || cfg.n`): they are not moved, and drop
	// where they are (own_capture.go).
	copied map[*Local]bool
	// moves are the locals a closure without `move` takes by value: its
	// body moves them.
	moves map[*Local]bool
	// consumes: the body moves a capture out of the closure, which can
	// then be called only once.
	consumes bool
	// partialMove is a use by which a closure without `move` takes a
	// field out of a local (a partial move), if any.
	partialMove ast.Span
	// owner is the Fn trait of the `dyn Fn`/`impl Fn` the closure
	// becomes ("" if none): that value drops its captures.
	owner string
}

// owns reports whether the closure takes capture loc over: by value (a
// `move` closure, or a body that moves it), and not only its Copy parts.
func (ci *closureInfo) owns(loc *Local) bool {
	return (ci.expr.Move || ci.moves[loc]) && !ci.copied[loc]
}

type loopInfo struct {
	label  string
	ty     Ty   // type of `break value` (loop only)
	isLoop bool // a `loop` (only it can break with a value)
	block  bool // a labeled block (a loop in the AST: frontend/expr.go)
}

// scope is a lexical scope of local bindings.
type scope struct {
	parent *scope
	names  map[string]*Local
	depth  int
}

func newChecker(l *lowerer, fn *FnDef, mod *Module) *checker {
	return &checker{l: l, fn: fn, mod: mod, bind: map[int]Ty{},
		types: map[ast.Expr]Ty{}, prechecked: map[ast.Expr]Ty{}, refMutBind: map[*ast.IdentPat]bool{},
		unaryOps: map[*ast.UnaryExpr]*FnDef{}, assignOps: map[*ast.AssignExpr]*FnDef{}, locals: map[ast.Node]*Local{}, refs: map[*ast.PathExpr]*Local{},
		items: map[*ast.PathExpr]any{}, calls: map[ast.Expr]*callInfo{}, closure: map[*ast.ClosureExpr]*closureInfo{},
		patTypes: map[ast.Pat]Ty{}, coerced: map[ast.Expr]Ty{}, structVariant: map[*ast.StructExpr]*VariantDef{}, patVariant: map[ast.Pat]*VariantDef{}, patStruct: map[ast.Pat]*TypeDef{}, fnOnce: map[*ast.ClosureExpr]bool{}, argSites: map[*ast.ClosureExpr]argSite{}, writeBackOK: map[*ast.IdentPat]bool{}, genericRet: map[*ast.ClosureExpr]bool{},
		scope: &scope{names: map[string]*Local{}}, depthOf: map[*Local]int{}, loopLabels: map[string]bool{}}
}

func (c *checker) push() {
	c.scope = &scope{parent: c.scope, names: map[string]*Local{}, depth: c.scope.depth + 1}
}
func (c *checker) pop() { c.scope = c.scope.parent }

// declare adds a local binding to the current scope.
func (c *checker) declare(site ast.Node, name ast.Ident, mut bool, t Ty) *Local {
	loc := &Local{Name: name.Name, Mut: mut, Ty: t, Span: name.Span}
	c.scope.names[name.Name] = loc
	c.locals[site] = loc
	c.depthOf[loc] = c.scope.depth
	return loc
}

// lookupLocal finds a local by name, noting captures by closures.
func (c *checker) lookupLocal(name string) *Local {
	for s := c.scope; s != nil; s = s.parent {
		if loc, ok := s.names[name]; ok {
			c.noteCapture(loc)
			return loc
		}
	}
	return nil
}

func (c *checker) noteCapture(loc *Local) {
	d := c.depthOf[loc]
	for _, ci := range c.closures {
		if d < ci.depth {
			if !containsLocal(ci.captures, loc) {
				ci.captures = append(ci.captures, loc)
			}
		}
	}
}

func containsLocal(ls []*Local, l *Local) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// errorf reports a diagnostic and marks the body as failed.
func (c *checker) errorf(s ast.Span, code, format string, args ...any) {
	c.failed = true
	c.l.diags.Errorf(s, code, format, args...)
}

func (c *checker) unsupported(s ast.Span, format string, args ...any) {
	c.failed = true
	c.l.diags.Unsupported(s, format, args...)
}

// checkFn checks the whole body; it reports whether the body is clean.
func (c *checker) checkFn() bool {
	d := c.fn.Decl
	// A const fn is an fn: a const item calling it is evaluated at run
	// time, to the same value.
	if q := slices.DeleteFunc(slices.Clone(d.Qualifs), func(q string) bool { return q == "const" }); len(q) > 0 {
		c.unsupported(d.Span, "`%s fn`", q[0])
		return false
	}
	for _, g := range c.fn.Generics {
		c.generics = append(c.generics, g.Name)
	}
	if c.fn.Owner == nil && d.Self != nil {
		c.errorf(d.Self.Span, "", "`self` parameter is only allowed in associated functions")
		return false
	}
	if c.fn.Owner != nil {
		c.selfTy = c.fn.SelfTy
		if d.Self != nil {
			if c.fn.RecvTy != nil && !c.boxSelf(c.fn) && !arcSelf(c.fn) {
				c.unsupported(d.Self.Span, "a method with receiver `self: %s`", c.fn.RecvTy)
				return false
			}
			c.declare(d.Self, ast.Ident{Name: "self", Span: d.Self.Span}, d.Self.Mut && !d.Self.Ref, selfParamTy(c.fn, c.selfTy))
		}
	}
	if isProgramMain(c.fn) && (len(d.Params) > 0 || !isUnit(c.fn.Ret) && !mainResult(c.fn)) {
		c.unsupported(d.Span, "`main` with parameters or a return type")
		return false
	}
	for i, p := range d.Params {
		c.checkPat(p.Pat, c.fn.Params[i])
		walkPat(p.Pat, func(q ast.Pat) {
			if ip, ok := q.(*ast.IdentPat); ok && c.locals[ip] != nil {
				c.locals[ip].Param = true
			}
		})
	}
	c.ret = c.fn.Ret
	if d.Body == nil {
		c.errorf(d.Span, "", "free function without a body")
		return false
	}
	c.checkExpr(d.Body, c.fn.Ret)
	c.solveDeferred(true) // std check hooks still waiting for a type (std_check.go)
	return !c.failed
}

// final returns the fully resolved type recorded for e.
func (c *checker) final(e ast.Expr) Ty {
	return c.resolve(c.types[e], true)
}

// reassign is an assignment (span) to the immutable binding loc.
type reassign struct {
	loc  *Local
	span ast.Span
}

// boxSelf reports whether fn's explicit receiver is Box<Self> where a Box
// of Self is a Go pointer (a struct), the one explicit receiver type
// lowered (a pointer receiver). A trait's default method with it is not.
func (c *checker) boxSelf(fn *FnDef) bool {
	a, ok := fn.RecvTy.(*Adt)
	if !ok || a.Def.Go["box"] == "" || len(a.Args) != 1 || !sameTy(a.Args[0], fn.SelfTy) || fn.Owner == nil {
		return false
	}
	return !isEnum(fn.Owner) || cLike(fn.Owner)
}

// arcSelf reports whether fn is an inherent method with receiver
// `self: Arc<Self>`, `self: &Arc<Self>` or the same of Rc: a Go function
// taking the smart pointer (Go has no methods on an rt.Arc of a type).
func arcSelf(fn *FnDef) bool {
	t := fn.RecvTy
	if r, ok := t.(*RefTy); ok && !r.Mut {
		t = r.Elem
	}
	a, ok := smartPtr(t)
	return ok && fn.Owner != nil && fn.Trait == "" && len(a.Args) == 1 && sameTy(a.Args[0], fn.SelfTy) &&
		(a.Def.Name == "Arc" || a.Def.Name == "Rc")
}

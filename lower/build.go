package lower

import (
	"fmt"
	"go/token"
	"slices"
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// builder turns one checked function body into IR. Rust expressions that
// Go can only express with statements (blocks, if/loop values, closure
// copies) append statements to the current list before the statement that
// uses their value.
type builder struct {
	// partialCmp makes cmpFunc build PartialOrd's comparison, which is
	// rt.Unordered where partial_cmp is None (std_cmp.go partialOrd).
	partialCmp bool
	// callerLoc, in a #[track_caller] function (an impl of Index or
	// IndexMut), is its parameter holding the caller's position: the
	// function's panics report it, as Rust's do.
	callerLoc *ir.Var
	// tempFieldMove is the field expression whose value is being moved
	// out of a temporary (fieldMove → fieldOfTemp).
	tempFieldMove *ast.FieldExpr
	l             *lowerer
	c             *checker
	vars          map[*Local]*ir.Var
	out           *[]ir.Stmt
	failed        bool
	labels        map[string]bool    // loop labels referenced by break/continue
	substs        map[*Local]ir.Expr // locals read through an expression (match guards)
	fs            *frameState        // drop state of the Go function being built
	loopIntos     []loopInto         // enclosing loops; for `loop` used as a value, its variable
	blockTail     bool               // the block being lowered is the tail of another (blockStmts)
	initSlot      *ir.Stmt           // where the test of an arm may put an if-statement's init
	borrowed      bool               // the next valueOf only borrows (read): a field is not moved
	// extending are the expressions of the let being lowered whose
	// temporaries live on in extendInto, the let's scope (extendingRefs).
	extending  map[ast.Expr]bool
	extendInto *dropScope
	loopIter   ast.Expr // the iterator of the for loop being lowered (std_iter.go's forIter)
	// letClosure is the closure a `let` binds directly, letOwns set when
	// it took over the drops of its captures (in slot letHolder);
	// closureOwners are the locals bound to such closures, with that slot:
	// they must not move, and drop(f) drops the slot (build_closure.go).
	letClosure    *ast.ClosureExpr
	letOwns       bool
	letHolder     int
	closureOwners map[*Local]int      // the slot holding the captures' drops
	patProj       map[ast.Pat]ir.Expr // the projection of the scrutinee each pattern matched (matchPat)
	// argHolders collects the slots holding the captures of the closure
	// arguments of the call being lowered; wholeStmt is the call that is
	// a whole statement's value, after which the statement ends
	// (closure_fate.go).
	argHolders *[]int
	wholeStmt  ast.Expr
	wholeCall  ast.Expr        // wholeStmt, when afterCall lowers it (read as callFn starts)
	inGuard    int             // lowering a match guard, which can have no Go statements
	captured   map[*Local]bool // in a closure's body: the locals of enclosing functions it captures by reference
	typeCase   *ir.Var         // the variable of the type switch case being lowered (build_switch.go)
	// goLabels are the labels made up for loops that a break in a switch
	// leaves, by loop body; madeLabels holds them by name (build_switch.go).
	goLabels   map[*ir.Block]string
	madeLabels map[string]bool
	consts     constMemo          // untyped integer constants evaluated (build_ops.go)
	dict       map[string]*ir.Var // the dictionary parameters of the function (dict.go)
}

// loopInto is an enclosing loop and the variable its `break value` sets.
type loopInto struct {
	label string
	v     *ir.Var
}

// loopInto finds the variable of the loop a `break value` leaves.
func (b *builder) loopInto(label string) *ir.Var {
	for i := len(b.loopIntos) - 1; i >= 0; i-- {
		if label == "" || b.loopIntos[i].label == label {
			return b.loopIntos[i].v
		}
	}
	return nil
}

func newBuilder(l *lowerer, c *checker) *builder {
	return &builder{l: l, c: c, vars: map[*Local]*ir.Var{}, labels: map[string]bool{}, substs: map[*Local]ir.Expr{}, fs: newFrameState(), closureOwners: map[*Local]int{},
		patProj: map[ast.Pat]ir.Expr{}, goLabels: map[*ir.Block]string{}, madeLabels: map[string]bool{}}
}

func (b *builder) errorf(s ast.Span, code, format string, args ...any) {
	b.failed = true
	b.l.diags.Errorf(s, code, format, args...)
}

func (b *builder) unsupported(s ast.Span, format string, args ...any) {
	b.failed = true
	if s == (ast.Span{}) && b.c != nil && b.c.fn != nil && b.c.fn.Decl != nil {
		s = b.c.fn.Decl.Name.Span // a type asked for without a position: its function's
	}
	b.l.diags.Unsupported(s, format, args...)
}

// unsupportedOnce is unsupported for a message asked for wherever a type
// is lowered: the program gets it once, at its first position.
func (b *builder) unsupportedOnce(s ast.Span, format string, args ...any) {
	b.failed = true
	msg := fmt.Sprintf(format, args...)
	if b.l.reportedOnce[msg] {
		return
	}
	if b.l.reportedOnce == nil {
		b.l.reportedOnce = map[string]bool{}
	}
	b.l.reportedOnce[msg] = true
	b.unsupported(s, "%s", msg)
}

// loc is the rt.Loc literal ("file.rs:L:C") of a Rust position.
func (b *builder) loc(s ast.Span) ir.Expr {
	if b.callerLoc != nil {
		return &ir.VarRef{Var: b.callerLoc}
	}
	return &ir.Lit{Value: b.l.src.Loc(s.Start)}
}

// trackCaller reports whether user function fn is #[track_caller], as
// the methods of Index and IndexMut are: it takes the caller's position
// as a last Go parameter.
func trackCaller(fn *FnDef) bool {
	return fn.Owner != nil && !fn.Owner.Std && (fn.Trait == "Index" || fn.Trait == "IndexMut")
}

// rt names a function or value of the rt package.
func rt(name string) *ir.Qual { return &ir.Qual{Pkg: "rt", Name: name} }

// buildFn lowers the checked function to a Go func declaration.
func (b *builder) buildFn() ir.Decl {
	fn := b.c.fn
	d := &ir.FuncDecl{Name: goFuncName(fn), Span: fn.Decl.Span}
	d.Body = &ir.Block{}
	b.out = &d.Body.Stmts
	b.withFrame(d.Body, func() { b.buildFnBody(fn, d) })
	if isProgramMain(fn) && !mainResult(fn) {
		d.Body.Stmts = append([]ir.Stmt{&ir.DeferStmt{Call: &ir.Call{Fun: rt("Exit")}, Span: fn.Decl.Name.Span}}, d.Body.Stmts...)
	}
	if b.failed {
		return nil
	}
	b.cleanup(d.Body)
	return d
}

// buildFnBody lowers a fn's parameters and body into d.
func (b *builder) buildFnBody(fn *FnDef, d *ir.FuncDecl) {
	b.pushScope(false, "")
	dict := b.dictParams(fn) // first: the parameters' drops may use it
	for _, t := range append(fn.Params[:len(fn.Params):len(fn.Params)], fn.Ret) {
		b.boxOfParam(t, fn.Decl.Name.Span)
	}
	if fn.Decl.Self != nil {
		recv := b.bindVar(b.c.locals[fn.Decl.Self], fn.Decl.Self.Span)
		b.registerLocal(b.c.locals[fn.Decl.Self], recv)
		if isGoMethod(fn) {
			d.Recv = recv
		} else {
			d.Params = append(d.Params, recv)
		}
	}
	if !isGoMethod(fn) {
		d.TypeParams = b.fnTypeParams(fn)
	}
	d.Params = append(d.Params, b.params(fn.Decl.Params, fn.Params)...)
	d.Params = append(d.Params, dict...)
	if trackCaller(fn) {
		b.callerLoc = &ir.Var{Name: "caller", Type: rtLoc}
		d.Params = append(d.Params, b.callerLoc)
	}
	hasRet := b.hasValue(fn.Ret)
	if hasRet {
		d.Results = []ir.Type{b.goType(fn.Ret, fn.Decl.Span)}
	}
	b.fnBody(fn.Decl.Body, hasRet)
	b.fs.scopes = nil // the parameters' scope ends with the function: Unwind drops them
}

// discards finds a part of an owned value that pattern p leaves unbound
// (`_`, `..`) and that has drop glue.
func (b *builder) discards(p ast.Pat) (ast.Span, bool) {
	var at ast.Span
	found := false
	walkPat(p, func(q ast.Pat) {
		if found {
			return
		}
		t, ok := b.c.patTypes[q]
		if !ok || !b.hasDropGlue(t) {
			return
		}
		switch q := q.(type) {
		case *ast.WildPat:
			at, found = q.Span, true
		case *ast.StructPat:
			at, found = q.Span, q.Rest
		case *ast.TuplePat:
			at, found = restIn(q.Elems)
		case *ast.TupleStructPat:
			at, found = restIn(q.Elems)
		case *ast.SlicePat:
			at, found = restIn(q.Elems)
		}
	})
	return at, found
}

// restIn finds a `..` among a pattern's elements.
func restIn(elems []ast.Pat) (ast.Span, bool) {
	for _, e := range elems {
		if r, ok := e.(*ast.RestPat); ok {
			return r.Span, true
		}
	}
	return ast.Span{}, false
}

// params makes the Go parameters of a function or closure; a parameter
// written as a pattern gets a Go parameter and the pattern's bindings at
// the start of the body.
func (b *builder) params(ps []*ast.Param, types []Ty) []*ir.Var {
	var out []*ir.Var
	for i, p := range ps {
		if ip, ok := p.Pat.(*ast.IdentPat); ok && ip.Sub == nil {
			v := b.bindVar(b.c.locals[ip], ip.Name.Span)
			b.registerLocal(b.c.locals[ip], v)
			out = append(out, v)
			continue
		}
		v := &ir.Var{Name: "arg", Type: b.goType(types[i], p.Span), Temp: true, Span: p.Span}
		out = append(out, v)
		if _, wild := p.Pat.(*ast.WildPat); wild {
			if b.hasDropGlue(types[i]) { // `|_| ..`: Rust drops the argument when the function returns
				b.scopeOwns(b.newSlot(&ir.VarRef{Var: v}, types[i]))
			}
			continue
		}
		if s, ok := b.discards(p.Pat); ok {
			// Rust drops it when the function returns.
			b.unsupported(s, "a parameter pattern leaving a part with drop glue unbound")
		}
		var conds []ir.Expr
		var binds []patBind
		b.matchPat(p.Pat, &ir.VarRef{Var: v}, &conds, &binds)
		b.emitBinds(binds)
	}
	return out
}

// genNames lists the generic parameters that are Go type parameters
// (those bounded by an Fn trait are Go func types instead).
func genNames(gs []*GenParam) []string {
	var out []string
	for _, g := range gs {
		if g.fnBound() == nil {
			out = append(out, g.Name)
		}
	}
	return out
}

// fnBody lowers a function or closure body: its tail becomes a return.
func (b *builder) fnBody(body ast.Expr, hasRet bool) {
	if !hasRet {
		b.inStmt(func() { b.stmtExpr(body) })
		return
	}
	var v ir.Expr
	b.inStmt(func() { v = b.keepBeforeDrops(b.valueOf(body), body) })
	if v != nil {
		b.emit(&ir.ReturnStmt{Results: []ir.Expr{v}, Span: body.Pos()})
		return
	}
	if _, never := b.c.resolve(b.c.types[body], true).(*NeverTy); never && !ir.Terminates(*b.out) {
		// fn f() -> i32 { ..; panic!(..) }: Go wants a terminating statement.
		b.emit(unreachable())
	}
}

// isProgramMain reports whether fn is the crate's main, not a function
// named main in a module or a function body.
func isProgramMain(fn *FnDef) bool {
	return fn.Name == "main" && fn.Owner == nil && fn.Path == "main" && fn.GoName == ""
}

// mainResult reports whether fn is the crate's main returning a Result:
// Go's main calls it as rustMain (mainWrapper).
func mainResult(fn *FnDef) bool {
	if !isProgramMain(fn) {
		return false
	}
	r, ok := fn.Ret.(*Adt)
	return ok && r.Def.Std && r.Def.Go["type"] == "rt.Result" && isUnit(r.Args[0])
}

// mainWrapper is Go's main for a Rust main returning Result<(), E>: an
// Err is reported as Rust's Termination does, `Error: ` and its Debug form
// on stderr, exit code 1.
func (b *builder) mainWrapper(fn *FnDef) *ir.FuncDecl {
	span := fn.Decl.Name.Span
	e := fn.Ret.(*Adt).Args[1]
	report := &ir.Call{Fun: rt("MainResult"), Args: []ir.Expr{
		&ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}}, b.fmtFunc(e, true, span)}}
	return &ir.FuncDecl{Name: "main", Span: fn.Decl.Span, Body: &ir.Block{Stmts: []ir.Stmt{
		&ir.DeferStmt{Call: &ir.Call{Fun: rt("Exit")}, Span: span},
		&ir.ExprStmt{X: report, Span: span},
	}}}
}

// goFuncName is the Go name of a user function.
func goFuncName(fn *FnDef) string {
	if mainResult(fn) {
		return "rustMain"
	}
	if isProgramMain(fn) {
		return "main"
	}
	if fn.Owner != nil {
		if isGoMethod(fn) {
			return goMethodName(fn)
		}
		if sharesName(fn) || dictForwarded(fn) { // impl Sum and impl Sum<&M>: M_Sum_sum, M_SumRef_sum
			return goTypeName(fn.Owner) + "_" + fn.Trait + "_" + fn.Name
		}
		return goTypeName(fn.Owner) + "_" + fn.Name
	}
	if fn.GoName != "" {
		return fn.GoName
	}
	if reserved[fn.Name] || token.IsKeyword(fn.Name) {
		return fn.Name + "_"
	}
	return fn.Name
}

// reserved Go names a user function may not take.
var reserved = map[string]bool{
	"init": true, "rt": true, "fmt": true, "time": true, "os": true, "len": true, "cap": true,
	"append": true, "make": true, "new": true, "panic": true, "print": true, "println": true,
	"copy": true, "delete": true, "close": true, "min": true, "max": true, "clear": true,
	"string": true, "int": true, "bool": true, "error": true, "any": true, "recover": true,
}

func (b *builder) emit(s ir.Stmt) { *b.out = append(*b.out, s) }

// bindVar creates the IR variable of a Rust local.
func (b *builder) bindVar(loc *Local, span ast.Span) *ir.Var {
	v := &ir.Var{Name: loc.Name, Type: b.goType(loc.Ty, span), ReadOnly: !loc.Mut, Span: span}
	b.vars[loc] = v
	return v
}

// temp makes a lowering temporary of Rust type t.
func (b *builder) temp(hint string, t Ty, span ast.Span) *ir.Var {
	return &ir.Var{Name: hint, Type: b.goType(t, span), Temp: true, Span: span}
}

// inOrder lowers n operands that Rust evaluates left to right. An
// operand whose lowering emits statements (a block, an if, a match, a
// call of type ()) runs them before the expression holding all the
// operands: the values of the operands before it are first read into
// variables declared ahead of those statements.
func (b *builder) inOrder(n int, operand func(i int) ir.Expr) []ir.Expr {
	return b.inOrderOf(n, operand, false)
}

// inOrderOf is inOrder; with borrowed, the operands are borrowed, and a
// place among them is not copied: Rust's borrow keeps it from changing.
func (b *builder) inOrderOf(n int, operand func(i int) ir.Expr, borrowed bool) []ir.Expr {
	vals := make([]ir.Expr, n)
	for i := range vals {
		out, mark := b.out, len(*b.out)
		vals[i] = operand(i)
		if !b.effects((*out)[mark:]) {
			continue
		}
		var spills []ir.Stmt
		for j, v := range vals[:i] {
			if v == nil || !b.mayChange(v) || borrowed && isSimple(v) {
				continue
			}
			vals[j], spills = b.spill(v, spills)
		}
		*out = slices.Insert(*out, mark, spills...)
	}
	if !borrowed {
		b.readsBeforeWrites(vals)
	}
	return vals
}

// readsBeforeWrites reads into variables the operands that read a
// variable a later operand may write through (x + inc(&mut x) reads x
// first): Go orders the calls in an expression, not the variable reads
// around them.
func (b *builder) readsBeforeWrites(vals []ir.Expr) {
	var spills []ir.Stmt
	for i, v := range vals {
		roots := writeRoots(v)
		if len(roots) == 0 {
			continue
		}
		for j, w := range vals[:i] {
			if w != nil && readsOf(w, roots) {
				vals[j], spills = b.spill(w, spills)
			}
		}
	}
	*b.out = append(*b.out, spills...)
}

// writeRoots are the variables x may write through: the address of a
// place in one taken, a method called on one (a pointer receiver).
func writeRoots(x ir.Expr) map[*ir.Var]bool {
	roots := map[*ir.Var]bool{}
	ir.Inspect(x, func(n any) bool {
		switch n := n.(type) {
		case *ir.FuncLit:
			return false
		case *ir.Unary:
			if v := rootVar(n.X); n.Op == "&" && v != nil {
				roots[v] = true
			}
		case *ir.Call:
			if sel, ok := n.Fun.(*ir.Selector); ok {
				if v := rootVar(sel.X); v != nil {
					roots[v] = true
				}
			}
		}
		return true
	})
	return roots
}

// readsOf reports whether x reads one of vars outside a call (the calls
// of an expression run in order, their arguments with them).
func readsOf(x ir.Expr, vars map[*ir.Var]bool) bool {
	found := false
	ir.Inspect(x, func(n any) bool {
		switch n := n.(type) {
		case *ir.Call, *ir.FuncLit:
			return false
		case *ir.VarRef:
			found = found || vars[n.Var] && !n.Var.Temp
		}
		return !found
	})
	return found
}

// rootVar is the variable place x is in: x, x.f, x[i], (*x).f.
func rootVar(x ir.Expr) *ir.Var {
	switch x := x.(type) {
	case *ir.VarRef:
		return x.Var
	case *ir.Selector:
		return rootVar(x.X)
	case *ir.Index:
		return rootVar(x.X)
	case *ir.Paren:
		return rootVar(x.X)
	case *ir.Unary:
		if x.Op == "*" {
			return rootVar(x.X)
		}
	}
	return nil
}

// spill declares a variable holding x's value, appended to stmts.
func (b *builder) spill(x ir.Expr, stmts []ir.Stmt) (ir.Expr, []ir.Stmt) {
	tmp := &ir.Var{Name: "arg", Temp: true}
	return &ir.VarRef{Var: tmp}, append(stmts, &ir.DeclStmt{Var: tmp, Value: x})
}

// effects reports whether stmts may have effects that change the value
// of an operand lowered before them; a frame's bookkeeping (a move, a
// drop registered) and a variable given a plain value have none.
func (b *builder) effects(stmts []ir.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ir.DeclStmt:
			if s.Value == nil || !pureValue(s.Value) {
				return true
			}
		case *ir.ExprStmt:
			c, ok := s.X.(*ir.Call)
			if !ok {
				return true
			}
			sel, ok := c.Fun.(*ir.Selector)
			if !ok {
				return true
			}
			if r, ok := sel.X.(*ir.VarRef); !ok || r.Var != b.fs.frame || sel.Name != "Set" && sel.Name != "Forget" {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// pureValue reports whether evaluating x has no effect: a constant, a
// variable, its address, a field of one.
func pureValue(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.Lit, *ir.Qual, *ir.VarRef:
		return true
	case *ir.Selector:
		return pureValue(x.X)
	case *ir.Unary:
		return x.Op == "&" && pureValue(x.X)
	}
	return untyped(x)
}

// mayChange reports whether statements run after Go value x was lowered
// could change what it evaluates to: anything but a constant, a
// temporary (written once) or the address of a variable.
func (b *builder) mayChange(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.Lit:
		return false
	case *ir.VarRef:
		return !x.Var.Temp
	case *ir.Unary:
		if _, ok := x.X.(*ir.VarRef); ok && x.Op == "&" {
			return false
		}
	}
	return !untyped(x)
}

// nested lowers f with statements collected into a fresh block.
func (b *builder) nested(span ast.Span, f func()) *ir.Block {
	saved := b.out
	var list []ir.Stmt
	b.out = &list
	f()
	b.out = saved
	return &ir.Block{Stmts: list, Span: span}
}

// stmtExpr lowers an expression evaluated for its effects.
func (b *builder) stmtExpr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.BlockExpr:
		b.blockStmts(e)
		return
	case *ast.ParenExpr:
		b.stmtExpr(e.X)
		return
	case *ast.IfExpr:
		b.ifStmt(e, nil)
		return
	case *ast.MatchExpr:
		b.matchStmt(e, nil)
		return
	case *ast.ForExpr:
		b.forStmt(e)
		return
	case *ast.WhileExpr:
		b.whileStmt(e)
		return
	case *ast.LoopExpr:
		b.loopStmt(e, nil)
		return
	case *ast.AssignExpr:
		b.assign(e)
		return
	case *ast.BreakExpr:
		if e.Value != nil {
			into := b.loopInto(labelName(e.Label))
			v := b.valueOf(e.Value)
			if into != nil && v != nil {
				b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: into}}, Op: "=", Rhs: []ir.Expr{v}, Span: e.Span})
			}
		}
		b.leaveScopes(labelName(e.Label))
		b.emit(&ir.BranchStmt{Tok: "break", Label: b.useLabel(e.Label), Span: e.Span})
		return
	case *ast.ContinueExpr:
		b.leaveScopes(labelName(e.Label))
		b.emit(&ir.BranchStmt{Tok: "continue", Label: b.useLabel(e.Label), Span: e.Span})
		return
	case *ast.ReturnExpr:
		b.returnStmt(e)
		return
	case *ast.MacroExpr:
		if s := b.macroStmt(e); s != nil {
			b.emit(s)
			return
		}
	}
	b.wholeStmt = e
	x := b.expr(e)
	if x != nil && !b.isPlace(e) && b.hasDropGlue(b.c.final(e)) {
		// A value nobody takes is a temporary: dropped at the end of the
		// statement.
		b.tempDroppable(x, b.c.final(e), e.Pos())
		return
	}
	switch x.(type) {
	case *ir.Call:
		b.emit(&ir.ExprStmt{X: x, Span: e.Pos()})
	case nil:
	default:
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{x}, Span: e.Pos()})
	}
}

func (b *builder) useLabel(l *ast.Label) string {
	if l == nil {
		return ""
	}
	b.labels[l.Name] = true
	return l.Name
}

// blockStmts lowers the statements of a block whose value is unused,
// inside a Go block when it declares variables.
func (b *builder) blockStmts(blk *ast.BlockExpr) {
	nestedTail := b.blockTail
	b.blockTail = false
	sc := b.pushScope(false, "")
	if b.stmts(blk.Stmts) && blk.Tail != nil {
		b.tail(sc, !nestedTail, blk.Tail, b.innerStmt)
	}
	b.popScope()
}

// tail lowers e, the tail expression of the block of scope sc, with f.
// Edition 2021 drops the tail's temporaries (the scrutinee temporary of a
// tail `if let` or `match`) after the block's locals, at the end of the
// enclosing statement: with own, they get a level of their own, dropped
// after sc's slots (a loop body, a branch and an arm end their tails'
// temporaries); a block that is itself another's tail leaves them to that
// block's. A `for` loop is not among them: its desugaring binds the
// loop's value with a let, so the temporaries of its head drop as the
// loop ends.
func (b *builder) tail(sc *dropScope, own bool, e ast.Expr, f func(ast.Expr)) {
	if _, ok := unparen(e).(*ast.ForExpr); ok {
		b.inStmt(func() { f(e) })
		return
	}
	if own {
		b.fs.temps = append(b.fs.temps, nil)
		sc.tail = len(b.fs.temps) - 1
	}
	_, b.blockTail = unparen(e).(*ast.BlockExpr)
	f(e)
	b.blockTail = false
	if own {
		n := len(b.fs.temps)
		sc.tailTemps = b.fs.temps[n-1]
		b.fs.temps = b.fs.temps[:n-1]
		sc.tail = -1
	}
}

// stmts lowers the statements of a block up to one that never finishes
// (`let n = return;`, `panic!()`): the rest is unreachable, and may use
// what that one never declared. It reports whether the end is reachable.
func (b *builder) stmts(list []ast.Stmt) bool {
	for _, s := range list {
		b.stmt(s)
		if ir.Terminates(*b.out) {
			return false
		}
	}
	return true
}

// innerStmt lowers expression statement e of a block. A block there that
// declares variables is a Go block: Go names a variable by its scope, and
// in `if c { { let g = g + 1; } let g = g * 10; }` the second g would
// read the first.
func (b *builder) innerStmt(e ast.Expr) {
	blk, ok := unparen(e).(*ast.BlockExpr)
	if !ok || !slices.ContainsFunc(blk.Stmts, func(s ast.Stmt) bool { _, let := s.(*ast.LetStmt); return let }) {
		b.stmtExpr(e)
		return
	}
	b.emit(b.nested(blk.Span, func() { b.stmtExpr(e) }))
}

// loopBody lowers the body of a loop as a scope that break and continue
// leave.
func (b *builder) loopBody(blk *ast.BlockExpr, label *ast.Label, pre func()) *ir.Block {
	var sc *dropScope
	body := b.nested(blk.Span, func() {
		sc = b.pushScope(true, labelName(label))
		if pre != nil {
			pre()
		}
		if b.stmts(blk.Stmts) && blk.Tail != nil {
			b.tail(sc, true, blk.Tail, b.stmtExpr)
		}
		b.popScope()
	})
	b.keepGoLabel(sc, body)
	return body
}

func (b *builder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.LetStmt:
		b.inStmt(func() { b.let(s) })
	case *ast.ExprStmt:
		b.inStmt(func() { b.innerStmt(s.X) })
	case *ast.EmptyStmt, *ast.ItemStmt:
	default:
		panic(fmt.Sprintf("unexpected statement %T", s))
	}
}

// extendingRefs notes the borrows in a let's initializer e whose
// temporaries live to the end of the block (Rust's temporary lifetime
// extension): e itself when it is &X, and such borrows among the operands
// of an extending &, tuple, array, struct literal, constructor call or
// cast, or a block's tail.
func (b *builder) extendingRefs(e ast.Expr) {
	switch e := e.(type) {
	case *ast.RefExpr:
		// The temporary borrowed, also through fields and indexing
		// (`&make().field`).
		base := e.X
		for {
			switch x := base.(type) {
			case *ast.ParenExpr:
				base = x.X
				continue
			case *ast.FieldExpr:
				base = x.X
				continue
			case *ast.IndexExpr:
				base = x.X
				continue
			}
			break
		}
		b.extending[base] = true
		b.extendingRefs(e.X)
	case *ast.ParenExpr:
		b.extendingRefs(e.X)
	case *ast.CastExpr:
		b.extendingRefs(e.X)
	case *ast.BlockExpr:
		if e.Tail != nil && e.Label == nil {
			b.extendingRefs(e.Tail)
		}
	case *ast.IfExpr: // the arms extend too (Rust 1.79)
		b.extendingRefs(e.Then)
		if e.Else != nil {
			b.extendingRefs(e.Else)
		}
	case *ast.MatchExpr:
		for _, arm := range e.Arms {
			b.extendingRefs(arm.Body)
		}
	case *ast.TupleExpr:
		for _, x := range e.Elems {
			b.extendingRefs(x)
		}
	case *ast.ArrayExpr:
		for _, x := range e.Elems {
			b.extendingRefs(x)
		}
	case *ast.StructExpr:
		for _, f := range e.Fields {
			b.extendingRefs(f.Value)
		}
	case *ast.CallExpr:
		if b.isCtor(e) {
			for _, x := range e.Args {
				b.extendingRefs(x)
			}
		}
	}
}

// isCtor reports whether call e builds a tuple struct or an enum variant
// (Some(x), W(x)).
func (b *builder) isCtor(e *ast.CallExpr) bool {
	pe, ok := e.Fun.(*ast.PathExpr)
	if !ok || b.c.calls[e] != nil {
		return false
	}
	switch b.c.items[pe].(type) {
	case *VariantDef, *TypeDef:
		return true
	}
	return false
}

func (b *builder) let(s *ast.LetStmt) {
	if s.Init != nil {
		saved, savedInto := b.extending, b.extendInto
		b.extending = map[ast.Expr]bool{}
		if n := len(b.fs.scopes); n > 0 {
			b.extendInto = b.fs.scopes[n-1]
			b.extendingRefs(s.Init)
		}
		defer func() { b.extending, b.extendInto = saved, savedInto }()
		if a, ok := b.c.resolve(b.c.final(s.Init), true).(*Adt); ok && a.Def.Go["type"] == "rt.Iter" {
			if src, ok := b.glueSource(s.Init); ok { // let mut it = v.into_iter(); it.next()
				b.unsupported(s.Init.Pos(), "keeping `%s` in a variable (the drops of the elements it does not yield)", src)
			}
		}
	}
	ip, ok := s.Pat.(*ast.IdentPat)
	if _, wild := s.Pat.(*ast.WildPat); wild { // `let _ = e;` evaluates e
		if s.Init != nil {
			b.stmtExpr(s.Init)
		}
		return
	}
	if !ok || ip.Sub != nil || ip.Ref || b.c.unitItem(ip) != nil {
		if s.Init == nil {
			b.unsupported(s.Pat.Pos(), "a pattern in `let` without an initializer")
			return
		}
		b.letPat(s)
		return
	}
	loc := b.c.locals[ip]
	if s.Init == nil {
		b.emit(&ir.DeclStmt{Var: b.bindVar(loc, ip.Name.Span), Span: s.Span})
		if loc != nil && b.hasDropGlue(loc.Ty) {
			// `let y;`: the slot is set by the first assignment (assignPlace).
			slot := b.fs.nslots
			b.fs.nslots++
			b.fs.slotOf[loc] = slot
			b.scopeOwns(slot)
		}
		return
	}
	b.letClosure, b.letOwns = nil, false
	b.letClosure = b.boundClosure(s.Init)
	b.wholeStmt = unparen(s.Init)
	val := b.toDyn(s.Init, b.valueOf(s.Init))
	if b.letOwns {
		b.closureOwners[loc] = b.letHolder
	}
	b.letClosure, b.letOwns = nil, false
	v := b.bindVar(loc, ip.Name.Span)
	if val == nil { // a diverging initializer
		return
	}
	b.emit(&ir.DeclStmt{Var: v, Value: b.typed(val, v.Type), Span: s.Span})
	b.registerLocal(loc, v)
}

func (b *builder) returnStmt(e *ast.ReturnExpr) {
	if e.Value == nil || !b.hasValue(b.c.types[e.Value]) {
		if e.Value != nil {
			b.stmtExpr(e.Value)
			if ir.Terminates(*b.out) {
				return // return return x: the inner return left already
			}
			if _, never := b.c.resolve(b.c.types[e.Value], true).(*NeverTy); never {
				// return panic!(..): the call does not come back; Go
				// wants a terminating statement where a return would be.
				b.emit(unreachable())
				return
			}
		}
		b.emit(&ir.ReturnStmt{Span: e.Span})
		return
	}
	v := b.valueOf(e.Value)
	if v == nil {
		return // the value diverged (return panic!(..)): nothing to return
	}
	b.emit(&ir.ReturnStmt{Results: []ir.Expr{v}, Span: e.Span})
}

func (b *builder) assign(e *ast.AssignExpr) {
	if fn := b.c.assignOps[e]; fn != nil { // impl AddAssign for V2: a.add_assign(b)
		// An overloaded operator is a method call: the place first.
		vals := b.inOrder(2, func(i int) ir.Expr {
			if i == 0 && b.recvIsPtr(fn) && b.isPlace(e.Lhs) && !b.isPtrValue(e.Lhs) {
				// &mut place: its address, which survives being held in
				// a variable while the value is computed (p.pos +=
				// p.vel.triple()).
				return b.addrOf(e.Lhs)
			}
			if i == 0 {
				return b.methodRecv(e.Lhs, fn)
			}
			return b.valueOf(e.Rhs)
		})
		if u, ok := vals[0].(*ir.Unary); ok && u.Op == "&" && isGoMethod(fn) {
			vals[0] = u.X // not held: Go takes the address itself
		}
		b.emit(&ir.ExprStmt{X: b.callImpl(fn, vals[0], append([]ir.Expr{vals[1]}, b.opDict(e, fn)...)...)})
		return
	}
	if name := b.c.paramOps[e]; name != "" { // T: AddAssign: the place first, as for a user operator
		vals := b.inOrder(2, func(i int) ir.Expr {
			if i == 0 {
				return b.addrOf(e.Lhs)
			}
			return b.valueOf(e.Rhs)
		})
		b.emit(&ir.ExprStmt{X: &ir.Call{Fun: &ir.VarRef{Var: b.useDict(name)}, Args: []ir.Expr{vals[0], vals[1], b.loc(e.Span)}}, Span: e.Span})
		return
	}
	if e.Op != "=" {
		if _, prim := b.c.resolve(b.c.final(e.Lhs), true).(*Prim); !prim && placeEffects(e.Lhs) {
			// s[f()] += &g() on a String is String::add_assign(&mut
			// s[f()], ..): the place first, as for a user operator.
			lhs := b.stablePlace(b.place(e.Lhs), e.Span)
			b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: e.Op, Rhs: []ir.Expr{b.valueOf(e.Rhs)}, Span: e.Span})
			return
		}
	}
	if e.Op == "=" && isDestructuring(e.Lhs) && b.isPlace(e.Rhs) && b.hasDropGlue(b.c.final(e.Rhs)) {
		// `_ = x`, `(_, n) = t`: a pattern on the place, which is not
		// moved (its parts bound by `_` stay its own); `(a, b) = t`
		// moves all of it, as a value.
		switch moves, leaves := b.destructTakes(e.Lhs); {
		case moves && leaves:
			b.unsupported(e.Span, "a destructuring assignment moving part of a place out (a partial move)")
			return
		case !moves:
			b.assignTo(e.Lhs, b.read(e.Rhs), e.Span, false)
			return
		}
	}
	// Rust evaluates the value before the place (`v[f()] = g()` calls g
	// first, `*m.entry(k).or_default() = m.len()` reads the length
	// first); Go would evaluate the place's calls and statements first.
	rhs := b.valueOf(e.Rhs)
	if rhs != nil && b.valueBeforePlace(e.Lhs, e.Rhs, rhs) {
		tmp := b.temp("v", b.c.final(e.Rhs), e.Span)
		b.emit(&ir.DeclStmt{Var: tmp, Value: rhs, Span: e.Span})
		rhs = &ir.VarRef{Var: tmp}
	}
	if e.Op == "=" {
		b.assignTo(e.Lhs, rhs, e.Span, true)
		return
	}
	lhs := b.place(e.Lhs)
	t := b.c.final(e.Lhs)
	op := e.Op[:len(e.Op)-1]
	lhs = b.stablePlace(lhs, e.Span) // v[f()] += 1: f once (std_ops.go)
	if p, ok := t.(*Prim); ok && p.Name == "bool" && op == "^" {
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: "=", Rhs: []ir.Expr{&ir.Binary{Op: "!=", X: lhs, Y: rhs}}, Span: e.Span})
		return
	}
	if p, ok := t.(*Prim); ok && p.Name == "bool" && (op == "&" || op == "|") {
		val := b.boolBitOp(op, lhs, rhs, e.Span)
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: "=", Rhs: []ir.Expr{val}, Span: e.Span})
		return
	}
	if isFloat(t) && op == "%" {
		val := b.floatRem(lhs, rhs, t, e.Span)
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: "=", Rhs: []ir.Expr{val}, Span: e.Span})
		return
	}
	if isInt(t) && rtArith[op] != "" { // checked: + - * / % << >> (&= |= ^= cannot overflow)
		val := b.arith(op, lhs, rhs, t, e.Span)
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: "=", Rhs: []ir.Expr{val}, Span: e.Span})
		return
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: e.Op, Rhs: []ir.Expr{rhs}, Span: e.Span})
}

// placeEffects reports whether evaluating the place e may have an effect:
// it calls a function or holds a block, if or match.
func placeEffects(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.PathExpr, *ast.LitExpr:
		return false
	case *ast.ParenExpr:
		return placeEffects(x.X)
	case *ast.UnaryExpr:
		return placeEffects(x.X)
	case *ast.FieldExpr:
		return placeEffects(x.X)
	case *ast.IndexExpr:
		return placeEffects(x.X) || placeEffects(x.Index)
	case *ast.BinaryExpr:
		return placeEffects(x.X) || placeEffects(x.Y)
	case *ast.CastExpr:
		return placeEffects(x.X)
	case *ast.TupleExpr:
		return slices.ContainsFunc(x.Elems, placeEffects)
	case *ast.ArrayExpr:
		return slices.ContainsFunc(x.Elems, placeEffects)
	}
	return true
}

// valueBeforePlace reports whether the value rhs of an assignment,
// lowered before its place lhs, is read into a variable first: the place
// calls functions or holds a block, and rhs calls functions too or reads
// a variable the place may write.
func (b *builder) valueBeforePlace(lhs, rhsE ast.Expr, rhs ir.Expr) bool {
	if !placeEffects(lhs) || !b.mayChange(rhs) {
		return false
	}
	if !pureValue(rhs) {
		return true
	}
	loc := b.rootLocal(rhsE)
	return loc == nil || b.mayWrite(lhs, loc)
}

// rootLocal is the local variable place e is in (x, x.f, x[i], *x).
func (b *builder) rootLocal(e ast.Expr) *Local {
	switch x := e.(type) {
	case *ast.PathExpr:
		return b.c.refs[x]
	case *ast.ParenExpr:
		return b.rootLocal(x.X)
	case *ast.FieldExpr:
		return b.rootLocal(x.X)
	case *ast.IndexExpr:
		return b.rootLocal(x.X)
	case *ast.UnaryExpr:
		if x.Op == "*" {
			return b.rootLocal(x.X)
		}
	}
	return nil
}

// mayWrite reports whether evaluating e may write the local loc: it
// borrows loc mutably or calls a method on it (or holds a block, whose
// statements are not looked into).
func (b *builder) mayWrite(e ast.Expr, loc *Local) bool {
	some := func(xs ...ast.Expr) bool {
		return slices.ContainsFunc(xs, func(x ast.Expr) bool { return b.mayWrite(x, loc) })
	}
	switch x := e.(type) {
	case *ast.PathExpr, *ast.LitExpr:
		return false
	case *ast.ParenExpr:
		return some(x.X)
	case *ast.UnaryExpr:
		return some(x.X)
	case *ast.FieldExpr:
		return some(x.X)
	case *ast.CastExpr:
		return some(x.X)
	case *ast.IndexExpr:
		return some(x.X, x.Index)
	case *ast.BinaryExpr:
		return some(x.X, x.Y)
	case *ast.TupleExpr:
		return some(x.Elems...)
	case *ast.RefExpr:
		return x.Mut && b.rootLocal(x.X) == loc || some(x.X)
	case *ast.CallExpr:
		return some(x.Fun) || some(x.Args...)
	case *ast.MethodCallExpr:
		return b.rootLocal(x.Recv) == loc || some(x.Recv) || some(x.Args...)
	}
	return true
}

// assignTo writes rhs, already evaluated, to the place lhs; a tuple on
// the left (destructuring assignment) first holds the value in a
// temporary, then assigns each part to its element. Where rhs is owned
// (not a place's value), the parts that `_` takes are dropped first, as
// the desugared `let` drops them before its assignments.
func (b *builder) assignTo(lhsE ast.Expr, rhs ir.Expr, s ast.Span, owned bool) {
	t := b.c.final(lhsE)
	if isUnderscore(lhsE) {
		if owned && b.hasDropGlue(t) { // _ = mk(): dropped now
			tmp := b.temp("dropped", t, s)
			b.emit(&ir.DeclStmt{Var: tmp, Value: rhs, Span: s})
			b.emit(b.dropCall(&ir.VarRef{Var: tmp}, t))
			return
		}
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{rhs}, Span: s})
		return
	}
	elems, ok := destructElems(lhsE)
	if !ok {
		b.assignPlace(lhsE, rhs, t, s)
		return
	}
	tmp := b.temp("parts", t, s)
	b.emit(&ir.DeclStmt{Var: tmp, Value: rhs, Span: s})
	partOf := func(i int) ir.Expr {
		if _, isArr := unparen(lhsE).(*ast.ArrayExpr); isArr {
			return &ir.Index{X: &ir.VarRef{Var: tmp}, Index: &ir.Lit{Value: int64(i)}}
		}
		return &ir.Selector{X: &ir.VarRef{Var: tmp}, Name: "F" + strconv.Itoa(i)}
	}
	for i, el := range elems {
		if et := b.c.final(el); owned && isUnderscore(el) && b.hasDropGlue(et) {
			b.emit(b.dropCall(partOf(i), et))
		}
	}
	for i, el := range elems {
		if isUnderscore(el) {
			continue // the part is a projection of the temporary: nothing to evaluate
		}
		b.assignTo(el, partOf(i), s, owned)
	}
}

// destructTakes reports whether the destructuring assignment's left side
// lhs assigns a part with drop glue (moves it out of the value), and
// whether `_` leaves such a part in it.
func (b *builder) destructTakes(lhs ast.Expr) (moves, leaves bool) {
	elems, ok := destructElems(lhs)
	if !ok {
		glue := b.hasDropGlue(b.c.final(lhs))
		return glue && !isUnderscore(lhs), glue && isUnderscore(lhs)
	}
	for _, el := range elems {
		m, l := b.destructTakes(el)
		moves, leaves = moves || m, leaves || l
	}
	return moves, leaves
}

// destructElems gives the elements of a tuple or array on the left of a
// destructuring assignment (ok false for a place or `_`).
func destructElems(lhs ast.Expr) ([]ast.Expr, bool) {
	switch x := unparen(lhs).(type) {
	case *ast.TupleExpr:
		return x.Elems, true
	case *ast.ArrayExpr:
		return x.Elems, true
	}
	return nil, false
}

// assignPlace writes rhs to the place lhsE of type t.
func (b *builder) assignPlace(lhsE ast.Expr, rhs ir.Expr, t Ty, s ast.Span) {
	if u, ok := unparen(lhsE).(*ast.UnaryExpr); ok && u.Op == "*" {
		if _, isRef := b.c.resolve(b.c.final(u.X), true).(*RefTy); isRef && !b.isPtrValue(u.X) {
			b.assignThrough(u, rhs, t, s)
			return
		}
	}
	lhs := b.place(lhsE)
	// Rust drops the old value in place and then writes the new one;
	// where that drop panics, the new value is written all the same (and
	// a local then drops it as the panic leaves its scope). So the old
	// value is copied out, the new one written, and the copy dropped:
	// the same but for a panicking Drop, where it is Rust's order.
	slot, ok := b.localSlot(lhsE)
	if !ok {
		slot, ok = b.fieldSlot(lhsE) // n.f = v of an n taken apart (own_partial.go)
	}
	if ok {
		tmp := b.temp("next", t, s)
		b.emit(&ir.DeclStmt{Var: tmp, Value: rhs, Span: s})
		if pe, ok := unparen(lhsE).(*ast.PathExpr); ok {
			b.dropFieldSlots(b.c.refs[pe]) // a local taken apart (own_partial.go)
		}
		prev := b.temp("prev", t, s)
		b.emit(&ir.DeclStmt{Var: prev, Value: lhs, Span: s})
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: "=", Rhs: []ir.Expr{&ir.VarRef{Var: tmp}}, Span: s})
		b.emit(b.frameCall("Replace", slotLit(slot), b.dropper(lhs, t), b.dropper(&ir.VarRef{Var: prev}, t)))
		return
	}
	if b.hasDropGlue(t) && (b.borrowedPlace(lhsE) || b.capturedLocal(lhsE)) {
		// v[i] = x, self.f = x, *r = x, x = .. in a closure capturing x:
		// the old value is always there (nothing moves out of an index,
		// a borrow or a captured local).
		tmp := b.temp("next", t, s)
		b.emit(&ir.DeclStmt{Var: tmp, Value: rhs, Span: s})
		ptr := b.temp("old", &RefTy{Elem: t, Mut: true}, s)
		ptr.Type = &ir.Pointer{Elem: b.goType(t, s)}
		b.emit(&ir.DeclStmt{Var: ptr, Value: &ir.Unary{Op: "&", X: lhs}, Span: s})
		at := &ir.Unary{Op: "*", X: &ir.VarRef{Var: ptr}}
		prev := b.temp("prev", t, s)
		b.emit(&ir.DeclStmt{Var: prev, Value: at, Span: s})
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{at}, Op: "=", Rhs: []ir.Expr{&ir.VarRef{Var: tmp}}, Span: s})
		b.emit(b.dropCall(&ir.VarRef{Var: prev}, t))
		return
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{lhs}, Op: "=", Rhs: []ir.Expr{rhs}, Span: s})
}

// assignThrough writes rhs to *r where the Go value of r is not a pointer
// but the referent itself, a Go reference (r: &mut Box<Node> is a *Node,
// r: &mut HashMap a *rt.HashMap): assigning to r would only rebind the copy, so
// the new value is copied into what the reference shares.
func (b *builder) assignThrough(u *ast.UnaryExpr, rhs ir.Expr, t Ty, s ast.Span) {
	if !b.uniquePtr(t) {
		b.unsupported(s, "assignment through a `&mut %s`", b.c.resolve(t, false))
		return
	}
	// A Box or a collection owns its pointee alone: overwrite the pointee.
	r := b.read(u.X)
	tmp := b.temp("next", t, s)
	b.emit(&ir.DeclStmt{Var: tmp, Value: rhs, Span: s})
	if b.hasDropGlue(t) {
		b.emit(b.dropCall(r, t))
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Unary{Op: "*", X: r}}, Op: "=", Rhs: []ir.Expr{&ir.Unary{Op: "*", X: &ir.VarRef{Var: tmp}}}, Span: s})
}

// uniquePtr reports whether the Go value of t is a pointer to what the
// value alone owns (a Box, a collection), not to a shared object (Rc,
// Arc) or one Go must not copy (Mutex, atomics).
func (b *builder) uniquePtr(t Ty) bool {
	if _, ptr := b.goType(t, ast.Span{}).(*ir.Pointer); !ptr {
		return false
	}
	a, ok := b.c.resolve(t, true).(*Adt)
	return ok && (a.Def.Go["box"] != "" || isCollection(a.Def))
}

// borrowedPlace reports whether place e is reached through an index or a
// reference (v[i], self.f with self a reference, (*r).f), or is a field
// of a local that owns it (s.f): a place whose value cannot have been
// moved out (moving a field out of a local is unsupported: fieldMove).
func (b *builder) borrowedPlace(e ast.Expr) bool {
	switch x := unparen(e).(type) {
	case *ast.IndexExpr:
		return true
	case *ast.UnaryExpr:
		return x.Op == "*"
	case *ast.FieldExpr:
		if _, isRef := b.c.resolve(b.c.final(x.X), true).(*RefTy); isRef {
			return true
		}
		return b.borrowedPlace(x.X) || b.ownedLocal(x.X) >= 0 || b.capturedLocal(x.X)
	}
	return false
}

// ifStmt lowers if/else; with into set, each branch assigns its value.
// capturedLocal reports whether e is a local of an enclosing function,
// in a closure's body that captures it by reference.
func (b *builder) capturedLocal(e ast.Expr) bool {
	pe, ok := unparen(e).(*ast.PathExpr)
	return ok && b.c.refs[pe] != nil && b.captured[b.c.refs[pe]]
}

// localSlot returns the frame slot of a local place expression.
func (b *builder) localSlot(e ast.Expr) (int, bool) {
	pe, ok := unparen(e).(*ast.PathExpr)
	if !ok {
		return 0, false
	}
	loc := b.c.refs[pe]
	if loc == nil {
		return 0, false
	}
	slot, ok := b.fs.slotOf[loc]
	return slot, ok
}

// condValue lowers an if/while condition; its temporaries are dropped
// before the branch is taken, as Rust drops them.
func (b *builder) condValue(e ast.Expr) ir.Expr {
	return b.ownTemps(func() ir.Expr { return b.expr(e) }, &ir.Var{Name: "cond", Type: ir.BoolType, Temp: true}, e.Pos())
}

// ownTemps lowers a value with f, dropping the temporaries it makes right
// after it: the value is kept in v first, if there are any.
func (b *builder) ownTemps(f func() ir.Expr, v *ir.Var, span ast.Span) ir.Expr {
	b.fs.temps = append(b.fs.temps, nil)
	x := f()
	n := len(b.fs.temps)
	temps := b.fs.temps[n-1]
	b.fs.temps = b.fs.temps[:n-1]
	if len(temps) == 0 {
		return x
	}
	b.emit(&ir.DeclStmt{Var: v, Value: x, Span: span})
	b.dropSlots(temps)
	return &ir.VarRef{Var: v}
}

func (b *builder) ifStmt(e *ast.IfExpr, into *ir.Var) {
	if hasLet(e.Cond) {
		var otherwise func()
		if e.Else != nil {
			otherwise = func() { b.elseBranch(e.Else, into) }
		}
		b.condThen(e.Cond, func() { b.branch(e.Then, into) }, otherwise)
		return
	}
	cond := b.condValue(e.Cond)
	s := &ir.IfStmt{Cond: cond, Span: e.Span}
	s.Then = b.nested(e.Then.Span, func() { b.branch(e.Then, into) })
	switch el := e.Else.(type) {
	case nil:
	case *ast.IfExpr:
		var inner []ir.Stmt
		saved := b.out
		b.out = &inner
		b.ifStmt(el, into)
		b.out = saved
		if len(inner) == 1 {
			s.Else = inner[0]
		} else {
			s.Else = &ir.Block{Stmts: inner}
		}
	default:
		s.Else = b.nested(el.Pos(), func() { b.branch(el, into) })
	}
	b.emit(s)
}

// elseBranch lowers the else part of an if (a block or another if).
func (b *builder) elseBranch(e ast.Expr, into *ir.Var) {
	if ei, ok := e.(*ast.IfExpr); ok {
		b.ifStmt(ei, into)
		return
	}
	b.branch(e, into)
}

// branch lowers a block-valued branch, assigning its value to into.
func (b *builder) branch(e ast.Expr, into *ir.Var) {
	if into == nil {
		b.stmtExpr(e)
		return
	}
	if v := b.valueOf(e); v != nil {
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: into}}, Op: "=", Rhs: []ir.Expr{v}, Span: e.Pos()})
	}
}

func (b *builder) whileStmt(e *ast.WhileExpr) {
	label := labelName(e.Label)
	if hasLet(e.Cond) {
		// while let: loop { if let PAT = x { body } else { break } }; the
		// scrutinee's temporaries live through the body of each iteration.
		var sc *dropScope
		body := b.nested(e.Body.Span, func() {
			sc = b.pushScope(true, label)
			b.inStmt(func() {
				b.condThen(e.Cond, func() { b.blockStmts(e.Body) }, func() {
					b.leaveScopes(label)
					b.emit(&ir.BranchStmt{Tok: "break", Label: b.useLabel(e.Label)})
				})
			})
			b.popScope()
		})
		b.keepGoLabel(sc, body)
		b.emit(&ir.ForStmt{Label: b.loopLabel(e.Label, body), Body: body, Span: e.Span})
		return
	}
	var cond ir.Expr
	var pre []ir.Stmt
	saved := b.out
	b.out = &pre
	cond = b.condValue(e.Cond)
	b.out = saved
	body := b.loopBody(e.Body, e.Label, nil)
	if len(pre) > 0 {
		// The condition needs statements: loop { pre; if !cond { break } body }.
		check := &ir.IfStmt{Cond: &ir.Unary{Op: "!", X: &ir.Paren{X: cond}},
			Then: &ir.Block{Stmts: []ir.Stmt{&ir.BranchStmt{Tok: "break"}}}}
		body.Stmts = append(append(pre, check), body.Stmts...)
		cond = nil
	}
	b.emit(&ir.ForStmt{Label: b.loopLabel(e.Label, body), Cond: cond, Body: body, Span: e.Span})
}

func (b *builder) loopStmt(e *ast.LoopExpr, into *ir.Var) {
	b.loopIntos = append(b.loopIntos, loopInto{label: labelName(e.Label), v: into})
	body := b.loopBody(e.Body, e.Label, nil)
	b.loopIntos = b.loopIntos[:len(b.loopIntos)-1]
	b.emit(&ir.ForStmt{Label: b.loopLabel(e.Label, body), Body: body, Span: e.Span})
}

package lower

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// The ownership and thread-safety checks of a checked function body,
// with rustc's codes and messages:
//
//	E0277  a value that is not Send/Sync given to thread::spawn,
//	       Scope::spawn or any parameter bounded by Send/Sync (sendsync.go)
//	E0373  a closure that must be 'static (thread::spawn) or outlive the
//	       body (Scope::spawn, a returned closure) borrows a local
//	       (own_escape.go)
//	E0382  use of a moved value (own_flow.go), including an FnOnce
//	       closure called twice
//	E0384  assigning twice to an immutable binding or argument (a
//	       deferred `let x;` through "ever initialized" dataflow)
//	E0499, E0500, E0501, E0502, E0503, E0505, E0506, E0524
//	       conflicts with a live borrow
//	E0594, E0596  mutation through a binding or reference that is not mut
//	E0597  a local that dies while borrowed, or borrowed for 'static
//
// The files: own_cfg.go (places, events, the graph), own_expr.go and
// own_call.go (the graph of expressions), own_capture.go (closure
// captures), own_flow.go (dataflow and checks), own_types.go (Copy, what
// may hold a borrow, rustc's type names), own_escape.go, sendsync.go.
//
// Like rustc, thread-safety errors (type checking) stop the borrow checks
// of the function. The checks run only on functions the checker accepted.
//
// The analysis must never reject a program that rustc accepts: where it
// cannot decide, it accepts. What it does not model (and so accepts):
//   - borrows carried by call results whose lifetimes are neither elided
//     nor named in the callee's signature, by values of generic types and
//     trait objects, by iterator adapters whose items a closure computes
//     (map, fold), and borrows stored into containers behind references
//     or smart pointers (a value can hold a borrow only if its type has a
//     reference to the borrowed value or to something it owns);
//   - drop-time uses (a borrow held by a value with a Drop impl ends at
//     its last use here, at its scope's end in rustc), temporaries (E0716),
//     references returned to or escaping from the function (E0515, E0521),
//     E0597 on paths that leave a scope by break, continue or return;
//   - closure kinds: mutating captures of an Fn closure (E0387), an FnOnce
//     closure passed where FnMut/Fn is required (E0525), moving out of
//     borrowed content or of an index (E0507, E0508, E0509);
//   - `let b = a;` of a `&mut` is a copy here (rustc moves or reborrows);
//   - std types missing from the tables of own_types.go are Copy for move
//     checking and of unknown Copy-ness for closure captures (no E0373);
//   - Send/Sync of trait objects and generic parameters; bounds other than
//     Send, Sync and 'static.

// ownCheckHook, when set (by tests), sees each function the checks ran
// on and the diagnostics they reported.
var ownCheckHook func(fn *FnDef, diags diag.List)

// ownCheck runs the checks of one function.
type ownCheck struct {
	c      *checker
	ot     *ownTypes
	bodies map[*ast.ClosureExpr]*body
	caps   map[*ast.ClosureExpr][]capture
	seen   map[string]bool // messages already reported (rustc reports each once)
	errs   int
	start  int // len(diags) when the checks started
}

// checkOwnership runs the ownership and thread-safety checks over the
// checked body; it reports whether the body is free of such errors.
func (c *checker) checkOwnership() (ok bool) {
	if ownCheckHook != nil {
		before := len(c.l.diags)
		defer func() { ownCheckHook(c.fn, c.l.diags[before:]) }()
	}
	o := &ownCheck{c: c, ot: newOwnTypes(c), bodies: map[*ast.ClosureExpr]*body{},
		caps: map[*ast.ClosureExpr][]capture{}, seen: map[string]bool{}, start: len(c.l.diags)}
	defer func() {
		// A bug in the checks must not reject a program rustc accepts:
		// the function is accepted (tests see the panic through the hook).
		if r := recover(); r != nil {
			c.l.diags = c.l.diags[:o.start]
			if ownCheckHook != nil {
				ownCheckHook(c.fn, diag.List{{Severity: diag.Internal, Span: c.fn.Decl.Name.Span,
					Msg: fmt.Sprintf("ownership checks of `%s`: %v", c.fn.Name, r)}})
			}
			ok = true
		}
	}()
	o.ot = &ownTypes{c: c, copyImpl: o.ot.copyImpl, sendImpl: o.ot.sendImpl, syncImpl: o.ot.syncImpl, statefulCopy: o.statefulCopy()}
	o.sendSync()
	if o.errs > 0 {
		return false
	}
	for _, e := range c.reassigned {
		loc := e.loc
		if loc.Param {
			o.errorf(e.span, "E0384", []diag.Note{
				note(loc.Span, "help: consider making this binding mutable: `mut %s`", loc.Name),
			}, "cannot assign to immutable argument `%s`", loc.Name)
			continue
		}
		o.errorf(e.span, "E0384", []diag.Note{
			note(loc.Span, "first assignment to `%s`", loc.Name),
			note(loc.Span, "help: consider making this binding mutable: `mut %s`", loc.Name),
		}, "cannot assign twice to immutable variable `%s`", loc.Name)
	}
	fb := o.fnBody()
	o.escapes()
	if fb != nil {
		o.analyze(fb)
	}
	bodies := []*body{fb}
	for _, x := range o.closureExprs() {
		if bd := o.closureBody(x); bd != nil {
			o.analyze(bd)
			bodies = append(bodies, bd)
		}
	}
	o.captureOwnership()
	o.writeBacks(bodies)
	if o.errs > 0 {
		c.failed = true
	}
	return o.errs == 0
}

// closureExprs lists the body's closures in source order.
func (o *ownCheck) closureExprs() []*ast.ClosureExpr {
	var out []*ast.ClosureExpr
	for x := range o.c.closure {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

func (o *ownCheck) builder() *cfgBuilder {
	g := &cfgBuilder{c: o.c, o: o, ot: o.ot, bd: newBody(), caps: o.captures}
	g.cur = g.bd.entry
	return g
}

// fnBody builds the graph of the function's body.
func (o *ownCheck) fnBody() *body {
	d := o.c.fn.Decl
	if d == nil || d.Body == nil {
		return nil
	}
	g := o.builder()
	if d.Self != nil {
		if loc := o.c.locals[d.Self]; loc != nil {
			g.init(loc)
		}
	}
	for _, p := range d.Params {
		g.bindPat(p.Pat, scrut{})
	}
	g.value(d.Body)
	g.goTo(g.bd.exit)
	o.finish(g)
	return g.bd
}

// closureBody builds (once) the graph of a closure's body; the captured
// locals are initialized on entry.
func (o *ownCheck) closureBody(x *ast.ClosureExpr) *body {
	if bd, ok := o.bodies[x]; ok {
		return bd
	}
	o.bodies[x] = nil
	g := o.builder()
	g.bd.clos = x
	for _, p := range x.Params {
		g.bindPat(p.Pat, scrut{})
	}
	g.value(x.Body)
	g.goTo(g.bd.exit)
	o.finish(g)
	o.bodies[x] = g.bd
	return g.bd
}

// finish emits the uses of the holders at the body's end.
func (o *ownCheck) finish(g *cfgBuilder) {
	g.cur = g.bd.exit
	for _, h := range g.bd.holders {
		g.useLocal(h)
	}
}

// ---------------------------------------------------------------- reporting

// errorf records an error (once per distinct message and line).
func (o *ownCheck) errorf(s ast.Span, code string, notes []diag.Note, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	key := fmt.Sprintf("%s %s %d", code, msg, o.c.l.src.Position(s.Start).Line)
	if o.seen[key] {
		return
	}
	o.seen[key] = true
	o.errs++
	// Labels in source order, then unspanned notes, then help.
	rank := func(n diag.Note) int {
		switch {
		case strings.HasPrefix(n.Msg, "help:"):
			return 2
		case !n.HasSpan:
			return 1
		}
		return 0
	}
	sort.SliceStable(notes, func(i, j int) bool {
		if ri, rj := rank(notes[i]), rank(notes[j]); ri != rj {
			return ri < rj
		}
		return notes[i].Span.Start < notes[j].Span.Start
	})
	d := o.c.l.diags.Errorf(s, code, "%s", msg)
	d.Notes = notes
}

func note(s ast.Span, format string, args ...any) diag.Note {
	return diag.Note{Span: s, HasSpan: true, Msg: fmt.Sprintf(format, args...)}
}

// statefulCopy returns the test of ownTypes.statefulCopy for this
// function's closures: `move || { n += 1; n }` over Copy captures is
// Copy, and each Rust copy has its own n, but a Go func value copied
// shares the variables it captured. rs2go tracks such a closure's uses by
// value as moves and rejects a use after one (reportMoved).
func (o *ownCheck) statefulCopy() func(id int) bool {
	byID := map[int]*ast.ClosureExpr{}
	for x, ci := range o.c.closure {
		byID[ci.ty.ID] = x
	}
	memo := map[int]bool{}
	return func(id int) bool {
		if v, ok := memo[id]; ok {
			return v
		}
		memo[id] = false // while its captures are computed
		x := byID[id]
		if x == nil || !x.Move || o.mutatingCapture(x) == nil {
			return false
		}
		for _, cp := range o.captures(x) {
			if !o.ot.isCopy(cp.pl.ty()) {
				return false // the closure is not Copy: rustc's moves apply
			}
		}
		memo[id] = true
		return true
	}
}

// reportMoved reports a use of a moved place (E0382); hits are the moved
// places that the used one overlaps, shortest first.
func (o *ownCheck) reportMoved(a *analysis, ev *event, hits []*movedEntry) {
	m := hits[0]
	if ct, ok := o.ot.final(m.pl.ty()).(*ClosureTy); ok && o.ot.statefulCopy(ct.ID) {
		// Valid Rust (the closure was copied), which rs2go cannot
		// translate: see statefulCopy.
		o.errorf(ev.span, diag.CodeUnsupported, nil,
			"a use of the `move` closure `%s` after it was copied: the copies would share the state it changes", m.pl.String())
		return
	}
	var sites []*event
	for _, h := range hits {
		for _, s := range h.sites {
			if !containsEvent(sites, s) {
				sites = append(sites, s)
			}
		}
	}
	sort.Slice(sites, func(i, j int) bool { return sites[i].span.Start < sites[j].span.Start })
	var ids []string
	for _, s := range sites {
		ids = append(ids, fmt.Sprint(s.span.Start))
	}
	dedup := m.pl.root.Name + fmt.Sprint(m.pl.root.Span.Start) + strings.Join(ids, ",")
	if a.movedReported[dedup] {
		return
	}
	a.movedReported[dedup] = true

	span := ev.span
	if ev.mspan != (ast.Span{}) {
		span = ev.mspan
	}
	partial := len(ev.pl.proj) < len(m.pl.proj) && ev.acc != accWrite
	what, name := "use", m.pl.String()
	if ev.acc == accShared || ev.acc == accMut || ev.borrow {
		what = "borrow"
	}
	var msg, label string
	switch {
	case ev.acc == accWrite && hasDropImpl(o.ot.final(m.pl.ty())):
		// A field of a value with a Drop impl cannot be reinitialized alone.
		msg = fmt.Sprintf("assign of moved value: `%s`", name)
		label = "value assigned here after move"
	case ev.acc == accWrite:
		msg = fmt.Sprintf("assign to part of moved value: `%s`", name)
		label = "value partially assigned here after move"
	case partial:
		name = ev.pl.String()
		msg = fmt.Sprintf("%s of partially moved value: `%s`", what, name)
		label = fmt.Sprintf("value %s here after partial move", map[string]string{"use": "used", "borrow": "borrowed"}[what])
	default:
		msg = fmt.Sprintf("%s of moved value: `%s`", what, name)
		label = fmt.Sprintf("value %s here after move", map[string]string{"use": "used", "borrow": "borrowed"}[what])
	}
	onceCalls := len(sites) > 0
	for _, s := range sites {
		onceCalls = onceCalls && s.fnOnce != nil
	}
	var notes []diag.Note
	switch {
	case a.bd.synth[m.pl.root], onceCalls: // rustc explains an FnOnce call instead
	case !partial && len(m.pl.proj) == 0:
		notes = append(notes, note(m.pl.root.Span, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
			name, o.ot.rustTy(m.pl.ty())))
	default:
		kind := "move"
		if partial {
			kind = "partial move"
		}
		notes = append(notes, diag.Note{Msg: fmt.Sprintf("%s occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
			kind, m.pl.String(), o.ot.rustTy(m.pl.ty()))})
	}
	self := false
	for _, s := range sites {
		moved := "value moved here"
		if partial {
			moved = "value partially moved here"
		}
		if s.byClos != nil {
			moved = "value moved into closure here"
		}
		if s.fnOnce != nil {
			moved = fmt.Sprintf("`%s` moved due to this call", name)
		}
		if s.span.Start >= span.Start && s.span.Start >= ev.span.Start {
			moved += ", in previous iteration of loop"
		}
		if s == ev || s.span == span {
			self = true
		}
		at := s.span
		if s.fnOnce != nil {
			at = s.call
			if cp := o.consumingCapture(s.fnOnce); cp != nil {
				notes = append(notes, note(cp.moveUse, "closure cannot be invoked more than once because it moves the variable `%s` out of its environment", cp.pl.String()))
			}
			notes = append(notes, note(s.span, "this value implements `FnOnce`, which causes it to be moved when called"))
		}
		notes = append(notes, note(at, "%s", moved))
		if s.byClos != nil && s.inClos != (ast.Span{}) {
			notes = append(notes, note(s.inClos, "variable moved due to use in closure"))
		}
	}
	if !self {
		notes = append(notes, note(span, "%s", label))
	}
	o.errorf(span, "E0382", notes, "%s", msg)
}

// reportConflict reports an access that conflicts with live loan ln.
func (o *ownCheck) reportConflict(a *analysis, b, i int, ev *event, ln *loan, id int, holder *Local, st *flowState) {
	acc, bor := ev.pl.String(), ln.pl.String()
	// A two-phase borrow (autoref receiver, reborrowed argument) is
	// reserved where it is written and activated at the call: a
	// conflict with a mutable borrow is found at the reservation.
	span := ev.span
	if ev.twoPh && ln.mut && ev.mspan != (ast.Span{}) {
		span = ev.mspan
	}
	later, hasLater := a.laterUse(b, i, id, st)
	var notes []diag.Note
	add := func(s ast.Span, format string, args ...any) {
		if s != (ast.Span{}) {
			notes = append(notes, note(s, format, args...))
		}
	}
	because := func(kind string) string { return "it is also borrowed as " + kind }
	closureNote := func(s ast.Span, cl *ast.ClosureExpr, in ast.Span, which string) {
		if cl != nil && in != (ast.Span{}) {
			add(in, "%s borrow occurs due to use of `%s` in closure", which, bor)
		}
	}
	code, msg := "", ""
	switch {
	case ev.acc == accMut && ev.byClos != nil && throughMutRef(ev.pl) && ln.closure != nil && ln.mut:
		code, msg = "E0524", fmt.Sprintf("two closures require unique access to `%s` at the same time", acc)
		add(ln.span, "first closure is constructed here")
		add(ln.inClos, "first borrow occurs due to use of `%s` in closure", bor)
		add(span, "second closure is constructed here")
		add(ev.inClos, "second borrow occurs due to use of `%s` in closure", acc)
		if hasLater {
			add(later, "first borrow later used here")
		}
	case ev.acc == accMut && ev.byClos != nil && throughMutRef(ev.pl):
		// A closure mutating through a &mut binding takes a unique
		// borrow of the place.
		code, msg = "E0500", fmt.Sprintf("closure requires unique access to `%s` but it is already borrowed", acc)
		add(ln.span, "borrow occurs here")
		add(span, "closure construction occurs here")
		add(ev.inClos, "second borrow occurs due to use of `%s` in closure", acc)
		if hasLater {
			add(later, "first borrow later used here")
		}
	case ln.closure != nil && ln.mut && throughMutRef(ln.pl) && ev.byClos == nil:
		code, msg = "E0501", fmt.Sprintf("cannot borrow `%s` as %s because previous closure requires unique access", acc, map[bool]string{true: "mutable", false: "immutable"}[ev.acc == accMut])
		add(ln.span, "closure construction occurs here")
		add(ln.inClos, "first borrow occurs due to use of `%s` in closure", bor)
		add(span, "second borrow occurs here")
		if hasLater {
			add(later, "first borrow later used here")
		}
	case ev.acc == accMut && ln.mut:
		code, msg = "E0499", fmt.Sprintf("cannot borrow `%s` as mutable more than once at a time", acc)
		add(ln.span, "first mutable borrow occurs here")
		add(span, "second mutable borrow occurs here")
		closureNote(ln.span, ln.closure, ln.inClos, "first")
		closureNote(ev.span, ev.byClos, ev.inClos, "second")
		if hasLater {
			add(later, "first borrow later used here")
		}
	case ev.acc == accMut:
		code, msg = "E0502", fmt.Sprintf("cannot borrow `%s` as mutable because %s", acc, because("immutable"))
		add(ln.span, "immutable borrow occurs here")
		add(span, "mutable borrow occurs here")
		if hasLater {
			add(later, "immutable borrow later used here")
		}
	case ev.acc == accShared && ln.mut:
		code, msg = "E0502", fmt.Sprintf("cannot borrow `%s` as immutable because %s", acc, because("mutable"))
		add(ln.span, "mutable borrow occurs here")
		add(span, "immutable borrow occurs here")
		if hasLater {
			add(later, "mutable borrow later used here")
		}
	case ev.acc == accRead:
		code, msg = "E0503", fmt.Sprintf("cannot use `%s` because it was mutably borrowed", acc)
		add(ln.span, "`%s` is borrowed here", bor)
		add(span, "use of borrowed `%s`", bor)
		if hasLater {
			add(later, "borrow later used here")
		}
	case ev.acc == accMove:
		code, msg = "E0505", fmt.Sprintf("cannot move out of `%s` because it is borrowed", acc)
		if len(ev.pl.proj) == 0 {
			add(ev.pl.root.Span, "binding `%s` declared here", ev.pl.root.Name)
		}
		add(ln.span, "borrow of `%s` occurs here", bor)
		add(span, "move out of `%s` occurs here", acc)
		if hasLater {
			add(later, "borrow later used here")
		}
	case ev.acc == accWrite:
		code, msg = "E0506", fmt.Sprintf("cannot assign to `%s` because it is borrowed", acc)
		add(ln.span, "`%s` is borrowed here", bor)
		add(span, "`%s` is assigned to here but it was already borrowed", acc)
		if hasLater {
			add(later, "borrow later used here")
		}
	default:
		return
	}
	o.errorf(span, code, notes, "%s", msg)
}

// checkMut reports a mutation of a place that is not mutable: through a
// shared reference, or of a binding not declared mut (E0596, E0594).
func (o *ownCheck) checkMut(bd *body, ev *event) {
	pl := ev.pl
	if bd.synth[pl.root] {
		return
	}
	write := ev.acc == accWrite
	wspan := ev.span
	if ev.wspan != (ast.Span{}) {
		wspan = ev.wspan
	}
	for i, s := range pl.proj {
		if s.kind != projDeref || s.box {
			continue
		}
		if s.mut {
			return // through a &mut: the reference decides, not the binding
		}
		if bd.ergo[pl.root] && i == 0 {
			return
		}
		ref := pl.truncate(i).String()
		if write {
			o.errorf(wspan, "E0594", []diag.Note{note(wspan, "`%s` is a `&` reference, so it cannot be written to", ref)},
				"cannot assign to `%s`, which is behind a `&` reference", pl.String())
		} else {
			o.errorf(ev.span, "E0596", []diag.Note{note(ev.span, "`%s` is a `&` reference, so it cannot be borrowed as mutable", ref)},
				"cannot borrow `%s` as mutable, as it is behind a `&` reference", pl.String())
		}
		return
	}
	upvar := bd.clos != nil && !bd.locals[pl.root]
	if pl.root.Mut || pl.root.Uninit || (write && len(pl.proj) == 0 && !upvar) {
		return // assigning a whole binding twice is E0384, the checker's
	}
	if ev.fnMut != nil {
		cp := o.mutatingCapture(ev.fnMut)
		o.errorf(pl.root.Span, "E0596", []diag.Note{
			note(cp.mutUse, "calling `%s` requires mutable binding due to mutable borrow of `%s`", pl.root.Name, cp.pl.String()),
			note(ev.span, "cannot borrow as mutable"),
			note(pl.root.Span, "help: consider changing this to be mutable: `mut %s`", pl.root.Name),
		}, "cannot borrow `%s` as mutable, as it is not declared as mutable", pl.root.Name)
		return
	}
	as := "it"
	if len(pl.proj) > 0 {
		as = "`" + pl.root.Name + "`"
	}
	span := ev.span
	if ev.mspan != (ast.Span{}) {
		span = ev.mspan
	}
	help := []diag.Note{note(pl.root.Span, "help: consider changing this to be mutable: `mut %s`", pl.root.Name)}
	if write {
		o.errorf(wspan, "E0594", help, "cannot assign to `%s`, as %s is not declared as mutable", pl.String(), as)
		return
	}
	o.errorf(span, "E0596", help, "cannot borrow `%s` as mutable, as %s is not declared as mutable", pl.String(), as)
}

// capturedByClosure reports whether loc is declared outside the innermost
// closure being checked: assigning it there is E0594 (reported by
// checkMut), not E0384.
func (c *checker) capturedByClosure(loc *Local) bool {
	n := len(c.closures)
	return n > 0 && c.depthOf[loc] < c.closures[n-1].depth
}

// hasDropImpl reports whether t is a user type with a Drop impl.
func hasDropImpl(t Ty) bool {
	adt, ok := t.(*Adt)
	return ok && !adt.Def.Std && adt.Def.Traits["Drop"] != nil
}

// throughMutRef reports whether a place goes through a deref of a &mut.
func throughMutRef(p place) bool {
	for _, s := range p.proj {
		if s.kind == projDeref && s.mut && !s.box {
			return true
		}
	}
	return false
}

package lower

import (
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
)

// The control-flow graph of the ownership checks. A body (a function's or
// a closure's) becomes basic blocks of events: accesses to places (reads,
// moves, borrows, writes), initializations of locals, and flows of
// borrows (loans) into locals. Loops, breaks, returns, `?` and diverging
// expressions are edges, so that the dataflow of own_flow.go sees the
// paths rustc's MIR borrow checker sees, at the granularity of places
// built from locals, fields and derefs.

// projKind says what one step of a place's projection is.
type projKind uint8

const (
	projField projKind = iota // .name, .0, or a variant's field (Some.0)
	projDeref                 // *p through a reference or a Box
)

// proj is one projection step; ty is the type of the place after it.
type proj struct {
	kind    projKind
	name    string
	mut     bool // a deref through &mut or Box (writable when the root is)
	box     bool
	variant bool // a field of an enum variant (a pattern's downcast)
	ty      Ty
}

// place is a local with a projection path: x, x.a, *x, (*x).a.
type place struct {
	root *Local
	proj []proj
}

func (p place) valid() bool { return p.root != nil }

// key identifies a place (roots by pointer, steps by name).
func (p place) key() string {
	var b strings.Builder
	for _, s := range p.proj {
		if s.kind == projDeref {
			b.WriteString("*")
		} else {
			b.WriteString("." + s.name)
		}
	}
	return b.String()
}

// prefixOf reports whether p is a prefix of q (or equal).
func (p place) prefixOf(q place) bool {
	if p.root != q.root || len(p.proj) > len(q.proj) {
		return false
	}
	for i, s := range p.proj {
		t := q.proj[i]
		if s.kind != t.kind || s.name != t.name {
			return false
		}
	}
	return true
}

func (p place) equal(q place) bool { return p.prefixOf(q) && len(p.proj) == len(q.proj) }

// hasDeref reports whether the path goes through a deref.
func (p place) hasDeref() bool {
	for _, s := range p.proj {
		if s.kind == projDeref {
			return true
		}
	}
	return false
}

// truncate returns the prefix of p with n projection steps.
func (p place) truncate(n int) place {
	return place{root: p.root, proj: p.proj[:n:n]}
}

func (p place) extend(s proj) place {
	out := make([]proj, len(p.proj), len(p.proj)+1)
	copy(out, p.proj)
	return place{root: p.root, proj: append(out, s)}
}

// ty is the type of the place.
func (p place) ty() Ty {
	if len(p.proj) == 0 {
		return p.root.Ty
	}
	return p.proj[len(p.proj)-1].ty
}

// String prints the place as rustc does: auto-derefs before a field are
// left out (`self.items`), a final deref is shown (`*v`), variant fields
// stop at the enum.
func (p place) String() string {
	s := p.root.Name
	pendingDeref := 0
	for _, st := range p.proj {
		switch {
		case st.variant:
			return withDerefs(s, pendingDeref)
		case st.kind == projDeref:
			pendingDeref++
		default:
			s += "." + st.name
			pendingDeref = 0
		}
	}
	return withDerefs(s, pendingDeref)
}

func withDerefs(s string, n int) string { return strings.Repeat("*", n) + s }

// accKind is how an access uses a place.
type accKind uint8

const (
	accRead   accKind = iota // a copy or an inspection
	accShared                // a shared borrow
	accMut                   // a mutable borrow
	accMove                  // a move out
	accWrite                 // an assignment
)

// evKind classifies events.
type evKind uint8

const (
	evAccess evKind = iota // an access to a place
	evInit                 // a local is (re)initialized by a binding
	evFlow                 // loans flow into a local
	evUse                  // a use of a local that is not an access (temporaries, holders)
	evDead                 // a local goes out of scope (its borrows must be over: E0597)
	evStatic               // a value that must be 'static (a 'static generic argument)
	evDecl                 // `let x;`: x is declared, not yet initialized
)

// event is one step of a block.
type event struct {
	kind   evKind
	acc    accKind
	pl     place
	span   ast.Span // rustc's primary span for the access
	loan   int      // the loan this access creates, -1 for none
	borrow bool     // a read that rustc reports as a borrow (format arguments, autoref)
	unsure bool     // an access in a context the analysis does not model
	byClos *ast.ClosureExpr
	inClos ast.Span         // the use inside the closure, for closure captures
	local  *Local           // evInit, evUse, evFlow, evDecl
	strong bool             // evFlow: the local's loans are replaced
	src    flowSrc          // evFlow
	twoPh  bool             // a two-phase borrow activated here (autoref &mut receiver)
	mutChk bool             // check that the place may be mutated (E0596/E0594)
	mspan  ast.Span         // where a use-after-move is reported, when not span
	wspan  ast.Span         // where E0594 is reported, when not span
	fnMut  *ast.ClosureExpr // a call of this FnMut closure (E0596 on its binding)
	fnOnce *ast.ClosureExpr // a call of this FnOnce closure (it moves the closure)
	call   ast.Span         // fnOnce: the whole call
}

// flowSrc is what a value carries: loans created in it and the loans held
// by locals it copies from (read when the flow happens).
type flowSrc struct {
	loans []int
	from  []*Local
}

func (v flowSrc) empty() bool { return len(v.loans) == 0 && len(v.from) == 0 }

func (v flowSrc) union(w flowSrc) flowSrc {
	if v.empty() {
		return w
	}
	if w.empty() {
		return v
	}
	return flowSrc{loans: append(append([]int(nil), v.loans...), w.loans...), from: append(append([]*Local(nil), v.from...), w.from...)}
}

// loan is a borrow of a place that a value may carry.
type loan struct {
	pl      place
	mut     bool
	span    ast.Span
	closure *ast.ClosureExpr // a borrow by a closure's capture
	inClos  ast.Span
}

// bblock is a basic block.
type bblock struct {
	evs  []event
	succ []int
}

// body is the graph of one function or closure body.
type body struct {
	blocks  []*bblock
	entry   int
	exit    int
	loans   []*loan
	locals  map[*Local]bool // declared in this body
	synth   map[*Local]bool // temporaries and holders made up by the builder
	clos    *ast.ClosureExpr
	holders []*Local        // used at the exit (scoped-thread borrows)
	ergo    map[*Local]bool // bound by default binding modes (reference mutability unknown)
}

// loopCtx is an enclosing loop.
type loopCtx struct {
	label       string
	head, after int
}

// cfgBuilder turns a body's AST into a graph.
type cfgBuilder struct {
	c      *checker
	o      *ownCheck
	ot     *ownTypes
	bd     *body
	cur    int
	loops  []loopCtx
	scope  *Local // the holder of borrows that scoped threads keep
	caps   func(*ast.ClosureExpr) []capture
	scopes [][]*Local // locals declared in each enclosing block scope
}

func newBody() *body {
	bd := &body{locals: map[*Local]bool{}, synth: map[*Local]bool{}, ergo: map[*Local]bool{}}
	bd.entry = bd.newBlock()
	bd.exit = bd.newBlock()
	return bd
}

func (bd *body) newBlock() int {
	bd.blocks = append(bd.blocks, &bblock{})
	return len(bd.blocks) - 1
}

func (g *cfgBuilder) emit(ev event) {
	g.bd.blocks[g.cur].evs = append(g.bd.blocks[g.cur].evs, ev)
}

func (g *cfgBuilder) edge(from, to int) {
	b := g.bd.blocks[from]
	for _, s := range b.succ {
		if s == to {
			return
		}
	}
	b.succ = append(b.succ, to)
}

// jump ends the current block with an edge to `to` and continues in a
// fresh block with no predecessor (code after a jump is unreachable).
func (g *cfgBuilder) jump(to int) {
	g.edge(g.cur, to)
	g.cur = g.bd.newBlock()
}

// goTo continues in block `to`, reached from the current block.
func (g *cfgBuilder) goTo(to int) {
	g.edge(g.cur, to)
	g.cur = to
}

func (g *cfgBuilder) newLoan(pl place, mut bool, span ast.Span) int {
	g.bd.loans = append(g.bd.loans, &loan{pl: pl, mut: mut, span: span})
	return len(g.bd.loans) - 1
}

// synthLocal makes a temporary local (call arguments, loop iterators).
func (g *cfgBuilder) synthLocal(name string, span ast.Span) *Local {
	l := &Local{Name: name, Span: span, Ty: tyUnit}
	g.bd.synth[l] = true
	return l
}

// hold keeps what v carries alive in a temporary until use is emitted.
func (g *cfgBuilder) hold(v flowSrc, span ast.Span) (flowSrc, *Local) {
	if v.empty() {
		return v, nil
	}
	tmp := g.synthLocal("<tmp>", span)
	g.emit(event{kind: evFlow, local: tmp, strong: true, src: v})
	return flowSrc{from: []*Local{tmp}}, tmp
}

func (g *cfgBuilder) useLocal(l *Local) {
	if l != nil {
		g.emit(event{kind: evUse, local: l})
	}
}

// flowInto records that local l now holds what v carries.
func (g *cfgBuilder) flowInto(l *Local, v flowSrc, strong bool) {
	if l == nil || (v.empty() && !strong) {
		return
	}
	g.emit(event{kind: evFlow, local: l, strong: strong, src: v})
}

// ty is the resolved type of an expression (nil when unknown).
func (g *cfgBuilder) ty(e ast.Expr) Ty {
	t, ok := g.c.types[e]
	if !ok || t == nil {
		return nil
	}
	return g.c.resolve(t, true)
}

func (g *cfgBuilder) diverges(e ast.Expr) bool {
	_, never := g.ty(e).(*NeverTy)
	return never
}

// ---------------------------------------------------------------- places

// placeRes is an expression resolved as a place. When smart is set, the
// place is reached through an overloaded deref or index (Arc, guards,
// Vec indexing): an access to it is a borrow of pl, shared or mutable.
type placeRes struct {
	pl    place
	smart bool
	ok    bool
}

// placeOf resolves e as a place rooted at a local, emitting the events of
// the expressions it evaluates on the way (indices, non-place bases).
func (g *cfgBuilder) placeOf(e ast.Expr) placeRes {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return g.placeOf(x.X)
	case *ast.PathExpr:
		if loc := g.c.refs[x]; loc != nil {
			return placeRes{pl: place{root: loc}, ok: true}
		}
		return placeRes{}
	case *ast.FieldExpr:
		base := g.placeOf(x.X)
		if !base.ok {
			if !isPlaceSyntax(x.X) {
				g.value(x.X)
			}
			return placeRes{}
		}
		base = g.autoDeref(base, g.ty(x.X))
		if base.smart {
			return base
		}
		return placeRes{pl: base.pl.extend(proj{kind: projField, name: x.Name.Name, ty: g.ty(x)}), ok: true}
	case *ast.UnaryExpr:
		if x.Op != "*" {
			return placeRes{}
		}
		base := g.placeOf(x.X)
		if !base.ok {
			if !isPlaceSyntax(x.X) {
				g.value(x.X)
			}
			return placeRes{}
		}
		if base.smart {
			return base
		}
		return g.derefStep(base, g.ty(x.X))
	case *ast.IndexExpr:
		base := g.placeOf(x.X)
		if !base.ok && !isPlaceSyntax(x.X) {
			g.value(x.X)
		}
		g.value(x.Index)
		if !base.ok {
			return placeRes{}
		}
		base = g.autoDeref(base, g.ty(x.X))
		return placeRes{pl: base.pl, smart: true, ok: true}
	}
	return placeRes{}
}

// isPlaceSyntax reports whether e is written as a place expression (its
// sub-expressions were evaluated by placeOf).
func isPlaceSyntax(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return isPlaceSyntax(x.X)
	case *ast.PathExpr:
		return true
	case *ast.FieldExpr:
		return isPlaceSyntax(x.X)
	case *ast.IndexExpr:
		return isPlaceSyntax(x.X)
	case *ast.UnaryExpr:
		return x.Op == "*" && isPlaceSyntax(x.X)
	}
	return false
}

// derefStep applies one deref to a place of type t.
func (g *cfgBuilder) derefStep(base placeRes, t Ty) placeRes {
	switch x := t.(type) {
	case *RefTy:
		return placeRes{pl: base.pl.extend(proj{kind: projDeref, mut: x.Mut, ty: g.c.resolve(x.Elem, true)}), ok: true}
	case *Adt:
		if x.Def.Std && x.Def.Go["box"] != "" && len(x.Args) > 0 {
			return placeRes{pl: base.pl.extend(proj{kind: projDeref, mut: true, box: true, ty: x.Args[0]}), ok: true}
		}
		if x.Def.Std && x.Def.Go["deref"] != "" {
			return placeRes{pl: base.pl, smart: true, ok: true}
		}
	}
	return placeRes{pl: base.pl, smart: true, ok: true}
}

// autoDeref follows the derefs that field access and indexing apply to a
// base of type t: references and Box as place steps, other smart
// pointers as overloaded derefs.
func (g *cfgBuilder) autoDeref(base placeRes, t Ty) placeRes {
	for i := 0; i < 8 && base.ok && !base.smart; i++ {
		switch x := t.(type) {
		case *RefTy:
			base = g.derefStep(base, t)
			t = g.c.resolve(x.Elem, true)
			continue
		case *Adt:
			if x.Def.Std && x.Def.Go["deref"] == "arg" && len(x.Args) > 0 {
				base = g.derefStep(base, t)
				t = g.c.resolve(x.Args[0], true)
				continue
			}
		}
		break
	}
	return base
}

// access emits an access of kind k to a resolved place. Moves of Copy
// values are reads; accesses through an overloaded deref or index are
// borrows of the place they go through; moves out of a deref are not
// modelled (E0507) and count as reads.
func (g *cfgBuilder) access(pr placeRes, k accKind, span ast.Span, ev event) int {
	if !pr.ok {
		return -1
	}
	if pr.smart {
		switch k {
		case accWrite, accMut:
			k = accMut
		default:
			k = accShared
		}
		ev.borrow = true
	}
	// (Calling an FnOnce closure moves it: it holds a value it moves out,
	// so it is not Copy.)
	if k == accMove && ev.fnOnce == nil && (pr.pl.hasDeref() || !g.ot.notCopy(pr.pl.ty())) {
		if !pr.pl.hasDeref() && !g.ot.copyKnown(pr.pl.ty()) {
			ev.unsure = true // a move or a copy: the analysis cannot tell
		}
		k = accRead
	}
	if pr.smart && !derefMutBase(g.c.resolve(pr.pl.ty(), true)) {
		ev.mutChk = false // Arc, Rc, Ref...: rustc's error is another one
	}
	ev.kind, ev.acc, ev.pl, ev.span, ev.loan = evAccess, k, pr.pl, span, -1
	if k == accShared || k == accMut {
		ev.loan = g.newLoan(pr.pl, k == accMut, span)
		ev.borrow = true
	}
	g.emit(ev)
	return ev.loan
}

// carried is what a value read from place pl carries: the loans held by
// its root (a copy of a reference, a struct holding references).
func (g *cfgBuilder) carried(pl place) flowSrc {
	if g.ot.mayHoldRefs(pl.root.Ty) || g.bd.synth[pl.root] {
		return flowSrc{from: []*Local{pl.root}}
	}
	return flowSrc{}
}

// derefMutBase reports whether mutating through an overloaded deref or
// index of a value of type t needs t itself to be mutable (DerefMut,
// IndexMut), so that a non-mut binding is E0596.
func derefMutBase(t Ty) bool {
	switch t := t.(type) {
	case *ArrayTy, *SliceTy:
		return true
	case *Adt:
		if !t.Def.Std {
			return false
		}
		switch t.Def.Name {
		case "Vec", "VecDeque", "String", "Box", "MutexGuard", "RwLockWriteGuard", "RefMut":
			return true
		}
	}
	return false
}

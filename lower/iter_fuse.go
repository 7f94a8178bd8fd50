package lower

import (
	"slices"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Iterator fusion. A consumer (fold, sum, count, collect into a Vec,
// for_each) or a for loop applied to maps, filters and enumerates over a
// slice (also reversed) or a range is a Go loop instead of rt.Iter calls: each element costs a closure call per
// adapter through rt.Iter's pull functions, which Go cannot inline, where
// the loop calls the closures held in local variables, which Go inlines.
// The loop calls the closures in Rust's order (the adapters' of one
// element, then the consumer's, element after element), so it is the same
// program; the rules below read the rt calls that lowering made (their
// meaning is in rt/iter_*.go) and replace them.

// fuseChain is a source and its adapters.
type fuseChain struct {
	slice  ir.Expr // range over a slice (from its end with rev), or
	lo, hi ir.Expr // count from lo up to hi (exclusive)
	rev    bool
	sized  bool // the consumer reads the slice's length too (collect's capacity)
	steps  []fuseStep
}

// fuseStep is an adapter: map (the item becomes fn(item)), filter (the
// item goes on when fn(item)) or enumerate (the item becomes (count,
// item)).
type fuseStep struct {
	kind string
	fn   ir.Expr
}

// decodeChain reads x as a fusable chain.
func decodeChain(x ir.Expr) (*fuseChain, bool) {
	call, ok := x.(*ir.Call)
	if !ok || call.Spread || len(call.TypeArgs) > 0 {
		return nil, false
	}
	switch f := call.Fun.(type) {
	case *ir.Qual:
		switch {
		case f.Pkg == "rt" && f.Name == "SliceIter" && len(call.Args) == 1:
			return &fuseChain{slice: call.Args[0]}, true
		case f.Pkg == "rt" && f.Name == "Range" && len(call.Args) == 2 && !untyped(call.Args[0]):
			return &fuseChain{lo: call.Args[0], hi: call.Args[1]}, true
		case f.Pkg == "rt" && f.Name == "Map" && len(call.Args) == 2:
			ch, ok := decodeChain(call.Args[0])
			if ok {
				ch.steps = append(ch.steps, fuseStep{kind: "map", fn: call.Args[1]})
			}
			return ch, ok
		case f.Pkg == "rt" && f.Name == "Enumerate" && len(call.Args) == 1:
			ch, ok := decodeChain(call.Args[0])
			if ok {
				ch.steps = append(ch.steps, fuseStep{kind: "enumerate"})
			}
			return ch, ok
		}
	case *ir.Selector:
		switch {
		case f.Name == "Filter" && len(call.Args) == 1:
			ch, ok := decodeChain(f.X)
			if ok {
				ch.steps = append(ch.steps, fuseStep{kind: "filter", fn: call.Args[0]})
			}
			return ch, ok
		case f.Name == "Rev" && len(call.Args) == 0:
			// Maps and filters run from the back as well: the slice is
			// walked from its end (an enumerate's count would change).
			ch, ok := decodeChain(f.X)
			if !ok || ch.slice == nil || slices.ContainsFunc(ch.steps, func(s fuseStep) bool { return s.kind == "enumerate" }) {
				return nil, false
			}
			ch.rev = !ch.rev
			return ch, true
		}
	}
	return nil, false
}

// fuseIter replaces x, the lowering of consumer call e, by a loop when it
// consumes a fusable chain; the loop goes to the statements before the
// one using the result, which it returns (for_each, when whole is set:
// the call is a statement, has none).
func (b *builder) fuseIter(x ir.Expr, e ast.Expr, whole bool) ir.Expr {
	call, ok := x.(*ir.Call)
	if !ok || call.Spread || b.inGuard > 0 {
		return x
	}
	span := e.Pos()
	var ch *fuseChain
	var result *ir.Var
	var init ir.Expr         // fold's (evaluated in Rust's order), or
	var start func() ir.Expr // the result's first value
	var step func(item ir.Expr) []ir.Stmt
	resultType := func() ir.Type { return b.goType(b.c.final(e), span) }
	set := func(v ir.Expr) []ir.Stmt {
		return []ir.Stmt{&ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: result}}, Op: "=", Rhs: []ir.Expr{v}, Span: span}}
	}
	var fn ir.Expr // the consumer's closure
	fnName := "foldFn"
	switch f := call.Fun.(type) {
	case *ir.Qual:
		if f.Pkg != "rt" || len(call.Args) == 0 {
			return x
		}
		if ch, ok = decodeChain(call.Args[0]); !ok {
			return x
		}
		switch {
		case f.Name == "Fold" && len(call.Args) == 3 && len(call.TypeArgs) == 0:
			t := resultType()
			result = &ir.Var{Name: "acc", Type: t, Temp: true}
			init, fn = b.typed(call.Args[1], t), call.Args[2]
			step = func(item ir.Expr) []ir.Stmt {
				return set(&ir.Call{Fun: fn, Args: []ir.Expr{&ir.VarRef{Var: result}, item}})
			}
		case (f.Name == "SumChecked" || f.Name == "Sum") && len(call.Args) == 1 && len(call.TypeArgs) == 1 && isIntType(call.TypeArgs[0]):
			t := call.TypeArgs[0]
			result = &ir.Var{Name: "sum", Type: t, Temp: true}
			start = func() ir.Expr { return &ir.Lit{Value: int64(0), Type: t} }
			step = func(item ir.Expr) []ir.Stmt {
				if f.Name == "Sum" { // -release: wraps
					return []ir.Stmt{&ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: result}}, Op: "+=", Rhs: []ir.Expr{item}, Span: span}}
				}
				return set(&ir.Call{Fun: rt("SumStep"), Args: []ir.Expr{&ir.VarRef{Var: result}, item}})
			}
		default:
			return x
		}
	case *ir.Selector:
		if ch, ok = decodeChain(f.X); !ok {
			return x
		}
		switch {
		case f.Name == "Count" && len(call.Args) == 0:
			result = &ir.Var{Name: "count", Type: &ir.Basic{Kind: ir.Uint}, Temp: true}
			start = func() ir.Expr { return &ir.Lit{Value: int64(0), Type: result.Type} }
			step = func(item ir.Expr) []ir.Stmt {
				inc := &ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: result}}, Op: "++", Span: span}
				if _, isCall := item.(*ir.Call); isCall { // the item is made by a map: run it
					return []ir.Stmt{&ir.ExprStmt{X: item, Span: span}, inc}
				}
				return []ir.Stmt{inc}
			}
		case f.Name == "Collect" && len(call.Args) == 0:
			t, ok := resultType().(*ir.Slice)
			if !ok {
				return x
			}
			result = &ir.Var{Name: "collected", Type: t, Temp: true}
			ch.sized = true
			start = func() ir.Expr {
				if n := ch.size(); n != nil {
					return &ir.Call{Fun: &ir.Qual{Name: "make"}, Args: []ir.Expr{&ir.TypeExpr{Type: t}, &ir.Lit{Value: int64(0)}, n}}
				}
				return &ir.CompositeLit{Type: t}
			}
			step = func(item ir.Expr) []ir.Stmt {
				return set(&ir.Call{Fun: &ir.Qual{Name: "append"}, Args: []ir.Expr{&ir.VarRef{Var: result}, item}})
			}
		case f.Name == "ForEach" && len(call.Args) == 1 && whole:
			fn, fnName = call.Args[0], "eachFn"
			step = func(item ir.Expr) []ir.Stmt {
				return []ir.Stmt{&ir.ExprStmt{X: &ir.Call{Fun: fn, Args: []ir.Expr{item}}, Span: span}}
			}
		default:
			return x
		}
	default:
		return x
	}
	if fn == nil && len(ch.steps) == 0 {
		return x // nothing to inline: rt's loop is as fast
	}
	b.spillParts(ch, &init, &fn, fnName, span, func() { b.emit(&ir.DeclStmt{Var: result, Value: init, Span: span}) })
	if start != nil {
		b.emit(&ir.DeclStmt{Var: result, Value: start(), Span: span})
	}
	pre, loop := ch.loop(&ir.Block{}, nil, step, span)
	*b.out = append(append(*b.out, pre...), loop)
	if result == nil {
		return nil // for_each, a whole statement
	}
	return &ir.VarRef{Var: result}
}

// fuseFor lowers `for pat in it` to a loop over its source when it is a
// fusable chain with adapters (or a reversed slice); v is the loop's
// variable, which body (the loop's) reads.
func (b *builder) fuseFor(e *ast.ForExpr, it ir.Expr, v *ir.Var, body *ir.Block) bool {
	ch, ok := decodeChain(it)
	if !ok || len(ch.steps) == 0 && !ch.rev {
		return false
	}
	var none ir.Expr
	b.spillParts(ch, &none, &none, "", e.Span, nil)
	var pre []ir.Stmt
	var loop ir.Stmt
	if len(ch.steps) == 0 { // the slice's items are the loop's
		pre, loop = ch.loop(body, v, func(ir.Expr) []ir.Stmt { return nil }, e.Span)
	} else {
		pre, loop = ch.loop(body, nil, func(item ir.Expr) []ir.Stmt {
			return []ir.Stmt{&ir.DeclStmt{Var: v, Value: item, Span: e.Span}}
		}, e.Span)
	}
	*b.out = append(*b.out, pre...)
	switch l := loop.(type) {
	case *ir.RangeStmt:
		l.Label = b.loopLabel(e.Label, body)
	case *ir.ForStmt:
		l.Label = b.loopLabel(e.Label, body)
	}
	b.emit(loop)
	return true
}

// spillParts declares the variables holding the parts of a fused loop
// (init and fn, the consumer's, named fnName, may be nil): Rust evaluates the source,
// the adapters' closures, then the consumer's arguments, and each goes to
// a variable in that order (a closure to one whose calls Go can inline),
// unless nothing after it can change it. declInit declares the result
// with init, in its place.
func (b *builder) spillParts(ch *fuseChain, initP, fnP *ir.Expr, fnName string, span ast.Span, declInit func()) {
	parts := []*ir.Expr{}
	if ch.slice != nil {
		parts = append(parts, &ch.slice)
	} else {
		parts = append(parts, &ch.lo, &ch.hi)
	}
	fns := map[*ir.Expr]string{} // the closures, by variable name
	for i := range ch.steps {
		if ch.steps[i].fn != nil {
			parts = append(parts, &ch.steps[i].fn)
			fns[&ch.steps[i].fn] = ch.steps[i].kind + "Fn"
		}
	}
	if *initP != nil {
		parts = append(parts, initP)
	}
	if *fnP != nil {
		parts = append(parts, fnP)
		fns[fnP] = fnName
	}
	last := -1 // the last part with effects
	for i, p := range parts {
		if _, lit := (*p).(*ir.FuncLit); !lit && !pureValue(*p) {
			last = i
		}
	}
	// held reports whether part i, p, goes to a variable.
	held := func(i int, p *ir.Expr) bool {
		x := *p
		if fl, lit := x.(*ir.FuncLit); lit {
			for k := range ch.steps {
				if p == &ch.steps[k].fn && ch.steps[k].kind == "map" && inlineMapFn(fl) {
					return false // its body goes into the loop (inlineMapFn)
				}
			}
			return true // a closure whose calls Go can inline
		}
		later := i < last // a part with effects comes after it
		switch {
		case fns[p] != "": // a closure made once (a function's name is one)
			return !pureValue(x) || later && b.mayChange(x) && !isConstQual(x)
		case p == &ch.slice: // borrowed: nothing changes it
			_, isVar := x.(*ir.VarRef)
			// read for its length and each item
			return (later || ch.sized) && !pureValue(x) || ch.rev && !isVar
		case p == &ch.hi && !stable(x) && !isConstQual(x):
			return true // read once
		}
		return later && b.mayChange(x)
	}
	for i, p := range parts {
		switch {
		case p == initP:
			declInit()
		case held(i, p):
			hint := fns[p]
			switch p {
			case &ch.hi:
				hint = "end"
			case &ch.lo:
				hint = "start"
			case &ch.slice:
				hint = "elems"
			}
			v := &ir.Var{Name: hint, Temp: true}
			b.emit(&ir.DeclStmt{Var: v, Value: *p, Span: span})
			*p = &ir.VarRef{Var: v}
		}
	}
}

// size is the number of items the chain yields when it has no filter
// (a Vec's capacity, as collect's size hint gives it): nil otherwise.
func (ch *fuseChain) size() ir.Expr {
	for _, s := range ch.steps {
		if s.kind == "filter" {
			return nil
		}
	}
	if ch.slice != nil {
		return &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{ch.slice}}
	}
	return &ir.Call{Fun: rt("RangeLen"), Args: []ir.Expr{ch.lo, ch.hi}}
}

// loop is the Go loop running step, then the statements of body, on
// each item of the chain; body becomes the loop's body. pre declares
// the enumerates' counts. The source's items go to v, made here if nil.
func (ch *fuseChain) loop(body *ir.Block, v *ir.Var, step func(item ir.Expr) []ir.Stmt, span ast.Span) (pre []ir.Stmt, loop ir.Stmt) {
	rest := body.Stmts
	body.Stmts = nil
	if v == nil {
		v = &ir.Var{Name: "elem", Temp: true}
		if ch.slice == nil {
			v.Name = "cur"
		}
	}
	var item ir.Expr = &ir.VarRef{Var: v}
	hold := func(hint string) { // item, used twice, into a variable
		if _, isVar := item.(*ir.VarRef); !isVar {
			y := &ir.Var{Name: hint, Temp: true}
			body.Stmts = append(body.Stmts, &ir.DeclStmt{Var: y, Value: item, Span: span})
			item = &ir.VarRef{Var: y}
		}
	}
	for _, s := range ch.steps {
		switch s.kind {
		case "map":
			if fl, ok := s.fn.(*ir.FuncLit); ok && inlineMapFn(fl) {
				item = inlineCall(fl, item, body, span)
				break
			}
			item = &ir.Call{Fun: s.fn, Args: []ir.Expr{item}}
		case "filter":
			hold("kept")
			body.Stmts = append(body.Stmts, &ir.IfStmt{Cond: not(&ir.Call{Fun: s.fn, Args: []ir.Expr{item}}),
				Then: &ir.Block{Stmts: []ir.Stmt{&ir.BranchStmt{Tok: "continue", Span: span}}}, Span: span})
		case "enumerate":
			n := &ir.Var{Name: "index", Temp: true}
			pre = append(pre, &ir.DeclStmt{Var: n, Value: &ir.Lit{Value: int64(0), Type: &ir.Basic{Kind: ir.Uint}}, Span: span})
			item = &ir.Call{Fun: rt("Tup2"), Args: []ir.Expr{&ir.VarRef{Var: n}, item}}
			hold("indexed")
			body.Stmts = append(body.Stmts, &ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: n}}, Op: "++", Span: span})
		}
	}
	body.Stmts = append(append(body.Stmts, step(item)...), rest...)
	switch {
	case ch.slice != nil && ch.rev:
		k := &ir.Var{Name: "at", Type: &ir.Basic{Kind: ir.Int}, Temp: true}
		kv := &ir.VarRef{Var: k}
		body.Stmts = append([]ir.Stmt{&ir.DeclStmt{Var: v, Value: &ir.Index{X: ch.slice, Index: kv}, Span: span}}, body.Stmts...)
		last := &ir.Binary{Op: "-", X: &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{ch.slice}}, Y: &ir.Lit{Value: int64(1)}}
		return pre, &ir.ForStmt{Init: &ir.DeclStmt{Var: k, Value: last},
			Cond: &ir.Binary{Op: ">=", X: kv, Y: &ir.Lit{Value: int64(0)}},
			Post: &ir.AssignStmt{Lhs: []ir.Expr{kv}, Op: "--"}, Body: body, Span: span}
	case ch.slice != nil:
		return pre, &ir.RangeStmt{Value: v, X: ch.slice, Body: body, Span: span}
	}
	iv := &ir.VarRef{Var: v}
	return pre, &ir.ForStmt{Init: &ir.DeclStmt{Var: v, Value: ch.lo},
		Cond: &ir.Binary{Op: "<", X: iv, Y: ch.hi},
		Post: &ir.AssignStmt{Lhs: []ir.Expr{iv}, Op: "++"}, Body: body, Span: span}
}

// inlineMapFn reports whether the body of map's closure fl goes into the
// fused loop rather than into a variable the loop calls: where it makes a
// closure (`.map(|_| thread::spawn(move || ..))`). Go inlines the call
// of such a variable, but a closure copied by inlining is not itself
// analysed for inlining (golang/go#81380), so the calls in a spawned
// thread's loop (Arc.Get, FetchAdd, a lock) stayed calls. The body must
// end in its one return and hold no defer (a frame of its own) and no
// label (one that could clash with the loop's function's).
func inlineMapFn(fl *ir.FuncLit) bool {
	stmts := fl.Body.Stmts
	if len(fl.Params) != 1 || len(fl.Results) != 1 || len(stmts) == 0 {
		return false
	}
	if r, ok := stmts[len(stmts)-1].(*ir.ReturnStmt); !ok || len(r.Results) != 1 {
		return false
	}
	nested, plain := false, true
	ir.Inspect(&ir.Block{Stmts: stmts[:len(stmts)-1]}, func(n any) bool {
		switch n := n.(type) {
		case *ir.FuncLit:
			nested = true
			return false
		case *ir.ReturnStmt, *ir.DeferStmt:
			plain = false
		case *ir.BranchStmt:
			plain = plain && n.Label == ""
		case *ir.ForStmt:
			plain = plain && n.Label == ""
		case *ir.RangeStmt:
			plain = plain && n.Label == ""
		case *ir.SwitchStmt:
			plain = plain && n.Label == ""
		case *ir.TypeSwitchStmt:
			plain = plain && n.Label == ""
		}
		return plain
	})
	ir.Inspect(stmts[len(stmts)-1], func(n any) bool {
		_, lit := n.(*ir.FuncLit)
		nested = nested || lit
		return !lit
	})
	return nested && plain
}

// inlineCall appends to body the statements of fl's body, its parameter
// declared from arg, and returns the value it returns.
func inlineCall(fl *ir.FuncLit, arg ir.Expr, body *ir.Block, span ast.Span) ir.Expr {
	param := fl.Params[0]
	used := false
	ir.Inspect(fl.Body, func(n any) bool {
		if r, ok := n.(*ir.VarRef); ok && r.Var == param {
			used = true
		}
		return !used
	})
	switch {
	case used:
		body.Stmts = append(body.Stmts, &ir.DeclStmt{Var: param, Value: arg, Span: span})
	case !pureValue(arg):
		body.Stmts = append(body.Stmts, &ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{arg}, Span: span})
	}
	stmts := fl.Body.Stmts
	body.Stmts = append(body.Stmts, stmts[:len(stmts)-1]...)
	return stmts[len(stmts)-1].(*ir.ReturnStmt).Results[0]
}

// isIntType reports whether t is a Go integer type.
func isIntType(t ir.Type) bool {
	bt, ok := t.(*ir.Basic)
	return ok && bt.Kind >= ir.Int8 && bt.Kind <= ir.Uint
}

// isConstQual reports whether x is a package-level name (a const or a
// function).
func isConstQual(x ir.Expr) bool {
	_, ok := x.(*ir.Qual)
	return ok
}

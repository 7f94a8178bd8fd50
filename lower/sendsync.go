package lower

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// Send and Sync, the auto traits behind Rust's thread safety. A type is
// Send (Sync) when everything it contains is, except where std says
// otherwise; the rules of the std types are the table below (keyed by
// the std model's path) and the `not_send` / `not_sync` keys of their
// #[go(...)] attribute. Closures contain their captures: by value (the
// type), by shared borrow (&T: Send needs T: Sync) or by mutable borrow.
//
// Every call whose callee has a generic parameter bounded by Send or Sync
// (thread::spawn's F and T, Scope::spawn, Builder::spawn, user functions)
// is checked with the parameter's instantiation; a failure is E0277 naming
// the innermost offending type, as rustc does:
// "`Rc<i32>` cannot be sent between threads safely".

// autoRule says when a std type is Send or Sync: "" (when its arguments
// are: the structural rule), "no", "send" (when its argument is Send),
// "sync" (when Sync), "send+sync".
type autoRule struct {
	send, sync string
	leaf       string // the type rustc names when the rule says no (NonNull<T> for Ref)
}

var stdAutoRules = map[string]autoRule{
	"std::rc::Rc":                   {send: "no", sync: "no"},
	"std::rc::Weak":                 {send: "no", sync: "no"},
	"std::cell::Cell":               {send: "send", sync: "no"},
	"std::cell::RefCell":            {send: "send", sync: "no"},
	"std::cell::OnceCell":           {send: "send", sync: "no"},
	"std::cell::Ref":                {send: "no", sync: "no", leaf: "NonNull"},
	"std::cell::RefMut":             {send: "no", sync: "no", leaf: "NonNull"},
	"std::sync::MutexGuard":         {send: "no", sync: "sync"},
	"std::sync::RwLockReadGuard":    {send: "no", sync: "sync"},
	"std::sync::RwLockWriteGuard":   {send: "no", sync: "sync"},
	"std::sync::Arc":                {send: "send+sync", sync: "send+sync"},
	"std::sync::Weak":               {send: "send+sync", sync: "send+sync"},
	"std::sync::Mutex":              {send: "send", sync: "send"},
	"std::sync::RwLock":             {send: "send", sync: "send+sync"},
	"std::sync::OnceLock":           {send: "send", sync: "send+sync"},
	"std::sync::LazyLock":           {send: "send", sync: "send+sync"},
	"std::sync::mpsc::Sender":       {send: "send", sync: "send"},
	"std::sync::mpsc::SyncSender":   {send: "send", sync: "send"},
	"std::sync::mpsc::Receiver":     {send: "send", sync: "no"},
	"std::thread::JoinHandle":       {send: "yes", sync: "yes"},
	"std::thread::ScopedJoinHandle": {send: "yes", sync: "yes"},
	"std::thread::LocalKey":         {send: "yes", sync: "yes"},
}

// notAuto is why a type is not Send/Sync: the innermost offending type
// and the trait it lacks.
type notAuto struct {
	ty   Ty
	name string // rustc's name of ty
	sync bool   // it cannot be shared (Sync), rather than sent (Send)
}

func (n *notAuto) msg() string {
	if n.sync {
		return fmt.Sprintf("`%s` cannot be shared between threads safely", n.name)
	}
	return fmt.Sprintf("`%s` cannot be sent between threads safely", n.name)
}

// autoCheck computes Send and Sync with a guard against recursive types.
type autoCheck struct {
	o     *ownCheck
	stack map[string]bool
}

func (o *ownCheck) send(t Ty) *notAuto {
	a := &autoCheck{o: o, stack: map[string]bool{}}
	return a.send(o.ot.final(t), 0)
}

func (o *ownCheck) sync(t Ty) *notAuto {
	a := &autoCheck{o: o, stack: map[string]bool{}}
	return a.sync(o.ot.final(t), 0)
}

func (a *autoCheck) fail(t Ty, sync bool) *notAuto {
	return &notAuto{ty: t, name: a.o.ot.rustTy(t), sync: sync}
}

func (a *autoCheck) send(t Ty, depth int) *notAuto { return a.auto(t, false, depth) }
func (a *autoCheck) sync(t Ty, depth int) *notAuto { return a.auto(t, true, depth) }

// auto checks Send (sync false) or Sync (sync true).
func (a *autoCheck) auto(t Ty, sync bool, depth int) *notAuto {
	if depth > 16 || t == nil {
		return nil
	}
	switch x := t.(type) {
	case *RefTy:
		if x.Mut && !sync {
			return a.send(x.Elem, depth+1)
		}
		return a.sync(x.Elem, depth+1)
	case *TupleTy:
		for _, e := range x.Elems {
			if n := a.auto(e, sync, depth+1); n != nil {
				return n
			}
		}
	case *ArrayTy:
		return a.auto(x.Elem, sync, depth+1)
	case *SliceTy:
		return a.auto(x.Elem, sync, depth+1)
	case *ClosureTy:
		return a.closure(x, sync, depth)
	case *PtrTy:
		return a.fail(x, sync) // raw pointers are neither Send nor Sync
	case *Adt:
		if x.Def.Std {
			return a.stdAdt(x, sync, depth)
		}
		return a.userAdt(x, sync, depth)
	}
	// Primitives, fn pointers, trait objects (their bounds are not
	// modelled), generic parameters, unknown types: assumed Send + Sync.
	return nil
}

func (a *autoCheck) stdAdt(t *Adt, sync bool, depth int) *notAuto {
	r := stdAutoRules[t.Def.Path]
	if t.Def.Go["not_send"] != "" {
		r.send = "no"
	}
	if t.Def.Go["not_sync"] != "" {
		r.sync = "no"
	}
	rule := r.send
	if sync {
		rule = r.sync
	}
	switch rule {
	case "yes":
		return nil
	case "no":
		if r.leaf != "" && len(t.Args) > 0 {
			return &notAuto{ty: t, name: r.leaf + "<" + a.o.ot.rustTy(t.Args[0]) + ">", sync: sync}
		}
		return a.fail(t, sync)
	case "send", "sync", "send+sync":
		for _, arg := range t.Args {
			if strings.Contains(rule, "sync") {
				if n := a.sync(arg, depth+1); n != nil {
					return n
				}
			}
			if strings.HasPrefix(rule, "send") {
				if n := a.send(arg, depth+1); n != nil {
					return n
				}
			}
		}
		return nil
	}
	for _, arg := range t.Args {
		if n := a.auto(arg, sync, depth+1); n != nil {
			return n
		}
	}
	return nil
}

func (a *autoCheck) userAdt(t *Adt, sync bool, depth int) *notAuto {
	if (!sync && a.o.ot.sendImpl[t.Def.Name]) || (sync && a.o.ot.syncImpl[t.Def.Name]) {
		return nil
	}
	key := fmt.Sprintf("%v %s", sync, t)
	if a.stack[key] {
		return nil // a recursive type: its other fields decide
	}
	a.stack[key] = true
	defer delete(a.stack, key)
	for _, f := range t.Def.Fields {
		if n := a.auto(a.o.ot.final(subst(f.Type, t.Args)), sync, depth+1); n != nil {
			return n
		}
	}
	for _, v := range t.Def.Variants {
		for _, f := range v.Fields {
			if n := a.auto(a.o.ot.final(subst(f, t.Args)), sync, depth+1); n != nil {
				return n
			}
		}
	}
	return nil
}

// closure: a closure is Send/Sync when its captures are.
func (a *autoCheck) closure(t *ClosureTy, sync bool, depth int) *notAuto {
	x := a.o.closureOf(t)
	if x == nil {
		return nil
	}
	for _, cp := range a.o.captures(x) {
		ct := a.o.ot.final(cp.pl.ty())
		switch {
		case cp.unsure && !x.Move:
			// Captured by value or by reference: only a type that can be
			// neither sent nor shared fails either way.
			if n := a.send(ct, depth+1); n != nil && a.sync(ct, depth+1) != nil {
				return n
			}
		case cp.mode == capMove:
			if n := a.auto(ct, sync, depth+1); n != nil {
				return n
			}
		case cp.mode == capMut && !sync:
			if n := a.send(ct, depth+1); n != nil {
				return n
			}
		default:
			if n := a.sync(ct, depth+1); n != nil {
				return n
			}
		}
	}
	return nil
}

// closureOf finds the closure expression of a closure type.
func (o *ownCheck) closureOf(t *ClosureTy) *ast.ClosureExpr {
	for x, ci := range o.c.closure {
		if ci.ty != nil && ci.ty.ID == t.ID {
			return x
		}
	}
	return nil
}

// sendSync checks every call's Send and Sync bounds.
func (o *ownCheck) sendSync() {
	for _, call := range o.callExprs() {
		ci := o.c.calls[call]
		fn := ci.fn
		for gi, gp := range fn.Generics {
			if gi >= len(ci.args) {
				break
			}
			needSend, needSync := false, false
			for _, tr := range gp.Traits {
				switch {
				case tr.Name == "Send" && tr.Std:
					needSend = true
				case tr.Name == "Sync" && tr.Std:
					needSync = true
				}
			}
			if !needSend && !needSync {
				continue
			}
			t := o.ot.final(ci.args[gi])
			var n *notAuto
			if needSend {
				n = o.send(t)
			}
			if n == nil && needSync {
				n = o.sync(t)
			}
			if n != nil {
				o.reportNotAuto(call, fn, gi, t, n)
			}
		}
	}
}

// callExprs lists the calls with a resolved callee, in source order.
func (o *ownCheck) callExprs() []ast.Expr {
	var out []ast.Expr
	for e, ci := range o.c.calls {
		if ci == nil || ci.fn == nil {
			continue
		}
		switch e.(type) {
		case *ast.CallExpr, *ast.MethodCallExpr:
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos().Start < out[j].Pos().Start })
	return out
}

// callArgs gives a call's argument expressions (the receiver excluded).
func callArgs(e ast.Expr) []ast.Expr {
	switch x := e.(type) {
	case *ast.CallExpr:
		return x.Args
	case *ast.MethodCallExpr:
		return x.Args
	}
	return nil
}

func (o *ownCheck) reportNotAuto(call ast.Expr, fn *FnDef, gi int, t Ty, n *notAuto) {
	span := call.Pos()
	args := callArgs(call)
	if ce, ok := call.(*ast.CallExpr); ok && isUFCS(fn, args) {
		args = args[1:]
		_ = ce
	}
	var arg ast.Expr
	for i, p := range fn.Params {
		if pt, ok := p.(*ParamTy); ok && pt.Index == gi && i < len(args) {
			arg = args[i]
		}
	}
	if arg != nil {
		span = arg.Pos()
	}
	trait := "Send"
	if n.sync {
		trait = "Sync"
	}
	var notes []diag.Note
	top := o.ot.rustTy(t)
	if top != n.name {
		notes = append(notes, diag.Note{Msg: fmt.Sprintf("within `%s`, the trait `%s` is not implemented for `%s`", top, trait, n.name)})
	} else {
		notes = append(notes, diag.Note{Msg: fmt.Sprintf("the trait `%s` is not implemented for `%s`", trait, n.name)})
	}
	if cl, ok := unparen(orNilExpr(arg)).(*ast.ClosureExpr); ok {
		notes = append(notes, note(closureHead(o.c.l.src.Text, cl), "required because it's used within this closure"))
	}
	notes = append(notes, diag.Note{Msg: fmt.Sprintf("required by a bound in `%s`", fn.Name)})
	key := "E0277 " + n.msg()
	if o.seen[key] {
		return // rustc reports an unsatisfied bound once
	}
	o.seen[key] = true
	o.errorf(span, "E0277", notes, "%s", n.msg())
}

func orNilExpr(e ast.Expr) ast.Expr {
	if e == nil {
		return &ast.TupleExpr{}
	}
	return e
}

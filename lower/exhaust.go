package lower

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
)

// Exhaustiveness of match (rustc's E0004), by the usefulness algorithm
// (Maranget, "Warnings for pattern matching"): a match is exhaustive when
// the wildcard is not useful after its arms (guarded arms do not count).
// The witnesses, values no arm matches, are printed the way rustc prints
// them. Types: enums, bools, tuples and structs by constructor, integers
// by ranges split at the patterns' bounds, everything else (strings,
// floats, chars) as an infinite set that only a binding or `_` covers.
// Patterns outside this (slices, ranges on chars or with paths) skip the
// check.

// xpat is a pattern reduced to a constructor and its arguments.
type xpat struct {
	ctor *xctor  // nil: a wildcard
	args []*xpat // the constructor's fields, in declaration order
	alts []*xpat // an or-pattern (ctor nil)
	tys  []Ty    // the argument types
	ty   Ty      // the pattern's type, references included (witnesses)
}

type xctorKind int

const (
	ctorSingle  xctorKind = iota // a tuple or a struct
	ctorVariant                  // an enum variant
	ctorBool
	ctorRange  // integers lo..=hi
	ctorOpaque // a literal of an infinite type
)

type xctor struct {
	kind    xctorKind
	variant *VariantDef
	b       bool
	lo, hi  *big.Int
	opaque  string
}

func (c *xctor) same(d *xctor) bool {
	if c.kind != d.kind {
		return false
	}
	switch c.kind {
	case ctorVariant:
		return c.variant == d.variant
	case ctorBool:
		return c.b == d.b
	case ctorRange:
		return c.lo.Cmp(d.lo) == 0 && c.hi.Cmp(d.hi) == 0
	case ctorOpaque:
		return c.opaque == d.opaque
	}
	return true
}

// covers reports whether head pattern constructor h matches every value of
// constructor c (c an integer range piece: inside h's range or outside).
func (h *xctor) covers(c *xctor) bool {
	if h.kind == ctorRange && c.kind == ctorRange {
		return h.lo.Cmp(c.lo) <= 0 && c.hi.Cmp(h.hi) <= 0
	}
	return h.same(c)
}

type exhauster struct {
	b      *builder
	giveUp bool
}

// checkExhaustive reports E0004 when match e leaves values unmatched.
func (b *builder) checkExhaustive(e *ast.MatchExpr) {
	x := &exhauster{b: b}
	st := b.c.final(e.X)
	var rows [][]*xpat
	for _, arm := range e.Arms {
		p := x.lower(arm.Pat, st)
		if arm.Guard == nil {
			rows = append(rows, []*xpat{p})
		}
	}
	if x.giveUp {
		return
	}
	ws := x.witnesses(rows, []Ty{st}, 0)
	if len(ws) == 0 {
		return
	}
	var names []string
	for _, w := range ws {
		names = append(names, "`"+x.show(w[0])+"`")
	}
	b.errorf(e.X.Pos(), "E0004", "non-exhaustive patterns: %s not covered", joinWitnesses(names))
}

// joinWitnesses lists witnesses as rustc does: `a`, `b` and `c`; at most
// three, then "and N more".
func joinWitnesses(names []string) string {
	switch n := len(names); {
	case n == 1:
		return names[0]
	case n <= 3:
		return strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	default:
		return strings.Join(names[:3], ", ") + fmt.Sprintf(" and %d more", n-3)
	}
}

func (x *exhauster) wild(t Ty) *xpat { return &xpat{ty: t} }

// base is the type t with its references stripped.
func (x *exhauster) base(t Ty) Ty {
	return x.b.c.derefAll(x.b.c.resolve(t, true))
}

// lower reduces pattern p of type t.
func (x *exhauster) lower(p ast.Pat, t Ty) *xpat {
	base := x.base(t)
	out := &xpat{ty: t}
	if x.b.c.constPats[p] != nil {
		x.giveUp = true // a const's value (LIMIT =>): rustc checks it
		return out
	}
	switch p := p.(type) {
	case *ast.WildPat:
	case *ast.IdentPat:
		if it := x.b.c.unitItem(p); it != nil {
			return x.variant(it.(*VariantDef), nil, nil, base, t)
		}
		if p.Sub != nil {
			return x.lower(p.Sub, t)
		}
	case *ast.RefPat:
		r, ok := x.b.c.resolve(t, true).(*RefTy)
		if !ok {
			x.giveUp = true
			return out
		}
		return x.lower(p.Pat, r.Elem)
	case *ast.OrPat:
		for _, a := range p.Alts {
			out.alts = append(out.alts, x.lower(a, t))
		}
	case *ast.LitPat:
		c := x.literal(p.Lit, base)
		if c == nil {
			x.giveUp = true
			return out
		}
		out.ctor = c
	case *ast.RangePat:
		lo, hi := x.intBounds(base)
		if lo == nil {
			x.giveUp = true
			return out
		}
		if p.Lo != nil {
			c := x.literal(p.Lo, base)
			if c == nil || c.kind != ctorRange {
				x.giveUp = true
				return out
			}
			lo = c.lo
		}
		if p.Hi != nil {
			c := x.literal(p.Hi, base)
			if c == nil || c.kind != ctorRange {
				x.giveUp = true
				return out
			}
			hi = c.lo
			if !p.Inclusive {
				hi = new(big.Int).Sub(hi, big.NewInt(1))
			}
		}
		if lo.Cmp(hi) > 0 {
			x.giveUp = true // rustc: E0030, lower range bound must be less than or equal to upper
			return out
		}
		out.ctor = &xctor{kind: ctorRange, lo: lo, hi: hi}
	case *ast.TuplePat:
		tt, ok := base.(*TupleTy)
		if !ok {
			x.giveUp = true
			return out
		}
		out.ctor = &xctor{kind: ctorSingle}
		out.tys = tt.Elems
		out.args = x.positional(p.Elems, tt.Elems)
	case *ast.TupleStructPat:
		adt, ok := base.(*Adt)
		if !ok {
			x.giveUp = true
			return out
		}
		if v := x.b.c.patVariant[p]; v != nil {
			tys := substList(v.Fields, adt.Args)
			return x.variant(v, x.positional(p.Elems, tys), tys, base, t)
		}
		if td := x.b.c.patStruct[p]; td != nil {
			tys := x.fieldTypes(td, adt)
			out.ctor = &xctor{kind: ctorSingle}
			out.tys = tys
			out.args = x.positional(p.Elems, tys)
			return out
		}
		x.giveUp = true
	case *ast.StructPat:
		adt, ok := base.(*Adt)
		if !ok {
			x.giveUp = true
			return out
		}
		var names []string
		var tys []Ty
		v := x.b.c.patVariant[p]
		switch {
		case v != nil:
			names, tys = v.Names, substList(v.Fields, adt.Args)
			if names == nil {
				for i := range v.Fields {
					names = append(names, strconv.Itoa(i))
				}
			}
		case !isEnum(adt.Def) && !adt.Def.Std:
			for _, f := range adt.Def.Fields {
				names = append(names, f.Name)
			}
			tys = x.fieldTypes(adt.Def, adt)
		default:
			x.giveUp = true
			return out
		}
		args := make([]*xpat, len(tys))
		for i := range args {
			args[i] = x.wild(tys[i])
		}
		for _, f := range p.Fields {
			for i, n := range names {
				if n == f.Name.Name && f.Pat != nil {
					args[i] = x.lower(f.Pat, tys[i])
				}
			}
		}
		if v != nil {
			return x.variant(v, args, tys, base, t)
		}
		out.ctor = &xctor{kind: ctorSingle}
		out.tys = tys
		out.args = args
	case *ast.PathPat:
		v, ok := x.b.pathPatVariant(p)
		if !ok {
			x.giveUp = true
			return out
		}
		return x.variant(v, nil, nil, base, t)
	default:
		x.giveUp = true
	}
	return out
}

func (x *exhauster) fieldTypes(td *TypeDef, adt *Adt) []Ty {
	var tys []Ty
	for _, f := range td.Fields {
		tys = append(tys, subst(f.Type, adt.Args))
	}
	return tys
}

// variant builds a variant pattern; nil args are wildcards.
func (x *exhauster) variant(v *VariantDef, args []*xpat, tys []Ty, base, t Ty) *xpat {
	adt, ok := base.(*Adt)
	if !ok || adt.Def != v.Enum {
		x.giveUp = true
		return &xpat{ty: t}
	}
	if tys == nil {
		tys = substList(v.Fields, adt.Args)
	}
	if args == nil {
		for _, ft := range tys {
			args = append(args, x.wild(ft))
		}
	}
	return &xpat{ctor: &xctor{kind: ctorVariant, variant: v}, args: args, tys: tys, ty: t}
}

// positional lowers tuple elements, expanding `..` into wildcards.
func (x *exhauster) positional(elems []ast.Pat, tys []Ty) []*xpat {
	rest := -1
	for i, e := range elems {
		if _, ok := e.(*ast.RestPat); ok {
			rest = i
		}
	}
	n := len(elems)
	if rest >= 0 {
		n--
	}
	if n > len(tys) || (rest < 0 && n != len(tys)) {
		x.giveUp = true
		return nil
	}
	out := make([]*xpat, len(tys))
	for i := range out {
		out[i] = x.wild(tys[i])
	}
	for i, e := range elems {
		switch {
		case i == rest:
		case rest < 0 || i < rest:
			out[i] = x.lower(e, tys[i])
		default:
			j := len(tys) - (len(elems) - i)
			out[j] = x.lower(e, tys[j])
		}
	}
	return out
}

// literal is the constructor of a literal pattern of type base.
func (x *exhauster) literal(e ast.Expr, base Ty) *xctor {
	neg := false
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == "-" {
		neg, e = true, u.X
	}
	lit, ok := e.(*ast.LitExpr)
	if !ok {
		return nil
	}
	switch lit.Kind {
	case ast.BoolLit:
		return &xctor{kind: ctorBool, b: lit.Bool}
	case ast.IntLit, ast.ByteLit:
		if lo, _ := x.intBounds(base); lo == nil {
			return nil
		}
		v := new(big.Int)
		if lit.Kind == ast.ByteLit {
			if len(lit.Value) != 1 {
				return nil
			}
			v.SetInt64(int64(lit.Value[0]))
		} else {
			text := lit.Text
			base := 10
			if len(text) > 2 && text[0] == '0' && strings.ContainsRune("xob", rune(text[1])) {
				base = 0
			}
			if _, ok := v.SetString(text, base); !ok {
				return nil
			}
		}
		if neg {
			v.Neg(v)
		}
		return &xctor{kind: ctorRange, lo: v, hi: v}
	case ast.StrLit, ast.CharLit, ast.FloatLit, ast.ByteStrLit:
		s := lit.Text
		if neg {
			s = "-" + s
		}
		return &xctor{kind: ctorOpaque, opaque: s}
	}
	return nil
}

// intBounds returns the range of integer type t, or nils.
func (x *exhauster) intBounds(t Ty) (*big.Int, *big.Int) {
	p, ok := t.(*Prim)
	if !ok || !isInt(t) {
		return nil, nil
	}
	bits := map[string]uint{"i8": 8, "u8": 8, "i16": 16, "u16": 16, "i32": 32, "u32": 32,
		"i64": 64, "u64": 64, "isize": 64, "usize": 64, "i128": 128, "u128": 128}[p.Name]
	if bits == 0 {
		return nil, nil
	}
	one := big.NewInt(1)
	if isSigned(t) {
		hi := new(big.Int).Sub(new(big.Int).Lsh(one, bits-1), one)
		return new(big.Int).Neg(new(big.Int).Add(hi, one)), hi
	}
	return new(big.Int), new(big.Int).Sub(new(big.Int).Lsh(one, bits), one)
}

// maxWitnesses bounds the search: rustc prints three and a count.
const maxWitnesses = 64

// witnesses returns the value vectors of types tys that no row matches.
func (x *exhauster) witnesses(rows [][]*xpat, tys []Ty, depth int) [][]*xpat {
	if len(tys) == 0 {
		if len(rows) == 0 {
			return [][]*xpat{{}}
		}
		return nil
	}
	if depth > 200 {
		x.giveUp = true
		return nil
	}
	// Or-patterns in the first column become rows of their own.
	var expanded [][]*xpat
	var expand func(p *xpat, rest []*xpat)
	expand = func(p *xpat, rest []*xpat) {
		if p.ctor == nil && p.alts != nil {
			for _, a := range p.alts {
				expand(a, rest)
			}
			return
		}
		expanded = append(expanded, append([]*xpat{p}, rest...))
	}
	for _, r := range rows {
		expand(r[0], r[1:])
	}
	rows = expanded
	t := tys[0]
	all, infinite := x.ctors(t, rows)
	var heads []*xctor
	for _, r := range rows {
		if r[0].ctor != nil {
			heads = append(heads, r[0].ctor)
		}
	}
	var missing []*xctor
	for _, c := range all {
		covered := false
		for _, h := range heads {
			if h.covers(c) {
				covered = true
				break
			}
		}
		if !covered {
			missing = append(missing, c)
		}
	}
	var out [][]*xpat
	if !infinite && len(missing) == 0 {
		for _, c := range all {
			argTys := x.argTypes(c, t)
			var sub [][]*xpat
			for _, r := range rows {
				switch {
				case r[0].ctor == nil:
					var args []*xpat
					for _, at := range argTys {
						args = append(args, x.wild(at))
					}
					sub = append(sub, append(args, r[1:]...))
				case r[0].ctor.covers(c):
					sub = append(sub, append(append([]*xpat{}, r[0].args...), r[1:]...))
				}
			}
			for _, w := range x.witnesses(sub, append(append([]Ty{}, argTys...), tys[1:]...), depth+1) {
				head := &xpat{ctor: c, args: w[:len(argTys)], tys: argTys, ty: t}
				out = append(out, append([]*xpat{head}, w[len(argTys):]...))
				if len(out) >= maxWitnesses {
					return out
				}
			}
		}
		return out
	}
	var def [][]*xpat
	for _, r := range rows {
		if r[0].ctor == nil {
			def = append(def, r[1:])
		}
	}
	ws := x.witnesses(def, tys[1:], depth+1)
	for _, w := range ws {
		if infinite || len(heads) == 0 {
			out = append(out, append([]*xpat{x.wild(t)}, w...))
		} else {
			for _, m := range missing {
				argTys := x.argTypes(m, t)
				var args []*xpat
				for _, at := range argTys {
					args = append(args, x.wild(at))
				}
				out = append(out, append([]*xpat{{ctor: m, args: args, tys: argTys, ty: t}}, w...))
			}
		}
		if len(out) >= maxWitnesses {
			break
		}
	}
	return out
}

// ctors returns every constructor of type t (integers: the pieces of its
// range split at the bounds of the rows' ranges); infinite when t's
// values are not enumerable.
func (x *exhauster) ctors(t Ty, rows [][]*xpat) ([]*xctor, bool) {
	base := x.base(t)
	if p, ok := base.(*Prim); ok && p.Name == "bool" {
		return []*xctor{{kind: ctorBool, b: false}, {kind: ctorBool, b: true}}, false
	}
	if lo, hi := x.intBounds(base); lo != nil {
		one := big.NewInt(1)
		cuts := []*big.Int{lo}
		for _, r := range rows {
			if c := r[0].ctor; c != nil && c.kind == ctorRange {
				cuts = append(cuts, c.lo, new(big.Int).Add(c.hi, one))
			}
		}
		// Sort and drop duplicates and cuts past the end.
		for i := 1; i < len(cuts); i++ {
			for j := i; j > 0 && cuts[j].Cmp(cuts[j-1]) < 0; j-- {
				cuts[j], cuts[j-1] = cuts[j-1], cuts[j]
			}
		}
		var out []*xctor
		for i, c := range cuts {
			if c.Cmp(hi) > 0 || (i > 0 && c.Cmp(cuts[i-1]) == 0) {
				continue
			}
			end := hi
			for _, d := range cuts[i+1:] {
				if d.Cmp(c) > 0 {
					if d.Cmp(hi) <= 0 {
						end = new(big.Int).Sub(d, one)
					}
					break
				}
			}
			out = append(out, &xctor{kind: ctorRange, lo: c, hi: end})
		}
		return out, false
	}
	switch bt := base.(type) {
	case *TupleTy:
		return []*xctor{{kind: ctorSingle}}, false
	case *Adt:
		if isEnum(bt.Def) {
			var out []*xctor
			for _, v := range bt.Def.Variants {
				out = append(out, &xctor{kind: ctorVariant, variant: v})
			}
			return out, false
		}
		if !bt.Def.Std || len(bt.Def.Fields) > 0 { // std's SendError(T), Reverse(T) too
			return []*xctor{{kind: ctorSingle}}, false
		}
	}
	return nil, true
}

// argTypes returns the field types of constructor c of type t.
func (x *exhauster) argTypes(c *xctor, t Ty) []Ty {
	base := x.base(t)
	switch c.kind {
	case ctorSingle:
		switch bt := base.(type) {
		case *TupleTy:
			return bt.Elems
		case *Adt:
			return x.fieldTypes(bt.Def, bt)
		}
	case ctorVariant:
		if adt, ok := base.(*Adt); ok {
			return substList(c.variant.Fields, adt.Args)
		}
	}
	return nil
}

// show prints a witness as rustc does.
func (x *exhauster) show(w *xpat) string {
	refs := ""
	for t := x.b.c.resolve(w.ty, true); ; {
		r, ok := t.(*RefTy)
		if !ok {
			break
		}
		refs += "&"
		t = x.b.c.resolve(r.Elem, true)
	}
	base := x.base(w.ty)
	if w.ctor == nil {
		return refs + "_"
	}
	args := func() []string {
		var out []string
		for _, a := range w.args {
			out = append(out, x.show(a))
		}
		return out
	}
	switch w.ctor.kind {
	case ctorBool:
		return refs + fmt.Sprint(w.ctor.b)
	case ctorRange:
		return refs + x.showRange(w.ctor, base)
	case ctorVariant:
		v := w.ctor.variant
		name := v.Name
		if !v.Enum.Std {
			name = v.Enum.Name + "::" + v.Name
		}
		return refs + name + x.showFields(v.Names, len(v.Fields), args())
	case ctorSingle:
		switch bt := base.(type) {
		case *TupleTy:
			a := args()
			if len(a) == 1 {
				return refs + "(" + a[0] + ",)"
			}
			return refs + "(" + strings.Join(a, ", ") + ")"
		case *Adt:
			var names []string
			tuple := true
			for i, f := range bt.Def.Fields {
				names = append(names, f.Name)
				if f.Name != strconv.Itoa(i) {
					tuple = false
				}
			}
			if tuple {
				names = nil
			}
			return refs + bt.Def.Name + x.showFields(names, len(bt.Def.Fields), args())
		}
	}
	return refs + "_"
}

// showFields prints a constructor's fields: (a, b), { f: a, .. } or nothing.
func (x *exhauster) showFields(names []string, n int, args []string) string {
	if n == 0 {
		return ""
	}
	if names == nil {
		return "(" + strings.Join(args, ", ") + ")"
	}
	var parts []string
	for i, a := range args {
		if a != "_" {
			parts = append(parts, names[i]+": "+a)
		}
	}
	if len(parts) < len(args) {
		parts = append(parts, "..")
	}
	return " { " + strings.Join(parts, ", ") + " }"
}

// showRange prints an integer range: 5_u8, i32::MIN..=0_i32.
func (x *exhauster) showRange(c *xctor, t Ty) string {
	name := t.(*Prim).Name
	lo, hi := x.intBounds(t)
	end := func(v *big.Int) string {
		switch {
		case v.Cmp(hi) == 0:
			return name + "::MAX"
		case v.Cmp(lo) == 0 && lo.Sign() != 0:
			return name + "::MIN"
		}
		return v.String() + "_" + name
	}
	if c.lo.Cmp(c.hi) == 0 {
		return end(c.lo)
	}
	if c.lo.Cmp(lo) == 0 && c.hi.Cmp(hi) == 0 {
		return "_"
	}
	return end(c.lo) + "..=" + end(c.hi)
}

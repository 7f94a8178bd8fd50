package lower

import (
	"bytes"
	"github.com/rs2go/rs2go/frontend/ast"
)

// stdMacros lists the std macros rustc knows; those rs2go lowers today
// have a checker below, the others are reported as unsupported.
var stdMacros = map[string]bool{
	"println": true, "print": true, "eprintln": true, "eprint": true, "format": true,
	"panic": true, "vec": true, "assert": true, "assert_eq": true, "assert_ne": true,
	"debug_assert": true, "debug_assert_eq": true, "debug_assert_ne": true,
	"unreachable": true, "todo": true, "unimplemented": true, "write": true, "writeln": true,
	"matches": true, "thread_local": true, "format_args": true, "dbg": true,
}

// formatMacros produce or print formatted text.
var formatMacros = map[string]Ty{
	"println": tyUnit, "print": tyUnit, "eprintln": tyUnit, "eprint": tyUnit,
	"format": nil, // String, resolved in macro
	"panic":  tyNever,
	// format_args!: an fmt::Arguments, which rs2go formats eagerly (its
	// only use is as a format argument or write! source): a String.
	"format_args": nil,
}

func (c *checker) macro(e *ast.MacroExpr, expected Ty) Ty {
	name := e.Name.Name
	if ret, ok := formatMacros[name]; ok {
		c.formatArgs(e)
		if name == "format" || name == "format_args" {
			return c.stdType("string", "String")
		}
		return ret
	}
	switch name {
	case "vec":
		return c.vecMacro(e, expected)
	case "write", "writeln":
		return c.writeMacro(e)
	case "assert", "debug_assert":
		if len(e.Args) < 1 {
			c.errorf(e.Span, "", "macro requires a boolean expression as an argument")
			return tyUnit
		}
		c.checkExpr(e.Args[0], tyBool)
		c.formatArgs(e)
		return tyUnit
	case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne":
		if len(e.Args) < 2 {
			c.errorf(e.Span, "", "macro requires two arguments")
			return tyUnit
		}
		x := c.derefAll(c.checkExpr(e.Args[0], nil))
		y := c.derefAll(c.checkExpr(e.Args[1], nil))
		if !c.unify(x, y) {
			c.mismatch(e.Args[1].Pos(), x, y)
		}
		c.formatArgs(e)
		return tyUnit
	case "unreachable", "todo", "unimplemented":
		c.formatArgs(e)
		return tyNever
	case "matches":
		t := c.checkExpr(e.Args[0], nil)
		c.push()
		c.checkPat(e.Pat, t)
		if e.Guard != nil {
			c.checkExpr(e.Guard, tyBool)
		}
		c.pop()
		return tyBool
	}
	switch {
	case stdMacros[name]:
		c.unsupported(e.Name.Span, "`%s!` macro", name)
	case bytes.Contains(c.l.file.Src, []byte("macro_rules!")): // its definition is unsupported too
		c.unsupported(e.Name.Span, "`%s!`, a macro_rules! macro", name)
	default:
		c.errorf(e.Name.Span, "", "cannot find macro `%s` in this scope", name)
	}
	return c.newVar(GeneralVar)
}

// stdType returns the std model's type mod::name (non-generic).
func (c *checker) stdType(mod, name string) Ty {
	td, _ := c.l.resolvePath(c.l.std, []string{mod, name}).(*TypeDef)
	if td == nil {
		panic("std model lacks " + mod + "::" + name)
	}
	return &Adt{Def: td}
}

func (c *checker) formatArgs(e *ast.MacroExpr) {
	if e.Format == nil {
		return
	}
	counts := map[int]bool{} // arguments giving a width or precision (`1$`, `w$`, `.*`) are usize
	for _, p := range e.Format.Pieces {
		for _, n := range []ast.FmtCount{p.Spec.Width, p.Spec.Prec} {
			if n.IsArg {
				counts[n.Arg] = true
			}
		}
	}
	for i, a := range e.Format.Args {
		if counts[i] {
			c.checkExpr(a.Value, tyUsize)
			continue
		}
		c.checkExpr(a.Value, nil)
	}
}

func (c *checker) vecMacro(e *ast.MacroExpr, expected Ty) Ty {
	td, _ := c.l.resolvePath(c.l.std, []string{"vec", "Vec"}).(*TypeDef)
	elem := Ty(c.newVar(GeneralVar))
	if want, ok := c.shallow(orNil(expected)).(*Adt); ok && want.Def == td {
		elem = want.Args[0]
	}
	if e.Repeat {
		c.checkExpr(e.Args[0], elem)
		c.checkExpr(e.Args[1], tyUsize)
	} else {
		for _, a := range e.Args {
			c.checkExpr(a, elem)
		}
	}
	return &Adt{Def: td, Args: []Ty{elem}}
}

// writeMacro checks write!(dest, ...) into a fmt::Formatter or a String;
// both give fmt::Result.
func (c *checker) writeMacro(e *ast.MacroExpr) Ty {
	if len(e.Args) == 0 {
		c.errorf(e.Span, "", "requires a destination and format arguments")
		return c.newVar(GeneralVar)
	}
	dt := c.derefAll(c.checkExpr(e.Args[0], nil))
	adt, ok := dt.(*Adt)
	if !ok || (adt.Def.Go["type"] != "rt.Formatter" && adt.Def.Go["builtin"] != "string") {
		c.unsupported(e.Args[0].Pos(), "`write!` into `%s`", c.resolve(dt, false))
	}
	c.formatArgs(e)
	res, _ := c.l.resolvePath(c.l.std, []string{"fmt", "Result"}).(*AliasDef)
	return c.l.astType(res.Decl.Type, &typeEnv{mod: res.Module})
}

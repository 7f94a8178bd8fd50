package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/rs2go/rs2go/lower/ir"
)

var basicNames = map[ir.BasicKind]string{
	ir.Bool: "bool", ir.Int8: "int8", ir.Int16: "int16", ir.Int32: "int32", ir.Int64: "int64",
	ir.Int: "int", ir.Uint8: "uint8", ir.Uint16: "uint16", ir.Uint32: "uint32",
	ir.Uint64: "uint64", ir.Uint: "uint", ir.Float32: "float32", ir.Float64: "float64",
	ir.String: "string", ir.Rune: "rune", ir.Any: "any",
}

// typ prints a Go type.
func (g *gen) typ(t ir.Type) *jen.Statement {
	switch t := t.(type) {
	case *ir.Basic:
		return jen.Id(basicNames[t.Kind])
	case *ir.Named:
		var s *jen.Statement
		if t.Pkg == "" {
			s = jen.Id(t.Name)
		} else {
			s = jen.Qual(g.pkg(t.Pkg), t.Name)
		}
		if len(t.Args) > 0 {
			s.Types(g.types(t.Args)...)
		}
		return s
	case *ir.Pointer:
		return jen.Op("*").Add(g.typ(t.Elem))
	case *ir.Slice:
		return jen.Index().Add(g.typ(t.Elem))
	case *ir.Array:
		return jen.Index(jen.Lit(int(t.Len))).Add(g.typ(t.Elem))
	case *ir.Map:
		return jen.Map(g.typ(t.Key)).Add(g.typ(t.Elem))
	case *ir.Func:
		return jen.Func().Params(g.types(t.Params)...).Add(g.results(t.Results))
	case *ir.Struct:
		var fs []jen.Code
		for _, f := range t.Fields {
			fs = append(fs, jen.Id(f.Name).Add(g.typ(f.Type)))
		}
		return jen.Struct(fs...)
	case *ir.TypeParamRef:
		return jen.Id(t.Name)
	case *ir.Tilde:
		return jen.Op("~").Add(g.typ(t.Elem))
	case *ir.Interface:
		var ms []jen.Code
		for _, e := range t.Embeds {
			ms = append(ms, g.typ(e))
		}
		for _, m := range t.Methods {
			ms = append(ms, jen.Id(m.Name).Params(g.types(m.Type.Params)...).Add(g.results(m.Type.Results)))
		}
		return jen.Interface(ms...)
	}
	panic(fmt.Sprintf("codegen: unknown type %T", t))
}

func (g *gen) types(ts []ir.Type) []jen.Code {
	var out []jen.Code
	for _, t := range ts {
		out = append(out, g.typ(t))
	}
	return out
}

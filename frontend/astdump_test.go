package frontend

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
)

// sexpr renders an AST node compactly for tests: Type{Field: value ...},
// omitting zero fields and spans.
func sexpr(x any) string {
	var b strings.Builder
	writeSexpr(&b, reflect.ValueOf(x))
	return b.String()
}

var spanType = reflect.TypeOf(ast.Span{})

func writeSexpr(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		writeSexpr(b, v.Elem())
	case reflect.Struct:
		t := v.Type()
		if t == reflect.TypeOf(ast.Ident{}) {
			b.WriteString(v.Field(0).String())
			return
		}
		if t == reflect.TypeOf(ast.Path{}) {
			p := v.Addr().Interface().(*ast.Path)
			writePath(b, p)
			return
		}
		b.WriteString(t.Name() + "{")
		first := true
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if t.Field(i).Type == spanType || f.IsZero() || t.Field(i).Name == "Src" {
				continue
			}
			if !first {
				b.WriteString(" ")
			}
			first = false
			b.WriteString(t.Field(i).Name + ":")
			writeSexpr(b, f)
		}
		b.WriteString("}")
	case reflect.Slice:
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(" ")
			}
			writeSexpr(b, v.Index(i))
		}
		b.WriteString("]")
	case reflect.String:
		fmt.Fprintf(b, "%q", v.String())
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		b.WriteString("map[")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(b, "%v:%q", k, v.MapIndex(k))
		}
		b.WriteString("]")
	default:
		fmt.Fprint(b, v.Interface())
	}
}

func writePath(b *strings.Builder, p *ast.Path) {
	if p.Global {
		b.WriteString("::")
	}
	for i, s := range p.Segments {
		if i > 0 {
			b.WriteString("::")
		}
		b.WriteString(s.Name.Name)
		if len(s.Args) > 0 || len(s.Bindings) > 0 {
			b.WriteString("<")
			for j, a := range s.Args {
				if j > 0 {
					b.WriteString(",")
				}
				writeSexpr(b, reflect.ValueOf(a))
			}
			for _, bd := range s.Bindings {
				b.WriteString(bd.Name.Name + "=")
				writeSexpr(b, reflect.ValueOf(bd.Type))
			}
			b.WriteString(">")
		}
	}
}

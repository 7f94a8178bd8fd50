package lower

import (
	"fmt"
	"testing"

	"github.com/rs2go/rs2go/frontend/ast"
)

func TestZZScratch(t *testing.T) {
	l := &lowerer{imports: map[*Module]*importSet{}}
	if err := l.loadStd(); err != nil {
		t.Fatal(err)
	}
	l.file = &ast.File{}
	l.root = newModule("crate", "", nil, false)
	l.signatures()
	th := l.std.Items["thread"].(*Module)
	sp := th.Items["spawn"].(*FnDef)
	for _, g := range sp.Generics {
		fmt.Printf("%s bounds=%v traits=", g.Name, g.Bounds)
		for _, tr := range g.Traits {
			fmt.Printf("%s ", tr.Name)
		}
		fmt.Println()
	}
}

func TestZZPaths(t *testing.T) {
	l := &lowerer{imports: map[*Module]*importSet{}}
	if err := l.loadStd(); err != nil {
		t.Fatal(err)
	}
	for _, td := range l.types {
		if td.Std {
			fmt.Printf("%s|%s  ", td.Name, td.Path)
		}
	}
}

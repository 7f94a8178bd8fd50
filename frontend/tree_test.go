package frontend

import (
	"fmt"
	"os"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// refDump renders a tree through go-tree-sitter's own Node API, to check
// the C cursor walk (cwalk.go) and its struct layout assumptions against.
func refDump(b *strings.Builder, n *sitter.Node, field string, depth int) {
	if n.Type() == kLineComment || n.Type() == kBlockComment {
		return
	}
	if n.IsError() {
		field = "" // the cursor and FieldNameForChild disagree on ERROR nodes
	}
	fmt.Fprintf(b, "%*s%s %s %v %d-%d %v\n", depth*2, "", field, n.Type(), n.IsNamed(), n.StartByte(), n.EndByte(), n.IsMissing())
	for i := 0; i < int(n.ChildCount()); i++ {
		refDump(b, n.Child(i), n.FieldNameForChild(i), depth+1)
	}
}

func lightDump(b *strings.Builder, n *node, depth int) {
	fmt.Fprintf(b, "%*s%s %s %v %d-%d %v\n", depth*2, "", n.field, n.kind, n.named, n.start, n.end, n.missing)
	for _, k := range n.kids {
		lightDump(b, k, depth+1)
	}
}

func TestCursorWalkMatchesNodeAPI(t *testing.T) {
	langOnce.Do(initLang)
	srcs := []string{
		seedSpawn,
		"fn main() { let x = 1 // c\n; /* d */ let y = (1 + ; }",
		"struct S { a: i32 } impl S { fn f(&self) -> i32 { self.a } } // end",
		"",
	}
	for _, p := range corpusFiles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for _, src := range srcs {
		p := sitter.NewParser()
		p.SetLanguage(lang)
		tree := p.Parse(nil, []byte(src))
		var want, got strings.Builder
		refDump(&want, tree.RootNode(), "", 0)
		root, _, _ := tsParse([]byte(src), 0, true)
		lightDump(&got, root, 0)
		if got.String() != want.String() {
			t.Errorf("%.60q...: the cursor walk differs from the Node API", src)
		}
	}
}

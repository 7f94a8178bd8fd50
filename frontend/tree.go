// This file runs tree-sitter and copies its concrete tree, in one iterative
// TreeCursor walk, into a light Go tree (node). Everything after the walk is
// plain Go: no cgo call happens while converting to the AST.

package frontend

import (
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/rust"
)

// node is one concrete syntax node copied out of tree-sitter.
type node struct {
	kind    string // tree-sitter kind, see kinds.go
	field   string // field name in the parent, "" if none
	named   bool
	isErr   bool  // an ERROR node
	missing bool  // a zero-width MISSING node
	tooDeep bool  // children dropped: nesting limit exceeded
	nest    int32 // expression/block nesting depth, see nestKinds
	start   int
	end     int
	kids    []*node
}

// maxNest is how deeply expressions and blocks may nest.
const maxNest = 256

// language tables, built once: kind name and namedness per symbol.
var (
	langOnce  sync.Once
	lang      *sitter.Language
	symKinds  []string
	symNamed  []bool
	fieldIntr map[string]string
)

func initLang() {
	lang = rust.GetLanguage()
	n := int(lang.SymbolCount())
	symKinds = make([]string, n)
	symNamed = make([]bool, n)
	for i := 0; i < n; i++ {
		s := sitter.Symbol(i)
		symKinds[i] = lang.SymbolName(s)
		symNamed[i] = lang.SymbolType(s) == sitter.SymbolTypeRegular
	}
	fieldIntr = map[string]string{}
}

// parsers are reused: creating one costs more than a small parse.
var parserPool = sync.Pool{New: func() any {
	p := sitter.NewParser()
	p.SetLanguage(lang)
	return p
}}

// tsParse parses src and returns the light tree of its root. base is added
// to the nesting depth (for macro arguments re-parsed on their own).
func tsParse(src []byte, base int) (*node, []*node) {
	langOnce.Do(initLang)
	p := parserPool.Get().(*sitter.Parser)
	defer parserPool.Put(p)
	tree := p.Parse(nil, src)
	defer tree.Close()
	return copyTree(tree, base)
}

// walker holds the state of one cursor walk.
type walker struct {
	c     *sitter.TreeCursor
	slab  []node
	deep  []*node // nodes whose children were dropped for depth
	stack []*node
	nests []int // nesting depth of each stack entry
}

// copyTree walks the tree once with a cursor. It returns the root and the
// nodes at which the nesting limit cut the walk.
func copyTree(tree *sitter.Tree, base int) (*node, []*node) {
	root := tree.RootNode()
	w := &walker{c: sitter.NewTreeCursor(root)}
	defer w.c.Close()
	top := w.mk()
	w.push(top, base)
	for {
		cur := w.stack[len(w.stack)-1]
		if !cur.tooDeep && w.c.GoToFirstChild() {
			w.add(cur)
			continue
		}
		for !w.c.GoToNextSibling() {
			if len(w.stack) == 1 || !w.c.GoToParent() {
				return top, w.deep
			}
			w.stack = w.stack[:len(w.stack)-1]
			w.nests = w.nests[:len(w.nests)-1]
		}
		// The sibling replaces the current node on the stack.
		w.stack = w.stack[:len(w.stack)-1]
		w.nests = w.nests[:len(w.nests)-1]
		w.add(w.stack[len(w.stack)-1])
	}
}

// add copies the cursor's node as the last child of parent and pushes it.
func (w *walker) add(parent *node) {
	n := w.mk()
	if n.kind != kLineComment && n.kind != kBlockComment {
		parent.kids = append(parent.kids, n)
	}
	w.push(n, w.nests[len(w.nests)-1])
}

func (w *walker) push(n *node, parentNest int) {
	nest := parentNest
	if nests(n) {
		nest++
		if nest > maxNest {
			n.tooDeep = true
			w.deep = append(w.deep, n)
		}
	}
	n.nest = int32(nest)
	w.stack = append(w.stack, n)
	w.nests = append(w.nests, nest)
}

// mk copies the cursor's current node.
func (w *walker) mk() *node {
	if len(w.slab) == 0 {
		w.slab = make([]node, 256)
	}
	n := &w.slab[0]
	w.slab = w.slab[1:]
	tn := w.c.CurrentNode()
	sym := int(tn.Symbol())
	if sym < len(symKinds) {
		n.kind = symKinds[sym]
		n.named = symNamed[sym]
	}
	if sym == 0xFFFF { // ts_builtin_sym_error
		n.kind, n.named, n.isErr = kError, true, true
	}
	n.missing = tn.IsMissing()
	n.start, n.end = int(tn.StartByte()), int(tn.EndByte())
	if f := w.c.CurrentFieldName(); f != "" {
		n.field = internField(f)
	}
	return n
}

func internField(f string) string {
	if s, ok := fieldIntr[f]; ok {
		return s
	}
	fieldIntr[f] = f
	return f
}

// nests reports whether n counts towards the nesting limit.
func nests(n *node) bool {
	return nestKinds[n.kind]
}

// ---------------------------------------------------------------- helpers

// child returns the first child with field name f, or nil.
func (n *node) child(f string) *node {
	for _, k := range n.kids {
		if k.field == f {
			return k
		}
	}
	return nil
}

// childrenF returns all children with field name f.
func (n *node) childrenF(f string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.field == f {
			out = append(out, k)
		}
	}
	return out
}

// named returns the named children (ERROR nodes included).
func (n *node) namedKids() []*node {
	var out []*node
	for _, k := range n.kids {
		if k.named {
			out = append(out, k)
		}
	}
	return out
}

// firstKind returns the first child of kind k, or nil.
func (n *node) firstKind(k string) *node {
	for _, c := range n.kids {
		if c.kind == k {
			return c
		}
	}
	return nil
}

// hasTok reports whether n has an anonymous child of kind tok.
func (n *node) hasTok(tok string) bool {
	for _, c := range n.kids {
		if !c.named && c.kind == tok {
			return true
		}
	}
	return false
}

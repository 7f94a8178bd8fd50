// This file runs tree-sitter and copies its concrete tree, in one
// TreeCursor walk (cwalk.go), into a light Go tree (node). Everything after
// the walk is plain Go: no cgo call happens while converting to the AST.

package frontend

import (
	"context"
	"sync"
	"time"

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

// maxDepth bounds the depth of the whole tree, chains included (a + b + …,
// a.b().c()…, else if …, which maxNest does not count): deeper trees
// would make the recursion of the later phases, and Go's own parser of the
// output (its limit is 100,000), run out of room.
const maxDepth = 20000

// language tables, built once: kind name and namedness per symbol.
var (
	langOnce   sync.Once
	lang       *sitter.Language
	symKinds   []string
	symNamed   []bool
	fieldNames []string
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
	fieldNames = []string{""}
	for i := 1; ; i++ {
		f := lang.FieldName(i)
		if f == "" {
			break
		}
		fieldNames = append(fieldNames, f)
	}
}

// parsers are reused: creating one costs more than a small parse.
var parserPool = sync.Pool{New: func() any {
	p := sitter.NewParser()
	p.SetLanguage(lang)
	return p
}}

// Tree-sitter's error recovery can loop without end on some malformed
// inputs (a fuzz finding: `(q = w(q(.u();` then `}`), so a parse gets a
// time limit far above what a real file takes (about 0.5 µs a byte).
const (
	parseLimitBase    = time.Second
	parseLimitPerByte = 10 * time.Microsecond
)

// parseLimit is the time a parse of n bytes may take.
func parseLimit(n int) time.Duration { return parseLimitBase + time.Duration(n)*parseLimitPerByte }

// tsParse parses src and returns the light tree of its root. base is added
// to the nesting depth (for macro arguments re-parsed on their own). ok is
// false when tree-sitter gave up at the time limit (timed).
func tsParse(src []byte, base int, timed bool) (root *node, deep []*node, ok bool) {
	langOnce.Do(initLang)
	p := parserPool.Get().(*sitter.Parser)
	defer parserPool.Put(p)
	limit := 0 // none
	if timed {
		limit = int(parseLimit(len(src)) / time.Microsecond)
	}
	p.SetOperationLimit(limit)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		p.Reset() // a parse stopped midway would otherwise resume
		return nil, nil, false
	}
	defer tree.Close()
	recs := flatTree(tree.RootNode())
	markUnterminatedComments(recs, src)
	root, deep = buildTree(recs, base)
	return root, deep, true
}

// markUnterminatedComments turns a block comment that runs to the end of
// the file without its */ (tree-sitter accepts it) into an error node, so
// that the syntax report finds rustc's E0758.
func markUnterminatedComments(recs []rec, src []byte) {
	for i := range recs {
		r := &recs[i]
		sym := int(r.sym)
		if sym >= len(symKinds) || symKinds[sym] != kBlockComment {
			continue
		}
		if start, end := int(r.start), int(r.end); end > len(src) || !blockCommentClosed(src[start:end]) {
			r.sym = 0xFFFF // ts_builtin_sym_error
		}
	}
}

// blockCommentClosed reports whether a block comment's text closes every
// /* it opens (Rust's block comments nest).
func blockCommentClosed(text []byte) bool {
	depth := 0
	for i := 0; i+1 < len(text); i++ {
		switch {
		case text[i] == '/' && text[i+1] == '*':
			depth++
			i++
		case text[i] == '*' && text[i+1] == '/':
			depth--
			i++
			if depth == 0 {
				return i == len(text)-1
			}
		}
	}
	return false
}

// buildTree turns the flat pre-order records into the light tree. Comments
// are dropped; below a node deeper than maxNest nothing is kept, and the
// node is returned in the second result.
func buildTree(recs []rec, base int) (*node, []*node) {
	nodes := make([]node, len(recs))
	nkids := make([]int32, len(recs))
	parent := make([]int32, len(recs))
	keep := make([]bool, len(recs))
	named := make([]bool, len(recs)) // has a named child already
	var stack []int32                // kept ancestors by depth
	var deep []*node
	skip := -1 // skip descendants deeper than this
	for i := range recs {
		r := &recs[i]
		d := int(r.depth)
		if skip >= 0 && d > skip {
			continue
		}
		skip = -1
		stack = stack[:d]
		n := &nodes[i]
		fillNode(n, r)
		if n.kind == kLineComment || n.kind == kBlockComment {
			skip = d
			continue
		}
		nest := base
		chained := false
		if d > 0 {
			p := stack[d-1]
			parent[i] = p
			nkids[p]++
			nest = int(nodes[p].nest)
			if n.named && !named[p] {
				named[p] = true
				chained = chainKinds[nodes[p].kind]
			}
		}
		if nestKinds[n.kind] && !chained {
			nest++
		}
		n.nest = int32(nest)
		if nest > maxNest || base+d > maxDepth {
			n.tooDeep = true
			deep = append(deep, n)
			skip = d
		}
		keep[i] = true
		stack = append(stack, int32(i))
	}
	linkKids(nodes, nkids, parent, keep)
	return &nodes[0], deep
}

// fillNode copies one record.
func fillNode(n *node, r *rec) {
	sym := int(r.sym)
	if sym < len(symKinds) {
		n.kind, n.named = symKinds[sym], symNamed[sym]
	}
	if sym == 0xFFFF { // ts_builtin_sym_error
		n.kind, n.named, n.isErr = kError, true, true
	}
	if f := int(r.field); f > 0 && f < len(fieldNames) {
		n.field = fieldNames[f]
	}
	n.missing = r.missing != 0
	n.start, n.end = int(r.start), int(r.end)
}

// linkKids fills the children slices from one backing array.
func linkKids(nodes []node, nkids, parent []int32, keep []bool) {
	total := 0
	for _, k := range nkids {
		total += int(k)
	}
	backing := make([]*node, total)
	off := 0
	for i := range nodes {
		if k := int(nkids[i]); k > 0 {
			nodes[i].kids = backing[off : off : off+k]
			off += k
		}
	}
	for i := 1; i < len(nodes); i++ {
		if keep[i] {
			p := &nodes[parent[i]]
			p.kids = append(p.kids, &nodes[i])
		}
	}
}

// chainKinds are chains: a.b().c()?, a + b + c, else if. Their first
// operand does not nest deeper, so long method chains, sums and else-if
// ladders are not "deep".
var chainKinds = map[string]bool{
	kElseClause:       true,
	kBinaryExpression: true, kCallExpression: true, kFieldExpression: true,
	kIndexExpression: true, kTryExpression: true, kAwaitExpression: true,
	kTypeCastExpression: true, kGenericFunction: true,
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

// namedKids returns the named children (ERROR nodes included).
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

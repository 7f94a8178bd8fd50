package frontend

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// dumpTree renders the light tree (for debugging and tests).
func dumpTree(b *strings.Builder, src []byte, n *node, depth int) {
	b.WriteString(strings.Repeat("  ", depth))
	if n.field != "" {
		b.WriteString(n.field + ": ")
	}
	if n.named {
		b.WriteString(n.kind)
	} else {
		fmt.Fprintf(b, "%q", n.kind)
	}
	if n.missing {
		b.WriteString(" MISSING")
	}
	if len(n.kids) == 0 && n.named {
		fmt.Fprintf(b, " %q", src[n.start:n.end])
	}
	b.WriteString("\n")
	for _, k := range n.kids {
		dumpTree(b, src, k, depth+1)
	}
}

// TestDump prints the tree of $RS2GO_DUMP (a file) for grammar exploration.
func TestDump(t *testing.T) {
	f := os.Getenv("RS2GO_DUMP")
	if f == "" {
		t.Skip("RS2GO_DUMP not set")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	root, _, _ := tsParse(src, 0, true)
	var b strings.Builder
	dumpTree(&b, src, root, 0)
	fmt.Print(b.String())
}

package rsfuzz

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Generators of the large or binary bad inputs that do not fit in a txtar
// file: the testscript command `gen` (cmd/rs2go) writes them, and the fuzz
// targets start from the small ones.

// Garbage returns n fixed pseudo-random bytes after an ELF header.
func Garbage(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := []byte("\x7fELF\x02\x01\x01\x00")
	for len(b) < n {
		b = append(b, byte(r.Uint32()))
	}
	return b[:max(n, 0)]
}

// DeepParens returns a main whose let initializer nests n parentheses,
// closed or not.
func DeepParens(n int, closed bool) []byte {
	inner := strings.Repeat("(", n) + "1"
	if closed {
		inner += strings.Repeat(")", n)
	}
	return []byte("fn main() {\n    let x = " + inner + ";\n    println!(\"{}\", x);\n}\n")
}

// DeepBlocks returns a main whose body nests n blocks.
func DeepBlocks(n int) []byte {
	return []byte("fn main() {\n    let x = " + strings.Repeat("{ ", n) + "1" + strings.Repeat(" }", n) +
		";\n    println!(\"{}\", x);\n}\n")
}

// LongSum returns a main that adds n ones in one expression: a chain, not
// counted by the nesting limit.
func LongSum(n int) []byte {
	return []byte("fn main() {\n    let x = 1" + strings.Repeat(" + 1", max(n-1, 0)) + ";\n    println!(\"{}\", x);\n}\n")
}

// BigProgram returns a valid program of at least size bytes: many small
// functions, all called from main.
func BigProgram(size int) []byte {
	var b strings.Builder
	n := 0
	for ; b.Len() < size-200; n++ {
		fmt.Fprintf(&b, "fn f%d(x: i32) -> i32 {\n    let y = x %% 1000 * 2 + %d;\n    if y > 100 { y - 100 } else { y }\n}\n\n", n, n%97)
	}
	b.WriteString("fn main() {\n    let mut s = 0;\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "    s = f%d(s);\n", i)
	}
	b.WriteString("    println!(\"{}\", s);\n}\n")
	return []byte(b.String())
}

// LongLine returns a main that prints a string literal of n characters on
// one line; with junk, an error follows the literal on that line.
func LongLine(n int, junk bool) []byte {
	end := ""
	if junk {
		end = " @"
	}
	return []byte("fn main() {\n    let s = \"" + strings.Repeat("a", n) + "\";" + end + "\n    println!(\"{}\", s);\n}\n")
}

package main

// The testscript command `gen`, which writes the bad inputs that a txtar
// file cannot hold well: binary bytes, deep nesting, megabytes.

import (
	"bytes"
	"fmt"
	"os"
	"strconv"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/rs2go/rs2go/internal/rsfuzz"
)

const genUsage = `usage: gen KIND [N] file
	garbage N            N bytes of binary garbage
	nul                  a main holding NUL bytes
	invalid-utf8         a main holding a string with invalid UTF-8
	deep-parens N        a let initializer in N nested parentheses
	open-parens N        N unclosed parentheses
	deep-blocks N        a let initializer in N nested blocks
	long-sum N           a let initializer adding N ones
	big N                a valid program of at least N bytes
	long-line N          a string literal of N characters on one line
	long-line-junk N     the same, then junk on that line
	bom SRC              SRC with a UTF-8 byte order mark in front
	crlf SRC             SRC with CRLF line endings`

// cmdGen implements gen (see genUsage).
func cmdGen(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("%s", genUsage)
	}
	kind, out := args[0], args[len(args)-1]
	mid := args[1 : len(args)-1]
	num := func() int {
		if len(mid) != 1 {
			ts.Fatalf("gen %s: want one argument before the file\n%s", kind, genUsage)
		}
		n, err := strconv.Atoi(mid[0])
		if err != nil {
			ts.Fatalf("gen %s: %v", kind, err)
		}
		return n
	}
	var data []byte
	switch kind {
	case "garbage":
		data = rsfuzz.Garbage(num())
	case "nul":
		data = []byte("fn main() {\x00\x00}\n")
	case "invalid-utf8":
		data = []byte("fn main() {\n    let s = \"\xff\xfe\";\n}\n")
	case "deep-parens":
		data = rsfuzz.DeepParens(num(), true)
	case "open-parens":
		data = rsfuzz.DeepParens(num(), false)
	case "deep-blocks":
		data = rsfuzz.DeepBlocks(num())
	case "long-sum":
		data = rsfuzz.LongSum(num())
	case "big":
		data = rsfuzz.BigProgram(num())
	case "long-line":
		data = rsfuzz.LongLine(num(), false)
	case "long-line-junk":
		data = rsfuzz.LongLine(num(), true)
	case "bom", "crlf":
		if len(mid) != 1 {
			ts.Fatalf("gen %s: want a source file\n%s", kind, genUsage)
		}
		src := []byte(ts.ReadFile(mid[0]))
		if kind == "bom" {
			data = append([]byte("\uFEFF"), src...)
		} else {
			data = bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))
		}
	default:
		ts.Fatalf("gen: unknown kind %q\n%s", kind, genUsage)
	}
	if err := os.WriteFile(ts.MkAbs(out), data, 0o644); err != nil {
		ts.Fatalf("gen: %v", err)
	}
}

// scriptCondition adds the condition [root]: the tests run as root, who
// may write where permissions say no.
func scriptCondition(cond string) (bool, error) {
	if cond == "root" {
		return os.Geteuid() == 0, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}

// Package interleave checks the output of concurrent programs for the
// properties that hold under every thread schedule: each thread's lines
// appear complete and in order, whatever the interleaving. The seed tests
// and the testscript checks of `rs2go run` share it.
package interleave

import (
	"fmt"
	"strings"
)

// Seq is the lines one thread prints, in order.
type Seq struct {
	Name  string
	Lines []string
	// Partial allows any prefix of Lines: the thread may be cut short, as a
	// detached thread is when main returns.
	Partial bool
}

// Lines splits text into lines, without a trailing empty one.
func Lines(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// Check reports whether out is an interleaving of seqs: taken on their own,
// the lines of each seq appear in its order, all of them (a prefix for a
// Partial seq), and out holds no other lines. No line may belong to two
// seqs.
func Check(out []string, seqs ...Seq) error {
	owner, err := owners(seqs)
	if err != nil {
		return err
	}
	next := make([]int, len(seqs)) // next line expected from each seq
	for i, line := range out {
		s, ok := owner[line]
		if !ok {
			return fmt.Errorf("line %d %q is printed by no thread", i+1, line)
		}
		lines := seqs[s].Lines
		if next[s] >= len(lines) {
			return fmt.Errorf("line %d %q: %s printed more lines than its %d", i+1, line, seqs[s].Name, len(lines))
		}
		if want := lines[next[s]]; want != line {
			return fmt.Errorf("line %d %q: %s's next line should be %q", i+1, line, seqs[s].Name, want)
		}
		next[s]++
	}
	for s, seq := range seqs {
		if !seq.Partial && next[s] < len(seq.Lines) {
			return fmt.Errorf("%s printed %d of its %d lines; missing %q",
				seq.Name, next[s], len(seq.Lines), seq.Lines[next[s]])
		}
	}
	return nil
}

// Runs counts the maximal runs of consecutive lines of out that belong to
// the same seq: two threads that printed one after the other give at most
// 2; more means their lines were interleaved. Lines of no seq are ignored.
func Runs(out []string, seqs ...Seq) int {
	owner, _ := owners(seqs)
	runs, last := 0, -1
	for _, line := range out {
		if s, ok := owner[line]; ok && s != last {
			runs++
			last = s
		}
	}
	return runs
}

// owners maps each line to the index of the seq that prints it.
func owners(seqs []Seq) (map[string]int, error) {
	owner := map[string]int{}
	for s, seq := range seqs {
		for _, line := range seq.Lines {
			if o, ok := owner[line]; ok && o != s {
				return nil, fmt.Errorf("line %q belongs to both %s and %s", line, seqs[o].Name, seq.Name)
			}
			owner[line] = s
		}
	}
	return owner, nil
}

package frontend

import (
	"math/rand"
	"os"
	"testing"
)

// checkParse parses src and checks the invariants that hold for any input:
// no panic, a File or diagnostics, and spans inside the file.
func checkParse(t *testing.T, src []byte) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic on %q: %v", src, r)
		}
	}()
	f, d := Parse("f.rs", src)
	if f == nil && len(d) == 0 {
		t.Fatalf("no file and no diagnostics for %q", src)
	}
	for _, x := range d {
		if x.Span.Start < 0 || x.Span.End > len(src) || x.Span.Start > x.Span.End {
			t.Fatalf("span %v outside the file (len %d) for %q: %s", x.Span, len(src), src, x.Msg)
		}
	}
}

var mutations = []string{"{", "}", "(", ")", "[", "]", "\"", "'", ";", ",", "!", "::", "|", "=>", "fn", "let", "r#\"", "/*", "//", "#[", "{}", "\\", "\x00", "\xff", "é", "..=", "move", "0x", "'a", "b'"}

// TestMutations parses damaged copies of the corpus programs.
func TestMutations(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	rng := rand.New(rand.NewSource(1))
	for _, p := range corpusFiles(t) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 20; i++ {
			checkParse(t, mutate(rng, src))
		}
	}
}

func mutate(rng *rand.Rand, src []byte) []byte {
	out := append([]byte(nil), src...)
	for n := 1 + rng.Intn(3); n > 0; n-- {
		at := rng.Intn(len(out) + 1)
		switch rng.Intn(3) {
		case 0: // truncate
			out = out[:at]
		case 1: // delete a few bytes
			end := min(len(out), at+1+rng.Intn(5))
			out = append(out[:at:at], out[end:]...)
		default: // insert a token
			tok := mutations[rng.Intn(len(mutations))]
			out = append(out[:at:at], append([]byte(tok), out[at:]...)...)
		}
	}
	return out
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "fn main() {}", "fn main() { println!(\"{}\", 1); }",
		"fn main() { let v = vec![1; 3]; matches!(v, _); }", "struct S { a: i32 }"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkParse(t, src) })
}

package rsfuzz

import (
	"os"
	"path/filepath"
	"testing"
)

func TestTokensRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/conformance/*/*.rs")
	files = append(files, "x.rs")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			src = []byte("fn main() { let r = r#\"a\"b\"#; let c = '\\n'; let l: &'a str = \"q\\\"\"; /* c */ x ..= y }\n// end")
		}
		toks := Tokens(string(src))
		if got := Join(toks); got != string(src) {
			t.Fatalf("%s: Join(Tokens(src)) != src", f)
		}
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("fn main() { let r = r#\"a\"#; 'a' 'b }")
	f.Fuzz(func(t *testing.T, s string) {
		if Join(Tokens(s)) != s {
			t.Fatalf("round trip failed for %q", s)
		}
		Mutate(s, []byte{1, 0, 1, 0, 2, 8, 0, 0, 0, 0})
	})
}

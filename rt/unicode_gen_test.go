package rt

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestUnicodeTablesMatchRustc regenerates unicode_gen.go with the rustc on
// PATH and compares it with the committed file (but for the rustc version
// in its first line): the case mappings and char properties are rustc's.
func TestUnicodeTablesMatchRustc(t *testing.T) {
	if _, err := exec.LookPath("rustc"); err != nil {
		t.Skip("rustc not found: the Unicode tables are not compared with rustc's")
	}
	if testing.Short() {
		t.Skip("-short: not running rustc")
	}
	out := filepath.Join(t.TempDir(), "unicode_gen.go")
	cmd := exec.Command("go", "run", "gen_unicode.go", "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen_unicode: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("unicode_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	body := func(b []byte) []byte { _, rest, _ := bytes.Cut(b, []byte("\n")); return rest }
	if !bytes.Equal(body(got), body(want)) {
		t.Errorf("unicode_gen.go differs from what gen_unicode.go makes with this rustc: run `go generate ./rt/`")
	}
}

func TestCaseMappings(t *testing.T) {
	for _, c := range []struct{ in, up, low string }{
		{"ﬁnal ﬂow", "FINAL FLOW", "ﬁnal ﬂow"},
		{"straße", "STRASSE", "straße"},
		{"ΟΔΥΣΣΕΥΣ", "ΟΔΥΣΣΕΥΣ", "οδυσσευς"},
		{"ΣΑΣ ΣΑΣ.", "ΣΑΣ ΣΑΣ.", "σας σας."},
		{"Σ", "Σ", "σ"},
		{"aΣb", "AΣB", "aσb"},
		{"İ", "İ", "i\u0307"},
	} {
		if got := ToUppercase(c.in); got != c.up {
			t.Errorf("ToUppercase(%q) = %q, want %q", c.in, got, c.up)
		}
		if got := ToLowercase(c.in); got != c.low {
			t.Errorf("ToLowercase(%q) = %q, want %q", c.in, got, c.low)
		}
	}
	if got := CharToUppercase('ŉ').Count(); got != 2 {
		t.Errorf("'ŉ'.to_uppercase().count() = %d, want 2", got)
	}
}

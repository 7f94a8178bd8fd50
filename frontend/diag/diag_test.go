package diag

import (
	"strings"
	"testing"
)

func TestSnippetControlCharacters(t *testing.T) {
	src := NewSource("t.rs", []byte("fn main() {\x00\x1b[2J\x7f}\n\tlet x;\n"))
	got := List{{Span: Span{Start: 11, End: 12}, Msg: "m"}, {Span: Span{Start: 20, End: 23}, Msg: "n"}}.Format(src)
	want := "t.rs:1:12: error: m\n  |\n1 | fn main() {␀␛[2J␡}\n  |            ^\n" +
		"t.rs:2:2: error: n\n  |\n2 | \tlet x;\n  | \t^^^\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if strings.ContainsAny(got, "\x00\x1b\x7f") {
		t.Errorf("raw control characters in %q", got)
	}
}

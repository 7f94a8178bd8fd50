package interleave

import "testing"

func TestCheck(t *testing.T) {
	main := Seq{Name: "main", Lines: []string{"m1", "m2"}}
	spawned := Seq{Name: "spawned", Lines: []string{"s1", "s2", "s3"}, Partial: true}
	full := spawned
	full.Partial = false
	tests := []struct {
		out  string
		seqs []Seq
		ok   bool
		runs int
	}{
		{"m1\ns1\nm2\ns2\ns3\n", []Seq{main, full}, true, 4},
		{"s1\ns2\ns3\nm1\nm2\n", []Seq{main, full}, true, 2},
		{"m1\ns1\nm2\n", []Seq{main, spawned}, true, 3},
		{"m1\nm2\n", []Seq{main, spawned}, true, 1},
		{"m1\ns1\nm2\n", []Seq{main, full}, false, 3},         // spawned cut short
		{"m2\nm1\ns1\ns2\ns3\n", []Seq{main, full}, false, 2}, // main out of order
		{"m1\ns2\nm2\n", []Seq{main, spawned}, false, 3},      // spawned skips a line
		{"m1\nm2\nx\n", []Seq{main, spawned}, false, 1},       // a stranger
		{"m1\nm2\nm2\n", []Seq{main, spawned}, false, 1},      // a line too many
		{"", []Seq{main, spawned}, false, 0},
	}
	for _, tt := range tests {
		err := Check(Lines(tt.out), tt.seqs...)
		if (err == nil) != tt.ok {
			t.Errorf("Check(%q) = %v, want ok=%v", tt.out, err, tt.ok)
		}
		if got := Runs(Lines(tt.out), tt.seqs...); got != tt.runs {
			t.Errorf("Runs(%q) = %d, want %d", tt.out, got, tt.runs)
		}
	}
}

func TestOverlappingSeqs(t *testing.T) {
	a := Seq{Name: "a", Lines: []string{"x"}}
	b := Seq{Name: "b", Lines: []string{"x"}}
	if err := Check([]string{"x"}, a, b); err == nil {
		t.Error("Check accepted two seqs sharing a line")
	}
}

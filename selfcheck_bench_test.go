package rs2go

// The cost of the output self-check, for the figures in selfcheck/doc:
//
//	go test -run xxx -bench 'Translate' -benchtime 20x .

import (
	"os"
	"testing"

	"github.com/rs2go/rs2go/internal/rsfuzz"
)

func benchTranslate(b *testing.B, src []byte, cfg Config) {
	if err := goChecker.Load(); err != nil { // the cold cost is paid once per process
		b.Fatal(err)
	}
	for b.Loop() {
		if res := Translate("x.rs", src, cfg); res.Failed() {
			b.Fatal(res.Diags.Format(res.Source))
		}
	}
}

func seedSource(b *testing.B) []byte {
	src, err := os.ReadFile("testdata/seed/spawn_join.rs")
	if err != nil {
		b.Fatal(err)
	}
	return src
}

func BenchmarkTranslateSmall(b *testing.B) { benchTranslate(b, seedSource(b), Config{}) }
func BenchmarkTranslateSmallNoCheck(b *testing.B) {
	benchTranslate(b, seedSource(b), Config{NoSelfCheck: true})
}
func BenchmarkTranslate1MB(b *testing.B) { benchTranslate(b, rsfuzz.BigProgram(1<<20), Config{}) }
func BenchmarkTranslate1MBNoCheck(b *testing.B) {
	benchTranslate(b, rsfuzz.BigProgram(1<<20), Config{NoSelfCheck: true})
}

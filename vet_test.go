package rs2go_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rs2go/rs2go"
)

// TestOutputVetClean translates every accepted conformance program and the
// seed programs and runs `go vet` over the translations at once: generated
// Go must be vet-clean, not only compile.
func TestOutputVetClean(t *testing.T) {
	if testing.Short() {
		t.Skip("go vet of the translated corpus: skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go toolchain on PATH")
	}
	dir := t.TempDir()
	if err := rs2go.WriteModule(dir, []byte("package main\n\nfunc main() {}\n")); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, p := range loadPrograms(t) {
		if p.check != "reject" {
			files = append(files, p.file(".rs"))
		}
	}
	seeds, _ := filepath.Glob(filepath.Join("testdata", "seed", "*.rs"))
	files = append(files, seeds...)
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := rs2go.Translate(filepath.Base(f), src, rs2go.Config{})
		if res.Failed() {
			continue // TestConformance reports it
		}
		pkg := filepath.Join(dir, "p"+string(rune('a'+i/26))+string(rune('a'+i%26)))
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pkg, "main.go"), res.Go, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(goTool, "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOPROXY=off", "GOWORK=off")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("go vet of the translated programs: %v\n%s", err, out.String())
	}
}

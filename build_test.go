package rs2go_test

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs2go/rs2go"
)

// helloSrc is a hand-written program in place of a translated one: it
// imports rt, so building it proves that the copied rt compiles on its own.
const helloSrc = `package main

import (
	"fmt"
	"os"

	_ "github.com/rs2go/rs2go/rt"
)

func main() {
	fmt.Println("hello from", len(os.Args)-1, "args")
	os.Exit(7)
}
`

func TestWriteModuleLayout(t *testing.T) {
	dir := t.TempDir()
	if err := rs2go.WriteModule(dir, []byte(helloSrc)); err != nil {
		t.Fatal(err)
	}
	wantGoMod := "module rs2goprog\n\ngo 1.26\n\nrequire github.com/rs2go/rs2go v0.0.0\n\n" +
		"replace github.com/rs2go/rs2go => ./rs2go\n"
	expectFile(t, filepath.Join(dir, "go.mod"), wantGoMod)
	expectFile(t, filepath.Join(dir, "main.go"), helloSrc)
	expectFile(t, filepath.Join(dir, "rs2go", "go.mod"), "module github.com/rs2go/rs2go\n\ngo 1.26\n")

	// Every non-test rt file is copied byte for byte, and nothing else.
	want := map[string]bool{}
	err := fs.WalkDir(rs2go.RuntimeFS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(name, "_test.go") {
			want[name] = true
			data, _ := fs.ReadFile(rs2go.RuntimeFS(), name)
			expectFile(t, filepath.Join(dir, "rs2go", filepath.FromSlash(name)), string(data))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("RuntimeFS holds no rt source")
	}
	got := map[string]bool{}
	filepath.WalkDir(filepath.Join(dir, "rs2go", "rt"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(filepath.Join(dir, "rs2go"), p)
			got[filepath.ToSlash(rel)] = true
		}
		return err
	})
	for name := range got {
		if !want[name] {
			t.Errorf("unexpected file rs2go/%s in the module", name)
		}
	}
}

func TestBuildRuns(t *testing.T) {
	dir := t.TempDir()
	if err := rs2go.WriteModule(dir, []byte(helloSrc)); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "prog")
	if err := rs2go.Build(dir, bin, false); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "a", "b").Output()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 7 {
		t.Fatalf("run: %v, want exit status 7", err)
	}
	if string(out) != "hello from 2 args\n" {
		t.Errorf("stdout = %q", out)
	}
	// Nothing was added to the module: no go.sum, go.mod unchanged.
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		t.Error("go build wrote a go.sum")
	}
}

func TestBuildRace(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the -race build")
	}
	dir := t.TempDir()
	if err := rs2go.WriteModule(dir, []byte(helloSrc)); err != nil {
		t.Fatal(err)
	}
	if err := rs2go.Build(dir, filepath.Join(dir, "prog"), true); err != nil {
		t.Fatal(err)
	}
}

func TestBuildErrorCarriesOutput(t *testing.T) {
	dir := t.TempDir()
	bad := "package main\n\nfunc main() {\n\tundefinedThing()\n}\n"
	if err := rs2go.WriteModule(dir, []byte(bad)); err != nil {
		t.Fatal(err)
	}
	err := rs2go.Build(dir, filepath.Join(dir, "prog"), false)
	var be *rs2go.BuildError
	if !errors.As(err, &be) {
		t.Fatalf("Build = %v, want a *BuildError", err)
	}
	if !strings.Contains(err.Error(), "main.go:4:2: undefined: undefinedThing") {
		t.Errorf("error does not carry go build's output:\n%v", err)
	}
}

// expectFile fails t unless the file name holds exactly want.
func expectFile(t *testing.T, name, want string) {
	t.Helper()
	got, err := os.ReadFile(name)
	if err != nil {
		t.Error(err)
		return
	}
	if string(got) != want {
		t.Errorf("%s:\n%s\nwant:\n%s", name, got, want)
	}
}

// This file builds translated programs: it lays out a throwaway Go module
// holding one program and a copy of rt (from RuntimeFS), and runs `go build`
// in it with the network switched off, so that `rs2go run` and the tests work
// from any folder, offline, with only the rs2go binary and a Go toolchain.

package rs2go

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// ProgModule is the module path of the temporary module WriteModule lays out.
const ProgModule = "rs2goprog"

// rtCopyDir is where WriteModule puts the copy of the rs2go module (only its
// rt package), relative to the program's module root.
const rtCopyDir = "rs2go"

// WriteModule lays out dir (which must exist) as a Go module holding one
// translated program:
//
//	dir/go.mod                go.mod of module rs2goprog, rs2go replaced by ./rs2go
//	dir/main.go               goSrc
//	dir/rs2go/go.mod          module github.com/rs2go/rs2go
//	dir/rs2go/rt/*.go         rt's source from RuntimeFS, without tests
//
// Building the result needs no network and no go.sum: rt imports only the
// standard library, and a replaced module needs no checksum.
func WriteModule(dir string, goSrc []byte) error {
	goMod := fmt.Sprintf("module %s\n\ngo 1.26\n\nrequire %s v0.0.0\n\nreplace %s => ./%s\n",
		ProgModule, Module, Module, rtCopyDir)
	files := map[string][]byte{
		"go.mod":                       []byte(goMod),
		"main.go":                      goSrc,
		path.Join(rtCopyDir, "go.mod"): []byte("module " + Module + "\n\ngo 1.26\n"),
	}
	if err := copyRuntime(files); err != nil {
		return err
	}
	for name, data := range files {
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(name)), data); err != nil {
			return err
		}
	}
	return nil
}

// copyRuntime adds rt's non-test Go files from RuntimeFS to files, under
// rtCopyDir.
func copyRuntime(files map[string][]byte) error {
	rtfs := RuntimeFS()
	return fs.WalkDir(rtfs, "rt", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		data, err := fs.ReadFile(rtfs, name)
		if err != nil {
			return err
		}
		files[path.Join(rtCopyDir, name)] = data
		return nil
	})
}

// writeFile writes data to name, creating its folder.
func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

// Build runs `go build` in dir, a module laid out by WriteModule, and writes
// the executable to out (a relative out is relative to the current folder,
// not to dir). race adds -race. The environment forbids the network and
// toolchain switches (GOPROXY=off, GOTOOLCHAIN=local), ignores any enclosing
// go.work (GOWORK=off), and lets go add missing requirements (-mod=mod).
// -trimpath keeps dir's name out of the compiled packages, so that rt,
// whose copy lives in a new folder on every call, is compiled once and then
// comes from the build cache (without it, each build recompiled rt: about
// 4 s a program against 0.5 s). The Rust positions a program prints come
// from its own data, not from Go's file names.
// A failed build's error carries go's output.
func Build(dir, out string, race bool) error {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("a Go toolchain is needed to build the translated program: %w", err)
	}
	out, err = filepath.Abs(out)
	if err != nil {
		return err
	}
	args := []string{"build", "-trimpath", "-o", out}
	if race {
		args = append(args, "-race")
	}
	cmd := exec.Command(goTool, append(args, ".")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOPROXY=off", "GOWORK=off")
	var output bytes.Buffer
	cmd.Stdout = &output
	cmd.Stderr = &output
	if err := cmd.Run(); err != nil {
		return &BuildError{Output: strings.TrimSpace(output.String()), Err: err}
	}
	return nil
}

// BuildError is a failed `go build` of a translated program.
type BuildError struct {
	Output string // what go build printed
	Err    error  // how it ended (usually an *exec.ExitError)
}

// Error returns go build's output, or how it failed when it printed nothing.
func (e *BuildError) Error() string {
	if e.Output == "" {
		return "go build: " + e.Err.Error()
	}
	return "go build: " + e.Output
}

// Unwrap returns how go build ended.
func (e *BuildError) Unwrap() error { return e.Err }

// This file reads the Rust input and writes the Go output. Errors name the
// path as the user gave it, without Go's operation prefixes ("open …").

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// readSource reads the Rust file name.
func readSource(name string) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, bareError(err))
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a Rust file", name)
	}
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, bareError(err))
	}
	return src, nil
}

// checkOutput reports, before any work is done, an output path that
// cannot be written: a missing folder, or a folder in the file's place.
func checkOutput(name string) error {
	dir := filepath.Dir(name)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: folder %s does not exist", name, dir)
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", name, bareError(err))
	case !info.IsDir():
		return fmt.Errorf("cannot write %s: %s is not a folder", name, dir)
	}
	if info, err := os.Stat(name); err == nil && info.IsDir() {
		return fmt.Errorf("cannot write %s: it is a directory", name)
	}
	return nil
}

// writeAtomic writes data to name through a temporary file in the same
// folder and a rename, so that name holds either its old content or all of
// data, never a part.
func writeAtomic(name string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", name, bareError(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("cannot write %s: %w", name, bareError(err))
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// bareError strips the operation and path from an *fs.PathError or
// *os.LinkError ("open x: permission denied" → "permission denied"), since
// the caller names the file itself.
func bareError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

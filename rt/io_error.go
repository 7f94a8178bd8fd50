package rt

// std::io::Error and std::io::ErrorKind.

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
	"syscall"
)

// ErrorKind is Rust's `io::ErrorKind`; its value is the variant's name,
// which is also its Debug output.
type ErrorKind string

// The io::ErrorKind variants rt produces or recognises.
const (
	NotFound         ErrorKind = "NotFound"
	PermissionDenied ErrorKind = "PermissionDenied"
	AlreadyExists    ErrorKind = "AlreadyExists"
	WouldBlock       ErrorKind = "WouldBlock"
	NotADirectory    ErrorKind = "NotADirectory"
	IsADirectory     ErrorKind = "IsADirectory"
	InvalidInput     ErrorKind = "InvalidInput"
	InvalidData      ErrorKind = "InvalidData"
	TimedOut         ErrorKind = "TimedOut"
	WriteZero        ErrorKind = "WriteZero"
	Interrupted      ErrorKind = "Interrupted"
	Unsupported      ErrorKind = "Unsupported"
	UnexpectedEof    ErrorKind = "UnexpectedEof"
	OutOfMemory      ErrorKind = "OutOfMemory"
	BrokenPipe       ErrorKind = "BrokenPipe"
	Other            ErrorKind = "Other"
	Uncategorized    ErrorKind = "Uncategorized"
)

var kindText = map[ErrorKind]string{
	NotFound:         "entity not found",
	PermissionDenied: "permission denied",
	AlreadyExists:    "entity already exists",
	WouldBlock:       "operation would block",
	NotADirectory:    "not a directory",
	IsADirectory:     "is a directory",
	InvalidInput:     "invalid input parameter",
	InvalidData:      "invalid data",
	TimedOut:         "timed out",
	WriteZero:        "write zero",
	Interrupted:      "operation interrupted",
	Unsupported:      "unsupported",
	UnexpectedEof:    "unexpected end of file",
	OutOfMemory:      "out of memory",
	BrokenPipe:       "broken pipe",
	Other:            "other error",
	Uncategorized:    "uncategorized error",
}

// FmtDebug prints the variant name.
func (k ErrorKind) FmtDebug(f *Formatter) { f.Pad(string(k)) }

// FmtDisplay prints the kind's description ("entity not found").
func (k ErrorKind) FmtDisplay(f *Formatter) { f.Pad(k.description()) }

func (k ErrorKind) description() string {
	if s, ok := kindText[k]; ok {
		return s
	}
	return string(k)
}

// IoError is Rust's `io::Error`: an OS error (code), a bare kind, or a kind
// with a message (`io::Error::new(kind, "msg")`).
type IoError struct {
	kind ErrorKind
	code int32 // the errno of an OS error
	os   bool
	msg  string // the OS message or the custom error's text
	has  bool   // custom error with msg
}

// NewIoError implements `io::Error::new(kind, msg)`.
func NewIoError(kind ErrorKind, msg string) IoError {
	return IoError{kind: kind, msg: msg, has: true}
}

// IoErrorFromKind implements `io::Error::from(kind)`.
func IoErrorFromKind(kind ErrorKind) IoError { return IoError{kind: kind} }

// IoErrorFromGo converts an error from Go's os and io packages.
func IoErrorFromGo(err error) IoError {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return IoError{kind: errnoKind(errno), code: int32(errno), os: true, msg: osMessage(errno)}
	}
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return IoErrorFromKind(UnexpectedEof)
	case errors.Is(err, fs.ErrNotExist):
		return IoErrorFromKind(NotFound)
	case errors.Is(err, fs.ErrPermission):
		return IoErrorFromKind(PermissionDenied)
	case errors.Is(err, os.ErrDeadlineExceeded):
		return IoErrorFromKind(TimedOut)
	}
	return NewIoError(Other, err.Error())
}

// osMessage is strerror's text: Go's table has it with a lower-case first
// letter.
func osMessage(e syscall.Errno) string {
	s := e.Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func errnoKind(e syscall.Errno) ErrorKind {
	switch e {
	case syscall.ENOENT:
		return NotFound
	case syscall.EACCES, syscall.EPERM:
		return PermissionDenied
	case syscall.EEXIST:
		return AlreadyExists
	case syscall.EAGAIN:
		return WouldBlock
	case syscall.ENOTDIR:
		return NotADirectory
	case syscall.EISDIR:
		return IsADirectory
	case syscall.EINVAL:
		return InvalidInput
	case syscall.ETIMEDOUT:
		return TimedOut
	case syscall.EINTR:
		return Interrupted
	case syscall.EPIPE:
		return BrokenPipe
	case syscall.ENOMEM:
		return OutOfMemory
	}
	return Uncategorized
}

// Kind implements `io::Error::kind`.
func (e IoError) Kind() ErrorKind { return e.kind }

// RawOsError implements `io::Error::raw_os_error`.
func (e IoError) RawOsError() Option[int32] {
	if !e.os {
		return None[int32]()
	}
	return Some(e.code)
}

// Error makes IoError a Go error; it is the Display text.
func (e IoError) Error() string { return ToString(e, IoError.FmtDisplay) }

// FmtDisplay prints "No such file or directory (os error 2)", the custom
// message, or the kind's description.
func (e IoError) FmtDisplay(f *Formatter) {
	switch {
	case e.os:
		f.WriteStr(e.msg + " (os error " + strconv.Itoa(int(e.code)) + ")")
	case e.has:
		f.WriteStr(e.msg)
	default:
		f.WriteStr(e.kind.description())
	}
}

// FmtDebug prints `Os { code: 2, kind: NotFound, message: ".." }`,
// `Custom { kind: Other, error: ".." }` or `Kind(NotFound)`.
func (e IoError) FmtDebug(f *Formatter) {
	switch {
	case e.os:
		f.DebugStruct("Os").
			Field("code", Fmt(e.code, DebugInt[int32])).
			Field("kind", Fmt(e.kind, ErrorKind.FmtDebug)).
			Field("message", Fmt(e.msg, DebugStr)).
			Finish()
	case e.has:
		f.DebugStruct("Custom").
			Field("kind", Fmt(e.kind, ErrorKind.FmtDebug)).
			Field("error", Fmt(e.msg, DebugStr)).
			Finish()
	default:
		f.DebugTuple("Kind").Field(Fmt(e.kind, ErrorKind.FmtDebug)).Finish()
	}
}

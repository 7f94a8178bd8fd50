package rt

// Threads: std::thread's spawn, JoinHandle, Thread, ThreadId, Builder,
// park/unpark and yield_now. A Rust thread is one goroutine that catches
// its own panic (a Go panic in a goroutine would kill the process).
//
// Thread identity. Go has no goroutine-local storage, and the only standard
// way to learn which goroutine is running (runtime.Stack) costs microseconds,
// too much for every spawn. So a spawned goroutine starts in threadMain,
// whose first parameter is an array (arrays of two words are always passed
// on the stack) holding a magic number and the thread's slot in the
// registry. Go tracebacks print the arguments of every frame, and always
// print the outermost frames, so Current reads its slot back from
// runtime.Stack. That costs a few microseconds, but only where identity is
// needed: the panic hook, Current, Park, and Panicking while some thread is
// unwinding. Spawn pays a mutex-protected slot in the registry.

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// ThreadId is Rust's `std::thread::ThreadId`: main is ThreadId(1), and
// every spawned thread gets the next number. Its Debug output is
// `ThreadId(N)`.
type ThreadId uint64

// FmtDebug prints `ThreadId(N)`.
func (id ThreadId) FmtDebug(f *Formatter) {
	f.DebugTuple("ThreadId").Field(Fmt(uint64(id), DebugInt[uint64])).Finish()
}

// AsU64 implements `ThreadId::as_u64`.
func (id ThreadId) AsU64() uint64 { return uint64(id) }

// Thread is Rust's `std::thread::Thread`, a handle to a thread: its id, its
// name and its park token.
type Thread struct {
	id        ThreadId
	ext       atomic.Pointer[threadExt] // set for named threads, or on first park
	panicking atomic.Bool
	finished  atomic.Bool // set when a spawned thread's closure has ended
}

// threadExt holds what most threads never need; keeping it out of Thread
// keeps spawning cheap.
type threadExt struct {
	name *string       // nil: unnamed
	park chan struct{} // the park token
}

// mainThread stands for the main thread and for every goroutine that rt did
// not start.
var mainThread = newMainThread()

func newMainThread() *Thread {
	t := &Thread{id: 1}
	t.ext.Store(&threadExt{name: new("main"), park: make(chan struct{}, 1)})
	return t
}

// lastThreadID is the id given to the last thread; main has 1.
var lastThreadID atomic.Uint64

func init() { lastThreadID.Store(1) }

// Name implements `Thread::name`: Some("main") for the main thread, the
// Builder's name, or None.
func (t *Thread) Name() Option[string] {
	if e := t.ext.Load(); e != nil && e.name != nil {
		return Some(*e.name)
	}
	return None[string]()
}

// ID implements `Thread::id`.
func (t *Thread) ID() ThreadId { return t.id }

// displayName is the name the panic hook prints.
func (t *Thread) displayName() string {
	if e := t.ext.Load(); e != nil && e.name != nil {
		return *e.name
	}
	return "<unnamed>"
}

// FmtDebug prints `Thread { id: ThreadId(1), name: Some("main"), .. }`.
func (t *Thread) FmtDebug(f *Formatter) {
	f.DebugStruct("Thread").
		Field("id", Fmt(t.id, ThreadId.FmtDebug)).
		Field("name", Fmt(t.Name(), DebugOption(DebugStr))).
		FinishNonExhaustive()
}

func (t *Thread) parkChan() chan struct{} {
	if e := t.ext.Load(); e != nil {
		return e.park
	}
	e := &threadExt{park: make(chan struct{}, 1)}
	if t.ext.CompareAndSwap(nil, e) {
		return e.park
	}
	return t.ext.Load().park
}

// Unpark implements `Thread::unpark`: it makes the thread's park token
// available; a parked thread wakes up, otherwise its next Park returns at
// once.
func (t *Thread) Unpark() {
	select {
	case t.parkChan() <- struct{}{}:
	default:
	}
}

// Park implements `thread::park`: it blocks until the current thread's park
// token is available and consumes it.
func Park() { <-Current().parkChan() }

// ParkTimeout implements `thread::park_timeout`.
func ParkTimeout(d time.Duration) {
	ch := Current().parkChan()
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ch:
	case <-tm.C:
	}
}

// YieldNow implements `thread::yield_now`.
func YieldNow() { runtime.Gosched() }

// Sleep implements `thread::sleep`.
func Sleep(d time.Duration) { time.Sleep(d) }

// AvailableParallelism implements `thread::available_parallelism`: the
// number of CPUs this process may use (GOMAXPROCS, which like Rust honours
// the affinity mask and cgroup quotas).
func AvailableParallelism() Result[uint, IoError] {
	return Ok[uint, IoError](uint(runtime.GOMAXPROCS(0)))
}

// The registry maps the slot printed in threadMain's frame to the Thread.
var registry struct {
	mu    sync.Mutex
	slots []*Thread
	free  []uintptr
	// live counts registered threads: while it is zero, every goroutine is
	// the main thread. It shares a cache line with mu.
	live atomic.Int32
}

func register(t *Thread) uintptr {
	registry.mu.Lock()
	var slot uintptr
	if n := len(registry.free); n > 0 {
		slot = registry.free[n-1]
		registry.free = registry.free[:n-1]
		registry.slots[slot] = t
	} else {
		slot = uintptr(len(registry.slots))
		registry.slots = append(registry.slots, t)
	}
	registry.mu.Unlock()
	registry.live.Add(1)
	return slot
}

func unregister(slot uintptr) {
	registry.live.Add(-1)
	registry.mu.Lock()
	registry.slots[slot] = nil
	registry.free = append(registry.free, slot)
	registry.mu.Unlock()
}

// threadMagic marks threadMain's key in a traceback ("Rs2g").
const threadMagic = 0x52733267

var threadKey = []byte(".threadMain({0x" + strconv.FormatUint(threadMagic, 16) + ", 0x")

// Current implements `thread::current()`. Goroutines that rt did not start
// (main, tests) are the main thread.
func Current() *Thread {
	if registry.live.Load() == 0 {
		return mainThread
	}
	slot, ok := currentSlot()
	if !ok {
		return mainThread
	}
	registry.mu.Lock()
	t := registry.slots[slot]
	registry.mu.Unlock()
	return t
}

// currentSlot reads the registry slot from threadMain's frame in the
// current goroutine's traceback.
func currentSlot() (uintptr, bool) {
	buf := make([]byte, 8<<10)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	i := bytes.LastIndex(buf, threadKey)
	if i < 0 {
		return 0, false
	}
	rest := buf[i+len(threadKey):]
	end := bytes.IndexByte(rest, '}')
	if end < 0 {
		return 0, false
	}
	slot, err := strconv.ParseUint(string(rest[:end]), 16, 64)
	if err != nil {
		return 0, false
	}
	return uintptr(slot), true
}

// threadCore is the state shared by a thread and its join handle.
type threadCore struct {
	thread  Thread
	done    sync.WaitGroup
	payload *Payload
	scope   *ScopeT
	// body is what the thread runs: the handle itself (which stores the
	// closure's value) or, for a closure returning `()`, the closure as a
	// unitFunc. Either way spawning allocates no closure of its own.
	body runner
}

type runner interface{ run() }

// unitFunc runs a closure returning `()`; a func value converts to an
// interface without allocating.
type unitFunc func()

func (f unitFunc) run() { f() }

func (c *threadCore) start() {
	c.thread.id = ThreadId(lastThreadID.Add(1))
	slot := register(&c.thread)
	c.done.Add(1)
	if c.scope != nil {
		c.scope.wg.Add(1)
	}
	go threadMain([2]uintptr{threadMagic, slot}, c)
}

// threadMain is the bottom frame of every spawned thread; key identifies
// the thread in tracebacks (see Current).
//
//go:noinline
func threadMain(key [2]uintptr, c *threadCore) {
	defer c.exit(key[1])
	c.body.run()
}

// exit ends a thread: it catches the thread's panic (whose message the hook
// already printed), then wakes the joiner.
func (c *threadCore) exit(slot uintptr) {
	if x := recover(); x != nil {
		c.payload = recoverPayload(x)
		endPanicking(&c.thread)
		if c.scope != nil {
			c.scope.unhandled.Add(1)
		}
	}
	c.body = nil
	unregister(slot)
	c.thread.finished.Store(true)
	if c.scope != nil {
		c.scope.wg.Done()
	}
	c.done.Done()
}

func (c *threadCore) join() *Payload {
	c.done.Wait()
	if c.payload != nil && c.scope != nil {
		c.scope.unhandled.Add(-1)
	}
	return c.payload
}

// JoinHandle is Rust's `JoinHandle<T>`. Dropping it (not calling Join)
// detaches the thread.
type JoinHandle[T any] struct {
	c   threadCore
	f   func() T
	val T
}

// FmtDebug prints `JoinHandle { .. }`, as Rust's Debug does.
func (h *JoinHandle[T]) FmtDebug(f *Formatter) { f.DebugStruct("JoinHandle").FinishNonExhaustive() }

func (h *JoinHandle[T]) run() { h.val = h.f() }

// Spawn implements `thread::spawn` for a closure returning `()`.
func Spawn(f func()) *JoinHandle[Unit] {
	h := &JoinHandle[Unit]{}
	h.c.body = unitFunc(f)
	h.c.start()
	return h
}

// SpawnValue implements `thread::spawn` for a closure returning a value.
func SpawnValue[T any](f func() T) *JoinHandle[T] {
	h := &JoinHandle[T]{f: f}
	h.c.body = h
	h.c.start()
	return h
}

// Join implements `JoinHandle::join`: it waits for the thread to finish and
// returns Ok(value), or Err(payload) if the thread panicked.
func (h *JoinHandle[T]) Join() Result[T, *Payload] {
	if p := h.c.join(); p != nil {
		return Err[T](p)
	}
	return Ok[T, *Payload](h.val)
}

// IsFinished implements `JoinHandle::is_finished`.
func (h *JoinHandle[T]) IsFinished() bool { return h.c.thread.finished.Load() }

// Thread implements `JoinHandle::thread`.
func (h *JoinHandle[T]) Thread() *Thread { return &h.c.thread }

// Builder is Rust's `thread::Builder`.
type Builder struct {
	name  string
	named bool
}

// NewBuilder implements `Builder::new`.
func NewBuilder() *Builder { return &Builder{} }

// Name implements `Builder::name`: the thread's name in panic messages and
// in `Thread::name`.
func (b *Builder) Name(s string) *Builder {
	b.name, b.named = s, true
	return b
}

// StackSize implements `Builder::stack_size`; it has no effect: goroutine
// stacks grow as needed.
func (b *Builder) StackSize(n uint) *Builder { return b }

func (b *Builder) setup(c *threadCore) {
	if b.named {
		name := b.name
		c.thread.ext.Store(&threadExt{name: &name, park: make(chan struct{}, 1)})
	}
}

// BuilderSpawn implements `Builder::spawn`; it never fails.
func BuilderSpawn[T any](b *Builder, f func() T) Result[*JoinHandle[T], IoError] {
	h := &JoinHandle[T]{f: f}
	h.c.body = h
	b.setup(&h.c)
	h.c.start()
	return Ok[*JoinHandle[T], IoError](h)
}

// Spawn implements `Builder::spawn` for a closure returning `()`.
func (b *Builder) Spawn(f func()) Result[*JoinHandle[Unit], IoError] {
	h := &JoinHandle[Unit]{}
	h.c.body = unitFunc(f)
	b.setup(&h.c)
	h.c.start()
	return Ok[*JoinHandle[Unit], IoError](h)
}

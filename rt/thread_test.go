package rt

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// quietPanics sends panic messages to a buffer for the duration of a test.
func quietPanics(t *testing.T) *lockedBuf {
	t.Helper()
	b := &lockedBuf{}
	stderrMu.Lock()
	old := panicOut
	panicOut = b
	stderrMu.Unlock()
	t.Cleanup(func() {
		stderrMu.Lock()
		panicOut = old
		stderrMu.Unlock()
	})
	return b
}

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestSpawnJoinValue(t *testing.T) {
	h := SpawnValue(func() int32 { return 42 })
	r := h.Join()
	if !r.IsOk() || r.Unwrap("t.rs:1:1") != 42 {
		t.Fatalf("join = %+v", r)
	}
	if !h.IsFinished() {
		t.Error("IsFinished false after join")
	}
}

func TestIsFinished(t *testing.T) {
	release := make(chan struct{})
	h := Spawn(func() { <-release })
	if h.IsFinished() {
		t.Error("finished before release")
	}
	close(release)
	for !h.IsFinished() {
		YieldNow()
	}
	if h.Join().IsErr() {
		t.Error("join err")
	}
}

func TestThreadIdentity(t *testing.T) {
	if Current() != mainThread || Current().ID() != 1 || Current().Name() != Some("main") {
		t.Fatalf("main thread: %v", Sprint(Current(), (*Thread).FmtDebug, DebugSpec))
	}
	const n = 50
	var hs []*JoinHandle[*Thread]
	for range n {
		hs = append(hs, SpawnValue(func() *Thread {
			// identity inside nested calls and nested threads
			inner := SpawnValue(func() *Thread { return Current() })
			me := deepCurrent(30)
			if inner.Join().Unwrap("t.rs:1:1") == me {
				return nil
			}
			return me
		}))
	}
	seen := map[ThreadId]bool{}
	for _, h := range hs {
		got := h.Join().Unwrap("t.rs:1:1")
		if got != h.Thread() {
			t.Fatalf("Current() in thread %v is %v", h.Thread().ID(), got)
		}
		if got.Name().IsSome() || seen[got.ID()] {
			t.Fatalf("thread %v: name %v, seen %v", got.ID(), got.Name(), seen[got.ID()])
		}
		seen[got.ID()] = true
	}
	b := BuilderSpawn(NewBuilder().Name("worker").StackSize(1<<20), func() string {
		return Current().Name().Unwrap("t.rs:1:1")
	}).Unwrap("t.rs:1:1")
	if got := b.Join().Unwrap("t.rs:1:1"); got != "worker" {
		t.Errorf("builder name %q", got)
	}
	if got := Sprint(b.Thread(), (*Thread).FmtDebug, DebugSpec); !strings.HasPrefix(got, "Thread { id: ThreadId(") || !strings.HasSuffix(got, `), name: Some("worker"), .. }`) {
		t.Errorf("Thread Debug %q", got)
	}
}

func deepCurrent(n int) *Thread {
	if n == 0 {
		return Current()
	}
	return deepCurrent(n - 1)
}

// A thread deeper than Go's traceback limit still finds itself: the
// outermost frames are always printed.
func TestCurrentDeepStack(t *testing.T) {
	h := SpawnValue(func() *Thread { return deepCurrent(5000) })
	if h.Join().Unwrap("t.rs:1:1") != h.Thread() {
		t.Fatal("deep stack lost the thread")
	}
}

func TestJoinPanicPayload(t *testing.T) {
	out := quietPanics(t)
	h := Spawn(func() { PanicStr("t.rs:3:5", "boom") })
	p := h.Join().UnwrapErr("t.rs:1:1")
	if p.DowncastStr() != Some("boom") || p.DowncastString().IsSome() {
		t.Errorf("payload %+v", p)
	}
	if got := Sprint(p, (*Payload).FmtDebug, DebugSpec); got != "Any { .. }" {
		t.Errorf("Debug %q", got)
	}
	if got := Sprint(p, (*Payload).FmtDebug, PrettySpec); got != "Any { .. }" {
		t.Errorf("pretty Debug %q", got)
	}
	h2 := SpawnValue(func() int { PanicAny("t.rs:4:5", 42); return 0 })
	p2 := h2.Join().UnwrapErr("t.rs:1:1")
	if p2.Value() != 42 || p2.DowncastStr().IsSome() {
		t.Errorf("panic_any payload %+v", p2)
	}
	if s := out.String(); !strings.Contains(s, "' (") || !strings.Contains(s, "panicked at t.rs:3:5:\nboom\n") ||
		!strings.Contains(s, "panicked at t.rs:4:5:\nBox<dyn Any>\n") {
		t.Errorf("hook output %q", s)
	}
}

func TestUnwrapJoinErrMessage(t *testing.T) {
	out := quietPanics(t)
	h := Spawn(func() {
		r := Spawn(func() { PanicStr("t.rs:1:1", "inner") }).Join()
		r.Unwrap("t.rs:2:7")
	})
	h.Join()
	if s := out.String(); !strings.Contains(s, "panicked at t.rs:2:7:\ncalled `Result::unwrap()` on an `Err` value: Any { .. }\n") {
		t.Errorf("hook output %q", s)
	}
}

func TestPanickingPerThread(t *testing.T) {
	quietPanics(t)
	inDrop := make(chan struct{})
	release := make(chan struct{})
	var during atomic.Bool
	h := Spawn(func() {
		defer func() {
			during.Store(Panicking())
			close(inDrop)
			<-release
		}()
		PanicStr("t.rs:1:1", "x")
	})
	<-inDrop
	// another thread, and main, are not panicking meanwhile
	other := SpawnValue(Panicking).Join().Unwrap("t.rs:1:1")
	mainP := Panicking()
	close(release)
	h.Join()
	if !during.Load() || other || mainP {
		t.Errorf("panicking: during drop %v, other thread %v, main %v", during.Load(), other, mainP)
	}
	if Panicking() || panicking.Load() != 0 {
		t.Error("still panicking after the thread ended")
	}
}

func TestCatchUnwind(t *testing.T) {
	quietPanics(t)
	r := CatchUnwind(func() int32 { PanicString("t.rs:1:1", "caught"); return 1 })
	if r.IsOk() || r.UnwrapErr("t.rs:1:1").DowncastString() != Some("caught") || Panicking() {
		t.Errorf("CatchUnwind = %+v", r)
	}
	if CatchUnwind(func() int32 { return 5 }).Unwrap("t.rs:1:1") != 5 {
		t.Error("CatchUnwind ok")
	}
	// resume_unwind prints nothing more
	out := quietPanics(t)
	p := r.UnwrapErr("t.rs:1:1")
	r2 := CatchUnwind(func() Unit { ResumeUnwind(p); return Unit{} })
	if r2.UnwrapErr("t.rs:1:1") != p || out.String() != "" {
		t.Errorf("ResumeUnwind: %v %q", r2, out.String())
	}
}

func TestScope(t *testing.T) {
	quietPanics(t)
	data := []int32{1, 2, 3, 4}
	sum := Scope("t.rs:1:1", func(s *ScopeT) int32 {
		h1 := ScopeSpawn(s, func() int32 { return data[0] + data[1] })
		h2 := ScopeSpawn(s, func() int32 { return data[2] + data[3] })
		return h1.Join().Unwrap("t.rs:1:1") + h2.Join().Unwrap("t.rs:1:1")
	})
	if sum != 10 {
		t.Errorf("sum %d", sum)
	}
	// unjoined scoped threads finish before Scope returns
	var n atomic.Int32
	Scope("t.rs:1:1", func(s *ScopeT) Unit {
		for range 10 {
			s.Spawn(func() { time.Sleep(time.Millisecond); n.Add(1) })
		}
		return Unit{}
	})
	if n.Load() != 10 {
		t.Errorf("scope returned before its threads: %d", n.Load())
	}
	// a joined panic does not make the scope panic
	Scope("t.rs:1:1", func(s *ScopeT) Unit {
		h := s.Spawn(func() { PanicStr("t.rs:1:1", "x") })
		if h.Join().IsOk() {
			t.Error("join ok")
		}
		return Unit{}
	})
	// an unjoined one does
	r := CatchUnwind(func() Unit {
		return Scope("t.rs:9:5", func(s *ScopeT) Unit {
			s.Spawn(func() { PanicStr("t.rs:1:1", "x") })
			return Unit{}
		})
	})
	if r.IsOk() || r.UnwrapErr("t.rs:1:1").DowncastStr() != Some("a scoped thread panicked") {
		t.Errorf("scope with panicked thread: %v", r)
	}
	// a panic of the scope's closure goes on after the threads are joined
	n.Store(0)
	r = CatchUnwind(func() Unit {
		return Scope("t.rs:9:5", func(s *ScopeT) Unit {
			s.Spawn(func() { time.Sleep(5 * time.Millisecond); n.Add(1) })
			PanicStr("t.rs:1:1", "closure")
			return Unit{}
		})
	})
	if r.UnwrapErr("t.rs:1:1").DowncastStr() != Some("closure") || n.Load() != 1 {
		t.Errorf("closure panic: %v, threads done %d", r, n.Load())
	}
	b := BuilderSpawnScoped(NewBuilder().Name("sc"), &ScopeT{}, func() string { return Current().Name().UnwrapOr("") })
	if b.Unwrap("t.rs:1:1").Join().Unwrap("t.rs:1:1") != "sc" {
		t.Error("spawn_scoped name")
	}
}

func TestParkUnpark(t *testing.T) {
	// unpark before park: park returns at once
	Current().Unpark()
	Park()
	var ready atomic.Bool
	h := Spawn(func() {
		for !ready.Load() {
			Park()
		}
	})
	time.Sleep(time.Millisecond)
	ready.Store(true)
	h.Thread().Unpark()
	h.Join()
	start := time.Now()
	ParkTimeout(10 * time.Millisecond)
	if time.Since(start) < 10*time.Millisecond {
		t.Error("park_timeout returned early")
	}
}

func TestAvailableParallelism(t *testing.T) {
	if n := AvailableParallelism().Unwrap("t.rs:1:1"); n < 1 {
		t.Errorf("available_parallelism %d", n)
	}
}

func TestConcurrentIdentity(t *testing.T) {
	var wg sync.WaitGroup
	var bad atomic.Int32
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				h := SpawnValue(func() *Thread { Sleep(0); return Current() })
				if h.Join().Unwrap("t.rs:1:1") != h.Thread() {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if bad.Load() != 0 {
		t.Errorf("%d threads saw the wrong Current()", bad.Load())
	}
}

// BenchmarkSpawnJoin is thread::spawn + join of a closure returning a
// value, against BenchmarkSpawnJoinBaseline: a plain goroutine, a
// WaitGroup and a result variable.
func BenchmarkSpawnJoin(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		h := SpawnValue(func() int { return i })
		if h.Join().Unwrap("b.rs:1:1") != i {
			b.Fatal("wrong value")
		}
	}
}

func BenchmarkSpawnJoinBaseline(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		var wg sync.WaitGroup
		var r int
		wg.Add(1)
		go func() {
			defer wg.Done()
			r = i
		}()
		wg.Wait()
		if r != i {
			b.Fatal("wrong value")
		}
	}
}

// BenchmarkSpawnJoinUnit is thread::spawn of a closure returning ().
func BenchmarkSpawnJoinUnit(b *testing.B) {
	var sink atomic.Int64
	for i := 0; b.Loop(); i++ {
		Spawn(func() { sink.Add(int64(i)) }).Join()
	}
}

func BenchmarkCurrent(b *testing.B) {
	h := Spawn(func() {
		for b.Loop() {
			Current()
		}
	})
	h.Join()
}

func BenchmarkPanickingNoPanic(b *testing.B) {
	for b.Loop() {
		if Panicking() {
			b.Fatal("panicking")
		}
	}
}

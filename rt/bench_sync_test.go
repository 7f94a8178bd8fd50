package rt

// Benchmarks of the std::sync primitives, each beside the plain-Go code a
// Go programmer would write instead (the Go columns of ../shared/bench).
// Every benchmark has the sub-benchmarks rt and go, so that one run gives
// the ratio; TestSyncBenchRatios (RT_BENCH=1) prints them as a table.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

const benchLoc Loc = "bench.rs:1:1"

// Unbounded channel, 1 producer and 1 consumer, against a buffered chan of
// capacity 1024.
func benchChannelRT(b *testing.B) {
	tx, rx := Channel[uint64]()
	go func() {
		for i := range uint64(b.N) {
			tx.Send(i)
		}
		tx.Drop()
	}()
	var sum uint64
	for v := range rx.Iter() {
		sum += v
	}
	rx.Drop()
}

func benchChannelGo(b *testing.B) {
	ch := make(chan uint64, 1024)
	go func() {
		for i := range uint64(b.N) {
			ch <- i
		}
		close(ch)
	}()
	var sum uint64
	for v := range ch {
		sum += v
	}
}

// The channel_throughput workload: 4 producers, 1 consumer.
func benchChannel4ProducersRT(b *testing.B) {
	const producers = 4
	tx, rx := Channel[uint64]()
	for p := range uint64(producers) {
		c := tx.Clone()
		go func() {
			for i := range uint64(b.N / producers) {
				c.Send(p + i)
			}
			c.Drop()
		}()
	}
	tx.Drop()
	var sum uint64
	for v := range rx.Iter() {
		sum += v
	}
	rx.Drop()
}

func benchChannel4ProducersGo(b *testing.B) {
	const producers = 4
	ch := make(chan uint64, 1024)
	var wg sync.WaitGroup
	for p := range uint64(producers) {
		wg.Go(func() {
			for i := range uint64(b.N / producers) {
				ch <- p + i
			}
		})
	}
	go func() { wg.Wait(); close(ch) }()
	var sum uint64
	for v := range ch {
		sum += v
	}
}

// pingPong bounces a counter b.N times between two goroutines over two
// sync_channel(capacity)s, as sync_channel_pingpong does.
func pingPongRT(b *testing.B, capacity uint) {
	toB, fromA := SyncChannel[uint64](capacity)
	toA, fromB := SyncChannel[uint64](capacity)
	go func() {
		for v := range fromA.Iter() {
			toA.Send(v + 1)
		}
		toA.Drop()
	}()
	var v uint64
	for range b.N {
		toB.Send(v)
		v = fromB.Recv().Unwrap(benchLoc) + 1
	}
	toB.Drop()
}

func pingPongGo(b *testing.B, capacity uint) {
	toB := make(chan uint64, capacity)
	toA := make(chan uint64, capacity)
	go func() {
		for v := range toB {
			toA <- v + 1
		}
		close(toA)
	}()
	var v uint64
	for range b.N {
		toB <- v
		v = <-toA + 1
	}
	close(toB)
}

// Uncontended lock + increment + unlock.
func benchMutexRT(b *testing.B) {
	m := NewMutex(uint64(0))
	for range b.N {
		g := m.LockUnwrap(benchLoc)
		*g.Ptr()++
		g.Drop()
	}
}

func benchMutexRTResult(b *testing.B) {
	m := NewMutex(uint64(0))
	for range b.N {
		g := m.Lock().Unwrap(benchLoc)
		*g.Ptr()++
		g.Drop()
	}
}

func benchMutexGo(b *testing.B) {
	var c struct {
		mu sync.Mutex
		n  uint64
	}
	for range b.N {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
	}
}

// The mutex_contention workload: 4 goroutines lock one counter.
func benchMutexContendedRT(b *testing.B) {
	const threads = 4
	m := NewMutex(uint64(0))
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			for range b.N / threads {
				g := m.LockUnwrap(benchLoc)
				*g.Ptr()++
				g.Drop()
			}
		})
	}
	wg.Wait()
}

func benchMutexContendedGo(b *testing.B) {
	const threads = 4
	var c struct {
		mu sync.Mutex
		n  uint64
	}
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			for range b.N / threads {
				c.mu.Lock()
				c.n++
				c.mu.Unlock()
			}
		})
	}
	wg.Wait()
}

// Read-heavy RwLock: 4 readers, each read is lock + load + unlock.
func benchRwLockReadRT(b *testing.B) {
	const threads = 4
	l := NewRwLock(map[uint32]uint32{1: 2})
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			var s uint32
			for range b.N / threads {
				g := l.ReadUnwrap(benchLoc)
				s += (*g.Ptr())[1]
				g.Drop()
			}
		})
	}
	wg.Wait()
}

func benchRwLockReadGo(b *testing.B) {
	const threads = 4
	var c struct {
		mu sync.RWMutex
		m  map[uint32]uint32
	}
	c.m = map[uint32]uint32{1: 2}
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			var s uint32
			for range b.N / threads {
				c.mu.RLock()
				s += c.m[1]
				c.mu.RUnlock()
			}
		})
	}
	wg.Wait()
}

// The condvar_queue workload: a bounded queue (capacity 64) from a mutex
// and two condition variables, 2 producers and 2 consumers.
func benchCondvarQueueRT(b *testing.B) {
	const capacity, producers, consumers = 64, 2, 2
	type queue struct {
		buf           [capacity]uint64
		head, n       int
		producersLeft int
	}
	m := NewMutex(queue{producersLeft: producers})
	notEmpty, notFull := NewCondvar(), NewCondvar()
	var wg sync.WaitGroup
	for p := range uint64(producers) {
		wg.Go(func() {
			for i := range uint64(b.N / producers) {
				g := m.LockUnwrap(benchLoc)
				g = CondvarWaitWhileUnwrap(notFull, g, func(q *queue) bool { return q.n >= capacity }, benchLoc)
				q := g.Ptr()
				q.buf[(q.head+q.n)%capacity] = p + i
				q.n++
				g.Drop()
				notEmpty.NotifyOne()
			}
			g := m.LockUnwrap(benchLoc)
			g.Ptr().producersLeft--
			g.Drop()
			notEmpty.NotifyAll()
		})
	}
	for range consumers {
		wg.Go(func() {
			for {
				g := m.LockUnwrap(benchLoc)
				g = CondvarWaitWhileUnwrap(notEmpty, g, func(q *queue) bool { return q.n == 0 && q.producersLeft > 0 }, benchLoc)
				q := g.Ptr()
				if q.n == 0 {
					g.Drop()
					return
				}
				q.head = (q.head + 1) % capacity
				q.n--
				g.Drop()
				notFull.NotifyOne()
			}
		})
	}
	wg.Wait()
}

// The same with the wait_while loops spelled out, as a translator may.
func benchCondvarQueueRTLoop(b *testing.B) {
	const capacity, producers, consumers = 64, 2, 2
	type queue struct {
		buf           [capacity]uint64
		head, n       int
		producersLeft int
	}
	m := NewMutex(queue{producersLeft: producers})
	notEmpty, notFull := NewCondvar(), NewCondvar()
	var wg sync.WaitGroup
	for p := range uint64(producers) {
		wg.Go(func() {
			for i := range uint64(b.N / producers) {
				g := m.LockUnwrap(benchLoc)
				for g.Ptr().n >= capacity {
					g = CondvarWaitUnwrap(notFull, g, benchLoc)
				}
				q := g.Ptr()
				q.buf[(q.head+q.n)%capacity] = p + i
				q.n++
				g.Drop()
				notEmpty.NotifyOne()
			}
			g := m.LockUnwrap(benchLoc)
			g.Ptr().producersLeft--
			g.Drop()
			notEmpty.NotifyAll()
		})
	}
	for range consumers {
		wg.Go(func() {
			for {
				g := m.LockUnwrap(benchLoc)
				for q := g.Ptr(); q.n == 0 && q.producersLeft > 0; q = g.Ptr() {
					g = CondvarWaitUnwrap(notEmpty, g, benchLoc)
				}
				q := g.Ptr()
				if q.n == 0 {
					g.Drop()
					return
				}
				q.head = (q.head + 1) % capacity
				q.n--
				g.Drop()
				notFull.NotifyOne()
			}
		})
	}
	wg.Wait()
}

func benchCondvarQueueGo(b *testing.B) {
	const capacity, producers, consumers = 64, 2, 2
	type queue struct {
		buf           [capacity]uint64
		head, n       int
		producersLeft int
	}
	var mu sync.Mutex
	notEmpty, notFull := sync.NewCond(&mu), sync.NewCond(&mu)
	q := queue{producersLeft: producers}
	var wg sync.WaitGroup
	for p := range uint64(producers) {
		wg.Go(func() {
			for i := range uint64(b.N / producers) {
				mu.Lock()
				for q.n >= capacity {
					notFull.Wait()
				}
				q.buf[(q.head+q.n)%capacity] = p + i
				q.n++
				mu.Unlock()
				notEmpty.Signal()
			}
			mu.Lock()
			q.producersLeft--
			mu.Unlock()
			notEmpty.Broadcast()
		})
	}
	for range consumers {
		wg.Go(func() {
			for {
				mu.Lock()
				for q.n == 0 && q.producersLeft > 0 {
					notEmpty.Wait()
				}
				if q.n == 0 {
					mu.Unlock()
					return
				}
				q.head = (q.head + 1) % capacity
				q.n--
				mu.Unlock()
				notFull.Signal()
			}
		})
	}
	wg.Wait()
}

// Condvar hand-off: two goroutines take turns, each waiting for the
// other's notify (a wait and a wake per iteration).
func benchCondvarHandoffRT(b *testing.B) {
	m := NewMutex(0)
	cv := NewCondvar()
	done := make(chan struct{})
	go func() {
		for i := 1; i < 2*b.N; i += 2 {
			g := m.LockUnwrap(benchLoc)
			g = CondvarWaitWhile(cv, g, func(turn *int) bool { return *turn != i }).Unwrap(benchLoc)
			g.Set(i + 1)
			g.Drop()
			cv.NotifyOne()
		}
		close(done)
	}()
	for i := 0; i < 2*b.N; i += 2 {
		g := m.LockUnwrap(benchLoc)
		g = CondvarWaitWhile(cv, g, func(turn *int) bool { return *turn != i }).Unwrap(benchLoc)
		g.Set(i + 1)
		g.Drop()
		cv.NotifyOne()
	}
	<-done
}

func benchCondvarHandoffGo(b *testing.B) {
	var mu sync.Mutex
	cv := sync.NewCond(&mu)
	turn := 0
	done := make(chan struct{})
	go func() {
		for i := 1; i < 2*b.N; i += 2 {
			mu.Lock()
			for turn != i {
				cv.Wait()
			}
			turn = i + 1
			mu.Unlock()
			cv.Signal()
		}
		close(done)
	}()
	for i := 0; i < 2*b.N; i += 2 {
		mu.Lock()
		for turn != i {
			cv.Wait()
		}
		turn = i + 1
		mu.Unlock()
		cv.Signal()
	}
	<-done
}

// Barrier: 4 goroutines pass b.N generations.
func benchBarrierRT(b *testing.B) {
	const threads = 4
	br := NewBarrier(threads)
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			for range b.N {
				br.Wait()
			}
		})
	}
	wg.Wait()
}

func benchBarrierGo(b *testing.B) {
	const threads = 4
	// A generation-counting barrier on sync.Cond.
	var mu sync.Mutex
	cv := sync.NewCond(&mu)
	count, gen := 0, 0
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			for range b.N {
				mu.Lock()
				count++
				if count == threads {
					count = 0
					gen++
					mu.Unlock()
					cv.Broadcast()
					continue
				}
				g := gen
				for g == gen {
					cv.Wait()
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
}

// Uncontended fetch_add.
func benchAtomicFetchAddRT(b *testing.B) {
	a := NewAtomicU64(0)
	for range b.N {
		a.FetchAdd(1, Relaxed)
	}
}

func benchAtomicFetchAddRTU8(b *testing.B) {
	a := NewAtomicU8(0)
	for range b.N {
		a.FetchAdd(1, Relaxed)
	}
}

func benchAtomicFetchAddGo(b *testing.B) {
	var a atomic.Uint64
	for range b.N {
		a.Add(1)
	}
}

// The atomic_counter workload: 4 goroutines fetch_add one counter.
func benchAtomicFetchAddContendedRT(b *testing.B) {
	const threads = 4
	a := NewAtomicU64(0)
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			for range b.N / threads {
				a.FetchAdd(1, Relaxed)
			}
		})
	}
	wg.Wait()
}

func benchAtomicFetchAddContendedGo(b *testing.B) {
	const threads = 4
	var a atomic.Uint64
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			for range b.N / threads {
				a.Add(1)
			}
		})
	}
	wg.Wait()
}

// Arc: clone + deref + drop, against copying a plain pointer.
func benchArcCloneDerefRT(b *testing.B) {
	a := NewArc(uint64(1))
	var s uint64
	for range b.N {
		c := a.Clone()
		s += *c.Ptr()
		c.Drop()
	}
	_ = s
}

func benchArcCloneDerefGo(b *testing.B) {
	v := uint64(1)
	a := &v
	var s uint64
	for range b.N {
		c := a
		s += *c
	}
	_ = s
}

// Once / OnceLock / LazyLock fast path: the value is already there.
func benchOnceLockGetRT(b *testing.B) {
	c := NewLazyLock(func() uint64 { return 7 })
	var s uint64
	for range b.N {
		s += *c.Force()
	}
	_ = s
}

func benchOnceLockGetGo(b *testing.B) {
	f := sync.OnceValue(func() uint64 { return 7 })
	var s uint64
	for range b.N {
		s += f()
	}
	_ = s
}

// thread::spawn + join of a closure returning a value, against a plain
// goroutine, a WaitGroup and a result variable.
func benchSpawnJoinRT(b *testing.B) {
	for i := range b.N {
		h := SpawnValue(func() int { return i })
		if h.Join().Unwrap(benchLoc) != i {
			b.Fatal("wrong value")
		}
	}
}

func benchSpawnJoinGo(b *testing.B) {
	for i := range b.N {
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

var syncBenches = []benchPair{
	{"SpawnJoin", []benchImpl{{"rt", benchSpawnJoinRT}, {"go", benchSpawnJoinGo}}},
	{"Channel", []benchImpl{{"rt", benchChannelRT}, {"go", benchChannelGo}}},
	{"Channel4Producers", []benchImpl{{"rt", benchChannel4ProducersRT}, {"go", benchChannel4ProducersGo}}},
	{"SyncChannel0PingPong", []benchImpl{{"rt", func(b *testing.B) { pingPongRT(b, 0) }}, {"go", func(b *testing.B) { pingPongGo(b, 0) }}}},
	{"SyncChannel1PingPong", []benchImpl{{"rt", func(b *testing.B) { pingPongRT(b, 1) }}, {"go", func(b *testing.B) { pingPongGo(b, 1) }}}},
	{"Mutex", []benchImpl{{"rt", benchMutexRT}, {"rt-result", benchMutexRTResult}, {"go", benchMutexGo}}},
	{"MutexContended", []benchImpl{{"rt", benchMutexContendedRT}, {"go", benchMutexContendedGo}}},
	{"RwLockRead", []benchImpl{{"rt", benchRwLockReadRT}, {"go", benchRwLockReadGo}}},
	{"CondvarQueue", []benchImpl{{"rt", benchCondvarQueueRT}, {"rt-loop", benchCondvarQueueRTLoop}, {"go", benchCondvarQueueGo}}},
	{"CondvarHandoff", []benchImpl{{"rt", benchCondvarHandoffRT}, {"go", benchCondvarHandoffGo}}},
	{"Barrier", []benchImpl{{"rt", benchBarrierRT}, {"go", benchBarrierGo}}},
	{"AtomicFetchAdd", []benchImpl{{"rt", benchAtomicFetchAddRT}, {"rt-u8", benchAtomicFetchAddRTU8}, {"go", benchAtomicFetchAddGo}}},
	{"AtomicFetchAddContended", []benchImpl{{"rt", benchAtomicFetchAddContendedRT}, {"go", benchAtomicFetchAddContendedGo}}},
	{"ArcCloneDeref", []benchImpl{{"rt", benchArcCloneDerefRT}, {"go", benchArcCloneDerefGo}}},
	{"OnceLockGet", []benchImpl{{"rt", benchOnceLockGetRT}, {"go", benchOnceLockGetGo}}},
}

type benchImpl struct {
	name string
	fn   func(*testing.B)
}

type benchPair struct {
	name  string
	impls []benchImpl // the first is rt's, the last the plain-Go baseline
}

// BenchmarkSync runs every workload as Sync/<workload>/<impl>.
func BenchmarkSync(b *testing.B) {
	for _, p := range syncBenches {
		b.Run(p.name, func(b *testing.B) {
			for _, im := range p.impls {
				b.Run(im.name, im.fn)
			}
		})
	}
}

// TestSyncBenchRatios measures every workload and prints ns/op of each
// implementation and its ratio to the plain-Go baseline. The
// implementations run alternately, RT_BENCH rounds (default 5), and the
// best round counts, so that outside load disturbs the ratios less. Run it
// (not under -race) with
//
//	go test -c -o /tmp/rt.test ./rt/ &&
//	RT_BENCH=6 nice -n -15 /tmp/rt.test -test.run SyncBenchRatios -test.benchtime 400000x
//
// (RT_BENCH_ONLY=<substring> selects workloads).
func TestSyncBenchRatios(t *testing.T) {
	rounds, _ := strconv.Atoi(os.Getenv("RT_BENCH"))
	if rounds <= 0 {
		t.Skip("set RT_BENCH=<rounds> to measure")
	}
	fmt.Printf("GOMAXPROCS=%d, best of %d\n%-24s %-10s %9s %7s\n", runtime.GOMAXPROCS(0), rounds, "workload", "impl", "ns/op", "ratio")
	for _, p := range syncBenches {
		if f := os.Getenv("RT_BENCH_ONLY"); f != "" && !strings.Contains(p.name, f) {
			continue
		}
		best := make([]float64, len(p.impls))
		for range rounds {
			for i, im := range p.impls {
				r := testing.Benchmark(im.fn)
				ns := float64(r.T.Nanoseconds()) / float64(r.N)
				if best[i] == 0 || ns < best[i] {
					best[i] = ns
				}
			}
		}
		base := best[len(best)-1]
		for i, im := range p.impls {
			fmt.Printf("%-24s %-10s %9.1f %7.2f\n", p.name, im.name, best[i], best[i]/base)
		}
	}
}

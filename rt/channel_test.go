package rt

import (
	"sync"
	"testing"
	"time"
)

// dbg and disp render a value's Debug and Display as `{:?}` and `{}` do.
func dbg(v DebugFormatter) string {
	f := Formatter{spec: DebugSpec}
	v.FmtDebug(&f)
	return f.String()
}

func disp(v DisplayFormatter) string {
	f := Formatter{}
	v.FmtDisplay(&f)
	return f.String()
}

func pretty(v DebugFormatter) string {
	f := Formatter{spec: PrettySpec}
	v.FmtDebug(&f)
	return f.String()
}

func TestChannelErrorTexts(t *testing.T) {
	// Printed by rustc 1.95: println!("{:?} | {}", e, e).
	cases := []struct {
		v interface {
			DebugFormatter
			DisplayFormatter
		}
		want string
	}{
		{RecvError{}, "RecvError | receiving on a closed channel"},
		{SendError[int]{5}, "SendError { .. } | sending on a closed channel"},
		{TryRecvErrorEmpty, "Empty | receiving on an empty channel"},
		{TryRecvErrorDisconnected, "Disconnected | receiving on a closed channel"},
		{RecvTimeoutErrorTimeout, "Timeout | timed out waiting on channel"},
		{RecvTimeoutErrorDisconnected, "Disconnected | channel is empty and sending half is closed"},
		{TrySendErrorFull(1), "TrySendError::Full(..) | sending on a full channel"},
		{TrySendErrorDisconnected(1), "TrySendError::Disconnected(..) | sending on a closed channel"},
	}
	for _, c := range cases {
		if got := dbg(c.v) + " | " + disp(c.v); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
	tx, rx := Channel[int32]()
	stx, srx := SyncChannel[int32](1)
	if got := dbg(tx) + " " + dbg(rx) + " " + dbg(stx); got != "Sender { .. } Receiver { .. } SyncSender { .. }" {
		t.Errorf("handles: %q", got)
	}
	tx.Drop()
	rx.Drop()
	stx.Drop()
	srx.Drop()
}

// TestChannelRecvAfterDrop is conformance 20-channels/recv_error_after_drop.
func TestChannelRecvAfterDrop(t *testing.T) {
	tx, rx := Channel[int32]()
	tx2 := tx.Clone()
	Spawn(func() {
		tx.Send(1).Unwrap("t.rs:1:1")
		tx.Send(2).Unwrap("t.rs:1:1")
		tx.Drop()
	}).Join().Unwrap("t.rs:1:1")
	show := DebugResult(DebugInt[int32], Debug[RecvError])
	var got []string
	got = append(got, Sprint(rx.Recv(), show, DebugSpec), Sprint(rx.Recv(), show, DebugSpec))
	tx2.Send(3).Unwrap("t.rs:1:1")
	tx2.Drop()
	got = append(got, Sprint(rx.Recv(), show, DebugSpec), Sprint(rx.Recv(), show, DebugSpec), Sprint(rx.Recv(), show, DebugSpec))
	want := []string{"Ok(1)", "Ok(2)", "Ok(3)", "Err(RecvError)", "Err(RecvError)"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("recv %d = %s, want %s", i, got[i], want[i])
		}
	}
	rx.Drop()
}

// TestChannelTryRecv is conformance 20-channels/try_recv_states.
func TestChannelTryRecv(t *testing.T) {
	for _, bounded := range []bool{false, true} {
		var send func(uint8)
		var drop func()
		var rx Receiver[uint8]
		if bounded {
			tx, r := SyncChannel[uint8](4)
			send, drop, rx = func(v uint8) { tx.Send(v).Unwrap("t.rs:1:1") }, tx.Drop, r
		} else {
			tx, r := Channel[uint8]()
			send, drop, rx = func(v uint8) { tx.Send(v).Unwrap("t.rs:1:1") }, tx.Drop, r
		}
		show := func() string {
			return Sprint(rx.TryRecv(), DebugResult(DebugInt[uint8], Debug[TryRecvError]), DebugSpec)
		}
		got := []string{show()}
		send(10)
		send(20)
		got = append(got, show(), show(), show())
		send(30)
		drop()
		got = append(got, show(), show(), show())
		want := []string{"Err(Empty)", "Ok(10)", "Ok(20)", "Err(Empty)", "Ok(30)", "Err(Disconnected)", "Err(Disconnected)"}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("bounded=%v try_recv %d = %s, want %s", bounded, i, got[i], want[i])
			}
		}
		rx.Drop()
	}
}

func TestChannelRecvTimeout(t *testing.T) {
	for _, bounded := range []bool{false, true} {
		var send func(string)
		var drop func()
		var rx Receiver[string]
		if bounded {
			tx, r := SyncChannel[string](0)
			send, drop, rx = func(v string) { tx.Send(v).Unwrap("t.rs:1:1") }, tx.Drop, r
		} else {
			tx, r := Channel[string]()
			send, drop, rx = func(v string) { tx.Send(v).Unwrap("t.rs:1:1") }, tx.Drop, r
		}
		show := DebugResult(DebugStr, Debug[RecvTimeoutError])
		start := time.Now()
		if got := Sprint(rx.RecvTimeout(30*time.Millisecond), show, DebugSpec); got != "Err(Timeout)" {
			t.Errorf("bounded=%v first: %s", bounded, got)
		}
		if el := time.Since(start); el < 30*time.Millisecond {
			t.Errorf("bounded=%v: timed out after %v", bounded, el)
		}
		go func() {
			time.Sleep(10 * time.Millisecond)
			send("late value")
			drop()
		}()
		if got := Sprint(rx.RecvTimeout(5*time.Second), show, DebugSpec); got != `Ok("late value")` {
			t.Errorf("bounded=%v second: %s", bounded, got)
		}
		if got := Sprint(rx.RecvTimeout(5*time.Second), show, DebugSpec); got != "Err(Disconnected)" {
			t.Errorf("bounded=%v third: %s", bounded, got)
		}
		rx.Drop()
	}
}

// TestChannelRecvTimeoutStress races short timeouts against sends: no
// message may be lost or duplicated, and no stale wake token may be left.
func TestChannelRecvTimeoutStress(t *testing.T) {
	tx, rx := Channel[int]()
	const n = 20000
	go func() {
		for i := range n {
			tx.Send(i)
			if i%64 == 0 {
				time.Sleep(time.Microsecond)
			}
		}
		tx.Drop()
	}()
	next := 0
	for {
		v, e, ok := rx.RecvTimeout(time.Microsecond).Get()
		if ok {
			if v != next {
				t.Fatalf("got %d, want %d", v, next)
			}
			next++
			continue
		}
		if e == RecvTimeoutErrorDisconnected {
			break
		}
	}
	if next != n {
		t.Fatalf("received %d of %d", next, n)
	}
}

// TestChannelSendAfterReceiverDrop is conformance
// 20-channels/send_error_receiver_dropped.
func TestChannelSendAfterReceiverDrop(t *testing.T) {
	tx, rx := Channel[[]int]()
	tx.Send([]int{1})
	rx.Drop()
	r := tx.Send([]int{2, 3})
	if r.IsOk() {
		t.Fatal("send after receiver drop succeeded")
	}
	if e := r.ErrValue(); len(e.F0) != 2 || e.F0[1] != 3 {
		t.Errorf("value not handed back: %v", e.F0)
	}
	tx.Drop()
}

// TestChannelManySendersDropping has many senders (clones of clones) send
// and drop concurrently while the receiver iterates: every message arrives
// exactly once, in per-sender order, and the loop ends after the last drop.
func TestChannelManySendersDropping(t *testing.T) {
	for _, bound := range []int{-1, 0, 1, 16} {
		const senders, per = 16, 2000
		type msg struct{ from, i int }
		var send []func(msg)
		var drops []func()
		var rx Receiver[msg]
		if bound < 0 {
			tx, r := Channel[msg]()
			rx = r
			for range senders {
				c := tx.Clone()
				send = append(send, func(m msg) { c.Send(m).Unwrap("t.rs:1:1") })
				drops = append(drops, c.Drop)
			}
			tx.Drop()
		} else {
			tx, r := SyncChannel[msg](uint(bound))
			rx = r
			for range senders {
				c := tx.Clone()
				send = append(send, func(m msg) { c.Send(m).Unwrap("t.rs:1:1") })
				drops = append(drops, c.Drop)
			}
			tx.Drop()
		}
		for s := range senders {
			go func() {
				for i := range per {
					send[s](msg{s, i})
				}
				drops[s]()
			}()
		}
		next := make([]int, senders)
		n := 0
		for m := range rx.Iter() {
			if m.i != next[m.from] {
				t.Fatalf("bound %d: sender %d: got %d, want %d", bound, m.from, m.i, next[m.from])
			}
			next[m.from]++
			n++
		}
		if n != senders*per {
			t.Fatalf("bound %d: received %d", bound, n)
		}
		if !rx.Recv().IsErr() {
			t.Fatal("recv after the end succeeded")
		}
		rx.Drop()
	}
}

// TestChannelCloneDropStorm clones and drops senders from many goroutines
// while messages flow; the channel must stay open until the very last drop.
func TestChannelCloneDropStorm(t *testing.T) {
	tx, rx := Channel[int]()
	var wg sync.WaitGroup
	for g := range 8 {
		c := tx.Clone()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				d := c.Clone()
				d.Send(g*1000 + i).Unwrap("t.rs:1:1")
				d.Drop()
			}
			c.Drop()
		}()
	}
	got := 0
	for range 8 * 500 {
		if !rx.Recv().IsOk() {
			t.Fatal("closed while the original sender lives")
		}
		got++
	}
	wg.Wait()
	if v := rx.TryRecv(); v.IsOk() || v.ErrValue() != TryRecvErrorEmpty {
		t.Fatalf("try_recv = %v", dbg(v))
	}
	tx.Drop()
	if v := rx.TryRecv(); v.ErrValue() != TryRecvErrorDisconnected {
		t.Fatalf("after last drop: %v", dbg(v))
	}
}

// TestSyncChannelBounded is conformance 20-channels/sync_channel_bounded.
func TestSyncChannelBounded(t *testing.T) {
	tx, rx := SyncChannel[string](2)
	var got []string
	for _, s := range []string{"a", "b", "c"} {
		r := tx.TrySend(s)
		if r.IsOk() {
			got = append(got, "ok")
		} else if v, ok := r.ErrValue().Full(); ok {
			got = append(got, "full "+v)
		}
	}
	got = append(got, rx.Recv().Unwrap("t.rs:1:1"))
	got = append(got, dbg(tx.TrySend("c")))
	if want := "ok ok full c a Ok(())"; join(got) != want {
		t.Errorf("got %q, want %q", join(got), want)
	}
	p := tx.Clone()
	done := make(chan struct{})
	go func() {
		for _, s := range []string{"i0", "i1", "i2", "i3"} {
			p.Send(s).Unwrap("t.rs:1:1")
		}
		p.Drop()
		close(done)
	}()
	got = got[:0]
	for range 6 {
		got = append(got, rx.Recv().Unwrap("t.rs:1:1"))
	}
	<-done
	if want := "b c i0 i1 i2 i3"; join(got) != want {
		t.Errorf("drained %q, want %q", join(got), want)
	}
	rx.Drop()
	r := tx.TrySend("z")
	if v, ok := r.ErrValue().Disconnected(); !ok || v != "z" {
		t.Errorf("try_send after drop: %s", dbg(r))
	}
	e := tx.Send("y")
	if got := Sprint(e, DebugResult(DebugUnit, Debug[SendError[string]]), DebugSpec); got != "Err(SendError { .. })" {
		t.Errorf("send after drop: %s", got)
	}
	tx.Drop()
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

// TestSyncChannelRendezvous: with bound 0 a send completes only when the
// receiver takes the value, and try_send fails without a waiting receiver.
func TestSyncChannelRendezvous(t *testing.T) {
	tx, rx := SyncChannel[uint32](0)
	if r := tx.TrySend(1); !r.ErrValue().IsFull() {
		t.Fatalf("try_send with no receiver: %s", dbg(r))
	}
	var done sync.WaitGroup
	var completed atomicCounter
	done.Add(1)
	go func() {
		defer done.Done()
		for _, v := range []uint32{5, 6, 7} {
			tx.Send(v).Unwrap("t.rs:1:1")
			completed.add()
		}
		tx.Drop()
	}()
	for round := range 3 {
		for completed.get() < round {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
		if before := completed.get(); before != round {
			t.Fatalf("round %d: %d sends completed before recv", round, before)
		}
		if v := rx.Recv().Unwrap("t.rs:1:1"); v != uint32(5+round) {
			t.Fatalf("round %d: got %d", round, v)
		}
	}
	done.Wait()
	if !rx.Recv().IsErr() {
		t.Fatal("recv after sender exit succeeded")
	}
	rx.Drop()
}

type atomicCounter struct {
	mu sync.Mutex
	n  int
}

func (c *atomicCounter) add() { c.mu.Lock(); c.n++; c.mu.Unlock() }
func (c *atomicCounter) get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// TestSyncChannelBlockedSenderReceiverDrop: a sender blocked on a full
// channel fails with SendError when the receiver is dropped.
func TestSyncChannelBlockedSenderReceiverDrop(t *testing.T) {
	for _, bound := range []uint{0, 1} {
		tx, rx := SyncChannel[int](bound)
		res := make(chan Result[Unit, SendError[int]])
		go func() {
			if bound == 1 {
				tx.Send(1).Unwrap("t.rs:1:1")
			}
			res <- tx.Send(2)
		}()
		time.Sleep(20 * time.Millisecond)
		rx.Drop()
		r := <-res
		if r.IsOk() || r.ErrValue().F0 != 2 {
			t.Fatalf("bound %d: blocked send = %s", bound, dbg(r))
		}
		tx.Drop()
	}
}

// TestChannelDropWith: dropping the receiver runs the drop glue of queued
// messages (a Sender inside a message is dropped, closing its channel).
func TestChannelDropWith(t *testing.T) {
	for _, bounded := range []bool{false, true} {
		inner, innerRx := Channel[int]()
		var send func(Sender[int])
		var rx Receiver[Sender[int]]
		var drop func()
		if bounded {
			tx, r := SyncChannel[Sender[int]](2)
			send, rx, drop = func(s Sender[int]) { tx.Send(s) }, r, tx.Drop
		} else {
			tx, r := Channel[Sender[int]]()
			send, rx, drop = func(s Sender[int]) { tx.Send(s) }, r, tx.Drop
		}
		send(inner)
		rx.DropWith(func(s *Sender[int]) { s.Drop() })
		if r := innerRx.Recv(); r.IsOk() {
			t.Fatalf("bounded=%v: inner channel still open", bounded)
		}
		drop()
	}
}

func TestChannelTryIter(t *testing.T) {
	tx, rx := Channel[int]()
	for i := range 5 {
		tx.Send(i)
	}
	n := 0
	for v := range rx.TryIter() {
		if v != n {
			t.Fatalf("got %d want %d", v, n)
		}
		n++
		if n == 3 {
			break
		}
	}
	for range rx.TryIter() {
		n++
	}
	if n != 5 {
		t.Fatalf("n = %d", n)
	}
	tx.Drop()
	for range rx.Iter() {
		t.Fatal("iter after drop yielded")
	}
}

// TestChannelIntoIter: `for x in rx` drops the receiver when the loop
// ends, so senders see SendError afterwards.
func TestChannelIntoIter(t *testing.T) {
	tx, rx := Channel[int]()
	tx.Send(1)
	tx.Send(2)
	for v := range rx.IntoIter() {
		if v == 1 {
			break
		}
	}
	if tx.Send(3).IsOk() {
		t.Fatal("receiver alive after the loop")
	}
	stx, srx := SyncChannel[int](1)
	go func() { stx.Send(1); stx.Drop() }()
	n := 0
	for range srx.IntoIter() {
		n++
	}
	if n != 1 {
		t.Fatal("sync IntoIter")
	}
}

// TestChannelPipeline is conformance 20-channels/pipeline_stages.
func TestChannelPipeline(t *testing.T) {
	numTx, numRx := Channel[uint32]()
	sqTx, sqRx := Channel[uint32]()
	outTx, outRx := SyncChannel[uint32](0)
	Spawn(func() {
		for n := uint32(1); n <= 10; n++ {
			numTx.Send(n).Unwrap("t.rs:1:1")
		}
		numTx.Drop()
	})
	Spawn(func() {
		for n := range numRx.Iter() {
			sqTx.Send(n * n).Unwrap("t.rs:1:1")
		}
		numRx.Drop()
		sqTx.Drop()
	})
	Spawn(func() {
		for sq := range sqRx.Iter() {
			if sq%2 == 0 {
				outTx.Send(sq).Unwrap("t.rs:1:1")
			}
		}
		sqRx.Drop()
		outTx.Drop()
	})
	var got []uint32
	for v := range outRx.Iter() {
		got = append(got, v)
	}
	want := []uint32{4, 16, 36, 64, 100}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v", got)
		}
	}
}

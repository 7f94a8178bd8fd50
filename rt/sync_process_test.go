package rt

// Whole programs of the conformance corpus written as rs2go would translate
// them, run as child processes (with process_test.go's runScenario) and
// compared with what the rustc 1.95 builds printed.

import (
	"fmt"
	"testing"
)

func init() {
	scenarios["mutex_poisoning"] = scenarioMutexPoisoning
	scenarios["sync_channel_bounded"] = scenarioSyncChannelBounded
}

// scenarioMutexPoisoning is conformance 30-sync/mutex_poisoning.rs.
func scenarioMutexPoisoning() {
	defer Exit()
	balance := NewArc(NewMutex(int32(100)))
	b := balance.Clone()
	result := Spawn(func() {
		defer b.Drop()
		guard := b.Get().LockUnwrap("mutex_poisoning.rs:10:31")
		defer func() {
			if Panicking() {
				guard.Drop()
			}
		}()
		guard.Set(SubI32(guard.Get(), 30, "mutex_poisoning.rs:11:9"))
		if guard.Get() < 80 {
			PanicString("mutex_poisoning.rs:13:13", fmt.Sprintf("invariant violated: balance %v", Fmt(guard.Get(), DisplayInt[int32])))
		}
		guard.Drop()
	}).Join()
	fmt.Fprintf(Stdout, "worker panicked: %v\n", Fmt(result.IsErr(), DisplayBool))
	fmt.Fprintf(Stdout, "is_poisoned: %v\n", Fmt(balance.Get().IsPoisoned(), DisplayBool))

	if r := balance.Get().Lock(); r.IsOk() {
		v := r.OkValue()
		fmt.Fprintf(Stdout, "lock ok: %v\n", Fmt(v.Get(), DisplayInt[int32]))
		v.Drop()
	} else {
		poisoned := r.ErrValue()
		fmt.Fprintf(Stdout, "lock is_err, error says: %v\n", Fmt(poisoned, PoisonError[*MutexGuard[int32]].FmtDisplay))
		guard := poisoned.IntoInner()
		fmt.Fprintf(Stdout, "recovered value: %v\n", Fmt(guard.Get(), DisplayInt[int32]))
		guard.Set(AddI32(guard.Get(), 30, "mutex_poisoning.rs:25:13"))
		guard.Drop()
	}
	fmt.Fprintf(Stdout, "still poisoned after recovery: %v\n", Fmt(balance.Get().IsPoisoned(), DisplayBool))
	balance.Get().ClearPoison()
	fmt.Fprintf(Stdout, "after clear_poison: %v\n", Fmt(balance.Get().IsPoisoned(), DisplayBool))
	lockNow := MapResult(balance.Get().Lock(), func(g *MutexGuard[int32]) int32 { v := g.Get(); g.Drop(); return v })
	fmt.Fprintf(Stdout, "lock now: %v\n", Fmt(lockNow, DebugResult(DebugInt[int32], Debug[PoisonError[*MutexGuard[int32]]])))

	m := NewMutex("data")
	Scope("mutex_poisoning.rs:36:13", func(s *ScopeT) Result[Unit, *Payload] {
		return s.Spawn(func() {
			g := m.LockUnwrap("mutex_poisoning.rs:38:22")
			defer func() {
				if Panicking() {
					g.Drop()
				}
			}()
			PanicStr("mutex_poisoning.rs:39:13", "second panic")
		}).Join()
	})
	r := m.Lock()
	fmt.Fprintf(Stdout, "lock().is_err(): %v\n", Fmt(r.IsErr(), DisplayBool))
	r.ErrValue().IntoInner().Drop() // the temporary's drop
	text := m.IntoInner().UnwrapOrElse(func(e PoisonError[string]) string { return e.IntoInner() })
	fmt.Fprintf(Stdout, "into_inner through poison: %v\n", Fmt(text, DisplayStr))
	balance.Drop()
}

// scenarioSyncChannelBounded is conformance 20-channels/sync_channel_bounded.rs.
func scenarioSyncChannelBounded() {
	defer Exit()
	tx, rx := SyncChannel[string](2)
	for _, name := range []string{"a", "b", "c"} {
		r := tx.TrySend(name)
		switch {
		case r.IsOk():
			fmt.Fprintf(Stdout, "try_send %v -> ok\n", Fmt(name, DisplayStr))
		case r.ErrValue().IsFull():
			v, _ := r.ErrValue().Full()
			fmt.Fprintf(Stdout, "try_send %v -> full (got back %v)\n", Fmt(name, DisplayStr), Fmt(v, DebugStr))
		default:
			v, _ := r.ErrValue().Disconnected()
			fmt.Fprintf(Stdout, "try_send %v -> disconnected %v\n", Fmt(name, DisplayStr), Fmt(v, DisplayStr))
		}
	}
	fmt.Fprintf(Stdout, "recv -> %v\n", Fmt(rx.Recv().Unwrap("sync_channel_bounded.rs:15:36"), DisplayStr))
	fmt.Fprintf(Stdout, "try_send c again -> %v\n", Fmt(tx.TrySend("c"), DebugResult(DebugUnit, Debug[TrySendError[string]])))
	producer := func() *JoinHandle[Unit] {
		tx := tx.Clone()
		return Spawn(func() {
			defer tx.Drop()
			for i := int32(0); i < 4; i++ {
				tx.Send(fmt.Sprintf("item%v", Fmt(i, DisplayInt[int32]))).Unwrap("sync_channel_bounded.rs:23:51")
			}
		})
	}()
	var all []string
	for range 6 {
		all = append(all, rx.Recv().Unwrap("sync_channel_bounded.rs:29:32"))
	}
	producer.Join().Unwrap("sync_channel_bounded.rs:31:21")
	fmt.Fprintf(Stdout, "drained: %v\n", Fmt(all, DebugSlice(DebugStr)))
	rx.Drop()
	if r := tx.TrySend("z"); r.IsErr() && r.ErrValue().IsDisconnected() {
		v, _ := r.ErrValue().Disconnected()
		fmt.Fprintf(Stdout, "after drop: disconnected, value %v returned\n", Fmt(v, DebugStr))
	} else {
		fmt.Fprintf(Stdout, "unexpected %v\n", Fmt(r, DebugResult(DebugUnit, Debug[TrySendError[string]])))
	}
	err := tx.Send("y").UnwrapErr("sync_channel_bounded.rs:40:36")
	fmt.Fprintf(Stdout, "send error: %v / %v\n", Fmt(err, SendError[string].FmtDisplay), Fmt(err, SendError[string].FmtDebug))
	tx.Drop()
}

func TestSyncProcess(t *testing.T) {
	cases := []struct {
		name, stdout, stderr string
	}{
		{"mutex_poisoning",
			"worker panicked: true\nis_poisoned: true\nlock is_err, error says: poisoned lock: another task failed inside\nrecovered value: 70\nstill poisoned after recovery: true\nafter clear_poison: false\nlock now: Ok(100)\nlock().is_err(): true\ninto_inner through poison: data\n",
			"\nthread '<unnamed>' (7838) panicked at mutex_poisoning.rs:13:13:\ninvariant violated: balance 70\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\nthread '<unnamed>' (7869) panicked at mutex_poisoning.rs:39:13:\nsecond panic\n"},
		{"sync_channel_bounded",
			"try_send a -> ok\ntry_send b -> ok\ntry_send c -> full (got back \"c\")\nrecv -> a\ntry_send c again -> Ok(())\ndrained: [\"b\", \"c\", \"item0\", \"item1\", \"item2\", \"item3\"]\nafter drop: disconnected, value \"z\" returned\nsend error: sending on a closed channel / SendError { .. }\n",
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runScenario(t, c.name, false)
			if code != 0 {
				t.Errorf("exit code %d", code)
			}
			if stdout != c.stdout {
				t.Errorf("stdout:\n got %q\nwant %q", stdout, c.stdout)
			}
			if want := threadNum.ReplaceAllString(c.stderr, "$1 (N)"); stderr != want {
				t.Errorf("stderr:\n got %q\nwant %q", stderr, want)
			}
		})
	}
}

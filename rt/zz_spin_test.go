package rt

import (
	"fmt"
	"os"
	"testing"
)

func TestSpinExperiment(t *testing.T) {
	if os.Getenv("SPIN") == "" {
		t.Skip()
	}
	best := map[string]float64{}
	slow := map[string]int64{}
	for range 6 {
		for _, n := range []int{1, 20, 100, 400} {
			sendSpins = n
			SlowSends.Store(0)
			r := testing.Benchmark(func(b *testing.B) { pingPongRT(b, 0) })
			ns := float64(r.T.Nanoseconds()) / float64(r.N)
			k := fmt.Sprint("spins ", n)
			if best[k] == 0 || ns < best[k] {
				best[k] = ns
				slow[k] = SlowSends.Load()
			}
		}
		r := testing.Benchmark(func(b *testing.B) { pingPongGo(b, 0) })
		ns := float64(r.T.Nanoseconds()) / float64(r.N)
		if best["go"] == 0 || ns < best["go"] {
			best["go"] = ns
		}
	}
	for k, v := range best {
		fmt.Println(k, v, slow[k])
	}
}

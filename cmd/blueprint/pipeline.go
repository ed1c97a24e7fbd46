package main

import "runtime"

// workers returns how many inputs are worked on at once: one per core the
// Go runtime may use (GOMAXPROCS).
func workers() int { return max(runtime.GOMAXPROCS(0), 1) }

// inOrder calls work for every index from 0 to n-1 on up to workers
// goroutines at once, and emit with each result in the order of the
// indexes, from the calling goroutine, as soon as that result and all
// those before it are ready. Whatever emit writes is thus in the same order,
// with the same bytes, however the work was scheduled. At most 2*workers
// results wait to be emitted, so a long batch does not pile up in memory.
func inOrder[T any](n, workers int, work func(i int) T, emit func(i int, r T)) {
	pending := make(chan chan T, 2*workers) // the results, in the order of the indexes
	go func() {
		sem := make(chan struct{}, workers)
		for i := range n {
			ch := make(chan T, 1)
			pending <- ch
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				ch <- work(i)
			}()
		}
		close(pending)
	}()
	i := 0
	for ch := range pending {
		emit(i, <-ch)
		i++
	}
}

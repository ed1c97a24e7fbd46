package httpd

import (
	"errors"
	"net"
	"sync"
	"time"
)

// errHeaderTooLarge ends a request line and header longer than the limit.
var errHeaderTooLarge = errors.New("the request header is too large")

// connReader reads a connection for the request parser: at most limit
// bytes of a request's header, and, while a handler runs, one byte in the
// background, so that the request's context ends when the client closes
// the connection (as a page that is left does with its event stream).
type connReader struct {
	conn  net.Conn
	limit int // bytes left for the header; < 0: no limit

	mu      sync.Mutex
	done    *sync.Cond
	reading bool    // the background read runs
	aborted bool    // the background read was stopped on purpose
	pending []byte  // the byte it read, if any: the next request's first
	gone    func()  // called when the client closes the connection
	byteBuf [1]byte // what the background read reads into
}

func newConnReader(c net.Conn) *connReader {
	cr := &connReader{conn: c, limit: -1}
	cr.done = sync.NewCond(&cr.mu)
	return cr
}

func (cr *connReader) Read(p []byte) (int, error) {
	cr.mu.Lock()
	if len(cr.pending) > 0 {
		n := copy(p, cr.pending)
		cr.pending = cr.pending[n:]
		cr.mu.Unlock()
		return n, nil
	}
	cr.mu.Unlock()
	if cr.limit == 0 {
		return 0, errHeaderTooLarge
	}
	if cr.limit > 0 && len(p) > cr.limit {
		p = p[:cr.limit]
	}
	n, err := cr.conn.Read(p)
	if cr.limit > 0 {
		cr.limit -= n
	}
	return n, err
}

// watch starts the background read; gone is called if the client closes
// the connection before stop.
func (cr *connReader) watch(gone func()) {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	cr.reading, cr.aborted, cr.gone = true, false, gone
	go cr.backgroundRead()
}

func (cr *connReader) backgroundRead() {
	n, err := cr.conn.Read(cr.byteBuf[:])
	cr.mu.Lock()
	defer cr.mu.Unlock()
	if n == 1 {
		cr.pending = append(cr.pending, cr.byteBuf[0])
	}
	var ne net.Error
	if err != nil && !(cr.aborted && errors.As(err, &ne) && ne.Timeout()) {
		cr.gone()
	}
	cr.reading = false
	cr.done.Broadcast()
}

// stop ends the background read and waits for it.
func (cr *connReader) stop() {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	if !cr.reading {
		return
	}
	cr.aborted = true
	_ = cr.conn.SetReadDeadline(time.Unix(1, 0))
	for cr.reading {
		cr.done.Wait()
	}
	_ = cr.conn.SetReadDeadline(time.Time{})
}

package httpd

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"runtime/debug"
	"sync"
	"time"
)

// A Handler answers requests.
type Handler interface {
	ServeHTTP(w *Response, r *Request)
}

// HandlerFunc is a function as a Handler.
type HandlerFunc func(w *Response, r *Request)

// ServeHTTP calls f.
func (f HandlerFunc) ServeHTTP(w *Response, r *Request) { f(w, r) }

// ErrServerClosed is what Serve returns after Shutdown or Close.
var ErrServerClosed = errors.New("httpd: the server is closed")

// Defaults of the limits a Server leaves at zero.
const (
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultIdleTimeout       = 2 * time.Minute
	DefaultMaxHeaderBytes    = 1 << 20
)

// A Server answers HTTP/1.1 requests with its Handler. Its zero limits
// are the defaults; a nil ErrorLog logs to standard error.
type Server struct {
	Handler           Handler
	ReadHeaderTimeout time.Duration // to read a request line and header
	IdleTimeout       time.Duration // a kept-alive connection waits this long for the next request
	MaxHeaderBytes    int           // of a request line and header
	ErrorLog          *log.Logger   // handler panics and errors of Accept

	mu         sync.Mutex
	listeners  map[net.Listener]bool
	conns      map[net.Conn]bool // true while a request is read or answered
	closed     bool
	onShutdown []func()
	ctx        context.Context // ends on Shutdown and Close: the requests' contexts
	cancel     context.CancelFunc
	wg         sync.WaitGroup // the connections' goroutines
}

// RegisterOnShutdown calls f, in a goroutine of its own, when Shutdown
// begins: a handler that streams ends there.
func (s *Server) RegisterOnShutdown(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onShutdown = append(s.onShutdown, f)
}

func (s *Server) init() {
	if s.listeners == nil {
		s.listeners, s.conns = map[net.Listener]bool{}, map[net.Conn]bool{}
		s.ctx, s.cancel = context.WithCancel(context.Background())
	}
}

// Serve accepts connections on ln and answers them until Shutdown or
// Close, when it returns ErrServerClosed; or until Accept fails for good.
func (s *Server) Serve(ln net.Listener) error {
	s.mu.Lock()
	s.init()
	if s.closed {
		s.mu.Unlock()
		ln.Close()
		return ErrServerClosed
	}
	s.listeners[ln] = true
	s.mu.Unlock()
	defer s.forget(ln)
	var backoff time.Duration
	for {
		c, err := ln.Accept()
		if err != nil {
			if s.isClosed() {
				return ErrServerClosed
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() || isTemporary(err) {
				backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
				s.logf("accept: %v; retrying in %v", err, backoff)
				time.Sleep(backoff)
				continue
			}
			return err
		}
		backoff = 0
		if !s.track(c) {
			c.Close()
			return ErrServerClosed
		}
		go s.serveConn(c)
	}
}

// isTemporary reports whether an Accept error passes: too many files
// open, or a connection reset before it was accepted.
func isTemporary(err error) bool {
	var t interface{ Temporary() bool }
	return errors.As(err, &t) && t.Temporary()
}

func (s *Server) forget(ln net.Listener) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.listeners, ln)
}

func (s *Server) track(c net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.conns[c] = false
	s.wg.Add(1)
	return true
}

func (s *Server) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// setActive marks c as reading or answering a request, or as idle
// between requests; it reports false once the server shuts down, when
// an idle connection ends.
func (s *Server) setActive(c net.Conn, active bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed && !active {
		return false
	}
	s.conns[c] = active
	return true
}

// serveConn answers the requests of one connection.
func (s *Server) serveConn(c net.Conn) {
	defer s.wg.Done()
	defer func() {
		c.Close()
		s.mu.Lock()
		delete(s.conns, c)
		s.mu.Unlock()
	}()
	cr := newConnReader(c)
	br := bufio.NewReader(cr)
	bw := bufio.NewWriter(c)
	for {
		_ = c.SetReadDeadline(time.Now().Add(orDefault(s.IdleTimeout, DefaultIdleTimeout)))
		cr.limit = orDefault(s.MaxHeaderBytes, DefaultMaxHeaderBytes)
		if _, err := br.Peek(1); err != nil || !s.setActive(c, true) {
			return
		}
		if !s.serveRequest(c, cr, br, bw) || !s.setActive(c, false) {
			return
		}
	}
}

// serveRequest reads one request, whose first byte has come (the header
// limit counts from it), and answers it; it reports whether the
// connection may carry another.
func (s *Server) serveRequest(c net.Conn, cr *connReader, br *bufio.Reader, bw *bufio.Writer) bool {
	_ = c.SetReadDeadline(time.Now().Add(orDefault(s.ReadHeaderTimeout, DefaultReadHeaderTimeout)))
	r, err := readRequest(br)
	cr.limit = -1
	_ = c.SetReadDeadline(time.Time{})
	if err != nil {
		s.refuse(bw, err)
		return false
	}
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	r.ctx = ctx
	w := newResponse(bw, r.Method == "HEAD", r.wantsClose())
	if br.Buffered() == 0 && !w.close {
		cr.watch(cancel)
	}
	ok := s.handle(w, r)
	cr.stop()
	if !ok {
		return false
	}
	if s.isClosed() {
		w.close = true // shutting down: this is the connection's last answer
	}
	return w.finish() == nil && !w.close
}

// handle runs the handler; it reports false when the handler panicked
// (logged, answered 500 if nothing was sent yet).
func (s *Server) handle(w *Response, r *Request) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			s.logf("panic serving %s %s: %v\n%s", r.Method, r.URL, p, debug.Stack())
			if !w.sent {
				e := newResponse(w.bw, w.head, true)
				Error(e, StatusText(StatusInternalServerError), StatusInternalServerError)
				_ = e.finish()
			}
			ok = false
		}
	}()
	s.Handler.ServeHTTP(w, r)
	return true
}

// refuse answers a request the server could not read, unless the client
// went away or sent nothing.
func (s *Server) refuse(bw *bufio.Writer, err error) {
	var se *statusError
	switch {
	case errors.Is(err, errHeaderTooLarge):
		se = &statusError{StatusRequestHeaderFieldsTooLarge, err.Error()}
	case errors.As(err, &se):
	default:
		return // EOF, a reset, or the header timeout: nobody to answer
	}
	w := newResponse(bw, false, true)
	Error(w, fmt.Sprintf("%d %s: %s", se.code, StatusText(se.code), se.msg), se.code)
	_ = w.finish()
}

// Shutdown stops accepting, calls the functions of RegisterOnShutdown,
// ends idle connections, and waits for the requests in flight to end,
// or for ctx, when it returns ctx's error and leaves the rest to Close.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stopAccepting()
	s.mu.Lock()
	for _, f := range s.onShutdown {
		go f()
	}
	s.mu.Unlock()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if s.closeIdle() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// Close stops accepting and ends every connection at once.
func (s *Server) Close() error {
	s.stopAccepting()
	s.mu.Lock()
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.cancel()
	s.wg.Wait()
	return nil
}

func (s *Server) stopAccepting() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.init()
	s.closed = true
	for ln := range s.listeners {
		ln.Close()
	}
}

// closeIdle closes the idle connections and reports whether none is left.
func (s *Server) closeIdle() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c, active := range s.conns {
		if !active {
			c.Close()
		}
	}
	return len(s.conns) == 0
}

func (s *Server) logf(format string, args ...any) {
	if s.ErrorLog != nil {
		s.ErrorLog.Printf(format, args...)
		return
	}
	fmt.Fprintf(os.Stderr, "httpd: "+format+"\n", args...)
}

func orDefault[T int | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

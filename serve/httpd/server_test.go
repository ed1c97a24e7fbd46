package httpd

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// run serves h on a free port of 127.0.0.1 and returns the server and
// its address; it is closed when the test ends.
func run(t *testing.T, s *Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- s.Serve(ln) }()
	t.Cleanup(func() {
		s.Close()
		if err := <-served; !errors.Is(err, ErrServerClosed) {
			t.Errorf("Serve returned %v, want ErrServerClosed", err)
		}
	})
	return ln.Addr().String()
}

// hello answers every request with its method, path, query and host.
var hello = HandlerFunc(func(w *Response, r *Request) {
	w.Header().Set("Content-Type", "text/plain")
	io.WriteString(w, r.Method+" "+r.URL.Path+" "+r.URL.RawQuery+" "+r.Host)
})

// exchange sends raw on one connection and returns every byte that comes
// back until the server closes it or a second passes. It may run outside
// the test's goroutine.
func exchange(t *testing.T, addr, raw string) string {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Error(err)
		return ""
	}
	defer c.Close()
	io.WriteString(c, raw)
	c.SetReadDeadline(time.Now().Add(time.Second))
	out, _ := io.ReadAll(c)
	return string(out)
}

func TestGet(t *testing.T) {
	addr := run(t, &Server{Handler: hello})
	res, err := http.Get("http://" + addr + "/view?f=a%20b.yaml")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	want := "GET /view f=a%20b.yaml " + addr
	if res.StatusCode != 200 || string(body) != want || res.ContentLength != int64(len(want)) || res.Header.Get("Content-Type") != "text/plain" {
		t.Errorf("%s %v %q, want 200 %q", res.Status, res.Header, body, want)
	}
}

// TestKeepAlive: two requests sent at once on one connection get their
// two answers, in order, and the connection stays open until the client
// says close.
func TestKeepAlive(t *testing.T) {
	addr := run(t, &Server{Handler: hello})
	out := exchange(t, addr, "GET /one HTTP/1.1\r\nHost: h\r\n\r\nHEAD /two HTTP/1.1\r\nHost: h\r\n\r\nGET /three HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
	br := bufio.NewReader(strings.NewReader(out))
	for _, want := range []string{"GET /one  h", "", "GET /three  h"} {
		res, err := http.ReadResponse(br, &http.Request{Method: map[bool]string{true: "HEAD", false: "GET"}[want == ""]})
		if err != nil {
			t.Fatalf("%v in %q", err, out)
		}
		body, _ := io.ReadAll(res.Body)
		if string(body) != want {
			t.Errorf("body %q, want %q", body, want)
		}
		if want == "" && res.ContentLength != int64(len("HEAD /two  h")) {
			t.Errorf("HEAD: Content-Length %d", res.ContentLength)
		}
	}
	if rest, _ := io.ReadAll(br); len(rest) > 0 {
		t.Errorf("more after the last answer: %q", rest)
	}
}

func TestRefused(t *testing.T) {
	addr := run(t, &Server{Handler: hello, MaxHeaderBytes: 4096})
	for _, c := range []struct{ raw, want string }{
		{"GET /x HTTP/1.1\r\n\r\n", "400 Bad Request"},
		{"GET /x HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "400 Bad Request"},
		{"NONSENSE\r\n\r\n", "400 Bad Request"},
		{"GET x HTTP/1.1\r\nHost: a\r\n\r\n", "400 Bad Request"},
		{"G(T / HTTP/1.1\r\nHost: a\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nno colon\r\n\r\n", "400 Bad Request"},
		{"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "505 HTTP Version Not Supported"},
		{"GET / HTTP/1.1\r\nHost: a\r\nX: " + strings.Repeat("a", 5000) + "\r\n\r\n", "431 Request Header Fields Too Large"},
	} {
		out := exchange(t, addr, c.raw)
		if !strings.HasPrefix(out, "HTTP/1.1 "+c.want+"\r\n") || !strings.Contains(out, "Connection: close\r\n") {
			t.Errorf("%q: %q, want %s and the connection closed", clip(c.raw), clip(out), c.want)
		}
	}
	// HTTP/1.0 needs no Host, and ends the connection after one answer.
	if out := exchange(t, addr, "GET /old HTTP/1.0\r\n\r\n"); !strings.HasPrefix(out, "HTTP/1.1 200 OK\r\n") || !strings.HasSuffix(out, "GET /old  ") {
		t.Errorf("HTTP/1.0: %q", out)
	}
	// A body is never read: the connection ends after the answer.
	out := exchange(t, addr, "GET /b HTTP/1.1\r\nHost: a\r\nContent-Length: 20\r\n\r\nGET /smuggled HTTP/1.1")
	if strings.Count(out, "HTTP/1.1 ") != 1 || strings.Contains(out, "smuggled") {
		t.Errorf("a request with a body: %q", out)
	}
}

// TestHeaderTimeout: a client that never finishes its header is cut off.
func TestHeaderTimeout(t *testing.T) {
	addr := run(t, &Server{Handler: hello, ReadHeaderTimeout: 100 * time.Millisecond})
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: a\r\n")
	begin := time.Now()
	c.SetReadDeadline(time.Now().Add(3 * time.Second))
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Errorf("read %v, want the server to close the connection", err)
	}
	if took := time.Since(begin); took > 2*time.Second {
		t.Errorf("closed after %v", took)
	}
}

// TestStream: what a handler flushes reaches the client at once, in
// chunks, and its request's context ends when the client goes away.
func TestStream(t *testing.T) {
	ended := make(chan error, 1)
	addr := run(t, &Server{Handler: HandlerFunc(func(w *Response, r *Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, "event: hello\n\n")
		w.Flush()
		select {
		case <-r.Context().Done():
			ended <- nil
		case <-time.After(5 * time.Second):
			ended <- errors.New("the request's context did not end when the client left")
		}
	})})
	res, err := http.Get("http://" + addr + "/events")
	if err != nil {
		t.Fatal(err)
	}
	if te := res.TransferEncoding; len(te) != 1 || te[0] != "chunked" {
		t.Errorf("Transfer-Encoding %v, want chunked", te)
	}
	line, err := bufio.NewReader(res.Body).ReadString('\n')
	if line != "event: hello\n" {
		t.Fatalf("read %q, %v", line, err)
	}
	res.Body.Close()
	if err := <-ended; err != nil {
		t.Error(err)
	}
}

// TestShutdown: Shutdown waits for the request in flight, closes idle
// connections and makes Serve return; with a handler that does not end, it
// returns when its context does, and Close ends the handler's request.
func TestShutdown(t *testing.T) {
	release, ended := make(chan struct{}), make(chan error, 1)
	s := &Server{Handler: HandlerFunc(func(w *Response, r *Request) {
		if r.URL.Path == "/slow" {
			<-release
		}
		if r.URL.Path == "/forever" {
			<-r.Context().Done()
			ended <- r.Context().Err()
		}
		io.WriteString(w, "done")
	})}
	addr := run(t, s)
	idle := exchangeKeepOpen(t, addr, "GET /fast HTTP/1.1\r\nHost: a\r\n\r\n")
	got := make(chan string, 1)
	go func() { got <- exchange(t, addr, "GET /slow HTTP/1.1\r\nHost: a\r\n\r\n") }()
	time.Sleep(50 * time.Millisecond)
	shut := make(chan error, 1)
	go func() { shut <- s.Shutdown(context.Background()) }()
	time.Sleep(50 * time.Millisecond)
	if _, err := idle.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Errorf("the idle connection: %v, want it closed", err)
	}
	select {
	case err := <-shut:
		t.Fatalf("Shutdown returned %v with a request in flight", err)
	default:
	}
	close(release)
	if err := <-shut; err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if out := <-got; !strings.HasSuffix(out, "done") || !strings.Contains(out, "Connection: close") {
		t.Errorf("the request in flight: %q", out)
	}
	if _, err := net.Dial("tcp", addr); err == nil {
		t.Error("the server still accepts")
	}

	s2 := &Server{Handler: s.Handler}
	addr2 := run(t, s2)
	go exchange(t, addr2, "GET /forever HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
	time.Sleep(50 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := s2.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown: %v, want its context's deadline", err)
	}
	s2.Close()
	if err := <-ended; !errors.Is(err, context.Canceled) {
		t.Errorf("after Close the handler's context: %v", err)
	}
}

// exchangeKeepOpen sends raw, reads one answer and returns the connection,
// still open.
func exchangeKeepOpen(t *testing.T, addr, raw string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	io.WriteString(c, raw)
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	io.ReadAll(res.Body)
	return c
}

// TestPanic: a handler that panics is logged and answered 500; the server
// goes on.
func TestPanic(t *testing.T) {
	var logged bytes.Buffer
	addr := run(t, &Server{ErrorLog: log.New(&logged, "", 0), Handler: HandlerFunc(func(w *Response, r *Request) {
		if r.URL.Path == "/boom" {
			panic("boom")
		}
		io.WriteString(w, "fine")
	})})
	if out := exchange(t, addr, "GET /boom HTTP/1.1\r\nHost: a\r\n\r\n"); !strings.HasPrefix(out, "HTTP/1.1 500 ") {
		t.Errorf("%q", out)
	}
	if !strings.Contains(logged.String(), "panic serving GET /boom: boom") {
		t.Errorf("logged %q", logged.String())
	}
	if out := exchange(t, addr, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"); !strings.HasSuffix(out, "fine") {
		t.Errorf("after the panic: %q", out)
	}
}

// TestHeaderValues: a value with a line break cannot add a field, and the
// fields are sent in order, so that an answer is the same every time.
func TestHeaderValues(t *testing.T) {
	addr := run(t, &Server{Handler: HandlerFunc(func(w *Response, r *Request) {
		w.Header().Set("Zed", "last")
		w.Header().Set("Content-Disposition", "attachment\r\nSet-Cookie: x=1")
		w.WriteHeader(StatusNoContent)
	})})
	out := exchange(t, addr, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
	want := "HTTP/1.1 204 No Content\r\nConnection: close\r\nContent-Disposition: attachment  Set-Cookie: x=1\r\nZed: last\r\n\r\n"
	if out != want {
		t.Errorf("%q\nwant %q", out, want)
	}
}

func FuzzReadRequest(f *testing.F) {
	for _, s := range []string{
		"GET / HTTP/1.1\r\nHost: a\r\n\r\n",
		"GET http://a/b?c HTTP/1.1\r\nHost: x\r\n\r\n",
		"HEAD /x HTTP/1.0\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := readRequest(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			return
		}
		if !isToken(r.Method) || r.URL == nil || !strings.HasPrefix(r.URL.Path, "/") && r.URL.Path != "" {
			t.Errorf("read %+v from %q", r, data)
		}
		if strings.ContainsAny(r.Host, "\r\n") {
			t.Errorf("a Host with a line break: %q", r.Host)
		}
	})
}

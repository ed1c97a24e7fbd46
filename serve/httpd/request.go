package httpd

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/textproto"
	"net/url"
	"strings"
)

// A Request is a request as the server read it.
type Request struct {
	Method string // GET, HEAD, or any other token, which handlers refuse
	URL    *url.URL
	Proto  string // HTTP/1.1 or HTTP/1.0
	Host   string // of the Host header, or of an absolute URL; "" for none
	Header textproto.MIMEHeader
	ctx    context.Context
}

// Context ends when the client goes away or the server shuts down.
func (r *Request) Context() context.Context { return r.ctx }

// wantsClose reports whether the connection ends after this request: the
// client said so, spoke HTTP/1.0, or sent a body, which is never read.
func (r *Request) wantsClose() bool {
	if r.Proto == "HTTP/1.0" || hasToken(r.Header.Get("Connection"), "close") {
		return true
	}
	cl := r.Header.Get("Content-Length")
	return (cl != "" && cl != "0") || r.Header.Get("Transfer-Encoding") != ""
}

func hasToken(list, token string) bool {
	for t := range strings.SplitSeq(list, ",") {
		if strings.EqualFold(strings.TrimSpace(t), token) {
			return true
		}
	}
	return false
}

// A statusError is a request the server answers itself, with code.
type statusError struct {
	code int
	msg  string
}

func (e *statusError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &statusError{StatusBadRequest, fmt.Sprintf(format, args...)}
}

// readRequest reads a request line and header from br.
func readRequest(br *bufio.Reader) (*Request, error) {
	tp := textproto.NewReader(br)
	line, err := tp.ReadLine()
	if err != nil {
		return nil, err
	}
	method, rest, ok1 := strings.Cut(line, " ")
	target, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || !isToken(method) {
		return nil, badRequest("malformed request line %q", clip(line))
	}
	if proto != "HTTP/1.1" && proto != "HTTP/1.0" {
		if strings.HasPrefix(proto, "HTTP/") {
			return nil, &statusError{StatusHTTPVersionNotSupported, "this server speaks HTTP/1.1"}
		}
		return nil, badRequest("malformed request line %q", clip(line))
	}
	r := &Request{Method: method, Proto: proto}
	if r.URL, err = parseTarget(target); err != nil {
		return nil, err
	}
	if r.Header, err = tp.ReadMIMEHeader(); err != nil {
		var pe textproto.ProtocolError
		if errors.As(err, &pe) {
			return nil, badRequest("malformed header: %v", err)
		}
		return nil, err
	}
	hosts := r.Header.Values("Host")
	switch {
	case len(hosts) > 1:
		return nil, badRequest("more than one Host header")
	case len(hosts) == 0 && proto == "HTTP/1.1":
		return nil, badRequest("no Host header")
	case r.URL.Host != "":
		r.Host = r.URL.Host
	case len(hosts) == 1:
		r.Host = hosts[0]
	}
	return r, nil
}

// parseTarget reads the target of a request line: a path with its query,
// or an absolute URL.
func parseTarget(target string) (*url.URL, error) {
	if !strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "http://") {
		return nil, badRequest("the request names %q, not a path", clip(target))
	}
	u, err := url.ParseRequestURI(target)
	if err != nil {
		return nil, badRequest("the request names %q, not a path", clip(target))
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

// isToken reports whether s is an HTTP token, as a method is.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// clip shortens what a client sent, for a message.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}

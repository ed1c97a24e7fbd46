package httpd

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"net/textproto"
	"slices"
	"strconv"
	"strings"
)

// The status codes the preview answers with.
const (
	StatusOK                          = 200
	StatusNoContent                   = 204
	StatusFound                       = 302
	StatusBadRequest                  = 400
	StatusForbidden                   = 403
	StatusNotFound                    = 404
	StatusMethodNotAllowed            = 405
	StatusUnprocessableEntity         = 422
	StatusRequestHeaderFieldsTooLarge = 431
	StatusInternalServerError         = 500
	StatusHTTPVersionNotSupported     = 505
)

// StatusText is the reason phrase of code: "Not Found" for 404.
func StatusText(code int) string {
	switch code {
	case StatusOK:
		return "OK"
	case StatusNoContent:
		return "No Content"
	case StatusFound:
		return "Found"
	case StatusBadRequest:
		return "Bad Request"
	case StatusForbidden:
		return "Forbidden"
	case StatusNotFound:
		return "Not Found"
	case StatusMethodNotAllowed:
		return "Method Not Allowed"
	case StatusUnprocessableEntity:
		return "Unprocessable Entity"
	case StatusRequestHeaderFieldsTooLarge:
		return "Request Header Fields Too Large"
	case StatusInternalServerError:
		return "Internal Server Error"
	case StatusHTTPVersionNotSupported:
		return "HTTP Version Not Supported"
	}
	return "Status " + strconv.Itoa(code)
}

// A Response is what a handler answers. What it writes is kept until the
// handler returns, and then sent with its length; Flush sends what was
// written so far and streams the rest, in chunks.
type Response struct {
	bw       *bufio.Writer
	header   textproto.MIMEHeader
	code     int // 0 until WriteHeader or the first Write
	body     bytes.Buffer
	head     bool // a HEAD request: no body is sent
	close    bool // the connection ends after this response
	sent     bool // the status line and header are sent: streaming
	err      error
	finished bool
}

func newResponse(bw *bufio.Writer, head, close bool) *Response {
	return &Response{bw: bw, header: textproto.MIMEHeader{}, head: head, close: close}
}

// Header is the header to send; changes after the first Flush are lost.
func (w *Response) Header() textproto.MIMEHeader { return w.header }

// WriteHeader sets the status code; only the first call counts.
func (w *Response) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
}

// Write adds p to the body. It fails once the client is gone.
func (w *Response) Write(p []byte) (int, error) {
	w.WriteHeader(StatusOK)
	if w.err != nil {
		return 0, w.err
	}
	if w.code == StatusNoContent {
		return len(p), nil
	}
	return w.body.Write(p)
}

// Flush sends the header and what was written so far, and streams the
// rest of the response. It fails once the client is gone.
func (w *Response) Flush() error {
	w.WriteHeader(StatusOK)
	if w.err != nil {
		return w.err
	}
	if !w.sent {
		w.sent = true
		if w.head {
			w.close = true // the length is not known: the connection ends it
		} else {
			w.header.Set("Transfer-Encoding", "chunked")
		}
		w.writeHead()
	}
	w.writeChunk()
	w.fail(w.bw.Flush())
	return w.err
}

// finish sends the response, or its end when it is streamed.
func (w *Response) finish() error {
	if w.finished {
		return w.err
	}
	w.finished = true
	w.WriteHeader(StatusOK)
	if w.sent {
		w.writeChunk()
		if !w.head {
			w.write("0\r\n\r\n")
		}
	} else {
		if w.code != StatusNoContent {
			w.header.Set("Content-Length", strconv.Itoa(w.body.Len()))
		}
		w.writeHead()
		if !w.head {
			w.fail2(w.bw.Write(w.body.Bytes()))
		}
	}
	w.fail(w.bw.Flush())
	return w.err
}

// writeHead writes the status line and the header, its fields in order.
func (w *Response) writeHead() {
	if w.close {
		w.header.Set("Connection", "close")
	}
	w.write(fmt.Sprintf("HTTP/1.1 %d %s\r\n", w.code, StatusText(w.code)))
	keys := make([]string, 0, len(w.header))
	for k := range w.header {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, v := range w.header[k] {
			w.write(k + ": " + cleanValue(v) + "\r\n")
		}
	}
	w.write("\r\n")
}

// writeChunk sends the body written since the last chunk as a chunk.
func (w *Response) writeChunk() {
	if w.body.Len() == 0 || w.head {
		w.body.Reset()
		return
	}
	w.write(strconv.FormatInt(int64(w.body.Len()), 16) + "\r\n")
	w.fail2(w.bw.Write(w.body.Bytes()))
	w.write("\r\n")
	w.body.Reset()
}

func (w *Response) write(s string) { w.fail2(w.bw.WriteString(s)) }

func (w *Response) fail2(_ int, err error) { w.fail(err) }

func (w *Response) fail(err error) {
	if w.err == nil && err != nil {
		w.err = err
		w.close = true
	}
}

// cleanValue keeps a header value on its line: a line break in it would
// start another field.
func cleanValue(v string) string {
	return strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, v)
}

// Error answers with code and msg as plain text.
func Error(w *Response, msg string, code int) {
	h := w.Header()
	h.Del("Content-Length")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	fmt.Fprintln(w, msg)
}

// NotFound answers 404.
func NotFound(w *Response) { Error(w, "404 page not found", StatusNotFound) }

// Redirect sends the client to location, a path of this server.
func Redirect(w *Response, location string, code int) {
	w.Header().Set("Location", location)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	fmt.Fprintf(w, "<a href=\"%s\">%s</a>.\n", html.EscapeString(location), StatusText(code))
}

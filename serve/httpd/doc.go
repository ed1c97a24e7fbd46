// Package httpd is the HTTP/1.1 server of the live preview: it reads GET
// and HEAD requests, with keep-alive, and writes responses of a known
// length or, once a handler flushes, streamed in chunks (the pages' event
// stream). It never reads a request body: a request that has one is
// answered and its connection closed.
//
// It exists because net/http cannot be linked without crypto/tls, x509
// and some sixty other packages whose package inits every command of the
// program would pay at start-up, serve or not: measured, net/http alone
// made "blueprint --version" 1.8 times slower than a Go hello world.
// What the preview needs of HTTP is small, and this package is only that:
// limits on the header (size and time), idle connections closed, the
// request's context ended when its client goes away, and a graceful
// shutdown.
package httpd

// Package serve is the live preview of "blueprint serve": a web server on
// the local machine that shows a journey, or every journey of a directory,
// as its pictures, and redraws them in the page each time a file is saved.
// While a journey has errors the page keeps its last good drawing and
// shows the diagnostics over it.
//
// Only the journeys under the served path are ever read (see Server.open),
// and unless Config.Public is set, only requests whose Host is the local
// machine are answered, which stops a web page from reading the journeys
// through a DNS name rebound to 127.0.0.1.
//
// It owns the routes, the file watcher, the event stream and the page
// (HTML, CSS and script, embedded); serve/httpd is its HTTP server. It
// finds, reads and names journey files as the commands do (package
// journeyfile), and draws with package render: it lays out nothing itself.
package serve

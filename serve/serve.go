package serve

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/blueprint-tool/blueprint/serve/httpd"
)

// Config says what to serve, and how.
type Config struct {
	// Path is the journey file or the directory of journeys to serve, as
	// the command line names it; diagnostics name files after it.
	Path string
	// Theme is the colour scheme the pages start with; "" for the first
	// of theme.Names.
	Theme string
	// Public answers requests for any host name: set it when the server
	// listens beyond the loopback interface.
	Public bool
	// Log receives the problems of the file watcher; nil discards them.
	Log io.Writer
}

// Server serves the pages of one journey file or directory. Make it with
// New, run it with Serve (or mount Handler on a server of your own) and
// Close it.
type Server struct {
	cfg      Config   // its Theme set to the default when it was ""
	dir      bool     // a directory is served; else one file
	rootDir  string   // the served directory, or the file's: absolute, links resolved
	root     *os.Root // rootDir, through which every journey is opened
	name     string   // one file: its name in requests (the base of Path)
	realName string   // one file: its name in rootDir, links resolved
	hub      *hub
	watch    *watcher
	handler  httpd.Handler
	log      *log.Logger

	// port is the port Serve listens on, once it does: requests must name
	// it in their Host. 0 under a server of someone else's (Handler).
	port atomic.Int32

	closeOnce sync.Once
	closeErr  error
}

// New checks the path and starts watching it. A path that does not exist,
// or a file that is not .yaml or .yml, is an error; a journey with errors
// is not: its page shows them.
func New(cfg Config) (*Server, error) {
	cfg.Theme = cmp.Or(cfg.Theme, theme.Names[0])
	if !slices.Contains(theme.Names, cfg.Theme) {
		return nil, fmt.Errorf("unknown theme %q", cfg.Theme)
	}
	s := &Server{cfg: cfg, hub: newHub()}
	logw := cfg.Log
	if logw == nil {
		logw = io.Discard
	}
	s.log = log.New(logw, "blueprint serve: ", 0)
	if cfg.Path == "" || cfg.Path == journeyfile.Stdin {
		return nil, errors.New("serve needs a journey file or a directory: standard input cannot be watched")
	}
	info, err := os.Stat(cfg.Path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", cfg.Path, journeyfile.WithoutPath(err))
	}
	abs, err := filepath.Abs(cfg.Path)
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", cfg.Path, journeyfile.WithoutPath(err))
	}
	switch {
	case info.IsDir():
		s.dir, s.rootDir = true, abs
	case info.Mode().IsRegular() && journeyfile.HasExt(cfg.Path) && journeyfile.HasExt(abs):
		s.rootDir, s.realName = filepath.Dir(abs), filepath.Base(abs)
		s.name = filepath.Base(cfg.Path)
	case info.Mode().IsRegular():
		return nil, fmt.Errorf("cannot serve %s: a journey is a .yaml or .yml file", cfg.Path)
	default:
		return nil, fmt.Errorf("cannot serve %s: it is neither a journey file nor a directory", cfg.Path)
	}
	if s.root, err = os.OpenRoot(s.rootDir); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", cfg.Path, journeyfile.WithoutPath(err))
	}
	if s.watch, err = newWatcher(s); err != nil {
		s.root.Close()
		return nil, fmt.Errorf("cannot watch %s for changes: %w", cfg.Path, err)
	}
	s.handler = s.routes()
	return s, nil
}

// Handler returns the handler of every page, endpoint and asset.
func (s *Server) Handler() httpd.Handler { return s.handler }

// IsDir reports whether a directory is served, rather than one file.
func (s *Server) IsDir() bool { return s.dir }

// Journeys returns the number of journeys served. It reads none of them.
func (s *Server) Journeys() int { return len(s.files()) }

// ShutdownTimeout bounds how long Serve waits for requests in flight when
// its context ends.
const ShutdownTimeout = 5 * time.Second

// Serve answers requests on ln until ctx ends, then shuts down: it stops
// accepting, ends the event streams of the pages, waits up to
// ShutdownTimeout for the requests in flight, and closes the server. It
// returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &httpd.Server{Handler: s.handler, ErrorLog: s.log} // its limits: httpd's defaults
	if a, ok := ln.Addr().(*net.TCPAddr); ok {
		s.port.Store(int32(a.Port))
	}
	hs.RegisterOnShutdown(s.hub.close)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = hs.Close()
	}
	<-errc
	s.Close()
	return err
}

// Close stops watching the files and ends the pages' event streams.
// Closing twice is harmless.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		s.hub.close()
		s.closeErr = s.watch.close()
		if err := s.root.Close(); s.closeErr == nil {
			s.closeErr = err
		}
	})
	return s.closeErr
}

// IsLoopback reports whether host, the host part of an address to listen
// on, is the local machine only: "localhost" or a loopback IP. "" (every
// interface), other names and other addresses are not.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"slices"
	"strings"
	"syscall"

	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/blueprint-tool/blueprint/serve"
	"github.com/spf13/cobra"
)

// serveOptions are the flags of serve.
type serveOptions struct {
	addr   string
	public bool
	open   bool
	theme  string
}

// defaultAddr is where serve listens unless --addr says otherwise.
const defaultAddr = "127.0.0.1:8080"

func newServe(e *env) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve FILE|DIR",
		Short: "A live preview in the browser that redraws on every save, for workshops",
		Long: `serve starts a web server on this machine that shows a journey, or every
journey of a directory, in the browser, and redraws it each time the file is
saved: type the journey while the room watches the blueprint grow.

It prints the address to open (http://127.0.0.1:8080/ by default) and opens
nothing unless --open is given. A directory gets an index of its .yaml and
.yml files (hidden ones left out), each linking to its page, and a form to
compare two of them; the index follows files as they come and go.

A journey's page shows the service blueprint and the touchpoint map in tabs,
with zoom and pan (wheel, drag, the + − Fit buttons, or the keys + - 0 1;
Shift+drag selects text), a theme menu, and buttons to download the view as
SVG, PNG or PDF. While the file has errors the last good drawing stays and
the diagnostics are shown over it, as FILE:LINE:COL; they go when the file
is fixed.

Only the journeys under FILE|DIR are ever read. The server listens on the
loopback interface only and answers only requests for localhost or a loopback
address; --addr with another address is refused unless --public is given,
which lets anyone who can reach this machine read the journeys.

Ctrl-C stops it.`,
		Example: `  blueprint serve journey.yaml
  blueprint serve --open journeys/
  blueprint serve --addr 127.0.0.1:0 journeys/      # any free port; the address is printed
  blueprint serve --public --addr :8080 journeys/   # the whole room's laptops`,
		Args: cobra.ExactArgs(1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.serve(cmd.Context(), args[0], o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", defaultAddr, "listen on `HOST:PORT`; port 0 picks a free one")
	f.BoolVar(&o.public, "public", false, "allow an --addr beyond this machine, and requests for any host name")
	f.BoolVar(&o.open, "open", false, "open the page in the default browser")
	f.StringVar(&o.theme, "theme", theme.Names[0], "colour `SCHEME` the pages start with: "+strings.Join(theme.Names, ", "))
	_ = cmd.RegisterFlagCompletionFunc("theme", cobra.FixedCompletions(theme.Names, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// serve runs the preview server until SIGINT or SIGTERM.
func (e *env) serve(ctx context.Context, path string, o serveOptions) error {
	if err := oneOf("theme", o.theme, theme.Names...); err != nil {
		return err
	}
	host, _, err := net.SplitHostPort(o.addr)
	if err != nil {
		return usageErrorf("--addr %s is not HOST:PORT (e.g. %s, or 127.0.0.1:0 for any free port)", o.addr, defaultAddr)
	}
	if !o.public && !serve.IsLoopback(host) {
		shown := host
		if shown == "" {
			shown = "every interface"
		}
		return usageErrorf("--addr %s listens beyond this machine (%s): anyone who can reach it could read the journeys; use 127.0.0.1 or localhost, or add --public to mean it", o.addr, shown)
	}
	// From here on Ctrl-C stops the server cleanly, even before it runs.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C ends the process at once
	}()
	srv, err := serve.New(serve.Config{Path: path, Theme: o.theme, Public: o.public, Log: e.stderr})
	if err != nil {
		return &exitError{exitUsage, err}
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		srv.Close()
		return usageErrorf("cannot listen on %s: %v (another program may use the port: --addr 127.0.0.1:0 picks a free one)", o.addr, unwrapOp(err))
	}
	u := pageURL(ln.Addr().(*net.TCPAddr))
	fmt.Fprintln(e.stdout, u)
	what := path
	if srv.IsDir() {
		what = fmt.Sprintf("%s (%d journeys)", path, srv.Journeys())
	}
	fmt.Fprintf(e.stderr, "blueprint: serving %s; Ctrl-C stops\n", what)
	if o.public {
		fmt.Fprintf(e.stderr, "blueprint: --public: listening on %s, anyone who can reach this machine can read the journeys\n", ln.Addr())
		for _, u := range networkURLs(ln.Addr().(*net.TCPAddr)) {
			fmt.Fprintf(e.stderr, "blueprint: from other machines: %s\n", u)
		}
	}
	if o.open {
		if err := openBrowser(u); err != nil {
			fmt.Fprintf(e.stderr, "blueprint: cannot open a browser (%v): open %s yourself\n", err, u)
		}
	}
	if err := srv.Serve(ctx, ln); err != nil && !errors.Is(err, context.Canceled) {
		return &exitError{exitProblems, fmt.Errorf("serve: %w", err)}
	}
	return nil
}

// pageURL is the address to open for a listener: a loopback address as it
// is, and for every interface (0.0.0.0 or ::) 127.0.0.1, which reaches it
// from this machine.
func pageURL(a *net.TCPAddr) string {
	host := a.IP.String()
	if a.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	u := url.URL{Scheme: "http", Host: net.JoinHostPort(host, fmt.Sprint(a.Port)), Path: "/"}
	return u.String()
}

// networkURLs lists, for a server listening on every interface, the
// addresses other machines may reach it at: the machine's IPv4 addresses
// (and IPv6 ones when it listens on ::) that are not loopback.
func networkURLs(a *net.TCPAddr) []string {
	if !a.IP.IsUnspecified() {
		return nil
	}
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	var urls []string
	for _, addr := range addrs {
		n, ok := addr.(*net.IPNet)
		if !ok || !n.IP.IsGlobalUnicast() || (n.IP.To4() == nil && a.IP.To4() != nil) {
			continue
		}
		u := url.URL{Scheme: "http", Host: net.JoinHostPort(n.IP.String(), fmt.Sprint(a.Port)), Path: "/"}
		if !slices.Contains(urls, u.String()) {
			urls = append(urls, u.String())
		}
	}
	return urls
}

// unwrapOp drops the "listen tcp ADDR:" of a *net.OpError, which the
// message already names.
func unwrapOp(err error) error {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		var se *os.SyscallError
		if errors.As(oe.Err, &se) {
			return se.Err
		}
		return oe.Err
	}
	return err
}

// openBrowser opens u in the default browser, as the desktop would: best
// effort, without waiting for it.
func openBrowser(u string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", u)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", u)
	default:
		cmd = exec.Command("xdg-open", u)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() // reap it; a browser already running returns at once
	return nil
}

// blueprint serve: the live preview of a journey, and the index of a
// directory of journeys. Plain JavaScript, no library, nothing loaded from
// elsewhere. The server tells the page over server-sent events (/events)
// which journeys changed; the page then asks for their diagnostics
// (/diagnostics) and, when they have no error, for the new drawing (/svg
// or /compare.svg), which it inlines. While a journey has errors, or is
// gone, the last good drawing stays and the problems are shown over it.
'use strict';

(() => {
  // A blocked resource is a bug of this page: make it loud (the browser
  // test fails on any console error).
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error('Content-Security-Policy blocked ' + (e.blockedURI || 'inline code') + ' (' + e.violatedDirective + ')');
  });

  const $ = (id) => document.getElementById(id);
  const body = document.body;
  const enc = encodeURIComponent;

  function clock() {
    return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function count(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  // listen follows the server's events: onChange gets each change
  // ({files, list, all}); onHello runs on every connection, the first and
  // each reconnection after the server was away, since changes may have
  // been missed meanwhile.
  //
  // A browser opens at most six connections to one server, and a stream
  // holds one for as long as its page is open: six pages of one server
  // would leave none for the drawings. So one tab, the first to take a
  // lock (Web Locks), holds the stream for every tab of this server and
  // hands its events to the others on a BroadcastChannel; when that tab
  // closes, the next one takes the lock and the stream over. Without those
  // APIs (the lock needs a secure context, which a loopback address is but
  // a --public address on the network is not), each tab has its own stream.
  function listen(onChange, onHello) {
    const status = $('sv-status');
    function show(live) {
      status.classList.toggle('sv-offline', !live);
      if (live && !status.dataset.live) status.textContent = 'live';
      if (!live) status.textContent = 'offline: is blueprint serve still running? Reconnecting…';
      if (live) status.dataset.live = '1';
      else delete status.dataset.live;
    }
    function deliver(m) {
      if (m.type === 'hello') {
        show(true);
        onHello();
      } else if (m.type === 'change') {
        onChange(m.change);
      } else if (m.type === 'state') {
        show(m.live);
      }
    }
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('blueprint-serve-events') : null;
    let es = null;
    function follow() {
      const send = (m) => {
        deliver(m);
        if (channel) channel.postMessage(m);
      };
      es = new EventSource('/events');
      es.addEventListener('hello', () => send({ type: 'hello' }));
      es.addEventListener('change', (e) => {
        let c;
        try {
          c = JSON.parse(e.data);
        } catch (_) {
          return;
        }
        send({ type: 'change', change: c });
      });
      es.addEventListener('error', () => send({ type: 'state', live: false }));
    }
    if (!channel || !navigator.locks) {
      follow();
      return;
    }
    channel.onmessage = (e) => {
      if (e.data.type === 'join') { // a new tab asks whether the stream is up
        if (es) channel.postMessage({ type: 'state', live: es.readyState === EventSource.OPEN });
        return;
      }
      deliver(e.data);
    };
    navigator.locks.request('blueprint-serve-events', () => {
      follow();
      return new Promise(() => {}); // held until this tab closes
    });
    channel.postMessage({ type: 'join' });
  }

  function setStatus(text) {
    const status = $('sv-status');
    if (status.dataset.live) status.textContent = text;
  }

  // The index: the list is fetched again (the same page, parsed) after any
  // change, keeping what the compare form had chosen.
  function indexPage() {
    let busy = false;
    let again = false;
    async function refresh() {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        const r = await fetch('/', { cache: 'no-store' });
        if (r.ok) {
          const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
          const fresh = doc.getElementById('sv-index');
          const old = $('sv-index');
          if (fresh && old) {
            const keep = {};
            for (const k of ['a', 'b']) keep[k] = $('sv-compare-' + k) && $('sv-compare-' + k).value;
            old.replaceChildren(...Array.from(fresh.childNodes, (n) => document.importNode(n, true)));
            for (const k of ['a', 'b']) {
              const sel = $('sv-compare-' + k);
              if (sel && keep[k] && Array.from(sel.options).some((o) => o.value === keep[k])) sel.value = keep[k];
            }
            setStatus('live · updated ' + clock());
          }
        }
      } catch (_) {
        // offline: the event stream says so, and reconnects
      } finally {
        busy = false;
        if (again) {
          again = false;
          refresh();
        }
      }
    }
    let hellos = 0;
    listen(() => refresh(), () => {
      if (hellos++ > 0) refresh(); // the first: the page is fresh
    });
  }

  // The page of a journey, or of two compared.
  function journeyPage() {
    const mode = body.dataset.page; // "view" or "compare"
    const files = mode === 'compare' ? [body.dataset.a, body.dataset.b] : [body.dataset.file];
    let view = body.dataset.view;
    let theme = body.dataset.theme;
    let findings = body.dataset.findings === '1'; // the review findings are marked
    const stage = $('sv-stage');
    const canvas = $('sv-canvas');
    const drawing = $('sv-drawing');
    const placeholder = $('sv-placeholder');
    const problems = $('sv-problems');
    const downloads = document.querySelectorAll('.sv-download');
    const zoomLevel = $('sv-zoom-level');

    const good = {}; // "view theme findings" -> the last good SVG of that view, theme and marking
    const zooms = {}; // view -> {s, x, y, fitted}; fitted: refit on each redraw
    let shown = { key: null, text: null, w: 0, h: 0 };
    let generation = 0; // answers to an older refresh are dropped

    const keyOf = () => view + ' ' + theme + ' ' + findings;

    // query names what the page shows, as the page, the drawing and the
    // downloads are asked for: the journey and the view, or the two
    // journeys compared; the theme; and whether the findings are marked.
    function query() {
      const q = mode === 'compare'
        ? 'a=' + enc(files[0]) + '&b=' + enc(files[1])
        : 'f=' + enc(files[0]) + '&view=' + enc(view) + (findings ? '&findings=1' : '');
      return q + '&theme=' + enc(theme);
    }
    const svgURL = () => (mode === 'compare' ? '/compare.svg?' : '/svg?') + query();
    const downloadURL = (format) => '/download?' + query() + '&format=' + enc(format);
    const pageURL = () => location.pathname + '?' + query();

    // refresh asks for the diagnostics of the journeys, then, when they
    // have no error, for the drawing, and shows what it got.
    async function refresh() {
      const my = ++generation;
      const key = keyOf();
      let errors = [];
      let warnings = [];
      const gone = [];
      let text = null;
      const sort = (ds) => {
        for (const d of ds) (d.severity === 'error' ? errors : warnings).push(d);
      };
      try {
        const results = await Promise.all(files.map(async (f) => {
          const r = await fetch('/diagnostics?f=' + enc(f), { cache: 'no-store' });
          return { f, ok: r.ok, status: r.status, body: r.ok ? await r.json() : (await r.text()).trim() };
        }));
        if (my !== generation) return;
        for (const r of results) {
          if (r.ok) sort(r.body);
          else gone.push(r.body || r.f + ': HTTP ' + r.status);
        }
        if (errors.length === 0 && gone.length === 0) {
          const r = await fetch(svgURL(), { cache: 'no-store' });
          if (r.ok) {
            text = await r.text();
          } else if (r.status === 422) { // it broke in between
            errors = [];
            warnings = [];
            sort(await r.json());
          } else {
            gone.push((await r.text()).trim());
          }
          if (my !== generation) return;
        }
      } catch (e) {
        if (my !== generation) return;
        gone.push('The server cannot be reached (' + e.message + '): is blueprint serve still running?');
      }
      if (text !== null) {
        good[key] = text;
        if (text !== shown.text) draw(text, key);
      } else if (shown.key !== key) {
        if (good[key] !== undefined) draw(good[key], key); // another tab or theme: its last good drawing
        else clear();
      }
      const bad = errors.length > 0 || gone.length > 0;
      stage.classList.toggle('sv-stale', bad);
      placeholder.hidden = shown.text !== null;
      placeholder.textContent = bad ? 'Nothing to draw yet.' : 'Loading…';
      showProblems(errors, warnings, gone);
      for (const a of downloads) {
        a.href = downloadURL(a.dataset.format);
        a.setAttribute('aria-disabled', bad || shown.text === null ? 'true' : 'false');
      }
      if (bad) setStatus('live · ' + (errors.length ? count(errors.length, 'error') : 'cannot read') + ' at ' + clock());
      else setStatus('live · drawn ' + clock());
    }

    // draw inlines an SVG, so that its text can be selected and its
    // tooltips shown. The SVGs come from this server, which escapes every
    // text and writes no script; what could run is removed anyway.
    function draw(text, key) {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const svg = doc.documentElement;
      if (!svg || svg.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) {
        console.error('the server sent a drawing that is not SVG');
        return;
      }
      svg.querySelectorAll('script, foreignObject').forEach((n) => n.remove());
      for (const el of [svg, ...svg.querySelectorAll('*')]) {
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) el.removeAttribute(a.name);
        }
      }
      let w = parseFloat(svg.getAttribute('width'));
      let h = parseFloat(svg.getAttribute('height'));
      const vb = (svg.getAttribute('viewBox') || '').trim().split(/[\s,]+/).map(Number);
      if (!(w > 0 && h > 0) && vb.length === 4) {
        w = vb[2];
        h = vb[3];
      }
      drawing.replaceChildren(document.importNode(svg, true));
      shown = { key, text, w: w || 800, h: h || 600 };
      const title = svg.querySelector('title');
      const name = mode === 'compare' ? files[0] + ' vs ' + files[1] : files[0];
      document.title = (title && title.textContent ? title.textContent + ' · ' : '') + name + ' · blueprint';
      const z = zooms[view];
      if (!z || z.fitted) fit();
      else apply();
    }

    function clear() {
      drawing.replaceChildren();
      shown = { key: null, text: null, w: 0, h: 0 };
    }

    function showProblems(errors, warnings, gone) {
      const list = $('sv-diagnostics');
      const title = $('sv-problems-title');
      list.replaceChildren();
      if (!errors.length && !warnings.length && !gone.length) {
        problems.hidden = true;
        return;
      }
      const kept = shown.text !== null ? ': the drawing is the last good one' : '';
      let head;
      if (gone.length) head = 'The journey cannot be read' + (shown.text !== null ? ': the drawing is the last one made' : '');
      else if (errors.length) head = count(errors.length, 'error') + (warnings.length ? ' and ' + count(warnings.length, 'warning') : '') + kept;
      else head = count(warnings.length, 'warning');
      title.textContent = head;
      problems.classList.toggle('sv-warnings-only', !errors.length && !gone.length);
      for (const m of gone) {
        const li = document.createElement('li');
        li.className = 'sv-gone';
        li.textContent = m;
        list.append(li);
      }
      for (const d of errors.concat(warnings)) {
        const li = document.createElement('li');
        li.className = 'sv-diagnostic';
        const pos = document.createElement('span');
        pos.className = 'sv-pos';
        pos.textContent = d.line > 0 ? d.file + ':' + d.line + ':' + d.col : d.file;
        const sev = document.createElement('span');
        sev.className = 'sv-sev-' + d.severity;
        sev.textContent = d.severity;
        li.append(pos, ': ', sev, ': ' + d.message);
        list.append(li);
      }
      problems.hidden = false;
    }

    // Zoom and pan: the drawing is moved and scaled with a CSS transform,
    // one state per view. A view that was fitted and not touched since is
    // fitted again on each redraw, so that a growing journey stays whole in
    // the window until someone zooms in.
    function zoom() {
      if (!zooms[view]) zooms[view] = { s: 1, x: 0, y: 0, fitted: true };
      return zooms[view];
    }

    function apply() {
      const z = zoom();
      drawing.style.transform = 'translate(' + z.x + 'px, ' + z.y + 'px) scale(' + z.s + ')';
      zoomLevel.textContent = Math.round(z.s * 100) + '%';
    }

    function fit() {
      const z = zoom();
      const pad = 16;
      const cw = canvas.clientWidth;
      const ch = canvas.clientHeight;
      if (shown.w > 0 && cw > 2 * pad && ch > 2 * pad) {
        z.s = Math.min((cw - 2 * pad) / shown.w, (ch - 2 * pad) / shown.h, 2);
        z.x = (cw - shown.w * z.s) / 2;
        z.y = Math.max(pad, (ch - shown.h * z.s) / 2);
      }
      z.fitted = true;
      apply();
    }

    function zoomAt(factor, px, py) {
      const z = zoom();
      const s = Math.min(8, Math.max(0.05, z.s * factor));
      const k = s / z.s;
      z.x = px - (px - z.x) * k;
      z.y = py - (py - z.y) * k;
      z.s = s;
      z.fitted = false;
      apply();
    }

    const zoomCentre = (factor) => zoomAt(factor, canvas.clientWidth / 2, canvas.clientHeight / 2);

    canvas.addEventListener('wheel', (e) => {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? canvas.clientHeight : 1;
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) { // a sideways swipe pans
        const z = zoom();
        z.x -= e.deltaX * unit;
        z.fitted = false;
        apply();
        return;
      }
      const r = canvas.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * unit * 0.0015), e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });

    // Drag pans; Shift+drag selects text instead.
    let drag = null;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || e.shiftKey) return;
      e.preventDefault();
      canvas.focus({ preventScroll: true });
      drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
      canvas.setPointerCapture(e.pointerId);
      canvas.classList.add('sv-panning');
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!drag || e.pointerId !== drag.id) return;
      const z = zoom();
      z.x += e.clientX - drag.x;
      z.y += e.clientY - drag.y;
      drag.x = e.clientX;
      drag.y = e.clientY;
      z.fitted = false;
      apply();
    });
    const endDrag = (e) => {
      if (drag && e.pointerId === drag.id) {
        drag = null;
        canvas.classList.remove('sv-panning');
      }
    };
    canvas.addEventListener('pointerup', endDrag);
    canvas.addEventListener('pointercancel', endDrag);

    $('sv-zoom-in').addEventListener('click', () => zoomCentre(1.25));
    $('sv-zoom-out').addEventListener('click', () => zoomCentre(1 / 1.25));
    $('sv-fit').addEventListener('click', fit);
    document.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) return;
      const keys = {
        '+': () => zoomCentre(1.25), '=': () => zoomCentre(1.25),
        '-': () => zoomCentre(1 / 1.25), '_': () => zoomCentre(1 / 1.25),
        '0': fit, '1': () => zoomCentre(1 / zoom().s),
      };
      if (keys[e.key]) {
        e.preventDefault();
        keys[e.key]();
      }
    });
    window.addEventListener('resize', () => {
      if (zoom().fitted) fit();
    });

    // Tabs and theme.
    function choose(newView) {
      view = newView;
      for (const t of document.querySelectorAll('.sv-tab')) {
        t.setAttribute('aria-selected', t.dataset.view === view ? 'true' : 'false');
      }
      history.replaceState(null, '', pageURL());
      refresh();
    }
    for (const t of document.querySelectorAll('.sv-tab')) {
      t.addEventListener('click', () => {
        if (t.dataset.view !== view) choose(t.dataset.view);
      });
    }
    const findingsBox = $('sv-findings');
    if (findingsBox) {
      findingsBox.addEventListener('change', (e) => {
        findings = e.target.checked;
        history.replaceState(null, '', pageURL());
        refresh();
      });
    }
    $('sv-theme').addEventListener('change', (e) => {
      body.classList.remove('sv-theme-' + theme);
      theme = e.target.value;
      body.classList.add('sv-theme-' + theme);
      history.replaceState(null, '', pageURL());
      refresh();
    });

    apply();
    refresh();
    listen((c) => {
      if (c.all || (c.files || []).some((f) => files.includes(f))) refresh();
    }, refresh);
  }

  if (body.dataset.page === 'index') indexPage();
  else journeyPage();
})();

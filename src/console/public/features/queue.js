/* Counselors: the live handoff queue, alerts (sound, badge, browser notification), and the way into a
 * conversation (queue-conversation.js). Strings: locales/<lang>/console-queue.json (key "queue"). */
(function () {
  'use strict';
  var B = window.BDH;
  var el = B.el, t = B.t;
  var API = '/console/api/handoff';
  var LEVEL_CLASS = { imminent: 'lvl-imminent', disclosed: 'lvl-disclosed', possible: 'lvl-possible' };

  /* Styles live with the feature (the shell serves only scripts): added through the CSSOM, which the console's
   * Content-Security-Policy allows (no inline <style>). */
  var CSS = [
    '.q-head{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin-bottom:12px}',
    '.q-head h1{margin:0;font-size:1.3rem}',
    '.q-office.closed{color:var(--warn)}',
    '.lvl{display:inline-block;padding:2px 8px;border-radius:10px;font-size:.85rem;font-weight:600;background:#eef2f6;color:var(--ink)}',
    '.lvl-imminent{background:#fde7e5;color:var(--danger)}',
    '.lvl-disclosed{background:#fff1e0;color:var(--warn)}',
    '.lvl-possible{background:#eef4ff;color:var(--brand)}',
    'tr.q-row{cursor:pointer}',
    'tr.q-row:hover{background:#f7f9fc}',
    'tr.q-row.overdue td{background:#fde7e5}',
    '.overdue-tag{color:#fff;background:var(--danger);border-radius:6px;padding:1px 6px;font-weight:700;margin-left:6px}',
    '.conv{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:12px}',
    '@media (max-width:860px){.conv{grid-template-columns:minmax(0,1fr)}}',
    '.conv select,.conv input,.conv textarea{max-width:100%}',
    '.composer select{width:100%}',
    '.thread{display:flex;flex-direction:column;gap:6px;max-height:60vh;overflow-y:auto;padding:8px;background:#fff;border:1px solid var(--line);border-radius:10px}',
    '.msg{max-width:85%;padding:6px 10px;border-radius:10px;white-space:pre-wrap;word-wrap:break-word}',
    '.msg .meta{display:block;font-size:.75rem;color:var(--muted)}',
    '.msg.teen{align-self:flex-start;background:#eef2f6}',
    '.msg.bot,.msg.system{align-self:center;background:#f7f7f7;color:var(--muted);font-size:.9rem}',
    '.msg.counselor{align-self:flex-end;background:#e3effc}',
    '.msg.context{opacity:.75}',
    '.msg.risk{border-left:4px solid var(--danger)}',
    '.msg .fail{display:block;margin-top:4px;color:var(--danger);font-size:.85rem}',
    '.ctx-label{align-self:center;font-size:.8rem;color:var(--muted)}',
    '.composer{display:flex;flex-direction:column;gap:6px;margin-top:8px}',
    '.composer textarea,.card textarea{width:100%;min-height:70px}',
    '.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}',
    '.note{border-left:3px solid #e0b000;padding:4px 8px;margin:4px 0;background:#fffbea}',
    '.win-closed{color:var(--danger);font-weight:600}',
  ].join('\n');
  function addStyles() {
    if (document.getElementById('queue-styles-done')) return;
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } catch (e) {
      var target = document.styleSheets[0];
      CSS.split('\n').forEach(function (rule) { try { target.insertRule(rule, target.cssRules.length); } catch (err) { /* skip */ } });
    }
    document.body.appendChild(el('span', { id: 'queue-styles-done', hidden: true }));
  }

  var state = { tickets: [], online: 0, office: null, criticalAfterMs: 300000, outcomes: [], source: null, listeners: [], audio: null };

  function duration(ms) {
    var m = Math.max(0, Math.floor(ms / 60000));
    if (m < 60) return t('queue.minutes', { n: m });
    if (m < 1440) return t('queue.hours', { h: Math.floor(m / 60), m: m % 60 });
    return t('queue.days', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
  }
  function urgentSince(tk) { return Math.max(Date.parse(tk.createdAt), tk.raisedAt ? Date.parse(tk.raisedAt) : 0); }
  function isOverdue(tk) { return tk.status === 'queued' && tk.critical && Date.now() - urgentSince(tk) >= state.criticalAfterMs; }
  function levelBadge(tk) {
    var key = tk.level || 'none';
    return el('span', { class: 'lvl ' + (LEVEL_CLASS[key] || ''), text: t('queue.level.' + key) });
  }
  function windowText(w) {
    if (!w.allowed) return el('span', { class: 'win-closed', text: t('queue.window.closed') });
    if (w.remainingMs == null) return t('queue.window.open');
    var parts = [w.free ? t('queue.window.left', { time: duration(w.remainingMs) }) : t('queue.window.leftPaid', { time: duration(w.remainingMs) })];
    if (w.free && w.freeRemainingMs != null) parts.push(t('queue.window.freeLeft', { time: duration(w.freeRemainingMs) }));
    if (w.humanAgentTag) parts.push(t('queue.window.humanAgent'));
    return parts.join(' · ');
  }
  function statusText(tk) {
    return tk.status === 'claimed' ? t('queue.status.claimed', { name: tk.claimedByName || '—' }) : t('queue.status.' + tk.status);
  }
  function errorText(err) {
    var code = err && err.body && err.body.error;
    if (err && err.status === 409 && code === 'already_claimed') return t('queue.claimedByOther', { name: err.body.holder || '—' });
    return code ? t('queue.errors.' + code) : t('errors.generic');
  }

  /* ---- alerts: sound, badge, browser notification -------------------------------------------------- */
  function beep(urgent) {
    try {
      state.audio = state.audio || new (window.AudioContext || window.webkitAudioContext)();
      var ctx = state.audio;
      [0, 0.25, urgent ? 0.5 : null].forEach(function (at) {
        if (at === null) return;
        var osc = ctx.createOscillator(), gain = ctx.createGain();
        osc.frequency.value = urgent ? 880 : 660;
        gain.gain.value = 0.2;
        osc.connect(gain); gain.connect(ctx.destination);
        osc.start(ctx.currentTime + at); osc.stop(ctx.currentTime + at + 0.15);
      });
    } catch (e) { /* no audio on this device */ }
  }
  function notify(alert) {
    var title = t('queue.alert.' + alert.kind);
    var body = t('queue.level.' + (alert.level || 'none')) + ' · ' + alert.channel;
    beep(alert.kind === 'overdue' || alert.level === 'imminent');
    B.toast(title + ' — ' + body, alert.kind === 'overdue' ? 'error' : 'info');
    if ('Notification' in window && Notification.permission === 'granted') {
      try { new Notification(title, { body: body, tag: 'bdh-' + alert.ticketId, requireInteraction: alert.kind === 'overdue' }); } catch (e) { /* phone browsers need a service worker */ }
    }
    window.BDH_QUEUE_ALERTS = (window.BDH_QUEUE_ALERTS || []).concat([alert]);
  }
  function updateBadge() {
    var waiting = state.tickets.filter(function (x) { return x.status === 'queued'; }).length;
    B.badge('queue', waiting);
    document.title = (waiting ? '(' + waiting + ') ' : '') + t('title');
  }

  function upsert(ticket) {
    state.tickets = state.tickets.filter(function (x) { return x.id !== ticket.id; });
    if (ticket.status !== 'closed') state.tickets.push(ticket);
    state.tickets.sort(function (a, b) { return b.priority - a.priority || Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1); });
  }
  function emit() { updateBadge(); state.listeners.forEach(function (fn) { fn(); }); }

  function load() {
    return B.api('GET', API + '/queue').then(function (res) {
      state.tickets = res.tickets; state.online = res.online; state.office = res.office;
      state.criticalAfterMs = res.criticalAfterMs; state.outcomes = res.outcomes;
      emit();
    });
  }
  /** One queue stream per console tab, opened at sign-in so alerts arrive whatever view is shown. */
  function connect() {
    if (state.source && state.source.readyState !== 2) return;
    var source = new EventSource(API + '/events');
    state.source = source;
    source.onmessage = function (e) {
      var ev = JSON.parse(e.data);
      if (ev.type === 'ticket') upsert(ev.ticket);
      else if (ev.type === 'presence') state.online = ev.online;
      else if (ev.type === 'alert') notify(ev.alert);
      emit();
    };
    source.onopen = function () { load().catch(function () { /* shown on next try */ }); };
    // EventSource retries by itself, except after an HTTP error (signed out, restart): then try again later.
    source.onerror = function () { if (source.readyState === 2) setTimeout(function () { if (B.me()) connect(); }, 5000); };
  }

  function claim(id) {
    return B.api('POST', API + '/tickets/' + encodeURIComponent(id) + '/claim').then(function (res) {
      upsert(res.ticket); emit(); B.toast(t('queue.claimed')); return res.ticket;
    }).catch(function (err) { B.toast(errorText(err), 'error'); load(); throw err; });
  }

  /* ---- the list ----------------------------------------------------------------------------------- */
  function row(tk) {
    var open = function () { B.navigate('queue', tk.id); };
    var claimBtn = tk.status === 'queued' ? el('button', { class: 'claim', 'data-ticket': tk.id, text: t('queue.claim'), onclick: function (e) { e.stopPropagation(); claim(tk.id).then(open, function () { /* toast shown */ }); } }) : null;
    var over = isOverdue(tk);
    return el('tr', { class: 'q-row' + (over ? ' overdue' : ''), 'data-ticket': tk.id, onclick: open }, [
      el('td', { 'data-label': t('queue.col.level') }, [levelBadge(tk), over ? el('span', { class: 'overdue-tag', text: t('queue.overdue') }) : null]),
      el('td', { 'data-label': t('queue.col.reason'), text: t('queue.reason.' + tk.reason) + (tk.category ? ' · ' + t('queue.category.' + tk.category) : '') }),
      el('td', { 'data-label': t('queue.col.channel'), text: tk.channel + ' · ' + tk.lang }),
      el('td', { 'data-label': t('queue.col.waiting'), text: duration(Date.now() - Date.parse(tk.createdAt)) }),
      el('td', { 'data-label': t('queue.col.status'), text: statusText(tk) }),
      el('td', { 'data-label': t('queue.col.window') }, [windowText(tk.window)]),
      el('td', { 'data-label': t('queue.col.locality'), text: tk.locality || '—' }),
      el('td', {}, [claimBtn]),
    ]);
  }

  function mountList(root) {
    var head = el('div', { class: 'q-head' });
    var tbody = el('tbody');
    var empty = el('p', { class: 'empty', text: t('queue.empty'), hidden: true });
    function render() {
      head.textContent = '';
      head.appendChild(el('h1', { text: t('queue.title') }));
      head.appendChild(el('span', { class: 'muted', id: 'q-online', text: t('queue.online', { n: state.online }) }));
      if (state.office) {
        var o = state.office[B.lang()] || state.office.vi;
        head.appendChild(el('span', { class: 'q-office' + (state.office.open ? '' : ' closed'), text: state.office.open ? t('queue.officeOpen', { hours: o.hours }) : t('queue.officeClosed', { hours: o.hours, next: o.next || '—' }) }));
      }
      if ('Notification' in window && Notification.permission === 'default') {
        head.appendChild(el('button', { class: 'secondary', text: t('queue.enableNotifications'), onclick: function () {
          Notification.requestPermission().then(function (p) { if (p === 'granted') B.toast(t('queue.notificationsOn')); render(); });
        } }));
      }
      tbody.textContent = '';
      state.tickets.forEach(function (tk) { tbody.appendChild(row(tk)); });
      empty.hidden = state.tickets.length > 0;
    }
    root.appendChild(head);
    root.appendChild(el('table', { class: 'responsive', id: 'queue-table' }, [
      el('thead', {}, [el('tr', {}, ['level', 'reason', 'channel', 'waiting', 'status', 'window', 'locality'].map(function (k) { return el('th', { text: t('queue.col.' + k) }); }).concat([el('th')]))]),
      tbody,
    ]));
    root.appendChild(empty);
    state.listeners.push(render);
    var tick = setInterval(render, 15000);
    render();
    load();
    return function () { clearInterval(tick); state.listeners = state.listeners.filter(function (f) { return f !== render; }); };
  }

  var shared = { api: API, state: state, duration: duration, levelBadge: levelBadge, windowText: windowText, statusText: statusText, errorText: errorText, claim: claim, upsert: upsert, emit: emit, load: load };

  B.registerView({
    id: 'queue',
    titleKey: 'queue.title',
    roles: ['counselor'],
    start: function () {
      addStyles();
      if (!state.started) window.addEventListener('hashchange', updateBadge); // after the shell redraws the navigation
      state.started = true;
      connect();
      load().catch(function () { /* retried on reconnect */ });
    },
    mount: function (root, ctx) {
      addStyles();
      updateBadge(); // the shell redraws the navigation on every route
      if (ctx.arg && B.queueConversation) return B.queueConversation(root, ctx.arg, shared);
      return mountList(root);
    },
  });
})();

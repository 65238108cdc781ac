/* Bạn Đồng Hành web chat. Plain script, no build step: the page must work on cheap phones. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('bdh-config').textContent);
  var S = config.strings;
  var STORE_KEY = 'bdh.session';
  var log = document.getElementById('log');
  var quick = document.getElementById('quick');
  var typing = document.getElementById('typing');
  var form = document.getElementById('composer');
  var input = document.getElementById('input');
  var sendBtn = document.getElementById('send');
  var statusEl = document.getElementById('status');
  var token = null;
  var events = null;

  function linkify(text) {
    var frag = document.createDocumentFragment();
    var re = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;
    var last = 0, m;
    while ((m = re.exec(text))) {
      if (m.index > last) frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      var a = document.createElement('a');
      a.href = m[1]; a.textContent = m[1]; a.target = '_blank'; a.rel = 'noopener noreferrer';
      frag.appendChild(a);
      last = m.index + m[1].length;
    }
    if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  function add(from, text) {
    var li = document.createElement('li');
    li.className = 'msg ' + from;
    li.setAttribute('data-from', from);
    if (from === 'counselor') {
      var who = document.createElement('span');
      who.className = 'who'; who.textContent = S.counselor;
      li.appendChild(who);
    }
    li.appendChild(linkify(text));
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  function setQuick(actions) {
    quick.textContent = '';
    (actions || []).forEach(function (a) {
      if (a.type === 'call') {
        var link = document.createElement('a');
        link.className = 'call'; link.href = a.value; link.textContent = a.title;
        quick.appendChild(link);
        return;
      }
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = a.title;
      b.addEventListener('click', function () { send(a.value, false, a.title); });
      quick.appendChild(b);
    });
    quick.scrollLeft = 0;
    log.scrollTop = log.scrollHeight;
  }

  function show(activities) {
    var last = null;
    (activities || []).forEach(function (a) {
      if (a.type !== 'message') return;
      if (a.text) add(a.from === 'counselor' ? 'counselor' : 'bot', a.text);
      last = a;
    });
    if (last) setQuick(last.suggestedActions);
  }

  function setStatus(text) { statusEl.hidden = !text; statusEl.textContent = text || ''; }
  function busy(on) { typing.hidden = !on; sendBtn.disabled = on; log.scrollTop = log.scrollHeight; }

  function post(path, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(path, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  function listen() {
    if (!window.EventSource || !token) return;
    if (events) events.close();
    events = new EventSource('/web/events?token=' + encodeURIComponent(token));
    events.onmessage = function (e) {
      var a = JSON.parse(e.data);
      if (a.type === 'typing') { busy(true); return; }
      busy(false); show([a]);
    };
  }

  function start() {
    var saved = null;
    try { saved = localStorage.getItem(STORE_KEY); } catch (e) { saved = null; }
    busy(true);
    post('/web/session', saved ? { token: saved, locale: config.locale } : { locale: config.locale }).then(function (res) {
      token = res.token;
      try { localStorage.setItem(STORE_KEY, token); } catch (e) { /* private mode: session lasts this page */ }
      if (res.resumed) {
        (res.history || []).forEach(function (h) { add(h.from === 'user' ? 'user' : 'bot', h.text); });
        busy(false);
        return send('menu', true);
      }
      busy(false); show(res.activities);
    }).then(listen).catch(function () { busy(false); setStatus(S.offline); setTimeout(start, 4000); });
  }

  /** Sends `text`; the log shows `shown` instead when a button's value differs from its title. */
  function send(text, silent, shown) {
    text = String(text || '').trim();
    if (!text) return Promise.resolve();
    if (text.length > 2000) { setStatus(S.tooLong); return Promise.resolve(); }
    setStatus('');
    if (!silent) add('user', shown || text);
    setQuick([]);
    busy(true);
    return post('/web/messages', { text: text, locale: config.locale }).then(function (res) {
      busy(false); show(res.activities);
    }).catch(function () { busy(false); setStatus(S.sendFailed); });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value;
    input.value = '';
    send(text);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit')); }
  });
  document.getElementById('forget').addEventListener('click', function () {
    if (!window.confirm(S.forgetConfirm)) return;
    try { localStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ }
    if (events) events.close();
    token = null; log.textContent = ''; setQuick([]);
    start();
  });
  start();
})();

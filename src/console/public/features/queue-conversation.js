/* Counselors: one handoff conversation — the thread live (SSE), claim, reply through the teen's channel with
 * each message's delivery state, canned replies, internal notes, transfer, release, close with an outcome.
 * Mounted by queue.js for #/queue/<ticket id>. */
(function () {
  'use strict';
  var B = window.BDH;
  var el = B.el, t = B.t;

  function when(iso) { return new Date(iso).toLocaleTimeString(B.lang() === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' }); }

  function authorLabel(m) {
    if (m.author === 'counselor') return m.counselorName || t('queue.thread.counselor');
    return t('queue.thread.' + m.author);
  }

  function messageText(m) {
    var safety = m.author === 'system' && /^safety:(\w+)$/.exec(m.text || '');
    return safety ? t('queue.thread.safetySent', { kind: t('queue.safetyKind.' + safety[1]) }) : m.text || '';
  }

  function messageNode(m) {
    var cls = 'msg ' + m.author + (m.context ? ' context' : '') + (m.riskLevel ? ' risk' : '');
    var meta = authorLabel(m) + ' · ' + when(m.at) + (m.status !== 'received' && m.author !== 'teen' ? ' · ' + t('queue.state.' + m.status) : '');
    var children = [el('span', { class: 'meta', text: meta }), messageText(m)];
    if (m.riskLevel) children.push(el('span', { class: 'meta', text: t('queue.thread.risk', { level: t('queue.level.' + m.riskLevel) }) }));
    if (m.failure) {
      children.push(el('span', { class: 'fail', role: 'alert', 'data-failure': m.failure.code, text: t('queue.failure.' + m.failure.code) + ' ' + t('queue.instead.' + m.failure.code) }));
    }
    return el('div', { class: cls, 'data-seq': String(m.seq) }, children);
  }

  function mount(root, id, q) {
    var view = null;
    var thread = el('div', { class: 'thread', id: 'thread', 'aria-live': 'polite' });
    var header = el('div', { class: 'card', id: 'conv-header' });
    var side = el('div', {});
    var composer = el('div', { class: 'composer', id: 'composer' });
    var notes = el('div', { class: 'card', id: 'notes' });
    var nodes = {};
    var contextShown = false;
    var source = null;
    var canned = null;

    function addMessage(m) {
      var node = messageNode(m);
      if (m.context && !contextShown) { thread.appendChild(el('div', { class: 'ctx-label', text: t('queue.thread.context') })); contextShown = true; }
      if (nodes[m.seq]) thread.replaceChild(node, nodes[m.seq]);
      else thread.appendChild(node);
      nodes[m.seq] = node;
      thread.scrollTop = thread.scrollHeight;
    }

    function renderHeader() {
      var tk = view.ticket;
      header.textContent = '';
      header.appendChild(el('div', { class: 'row' }, [
        q.levelBadge(tk),
        el('strong', { text: t('queue.reason.' + tk.reason) + (tk.category ? ' · ' + t('queue.category.' + tk.category) : '') }),
        el('span', { class: 'muted', text: tk.channel + ' · ' + tk.lang + (tk.locality ? ' · ' + tk.locality : '') }),
      ]));
      header.appendChild(el('p', { class: 'muted', id: 'conv-status', text: q.statusText(tk) + ' · ' + q.duration(Date.now() - Date.parse(tk.createdAt)) }));
      header.appendChild(el('p', { id: 'conv-window' }, [t('queue.col.window') + ': ', q.windowText(tk.window)]));
      if (tk.status === 'queued') header.appendChild(el('button', { id: 'conv-claim', text: t('queue.claim'), onclick: function () { q.claim(id).then(reload, function () { reload(); }); } }));
      renderSide();
      renderComposer();
    }

    function act(method, path, body) {
      return B.api(method, q.api + '/tickets/' + encodeURIComponent(id) + path, body).catch(function (err) { B.toast(q.errorText(err), 'error'); reload(); throw err; });
    }

    function renderComposer() {
      composer.textContent = '';
      if (!view.mine) { composer.appendChild(el('p', { class: 'muted', text: t('queue.composer.notMine') })); return; }
      var box = el('textarea', { id: 'reply', maxlength: '2000', placeholder: t('queue.composer.placeholder'), 'aria-label': t('queue.composer.placeholder') });
      var pick = el('select', { id: 'canned', 'aria-label': t('queue.composer.canned') }, [el('option', { value: '', text: t('queue.composer.canned') })]);
      if (canned) canned.groups.forEach(function (g) {
        var group = el('optgroup', { label: t('queue.canned.' + g) });
        canned.replies.filter(function (r) { return r.group === g; }).forEach(function (r) { group.appendChild(el('option', { value: r.id, text: r[view.ticket.lang] || r.vi })); });
        pick.appendChild(group);
      });
      pick.addEventListener('change', function () {
        var r = canned && canned.replies.filter(function (x) { return x.id === pick.value; })[0];
        if (r) box.value = r[view.ticket.lang] || r.vi;
        pick.value = '';
        box.focus();
      });
      var send = el('button', { id: 'send', text: t('queue.composer.send') });
      function submit() {
        var text = box.value.trim();
        if (!text) return;
        send.disabled = true;
        act('POST', '/messages', { text: text }).then(function (res) { box.value = ''; addMessage(res.message); }).catch(function () { /* toast shown */ }).finally(function () { send.disabled = false; });
      }
      send.addEventListener('click', submit);
      box.addEventListener('keydown', function (e) { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(); });
      composer.appendChild(pick);
      composer.appendChild(box);
      composer.appendChild(el('div', { class: 'row' }, [send]));
    }

    function renderSide() {
      side.textContent = '';
      side.appendChild(notes);
      if (!view.mine) return;
      var outcome = el('select', { id: 'outcome', 'aria-label': t('queue.actions.outcome') }, q.state.outcomes.map(function (o) { return el('option', { value: o, text: t('queue.outcome.' + o) }); }));
      var message = el('textarea', { id: 'close-message', maxlength: '2000', placeholder: t('queue.actions.closeMessage'), 'aria-label': t('queue.actions.closeMessage') });
      var rating = el('input', { type: 'checkbox', id: 'ask-rating', checked: true });
      var closeBtn = el('button', { class: 'danger', id: 'close-ticket', text: t('queue.actions.doClose') });
      closeBtn.addEventListener('click', function () {
        closeBtn.disabled = true;
        act('POST', '/close', { outcome: outcome.value, askRating: rating.checked, message: message.value.trim() || undefined })
          .then(function (res) { q.upsert(res.ticket); q.emit(); B.toast(t('queue.actions.closed')); B.navigate('queue'); })
          .catch(function () { closeBtn.disabled = false; });
      });
      var target = el('select', { id: 'transfer-to', 'aria-label': t('queue.actions.transfer') });
      var tnote = el('input', { id: 'transfer-note', placeholder: t('queue.actions.transferNote'), 'aria-label': t('queue.actions.transferNote') });
      B.api('GET', q.api + '/counselors').then(function (res) {
        res.counselors.forEach(function (c) { target.appendChild(el('option', { value: c.id, text: c.displayName + (c.online ? ' ●' : '') })); });
      });
      side.appendChild(el('div', { class: 'card' }, [
        el('h3', { text: t('queue.actions.close') }),
        el('label', {}, [t('queue.actions.outcome') + ' ', outcome]), message,
        el('label', { class: 'row' }, [rating, t('queue.actions.askRating')]), closeBtn,
      ]));
      side.appendChild(el('div', { class: 'card' }, [
        el('h3', { text: t('queue.actions.transfer') }), target, tnote,
        el('div', { class: 'row' }, [
          el('button', { class: 'secondary', text: t('queue.actions.doTransfer'), onclick: function () { act('POST', '/transfer', { to: target.value, note: tnote.value.trim() || undefined }).then(reload); } }),
          el('button', { class: 'secondary', id: 'release', text: t('queue.actions.release'), onclick: function () { act('POST', '/release').then(reload); } }),
        ]),
      ]));
    }

    function renderNotes(list) {
      notes.textContent = '';
      notes.appendChild(el('h3', { text: t('queue.notes.title') }));
      var listBox = el('div', { id: 'notes-list' });
      list.forEach(function (n) { listBox.appendChild(noteNode(n)); });
      notes.appendChild(listBox);
      var input = el('textarea', { id: 'note-text', placeholder: t('queue.notes.placeholder'), 'aria-label': t('queue.notes.placeholder') });
      notes.appendChild(input);
      notes.appendChild(el('button', { class: 'secondary', text: t('queue.notes.add'), onclick: function () {
        if (!input.value.trim()) return;
        act('POST', '/notes', { text: input.value.trim() }).then(function () { input.value = ''; });
      } }));
    }
    function noteNode(n) { return el('div', { class: 'note', 'data-seq': String(n.seq) }, [el('span', { class: 'meta muted', text: n.authorName + ' · ' + when(n.at) + ' ' }), n.text]); }

    function reload() {
      return B.api('GET', q.api + '/tickets/' + encodeURIComponent(id)).then(function (res) {
        view = res;
        thread.textContent = ''; nodes = {}; contextShown = false;
        res.thread.forEach(addMessage);
        renderNotes(res.notes);
        renderHeader();
      }).catch(function (err) { B.toast(q.errorText(err), 'error'); });
    }

    root.appendChild(el('p', {}, [el('a', { href: '#/queue', text: t('queue.back') })]));
    root.appendChild(header);
    root.appendChild(el('div', { class: 'conv' }, [el('div', {}, [el('h2', { text: t('queue.thread.title') }), thread, composer]), side]));
    B.api('GET', q.api + '/canned').then(function (c) { canned = c; if (view) renderComposer(); });
    reload().then(function () {
      source = new EventSource(q.api + '/tickets/' + encodeURIComponent(id) + '/events');
      source.onmessage = function (e) {
        var ev = JSON.parse(e.data);
        if (ev.type === 'message') addMessage(ev.message);
        else if (ev.type === 'note') document.getElementById('notes-list').appendChild(noteNode(ev.note));
        else if (ev.type === 'ticket') {
          var before = view.ticket;
          var wasMine = view.mine;
          view.ticket = ev.ticket;
          view.mine = ev.ticket.status === 'claimed' && !!B.me() && ev.ticket.claimedBy === B.me().id;
          if (wasMine !== view.mine || before.status !== ev.ticket.status || before.claimedBy !== ev.ticket.claimedBy) renderHeader();
          else document.getElementById('conv-status').textContent = q.statusText(ev.ticket);
        }
      };
    });
    var tick = setInterval(function () { if (view) document.getElementById('conv-status').textContent = q.statusText(view.ticket) + ' · ' + q.duration(Date.now() - Date.parse(view.ticket.createdAt)); }, 15000);
    return function () { clearInterval(tick); if (source) source.close(); };
  }

  B.queueConversation = mount;
})();

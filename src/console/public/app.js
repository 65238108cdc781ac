/* Bạn Đồng Hành console shell: sign-in, navigation, and the views that feature scripts register. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('bdh-console-config').textContent);
  var lang = localStorage.getItem('bdh.console.lang') || config.lang || 'vi';
  var views = [];
  var state = { me: null, csrf: null, current: null, cleanup: null };
  var main = document.getElementById('main');

  function lookup(obj, key) {
    return key.split('.').reduce(function (o, k) { return o && typeof o === 'object' ? o[k] : undefined; }, obj);
  }
  /** t(key, vars): a string of locales/<lang>/console.json with {{var}} filled in; the key itself when missing. */
  function t(key, vars) {
    var s = lookup(config.strings[lang], key);
    if (typeof s !== 'string') return key;
    return s.replace(/\{\{(\w+)\}\}/g, function (_, k) { return vars && vars[k] != null ? String(vars[k]) : ''; });
  }

  /** el('button', {class: 'x', onclick: fn}, ['text', child]) */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
      else if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : v);
    });
    (children || []).forEach(function (c) { if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function ApiError(status, body) { this.status = status; this.body = body || {}; this.message = (body && body.message) || ('HTTP ' + status); }

  /** JSON API call with the session's CSRF token on anything but GET. */
  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (text) {
          var data = text ? JSON.parse(text) : {};
          if (r.status === 401 && state.me) { showLogin(); }
          if (!r.ok) throw new ApiError(r.status, data);
          return data;
        });
      });
  }

  function toast(message, kind) {
    var box = el('div', { class: 'toast ' + (kind || 'info'), role: kind === 'error' ? 'alert' : 'status', text: message });
    document.body.appendChild(box);
    setTimeout(function () { box.remove(); }, 5000);
  }

  function registerView(view) { views.push(view); }

  function allowed(view) { return state.me && view.roles.indexOf(state.me.role) !== -1; }

  function navigate(id, arg) {
    location.hash = '#/' + id + (arg ? '/' + encodeURIComponent(arg) : '');
  }

  function route() {
    if (!state.me) return;
    var parts = location.hash.replace(/^#\/?/, '').split('/');
    var view = views.filter(function (v) { return v.id === parts[0] && allowed(v); })[0] || views.filter(allowed)[0];
    if (state.cleanup) { try { state.cleanup(); } catch (e) { /* view already gone */ } state.cleanup = null; }
    main.textContent = '';
    renderNav(view);
    if (!view) { main.appendChild(el('p', { class: 'empty', text: t('noViews') })); return; }
    state.current = view.id;
    var cleanup = view.mount(main, { arg: parts[1] ? decodeURIComponent(parts[1]) : undefined });
    if (typeof cleanup === 'function') state.cleanup = cleanup;
  }

  function renderNav(active) {
    var nav = document.getElementById('nav');
    nav.textContent = '';
    views.filter(allowed).forEach(function (v) {
      nav.appendChild(el('a', { href: '#/' + v.id, class: active && active.id === v.id ? 'active' : '', id: 'nav-' + v.id, 'aria-current': active && active.id === v.id ? 'page' : null }, [
        t(v.titleKey), el('span', { class: 'badge', id: 'badge-' + v.id, hidden: true }),
      ]));
    });
  }

  function showShell() {
    document.getElementById('topbar').hidden = false;
    document.getElementById('brand').textContent = t('title');
    document.getElementById('who').textContent = state.me.displayName + ' · ' + t('roles.' + state.me.role);
    document.getElementById('logout').textContent = t('logout');
    document.getElementById('lang-switch').textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
    views.filter(allowed).forEach(function (v) { if (v.start) v.start(); });
    route();
  }

  function showLogin(message) {
    state.me = null; state.csrf = null;
    if (state.cleanup) { state.cleanup(); state.cleanup = null; }
    document.getElementById('topbar').hidden = true;
    main.textContent = '';
    var error = el('p', { class: 'error', role: 'alert', id: 'login-error', hidden: !message, text: message || '' });
    var form = el('form', { class: 'login', id: 'login-form' }, [
      el('h1', { text: t('title') }),
      el('label', { for: 'username', text: t('login.username') }),
      el('input', { id: 'username', name: 'username', autocomplete: 'username', required: true }),
      el('label', { for: 'password', text: t('login.password') }),
      el('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
      error,
      el('button', { type: 'submit', id: 'login-submit', text: t('login.submit') }),
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      api('POST', '/console/api/login', { username: form.username.value, password: form.password.value }).then(function (res) {
        state.me = res.account; state.csrf = res.csrfToken; showShell();
      }).catch(function (err) {
        error.hidden = false;
        error.textContent = err.status === 429 ? t('login.tooMany') : err.status === 401 ? t('login.invalid') : t('errors.generic');
      });
    });
    main.appendChild(form);
  }

  document.getElementById('logout').addEventListener('click', function () {
    api('POST', '/console/api/logout').finally(function () { showLogin(); });
  });
  document.getElementById('lang-switch').addEventListener('click', function () {
    lang = lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem('bdh.console.lang', lang);
    document.documentElement.lang = lang;
    showShell();
  });
  window.addEventListener('hashchange', route);

  window.BDH = {
    t: t, el: el, api: api, toast: toast, registerView: registerView, navigate: navigate,
    me: function () { return state.me; },
    lang: function () { return lang; },
    /** Sets a view's badge in the navigation (0 hides it). */
    badge: function (viewId, n) {
      var b = document.getElementById('badge-' + viewId);
      if (!b) return;
      b.hidden = !n; b.textContent = n ? String(n) : '';
    },
  };

  document.addEventListener('DOMContentLoaded', function () {
    api('GET', '/console/api/me').then(function (res) {
      state.me = res.account; state.csrf = res.csrfToken; showShell();
    }).catch(function () { showLogin(); });
  });
})();

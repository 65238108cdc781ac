/* Admin: console accounts (create, change role, disable, reset password) and the audit log. */
(function () {
  'use strict';
  var B = window.BDH;
  var el = B.el, t = B.t;

  function accountRow(a, reload) {
    var role = el('select', { 'aria-label': t('accounts.role') }, ['counselor', 'staff', 'admin'].map(function (r) {
      return el('option', { value: r, selected: a.role === r, text: t('roles.' + r) });
    }));
    role.addEventListener('change', function () {
      B.api('PATCH', '/console/api/accounts/' + a.id, { role: role.value }).then(function () { B.toast(t('accounts.saved')); reload(); })
        .catch(function (e) { B.toast(e.message, 'error'); reload(); });
    });
    var toggle = el('button', { class: 'secondary', text: a.disabled ? t('accounts.enable') : t('accounts.disable') });
    toggle.addEventListener('click', function () {
      B.api('PATCH', '/console/api/accounts/' + a.id, { disabled: !a.disabled }).then(reload).catch(function (e) { B.toast(e.message, 'error'); });
    });
    var reset = el('button', { class: 'secondary', text: t('accounts.resetPassword') });
    reset.addEventListener('click', function () {
      var p = window.prompt(t('accounts.newPassword'));
      if (!p) return;
      B.api('PATCH', '/console/api/accounts/' + a.id, { password: p }).then(function () { B.toast(t('accounts.saved')); })
        .catch(function (e) { B.toast(e.message, 'error'); });
    });
    return el('tr', {}, [
      el('td', { 'data-label': t('accounts.username'), text: a.username }),
      el('td', { 'data-label': t('accounts.displayName'), text: a.displayName }),
      el('td', { 'data-label': t('accounts.role') }, [role]),
      el('td', { 'data-label': t('accounts.status'), text: a.disabled ? t('accounts.disabled') : t('accounts.active') }),
      el('td', {}, [toggle, ' ', reset]),
    ]);
  }

  B.registerView({
    id: 'accounts',
    titleKey: 'accounts.title',
    roles: ['admin'],
    mount: function (root) {
      var tbody = el('tbody');
      function reload() {
        B.api('GET', '/console/api/accounts').then(function (res) {
          tbody.textContent = '';
          res.accounts.forEach(function (a) { tbody.appendChild(accountRow(a, reload)); });
        });
      }
      var form = el('form', { class: 'toolbar card', id: 'account-form' }, [
        el('label', {}, [t('accounts.username'), el('input', { name: 'username', required: true, autocomplete: 'off' })]),
        el('label', {}, [t('accounts.displayName'), el('input', { name: 'displayName', required: true })]),
        el('label', {}, [t('accounts.role'), el('select', { name: 'role' }, ['counselor', 'staff', 'admin'].map(function (r) { return el('option', { value: r, text: t('roles.' + r) }); }))]),
        el('label', {}, [t('accounts.password'), el('input', { name: 'password', type: 'password', required: true, minlength: '12', autocomplete: 'new-password' })]),
        el('button', { type: 'submit', text: t('accounts.create') }),
      ]);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        B.api('POST', '/console/api/accounts', { username: form.username.value, displayName: form.displayName.value, role: form.role.value, password: form.password.value })
          .then(function () { form.reset(); B.toast(t('accounts.saved')); reload(); })
          .catch(function (err) { B.toast(err.message, 'error'); });
      });
      root.appendChild(el('h1', { text: t('accounts.title') }));
      root.appendChild(form);
      root.appendChild(el('table', { class: 'responsive' }, [
        el('thead', {}, [el('tr', {}, ['username', 'displayName', 'role', 'status', 'actions'].map(function (k) { return el('th', { text: t('accounts.' + k) }); }))]),
        tbody,
      ]));
      reload();
    },
  });

  B.registerView({
    id: 'audit',
    titleKey: 'audit.title',
    roles: ['admin'],
    mount: function (root) {
      var tbody = el('tbody');
      root.appendChild(el('h1', { text: t('audit.title') }));
      root.appendChild(el('table', { class: 'responsive' }, [
        el('thead', {}, [el('tr', {}, ['at', 'actor', 'action', 'target'].map(function (k) { return el('th', { text: t('audit.' + k) }); }))]),
        tbody,
      ]));
      B.api('GET', '/console/api/audit').then(function (res) {
        res.entries.forEach(function (e) {
          tbody.appendChild(el('tr', {}, [
            el('td', { 'data-label': t('audit.at'), text: new Date(e.at).toLocaleString(B.lang() === 'vi' ? 'vi-VN' : 'en-GB') }),
            el('td', { 'data-label': t('audit.actor'), text: e.actorName || '—' }),
            el('td', { 'data-label': t('audit.action'), text: e.action }),
            el('td', { 'data-label': t('audit.target'), text: e.target || '' }),
          ]));
        });
      });
    },
  });
})();

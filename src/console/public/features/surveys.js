/* Staff and admins: career-interest quiz results — filters, counts, SVG charts, the list, one result, CSV/XLSX export. */
(function () {
  'use strict';
  var B = window.BDH;
  var el = B.el, t = B.t;
  var API = '/console/api/surveys';
  var CODES = ['R', 'I', 'A', 'S', 'E', 'C'];
  /** One colour per Holland type; bars also carry the letter, so colour is never the only cue. */
  var COLORS = { R: '#c2410c', I: '#1d4ed8', A: '#9333ea', S: '#15803d', E: '#db2777', C: '#475569' };
  var PAGE = 50;
  var MAX_LOCALITY_BARS = 12;
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var TIME_ZONE = 'Asia/Ho_Chi_Minh';
  var FILTERS = ['from', 'to', 'locality', 'ageBand', 'top', 'channel'];
  var STYLE = [
    '.svy-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px;margin-bottom:12px}',
    '.svy-chart{margin:0}.svy-chart figcaption{font-weight:600;margin-bottom:6px}.svy-chart svg{width:100%;height:auto;display:block}',
    '.svy-cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:12px}.svy-cards .card{flex:1 1 180px;margin:0}',
    '.svy-kpi{font-size:2rem;font-weight:700;line-height:1.1}.svy-mini{margin:4px 0 0;padding:0;list-style:none;font-size:.9rem}',
    '.svy-table tbody tr{cursor:pointer}.svy-table tbody tr:hover{background:#f6f8fb}.svy-scores{font-variant-numeric:tabular-nums;white-space:nowrap}',
    '.svy-pager{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:8px 0}',
    '.svy-dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}.svy-dl dt{color:var(--muted)}.svy-dl dd{margin:0}',
    '.svy-actions{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:12px}',
    '@media (max-width:700px){.svy-grid{grid-template-columns:1fr}}',
  ].join('');

  var meta = null;
  var current = {};
  var offset = 0;

  var stylesAdded = false;
  /** The page's CSP allows only app.css; a constructed stylesheet (CSSOM) carries this view's layout rules. */
  function addStyles() {
    if (stylesAdded || !('adoptedStyleSheets' in document)) return;
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    stylesAdded = true;
  }

  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] != null) node.setAttribute(k, String(attrs[k])); });
    (children || []).forEach(function (c) { if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function locale() { return B.lang() === 'vi' ? 'vi-VN' : 'en-GB'; }
  function when(iso) { return new Date(iso).toLocaleString(locale(), { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }); }
  function num(n) { return Number(n).toLocaleString(locale()); }
  function typeName(c) { return meta ? meta.labels.types[c] : c; }
  function localityName(id) {
    if (id == null) return t('surveys.filters.none');
    var hit = (meta.localities || []).filter(function (l) { return l.id === id; })[0];
    return hit ? hit.name : id;
  }
  function query(extra) {
    var params = [];
    FILTERS.forEach(function (k) { if (current[k]) params.push(k + '=' + encodeURIComponent(current[k])); });
    Object.keys(extra || {}).forEach(function (k) { params.push(k + '=' + encodeURIComponent(extra[k])); });
    params.push('lang=' + B.lang());
    return '?' + params.join('&');
  }

  /** Horizontal bars: rows of {label, value, color, letter}; max is the scale's end. */
  function hbars(rows, max, caption, format) {
    var rowH = 30, labelW = 130, barW = 190, height = rows.length * rowH + 6;
    var body = rows.map(function (r, i) {
      var w = max > 0 ? Math.max(r.value > 0 ? 2 : 0, Math.round((r.value / max) * barW)) : 0;
      var y = i * rowH + 4;
      return svg('g', { 'data-bar': r.key }, [
        svg('title', {}, [r.label + ': ' + format(r.value)]),
        svg('text', { x: 0, y: y + 18, 'font-size': 13, fill: '#1b2430' }, [r.label.length > 18 ? r.label.slice(0, 17) + '…' : r.label]),
        svg('rect', { x: labelW, y: y + 4, width: w, height: 20, rx: 3, fill: r.color || '#0b5cad' }),
        r.letter ? svg('text', { x: labelW + 4, y: y + 18, 'font-size': 12, fill: '#fff', 'font-weight': 700 }, [w >= 14 ? r.letter : '']) : null,
        svg('text', { x: labelW + w + 6, y: y + 18, 'font-size': 13, fill: '#1b2430' }, [format(r.value)]),
      ]);
    });
    return chart(caption, svg('svg', { viewBox: '0 0 400 ' + height, role: 'img', 'aria-label': caption }, body));
  }

  /** Stacked horizontal bars per locality, one segment per strongest type. */
  function localityChart(byLocality, caption) {
    var rows = byLocality.slice(0, MAX_LOCALITY_BARS);
    var rest = byLocality.slice(MAX_LOCALITY_BARS);
    if (rest.length) {
      var other = { locality: '__others__', total: 0, byTop: {} };
      CODES.forEach(function (c) { other.byTop[c] = 0; });
      rest.forEach(function (l) { other.total += l.total; CODES.forEach(function (c) { other.byTop[c] += l.byTop[c]; }); });
      other.label = t('surveys.charts.others', { n: rest.length });
      rows = rows.concat([other]);
    }
    var max = Math.max.apply(null, rows.map(function (r) { return r.total; }).concat([1]));
    var rowH = 30, labelW = 130, barW = 210, legendH = 44, height = rows.length * rowH + legendH + 6;
    var body = rows.map(function (r, i) {
      var y = i * rowH + 4, x = labelW;
      var label = r.label || localityName(r.locality);
      var segments = CODES.filter(function (c) { return r.byTop[c] > 0; }).map(function (c) {
        var w = Math.max(1, Math.round((r.byTop[c] / max) * barW));
        var seg = svg('rect', { x: x, y: y + 4, width: w, height: 20, fill: COLORS[c] }, [svg('title', {}, [label + ' · ' + typeName(c) + ': ' + num(r.byTop[c])])]);
        x += w;
        return seg;
      });
      return svg('g', { 'data-bar': r.locality == null ? 'none' : r.locality }, [
        svg('text', { x: 0, y: y + 18, 'font-size': 13, fill: '#1b2430' }, [label.length > 18 ? label.slice(0, 17) + '…' : label]),
      ].concat(segments).concat([svg('text', { x: x + 6, y: y + 18, 'font-size': 13, fill: '#1b2430' }, [num(r.total)])]));
    });
    var legend = CODES.map(function (c, i) {
      var lx = (i % 3) * 133, ly = rows.length * rowH + 18 + Math.floor(i / 3) * 20;
      return svg('g', {}, [
        svg('rect', { x: lx, y: ly - 11, width: 12, height: 12, fill: COLORS[c] }),
        svg('text', { x: lx + 16, y: ly, 'font-size': 12, fill: '#1b2430' }, [c + ' ' + typeName(c)]),
      ]);
    });
    return chart(caption, svg('svg', { viewBox: '0 0 400 ' + height, role: 'img', 'aria-label': caption }, body.concat(legend)));
  }

  /** Columns over time, oldest first. */
  function timeChart(points, caption) {
    var n = Math.max(points.length, 1), width = 400, height = 190, left = 34, bottom = 32, top = 10;
    var max = Math.max.apply(null, points.map(function (p) { return p.total; }).concat([1]));
    var step = (width - left) / n, barW = Math.max(2, Math.min(40, step * 0.7));
    var every = Math.ceil(n / 8);
    var body = [
      svg('line', { x1: left, y1: height - bottom, x2: width, y2: height - bottom, stroke: '#c9d2dc' }),
      svg('text', { x: left - 4, y: top + 10, 'font-size': 11, 'text-anchor': 'end', fill: '#5b6777' }, [num(max)]),
      svg('text', { x: left - 4, y: height - bottom, 'font-size': 11, 'text-anchor': 'end', fill: '#5b6777' }, ['0']),
    ];
    points.forEach(function (p, i) {
      var h = Math.round((p.total / max) * (height - bottom - top));
      var x = left + i * step + (step - barW) / 2;
      body.push(svg('rect', { x: x, y: height - bottom - h, width: barW, height: h, fill: '#0b5cad', 'data-bucket': p.bucket }, [svg('title', {}, [p.bucket + ': ' + num(p.total)])]));
      if (i % every === 0) body.push(svg('text', { x: x + barW / 2, y: height - bottom + 14, 'font-size': 10, 'text-anchor': 'middle', fill: '#5b6777' }, [p.bucket.length > 7 ? p.bucket.slice(5) : p.bucket]));
    });
    return chart(caption, svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': caption }, body));
  }

  function chart(caption, drawing) {
    return el('figure', { class: 'card svy-chart' }, [el('figcaption', { text: caption }), drawing]);
  }

  function select(name, label, options) {
    var s = el('select', { name: name, id: 'svy-' + name }, [el('option', { value: '', text: t('surveys.filters.all') })].concat(options.map(function (o) {
      return el('option', { value: o.value, text: o.label, selected: current[name] === o.value });
    })));
    return el('label', { for: 'svy-' + name }, [label, s]);
  }

  function filterForm(reload) {
    var localities = (meta.localities || []).map(function (l) { return { value: l.id, label: l.name }; })
      .concat((meta.unlistedLocalities || []).map(function (id) { return { value: id, label: id }; }))
      .concat([{ value: 'none', label: t('surveys.filters.none') }]);
    var form = el('form', { class: 'toolbar card', id: 'svy-filters' }, [
      el('label', { for: 'svy-from' }, [t('surveys.filters.from'), el('input', { type: 'date', name: 'from', id: 'svy-from', value: current.from || '' })]),
      el('label', { for: 'svy-to' }, [t('surveys.filters.to'), el('input', { type: 'date', name: 'to', id: 'svy-to', value: current.to || '' })]),
      select('locality', t('surveys.filters.locality'), localities),
      select('ageBand', t('surveys.filters.ageBand'), Object.keys(meta.labels.ageBands).map(function (b) { return { value: b, label: meta.labels.ageBands[b] }; })),
      select('top', t('surveys.filters.top'), CODES.map(function (c) { return { value: c, label: c + ' · ' + typeName(c) }; })),
      select('channel', t('surveys.filters.channel'), (meta.channels || []).map(function (c) { return { value: c, label: c }; })),
      el('button', { type: 'submit', id: 'svy-apply', text: t('surveys.filters.apply') }),
      el('button', { type: 'button', class: 'secondary', id: 'svy-reset', text: t('surveys.filters.reset'), onclick: function () { current = {}; offset = 0; reload(true); } }),
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      current = {};
      FILTERS.forEach(function (k) { if (form[k].value) current[k] = form[k].value; });
      offset = 0;
      reload(false);
    });
    return form;
  }

  function download(format) {
    B.toast(t('surveys.export.working'));
    B.api('GET', '/console/api/me').then(function (me) {
      return fetch(API + '/export', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({ format: format, lang: B.lang(), filters: current }),
      });
    }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      var match = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
      var name = match ? match[1] : 'export.' + format;
      return res.blob().then(function (blob) { return { blob: blob, name: name }; });
    }).then(function (file) {
      var url = URL.createObjectURL(file.blob);
      var a = el('a', { href: url, download: file.name, hidden: true });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
      B.toast(t('surveys.export.done', { file: file.name }));
    }).catch(function () { B.toast(t('surveys.export.failed'), 'error'); });
  }

  function miniList(obj, label) {
    return el('ul', { class: 'svy-mini' }, Object.keys(obj).filter(function (k) { return obj[k] > 0; }).map(function (k) {
      return el('li', { text: label(k) + ': ' + num(obj[k]) });
    }));
  }

  function renderStats(box, res) {
    var s = res.stats;
    box.textContent = '';
    var channels = {};
    s.byChannel.forEach(function (c) { channels[c.channel] = c.total; });
    box.appendChild(el('div', { class: 'svy-cards', id: 'svy-summary' }, [
      el('div', { class: 'card' }, [el('div', { class: 'muted', text: t('surveys.summary.total') }), el('div', { class: 'svy-kpi', id: 'svy-total', text: num(s.total) })]),
      el('div', { class: 'card' }, [el('div', { class: 'muted', text: t('surveys.summary.byAgeBand') }), miniList(s.byAgeBand, function (b) { return meta.labels.ageBands[b]; })]),
      el('div', { class: 'card' }, [el('div', { class: 'muted', text: t('surveys.summary.byChannel') }), miniList(channels, function (c) { return c; })]),
    ]));
    if (s.total === 0) { box.appendChild(el('p', { class: 'empty', id: 'svy-empty', text: t('surveys.charts.empty') })); return; }
    var pct = function (v) { return num(v) + ' (' + Math.round((v / s.total) * 100) + '%)'; };
    var byTop = CODES.map(function (c) { return { key: c, label: typeName(c), value: s.byTop[c], color: COLORS[c], letter: c }; });
    var means = CODES.map(function (c) { return { key: c, label: typeName(c), value: s.meanScores[c], color: COLORS[c], letter: c }; });
    var bucket = res.bucket === 'day' ? t('surveys.charts.byDay') : t('surveys.charts.byMonth');
    box.appendChild(el('div', { class: 'svy-grid', id: 'svy-charts' }, [
      hbars(byTop, Math.max.apply(null, byTop.map(function (r) { return r.value; }).concat([1])), t('surveys.charts.byTop'), pct),
      hbars(means, s.maxScore || 12, t('surveys.charts.meanScores', { max: s.maxScore || 12 }), function (v) { return (Math.round(v * 10) / 10).toLocaleString(locale()); }),
      localityChart(s.byLocality, t('surveys.charts.byLocality')),
      timeChart(s.overTime, t('surveys.charts.overTime') + ' (' + bucket + ')'),
    ]));
  }

  function renderList(box, res) {
    box.textContent = '';
    var tbody = el('tbody', {}, res.items.map(function (r) {
      var open = function () { B.navigate('surveys', r.id); };
      return el('tr', { 'data-id': r.id, onclick: open }, [
        el('td', { 'data-label': t('surveys.table.completedAt'), text: when(r.completedAt) }),
        el('td', { 'data-label': t('surveys.table.code') }, [el('strong', { text: r.code })]),
        el('td', { 'data-label': t('surveys.table.scores'), class: 'svy-scores', text: CODES.map(function (c) { return r.scores[c]; }).join('-') }),
        el('td', { 'data-label': t('surveys.table.ageBand'), text: meta.labels.ageBands[r.ageBand] }),
        el('td', { 'data-label': t('surveys.table.grade'), text: r.grade ? meta.labels.grades[r.grade] : '—' }),
        el('td', { 'data-label': t('surveys.table.locality'), text: r.localityName || '—' }),
        el('td', { 'data-label': t('surveys.table.gender'), text: r.gender ? meta.labels.genders[r.gender] : '—' }),
        el('td', { 'data-label': t('surveys.table.channel'), text: r.channel }),
        el('td', {}, [el('a', { href: '#/surveys/' + encodeURIComponent(r.id), text: t('surveys.table.open') })]),
      ]);
    }));
    box.appendChild(el('table', { class: 'responsive svy-table', id: 'svy-results' }, [
      el('thead', {}, [el('tr', {}, ['completedAt', 'code', 'scores', 'ageBand', 'grade', 'locality', 'gender', 'channel'].map(function (k) { return el('th', { text: t('surveys.table.' + k) }); }).concat([el('th', {})]))]),
      tbody,
    ]));
  }

  function renderPager(box, res, reload) {
    box.textContent = '';
    if (res.total === 0) return;
    var prev = el('button', { class: 'secondary', type: 'button', text: t('surveys.table.prev'), disabled: offset === 0, onclick: function () { offset = Math.max(0, offset - PAGE); reload(false); } });
    var next = el('button', { class: 'secondary', type: 'button', text: t('surveys.table.next'), disabled: offset + PAGE >= res.total, onclick: function () { offset += PAGE; reload(false); } });
    box.appendChild(prev);
    box.appendChild(el('span', { id: 'svy-range', text: t('surveys.table.range', { from: num(offset + 1), to: num(Math.min(offset + PAGE, res.total)), total: num(res.total) }) }));
    box.appendChild(next);
  }

  function mountList(root) {
    var formBox = el('div');
    var statsBox = el('div', { id: 'svy-stats' });
    var listBox = el('div');
    var pager = el('div', { class: 'svy-pager' });
    var alive = true;
    function reload(rebuildForm) {
      if (rebuildForm) { formBox.textContent = ''; formBox.appendChild(filterForm(reload)); }
      B.api('GET', API + '/stats' + query()).then(function (res) { if (alive) renderStats(statsBox, res); })
        .catch(function (e) { B.toast(e.message, 'error'); });
      B.api('GET', API + '/results' + query({ limit: PAGE, offset: offset })).then(function (res) {
        if (!alive) return;
        renderList(listBox, res);
        renderPager(pager, res, reload);
      }).catch(function (e) { B.toast(e.message, 'error'); });
    }
    document.title = t('surveys.title') + ' · ' + t('title');
    root.appendChild(el('h1', { text: t('surveys.heading') }));
    root.appendChild(el('p', { class: 'muted', text: t('surveys.intro') }));
    root.appendChild(formBox);
    root.appendChild(el('div', { class: 'svy-actions' }, [
      el('button', { type: 'button', id: 'svy-export-xlsx', text: t('surveys.export.xlsx'), onclick: function () { download('xlsx'); } }),
      el('button', { type: 'button', class: 'secondary', id: 'svy-export-csv', text: t('surveys.export.csv'), onclick: function () { download('csv'); } }),
    ]));
    root.appendChild(statsBox);
    root.appendChild(listBox);
    root.appendChild(pager);
    reload(true);
    return function () { alive = false; };
  }

  function mountDetail(root, id) {
    root.appendChild(el('p', {}, [el('a', { href: '#/surveys', id: 'svy-back', text: t('surveys.detail.back') })]));
    var box = el('div', { id: 'svy-detail' });
    root.appendChild(box);
    B.api('GET', API + '/results/' + encodeURIComponent(id) + '?lang=' + B.lang()).then(function (res) {
      var r = res.result;
      var ranked = CODES.slice().sort(function (a, b) { return r.scores[b] - r.scores[a] || CODES.indexOf(a) - CODES.indexOf(b); });
      var names = r.code.split('').map(typeName).join(', ');
      box.appendChild(el('h1', { text: t('surveys.detail.heading', { code: r.code }) }));
      box.appendChild(el('p', { text: t('surveys.detail.strongest', { names: names }) }));
      box.appendChild(el('dl', { class: 'svy-dl card' }, [
        el('dt', { text: t('surveys.table.completedAt') }), el('dd', { text: when(r.completedAt) }),
        el('dt', { text: t('surveys.table.channel') }), el('dd', { text: r.channel }),
        el('dt', { text: t('surveys.detail.lang') }), el('dd', { text: r.lang }),
        el('dt', { text: t('surveys.table.ageBand') }), el('dd', { text: meta.labels.ageBands[r.ageBand] }),
        el('dt', { text: t('surveys.table.grade') }), el('dd', { text: r.grade ? meta.labels.grades[r.grade] : '—' }),
        el('dt', { text: t('surveys.table.locality') }), el('dd', { text: r.localityName || '—' }),
        el('dt', { text: t('surveys.table.gender') }), el('dd', { text: r.gender ? meta.labels.genders[r.gender] : '—' }),
        el('dt', { text: t('surveys.detail.itemSet') }), el('dd', { text: r.itemSet }),
      ]));
      box.appendChild(hbars(ranked.map(function (c) { return { key: c, label: typeName(c), value: r.scores[c], color: COLORS[c], letter: c }; }), r.maxScore, t('surveys.table.scores'), function (v) { return v + '/' + r.maxScore; }));
    }).catch(function (e) {
      box.appendChild(el('p', { class: e.status === 404 ? 'empty' : 'error', id: 'svy-not-found', text: e.status === 404 ? t('surveys.detail.notFound') : e.message }));
    });
  }

  B.registerView({
    id: 'surveys',
    titleKey: 'surveys.title',
    roles: ['staff', 'admin'],
    mount: function (root, ctx) {
      addStyles();
      var cleanup = null;
      var ready = meta ? Promise.resolve(meta) : B.api('GET', API + '/meta?lang=' + B.lang());
      ready.then(function (m) {
        meta = m;
        if (ctx.arg) mountDetail(root, ctx.arg);
        else cleanup = mountList(root);
      }).catch(function (e) { B.toast(e.message, 'error'); });
      return function () { if (cleanup) cleanup(); meta = null; };
    },
  });
})();

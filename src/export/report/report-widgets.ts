/**
 * The report script's generic widgets: text-only DOM helpers, number formats, ECharts wrappers and a
 * paginated table. Inlined into the script's closure by report-script.ts (no backticks or template
 * holes inside, for the same reason).
 */
export const REPORT_WIDGETS = String.raw`
  var PAGE = 50;
  var nf = new Intl.NumberFormat('en');
  var compact = new Intl.NumberFormat('en', { notation: 'compact' });
  // Value axes of small charts: 12K, not 12,000, and never two labels over each other.
  var VALUE_LABEL = { formatter: function (v) { return compact.format(v); }, hideOverlap: true };
  var charts = [];
  // ---- DOM helpers: text only ----
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (attrs[k] == null) continue;
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else if (k === 'onclick') e.addEventListener('click', attrs[k]);
      else e.setAttribute(k, attrs[k]);
    }
    if (children) children.forEach(function (c) { if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function fmt(n) { return nf.format(n); }
  function pct(x) { return (Math.round(x * 1000) / 10) + '%'; }
  // Only web links become links: a reference id is data, and data never gets to run script.
  function safeUrl(u) { return /^https?:\/\/[^\s]+$/i.test(u) ? u : null; }

  // ---- charts ----
  function chart(id, option) {
    var c = echarts.init($(id), null, { renderer: 'svg' });
    option.animation = false;
    // The grid holds its axis labels (ECharts 6: outerBounds replaces containLabel).
    if (option.grid) Object.assign(option.grid, { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });
    option.textStyle = { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif' };
    // Tooltips drawn as chart text, never as HTML: posting strings cannot become markup there.
    option.tooltip = Object.assign({ renderMode: 'richText', confine: true }, option.tooltip || {});
    c.setOption(option, true);
    charts.push(c);
    return c;
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  function short(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + '…' : s; }
  function countBy(values) { var m = new Map(); values.forEach(function (v) { m.set(v, (m.get(v) || 0) + 1); }); return Array.from(m.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }); }
  function itemTip(p) { return p.name + ': ' + fmt(p.value); }
  function hbar(id, entries, color, onClick) {
    var rows = entries.slice().reverse();
    var c = chart(id, {
      grid: { left: 8, right: 40, top: 6, bottom: 6 },
      xAxis: { type: 'value', axisLabel: VALUE_LABEL, splitLine: { lineStyle: { color: '#eef1f5' } } },
      yAxis: { type: 'category', data: rows.map(function (e) { return short(e[0], 34); }), axisTick: { show: false } },
      tooltip: { trigger: 'item', formatter: function (p) { return rows[p.dataIndex][0] + ': ' + fmt(p.value); } },
      series: [{ type: 'bar', data: rows.map(function (e) { return e[1]; }), itemStyle: { color: color || '#2f5bea', borderRadius: [0, 3, 3, 0] }, barMaxWidth: 18, label: { show: true, position: 'right', color: '#5b6475', fontSize: 11, formatter: function (p) { return fmt(p.value); } } }],
    });
    if (onClick) c.on('click', function (p) { onClick(rows[p.dataIndex]); });
    return c;
  }
  function emptyChart(id, message) {
    chart(id, { title: { text: message, left: 'center', top: 'middle', textStyle: { color: '#8a93a5', fontSize: 13, fontWeight: 'normal' } }, xAxis: { show: false }, yAxis: { show: false }, series: [] });
  }

  function donut(id, entries) {
    var counts = new Map(entries.map(function (e) { return [e.name, e.value]; }));
    chart(id, {
      tooltip: { trigger: 'item', formatter: itemTip },
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10, formatter: function (name) { return name + ' ' + fmt(counts.get(name)); } },
      series: [{ type: 'pie', radius: ['42%', '70%'], center: ['50%', '44%'], label: { show: false }, data: entries }],
    });
  }
  // ---- paginated tables ----
  function pagedTable(host, columns, opts) {
    var page = 0, rows = [];
    var tbody = el('tbody');
    var info = el('span');
    var prev = el('button', { type: 'button', text: '‹ Prev', onclick: function () { page--; draw(); } });
    var next = el('button', { type: 'button', text: 'Next ›', onclick: function () { page++; draw(); } });
    var head = el('tr', null, columns.map(function (c) { return el('th', { class: c.num ? 'num' : '', text: c.title }); }));
    clear(host).appendChild(el('table', { class: 'data', id: opts.id || null }, [el('thead', null, [head]), tbody]));
    host.appendChild(el('div', { class: 'pager' }, [info, prev, next]));
    function draw() {
      clear(tbody);
      var pages = Math.max(1, Math.ceil(rows.length / PAGE));
      page = Math.min(Math.max(0, page), pages - 1);
      rows.slice(page * PAGE, page * PAGE + PAGE).forEach(function (r) {
        var tr = el('tr', opts.onRow ? { class: 'click', tabindex: '0' } : null, columns.map(function (c) {
          var v = c.cell(r);
          return el('td', { class: c.num ? 'num' : '' }, [typeof v === 'number' ? fmt(v) : v]);
        }));
        if (opts.onRow) {
          tr.addEventListener('click', function () { opts.onRow(r); });
          tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') opts.onRow(r); });
        }
        tbody.appendChild(tr);
      });
      if (!rows.length) tbody.appendChild(el('tr', null, [el('td', { colspan: String(columns.length), class: 'muted', text: opts.empty || 'Nothing to show.' })]));
      info.textContent = rows.length ? (page * PAGE + 1) + '–' + Math.min(rows.length, page * PAGE + PAGE) + ' of ' + fmt(rows.length) : '';
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      prev.hidden = next.hidden = pages <= 1;
    }
    return { set: function (r, keepPage) { rows = r; if (!keepPage) page = 0; draw(); } };
  }
  function chip(text, cls) { return el('span', { class: 'chip ' + (cls || ''), text: text }); }

`;

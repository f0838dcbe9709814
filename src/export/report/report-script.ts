import { REPORT_WIDGETS } from './report-widgets.js';

/**
 * The report's own script, run in the browser after ECharts. Every string that comes from a posting
 * reaches the page through textContent or as chart text (tooltips in richText mode), never as markup.
 * Kept as a string (no backticks or template holes inside) so that it is inlined as written.
 */
export const REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var KINDS = D.kinds;
  var KIND_COLORS = { duty: '#2f5bea', skill: '#12a37f', knowledge: '#e08a1e', qualification: '#9b4dca' };
` + REPORT_WIDGETS + String.raw`
  var PALETTE = ['#2f5bea', '#12a37f', '#e08a1e', '#9b4dca', '#d9485f', '#1f9bc2', '#7a8699', '#b8a11b', '#4d6fd1', '#3fb68e'];

  // ---- derived data ----
  var nDocs = D.docs.id.length;
  var statusCount = { ok: 0, duplicate: 0, failed: 0 };
  D.docs.status.forEach(function (s) { statusCount[s] = (statusCount[s] || 0) + 1; });
  var nComps = D.comps.id.length;
  function kindOf(ci) { return KINDS[D.comps.kind[ci]] || ''; }
  function catLabel(ci) { var c = D.categories[D.comps.category[ci]]; return c ? c.label : ''; }
  function docLabel(d) { return D.docs.title[d] || D.docs.path[d]; }
  function refLabel(c) { var r = D.comps.ref[c]; return r >= 0 ? D.refs.label[r] : ''; }
  function refId(c) { var r = D.comps.ref[c]; return r >= 0 ? D.refs.prefix[D.refs.pre[r]] + D.refs.rest[r] : ''; }

  // Profiles grouped by role, by company and by ESCO occupation: competency → mentions, and the
  // mentions of competencies not listed in the page by category, so that shares stay shares of all.
  function groupProfiles(keyOf) {
    var groups = new Map();
    for (var p = 0; p < D.profiles.doc.length; p++) {
      var key = keyOf(p);
      if (!key) continue;
      var g = groups.get(key);
      if (!g) groups.set(key, g = { name: key, counts: new Map(), rest: new Map(), total: 0, docs: new Set() });
      var pairs = D.profiles.pairs[p], rest = D.profiles.rest[p], i;
      for (i = 0; i < pairs.length; i += 2) {
        g.counts.set(pairs[i], (g.counts.get(pairs[i]) || 0) + pairs[i + 1]);
        g.total += pairs[i + 1];
      }
      for (i = 0; i < rest.length; i += 2) {
        g.rest.set(rest[i], (g.rest.get(rest[i]) || 0) + rest[i + 1]);
        g.total += rest[i + 1];
      }
      g.docs.add(D.profiles.doc[p]);
    }
    return Array.from(groups.values()).sort(function (a, b) { return b.total - a.total || (a.name < b.name ? -1 : 1); });
  }
  var byRole = groupProfiles(function (p) { return D.roles.name[D.profiles.role[p]]; });
  var byCompany = groupProfiles(function (p) { return D.docs.company[D.profiles.doc[p]]; });
  var hasOccupations = D.roles.occupation.some(function (o) { return !!o; });
  var byOccupation = hasOccupations ? groupProfiles(function (p) { return D.roles.occupation[D.profiles.role[p]] || ''; }) : [];
  function findGroup(list, name) { for (var i = 0; i < list.length; i++) if (list[i].name === name) return list[i]; return null; }
  /** A group's share of mentions in each category, in percent with one decimal. */
  function categoryShares(g) {
    var row = D.categories.map(function () { return 0; });
    g.counts.forEach(function (n, c) { row[D.comps.category[c]] += n; });
    g.rest.forEach(function (n, cat) { row[cat] += n; });
    return row.map(function (n) { return g.total ? Math.round(1000 * n / g.total) / 10 : 0; });
  }

  // ---- header ----
  $('sub').textContent = 'comptax ' + D.meta.version + ' · ' + fmt(nDocs) + ' input files · pipeline ' + D.meta.pipelineHash.slice(0, 12) +
    (D.meta.reference ? ' · reference ' + D.meta.reference : '');

  // ---- overview ----
  var mentionsByKind = KINDS.map(function () { return 0; });
  for (var di = 0; di < nDocs; di++) if (D.docs.status[di] === 'ok') for (var k = 0; k < 4; k++) mentionsByKind[k] += D.docs.counts[4 * di + k];
  var totalMentions = mentionsByKind.reduce(function (a, b) { return a + b; }, 0);
  [['Postings', nDocs], ['Processed', statusCount.ok || 0], ['Duplicates', statusCount.duplicate || 0], ['Failed', statusCount.failed || 0, (statusCount.failed || 0) > 0],
    ['Mentions', totalMentions], ['Competencies', D.meta.competencies], ['Role profiles', D.profiles.doc.length]].forEach(function (k) {
    $('kpis').appendChild(el('div', { class: 'kpi' + (k[2] ? ' bad' : '') }, [el('div', { class: 'v', text: fmt(k[1]) }), el('div', { class: 'k', text: k[0] })]));
  });
  donut('chart-status', [['ok', '#12a37f'], ['duplicate', '#9aa3b5'], ['failed', '#c8372d']].map(function (s) { return { name: s[0], value: statusCount[s[0]] || 0, itemStyle: { color: s[1] } }; }));
  donut('chart-formats', countBy(D.docs.format.filter(function (f, i) { return D.docs.status[i] !== 'failed'; })).map(function (e, i) { return { name: e[0] || '?', value: e[1], itemStyle: { color: PALETTE[i % PALETTE.length] } }; }));
  hbar('chart-languages', countBy(D.docs.language.filter(function (l, i) { return D.docs.status[i] === 'ok'; })).slice(0, 12), '#1f9bc2');
  chart('chart-kinds', {
    grid: { left: 8, right: 40, top: 8, bottom: 8 },
    yAxis: { type: 'category', inverse: true, data: KINDS.slice(), axisTick: { show: false } },
    xAxis: { type: 'value', axisLabel: VALUE_LABEL, splitLine: { lineStyle: { color: '#eef1f5' } } },
    tooltip: { trigger: 'item', formatter: itemTip },
    series: [{ type: 'bar', barMaxWidth: 28, label: { show: true, position: 'right', color: '#5b6475', formatter: function (p) { return fmt(p.value); } },
      data: mentionsByKind.map(function (v, i) { return { value: v, itemStyle: { color: KIND_COLORS[KINDS[i]], borderRadius: [0, 3, 3, 0] } }; }) }],
  });
  // Competencies by category, stacked by kind.
  var catKind = D.categoryKinds;
  var catOrder = D.categories.map(function (_, i) { return i; }).sort(function (a, b) {
    var ta = catKind[a].reduce(function (x, y) { return x + y; }, 0), tb = catKind[b].reduce(function (x, y) { return x + y; }, 0);
    return ta - tb;
  });
  $('chart-categories').style.height = Math.max(280, 40 + catOrder.length * 26) + 'px';
  var catChart = chart('chart-categories', {
    grid: { left: 8, right: 24, top: 30, bottom: 8 },
    legend: { top: 0, data: KINDS.slice() },
    xAxis: { type: 'value', axisLabel: VALUE_LABEL, splitLine: { lineStyle: { color: '#eef1f5' } } },
    yAxis: { type: 'category', data: catOrder.map(function (c) { return short(D.categories[c].label, 36); }), axisTick: { show: false } },
    tooltip: { trigger: 'item', formatter: function (p) { return D.categories[catOrder[p.dataIndex]].label + ' · ' + p.seriesName + ': ' + fmt(p.value); } },
    series: KINDS.map(function (k, ki) { return { name: k, type: 'bar', stack: 'k', barMaxWidth: 20, itemStyle: { color: KIND_COLORS[k] }, data: catOrder.map(function (c) { return catKind[c][ki]; }) }; }),
  });
  catChart.on('click', function (p) { $('f-category').value = String(catOrder[p.dataIndex]); table.render(true); location.hash = '#competencies'; });

  // The builder lists competencies the most mentioned first.
  var sortedComps = Array.from({ length: nComps }, function (_, i) { return i; });
  KINDS.forEach(function (k, ki) {
    var top = sortedComps.filter(function (c) { return D.comps.kind[c] === ki; }).slice(0, 10);
    var list = el('ol', { class: 'top' }, top.map(function (c) {
      return el('li', null, [el('div', { class: 'row' }, [el('button', { type: 'button', class: 'link clamp', title: D.comps.label[c], text: D.comps.label[c], onclick: function () { openDrill(c); } }), el('span', { class: 'n', text: fmt(D.comps.mentions[c]) })])]);
    }));
    $('toplists').appendChild(el('div', { class: 'card' }, [el('h3', null, [el('span', { class: 'chip ' + k, text: k }), ' top ' + top.length]), top.length ? list : el('p', { class: 'muted', text: 'none found' })]));
  });

  // ---- competencies: search and filters ----
  function fillSelect(sel, entries) { entries.forEach(function (e) { sel.appendChild(el('option', { value: e[0], text: e[1] })); }); }
  fillSelect($('f-kind'), KINDS.map(function (k, i) { return [String(i), k]; }));
  fillSelect($('f-category'), D.categories.map(function (c, i) { return [String(i), c.label]; }).sort(function (a, b) { return a[1] < b[1] ? -1 : 1; }));
  fillSelect($('f-role'), byRole.map(function (g) { return [g.name, g.name + ' (' + g.docs.size + ')']; }));
  fillSelect($('f-company'), byCompany.map(function (g) { return [g.name, g.name + ' (' + g.docs.size + ')']; }));
  var inSelection = null;
  var table = {
    view: pagedTable($('comp-table'), [
      { title: 'Competency', cell: function (c) { return D.comps.label[c]; } },
      { title: 'Kind', cell: function (c) { return chip(kindOf(c), kindOf(c)); } },
      { title: 'Category', cell: function (c) { return catLabel(c); } },
      { title: 'Mentions', num: true, cell: function (c) { return inSelection ? (inSelection.get(c) || 0) : D.comps.mentions[c]; } },
      { title: 'Postings', num: true, cell: function (c) { return D.comps.docs[c]; } },
      { title: 'ESCO concept', cell: function (c) { return refLabel(c); } },
    ], { id: 'comp-rows', onRow: function (c) { openDrill(c); }, empty: 'No competency matches these filters.' }),
    render: function () {
      var q = $('f-search').value.trim().toLowerCase();
      var kind = $('f-kind').value, cat = $('f-category').value, role = $('f-role').value, company = $('f-company').value;
      inSelection = null;
      [[role, byRole], [company, byCompany]].forEach(function (f) {
        if (!f[0]) return;
        var g = findGroup(f[1], f[0]);
        var counts = g ? g.counts : new Map();
        if (!inSelection) inSelection = new Map(counts);
        else inSelection.forEach(function (v, k) { if (!counts.has(k)) inSelection.delete(k); });
      });
      var rows = sortedComps.filter(function (c) {
        if (kind && String(D.comps.kind[c]) !== kind) return false;
        if (cat && String(D.comps.category[c]) !== cat) return false;
        if (inSelection && !inSelection.has(c)) return false;
        if (q && D.comps.label[c].toLowerCase().indexOf(q) < 0 && refLabel(c).toLowerCase().indexOf(q) < 0) {
          var det = D.detail[c];
          if (!det || !det[0].some(function (v) { return v[0].indexOf(q) >= 0; })) return false;
        }
        return true;
      });
      if (inSelection) rows.sort(function (a, b) { return inSelection.get(b) - inSelection.get(a) || a - b; });
      $('comp-count').textContent = fmt(rows.length) + ' of ' + fmt(nComps) + ' competencies' +
        (nComps < D.meta.competencies ? ' (the ' + fmt(nComps) + ' most mentioned of ' + fmt(D.meta.competencies) + '; taxonomy.csv has all)' : '');
      table.view.set(rows);
    },
  };
  ['f-search', 'f-kind', 'f-category', 'f-role', 'f-company'].forEach(function (id) { $(id).addEventListener('input', function () { table.render(); }); });
  $('f-reset').addEventListener('click', function () { ['f-search', 'f-kind', 'f-category', 'f-role', 'f-company'].forEach(function (id) { $(id).value = ''; }); table.render(); });
  table.render();

  // ---- drill-down ----
  function openDrill(c) {
    var box = clear($('drill-body'));
    var det = D.detail[c];
    box.appendChild(el('div', null, [chip(kindOf(c), kindOf(c)), ' ', chip(catLabel(c))]));
    box.appendChild(el('h2', { id: 'drill-title', text: D.comps.label[c] }));
    var ref = refId(c);
    var refNode = ref ? (safeUrl(ref) ? el('a', { href: safeUrl(ref), target: '_blank', rel: 'noopener noreferrer', text: refLabel(c) || ref }) : el('span', { text: refLabel(c) + ' (' + ref + ')' })) : el('span', { class: 'muted', text: 'no close ESCO concept' });
    var dl = el('dl', { class: 'meta-list' });
    [['Id', D.comps.id[c]], ['Mentions', fmt(D.comps.mentions[c])], ['Postings', fmt(D.comps.docs[c])], ['ESCO concept', refNode]].concat(
      D.comps.refScore[c] != null ? [['Match score', String(D.comps.refScore[c])]] : []).forEach(function (r) { dl.appendChild(el('dt', { text: r[0] })); dl.appendChild(el('dd', null, [r[1]])); });
    box.appendChild(dl);
    if (det) {
      box.appendChild(el('h3', { text: 'Variants' }));
      var max = det[0].reduce(function (m, v) { return Math.max(m, v[1]); }, 1);
      box.appendChild(el('ul', { class: 'variants' }, det[0].map(function (v) {
        return el('li', null, [el('span', { text: v[0] }), el('span', { class: 'muted', text: fmt(v[1]) }),
          el('div', { class: 'bar' }, [el('span', { style: 'width:' + Math.round(100 * v[1] / max) + '%' })])]);
      })));
      if (det[1] > 0) box.appendChild(el('p', { class: 'muted', text: '… and ' + fmt(det[1]) + ' more variants (taxonomy.csv has them all).' }));
      box.appendChild(el('h3', { text: 'Example mentions' }));
      if (!det[2].length) box.appendChild(el('p', { class: 'muted', text: 'No example kept.' }));
      det[2].forEach(function (x) {
        var ctx = x[1];
        box.appendChild(el('div', { class: 'example' }, [
          el('div', { class: 'ctx' }, [ctx.slice(0, x[2]), el('mark', { text: ctx.slice(x[2], x[3]) }), ctx.slice(x[3])]),
          el('div', { class: 'src', text: docLabel(x[0]) + (D.docs.company[x[0]] ? ' · ' + D.docs.company[x[0]] : '') + ' · ' + D.docs.path[x[0]] }),
        ]));
      });
    } else box.appendChild(el('p', { class: 'muted', text: 'Variants and examples are kept for the most mentioned competencies only; taxonomy.json has the rest.' }));
    var roles = byRole.map(function (g) { return [g.name, g.counts.get(c) || 0]; }).filter(function (r) { return r[1] > 0; }).sort(function (a, b) { return b[1] - a[1]; }).slice(0, 12);
    if (roles.length) {
      box.appendChild(el('h3', { text: 'Roles that ask for it' }));
      box.appendChild(el('ol', { class: 'top' }, roles.map(function (r) { return el('li', null, [el('div', { class: 'row' }, [el('span', { text: r[0] }), el('span', { class: 'n', text: fmt(r[1]) })])]); })));
    }
    $('drill').hidden = false;
    $('drill-close').focus();
  }
  $('drill-close').addEventListener('click', function () { $('drill').hidden = true; });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') $('drill').hidden = true; });

  // ---- roles: heatmap ----
  var HEAT_ROWS = 25;
  function heatmap() {
    var groups = ($('heat-group').value === 'occupation' ? byOccupation : byRole).slice(0, HEAT_ROWS);
    var cats = D.categories.map(function (_, i) { return i; });
    var data = [], maxShare = 0;
    var shares = groups.map(categoryShares);
    var used = cats.filter(function (c) { return shares.some(function (r) { return r[c] > 0; }); });
    groups.forEach(function (g, gi) { used.forEach(function (c, x) { var s = shares[gi][c]; maxShare = Math.max(maxShare, s); data.push([x, groups.length - 1 - gi, s]); }); });
    var rowNames = groups.map(function (g) { return g.name; }).reverse();
    $('chart-heatmap').style.height = Math.max(260, 90 + groups.length * 24) + 'px';
    if (!groups.length) { emptyChart('chart-heatmap', 'No role profiles in this run'); return; }
    chart('chart-heatmap', {
      grid: { left: 8, right: 20, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: used.map(function (c) { return short(D.categories[c].label, 24); }), axisLabel: { rotate: 35, interval: 0, fontSize: 11 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: rowNames.map(function (n) { return short(n, 34); }), axisLabel: { fontSize: 11 } },
      visualMap: { min: 0, max: Math.max(1, Math.ceil(maxShare)), calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, itemWidth: 10, text: ['% of role mentions', ''], textStyle: { fontSize: 11, color: '#5b6475' },
        inRange: { color: ['#f4f7fd', '#b8c9f5', '#5b7fe6', '#1d3fae'] } },
      tooltip: { trigger: 'item', formatter: function (p) { return rowNames[p.value[1]] + '\n' + D.categories[used[p.value[0]]].label + ': ' + p.value[2] + '% of its mentions'; } },
      series: [{ type: 'heatmap', data: data, label: { show: groups.length <= 30 && used.length <= 16, fontSize: 10, formatter: function (p) { return p.value[2] >= 1 ? Math.round(p.value[2]) : ''; } }, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
    });
  }
  if (!hasOccupations) { $('heat-group').disabled = true; $('heat-group').title = 'roles.csv has no ESCO occupations in this run'; }
  $('heat-group').addEventListener('change', heatmap);
  heatmap();

  // ---- roles: side by side ----
  function compareGroups() { return $('cmp-mode').value === 'company' ? byCompany : $('cmp-mode').value === 'occupation' ? byOccupation : byRole; }
  function fillCompare() {
    var groups = compareGroups();
    [$('cmp-a'), $('cmp-b')].forEach(function (s, i) {
      clear(s);
      fillSelect(s, groups.map(function (g) { return [g.name, short(g.name, 60) + ' (' + g.docs.size + ')']; }));
      if (groups[i]) s.value = groups[i].name;
    });
  }
  function compare() {
    var groups = compareGroups();
    var a = findGroup(groups, $('cmp-a').value), b = findGroup(groups, $('cmp-b').value);
    var out = clear($('cmp-result'));
    if (!a || !b) { out.appendChild(el('p', { class: 'muted', text: 'Not enough role profiles to compare.' })); emptyChart('chart-compare', 'Nothing to compare'); return; }
    var shared = [], onlyA = [], onlyB = [];
    a.counts.forEach(function (n, c) { (b.counts.has(c) ? shared : onlyA).push(c); });
    b.counts.forEach(function (n, c) { if (!a.counts.has(c)) onlyB.push(c); });
    function share(g, c) { return g.total ? (g.counts.get(c) || 0) / g.total : 0; }
    function byShare(g) { return function (x, y) { return share(g, y) - share(g, x) || x - y; }; }
    shared.sort(function (x, y) { return share(a, y) + share(b, y) - share(a, x) - share(b, x) || x - y; });
    onlyA.sort(byShare(a)); onlyB.sort(byShare(b));
    var overlap = shared.length / Math.max(1, shared.length + onlyA.length + onlyB.length);
    out.appendChild(el('p', { id: 'cmp-summary', text: fmt(shared.length) + ' competencies shared, ' + fmt(onlyA.length) + ' only in ' + a.name + ', ' + fmt(onlyB.length) + ' only in ' + b.name + ' (overlap ' + pct(overlap) + ').' }));
    function column(title, list, fn, id) {
      var max = list.reduce(function (m, c) { return Math.max(m, fn(c)); }, 0) || 1;
      if (!list.length) return el('div', { class: 'card', id: id }, [el('h4', { text: title + ' (0)' }), el('p', { class: 'muted', text: 'None.' })]);
      return el('div', { class: 'card', id: id }, [el('h4', { text: title + ' (' + fmt(list.length) + ')' }), el('ul', null, list.slice(0, 60).map(function (c) {
        return el('li', null, [el('span', null, [el('button', { type: 'button', class: 'link', text: D.comps.label[c], onclick: function () { openDrill(c); } }), ' ', chip(kindOf(c), kindOf(c))]),
          el('span', { class: 'n', text: pct(fn(c)) }), el('div', { class: 'bar' }, [el('span', { style: 'width:' + Math.round(100 * fn(c) / max) + '%' })])]);
      })), list.length > 60 ? el('p', { class: 'muted', text: '… and ' + fmt(list.length - 60) + ' more with smaller shares.' }) : null]);
    }
    out.appendChild(el('div', { class: 'compare-cols' }, [
      column('Only ' + short(a.name, 40), onlyA, function (c) { return share(a, c); }, 'cmp-only-a'),
      column('Shared', shared, function (c) { return (share(a, c) + share(b, c)) / 2; }, 'cmp-shared'),
      column('Only ' + short(b.name, 40), onlyB, function (c) { return share(b, c); }, 'cmp-only-b'),
    ]));
    var cats = D.categories.map(function (_, i) { return i; });
    var sa = categoryShares(a), sb = categoryShares(b);
    var used = cats.filter(function (c) { return sa[c] > 0 || sb[c] > 0; });
    var names = [a.name, b.name];
    chart('chart-compare', {
      grid: { left: 8, right: 16, top: 34, bottom: 8 },
      legend: { top: 0, data: names.map(function (n) { return short(n, 40); }) },
      xAxis: { type: 'category', data: used.map(function (c) { return short(D.categories[c].label, 22); }), axisLabel: { rotate: 30, interval: 0, fontSize: 11 } },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { color: '#eef1f5' } } },
      tooltip: { trigger: 'item', formatter: function (p) { return names[p.seriesIndex] + '\n' + D.categories[used[p.dataIndex]].label + ': ' + p.value + '%'; } },
      series: [sa, sb].map(function (s, i) { return { name: short(names[i], 40), type: 'bar', barMaxWidth: 22, itemStyle: { color: i ? '#e08a1e' : '#2f5bea' }, data: used.map(function (c) { return s[c]; }) }; }),
    });
  }
  if (hasOccupations) $('cmp-mode').appendChild(el('option', { value: 'occupation', text: 'ESCO occupations' }));
  $('cmp-mode').addEventListener('change', function () { fillCompare(); compare(); });
  $('cmp-run').addEventListener('click', compare);
  fillCompare();
  compare();

  // ---- data quality ----
  if (D.errors.code.length) {
    var stages = countBy(D.errors.stage).map(function (e) { return e[0]; });
    var codes = countBy(D.errors.code).map(function (e) { return e[0]; });
    chart('chart-errors', {
      grid: { left: 8, right: 24, top: 30, bottom: 8 },
      legend: { top: 0, data: stages },
      xAxis: { type: 'value', minInterval: 1, axisLabel: VALUE_LABEL, splitLine: { lineStyle: { color: '#eef1f5' } } },
      yAxis: { type: 'category', data: codes.slice().reverse().map(function (c) { return short(c, 30); }) },
      tooltip: { trigger: 'item', formatter: function (p) { return codes[codes.length - 1 - p.dataIndex] + ' in ' + p.seriesName + ': ' + p.value; } },
      series: stages.map(function (s, i) {
        return { name: s, type: 'bar', stack: 'e', barMaxWidth: 18, itemStyle: { color: PALETTE[(i + 4) % PALETTE.length] },
          data: codes.slice().reverse().map(function (c) { var n = 0; for (var j = 0; j < D.errors.code.length; j++) if (D.errors.code[j] === c && D.errors.stage[j] === s) n++; return n; }) };
      }),
    });
  } else emptyChart('chart-errors', 'No failed input: every file was read.');
  var fixes = D.fixesByRule ? Object.keys(D.fixesByRule).map(function (k) { return [k, D.fixesByRule[k]]; }).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }) : [];
  if (fixes.length) {
    $('chart-fixes').style.height = Math.max(280, 20 + Math.min(fixes.length, 25) * 22) + 'px';
    hbar('chart-fixes', fixes.slice(0, 25), '#7a8699');
  } else emptyChart('chart-fixes', D.fixesByRule ? 'No cleaning fix was needed.' : 'This run did not record fixes by rule.');
  var errRows = D.errors.code.map(function (_, i) { return i; });
  pagedTable($('err-table'), [
    { title: 'File', cell: function (i) { return D.errors.path[i]; } },
    { title: 'Stage', cell: function (i) { return D.errors.stage[i]; } },
    { title: 'Code', cell: function (i) { return chip(D.errors.code[i], 'failed'); } },
    { title: 'Message', cell: function (i) { return D.errors.message[i]; } },
  ], { empty: 'No failed input.' }).set(errRows);
  var dupRows = [], emptyRows = [];
  for (var d = 0; d < nDocs; d++) {
    if (D.docs.status[d] === 'duplicate') dupRows.push(d);
    else if (D.docs.status[d] === 'ok' && !D.docs.counts[4 * d] && !D.docs.counts[4 * d + 1] && !D.docs.counts[4 * d + 2] && !D.docs.counts[4 * d + 3]) emptyRows.push(d);
  }
  $('dup-title').textContent = 'Duplicates (' + fmt(dupRows.length) + ')';
  pagedTable($('dup-table'), [
    { title: 'File', cell: function (d) { return D.docs.path[d]; } },
    { title: 'Repeats', cell: function (d) { return D.docs.dupOf[d] >= 0 ? D.docs.path[D.docs.dupOf[d]] : ''; } },
    { title: 'Title', cell: function (d) { return D.docs.title[d]; } },
  ], { empty: 'No duplicate posting.' }).set(dupRows);
  $('empty-title').textContent = 'Postings with no mentions (' + fmt(emptyRows.length) + ')';
  pagedTable($('empty-table'), [
    { title: 'File', cell: function (d) { return D.docs.path[d]; } },
    { title: 'Title', cell: function (d) { return D.docs.title[d]; } },
    { title: 'Format', cell: function (d) { return D.docs.format[d]; } },
    { title: 'Language', cell: function (d) { return D.docs.language[d]; } },
    { title: 'Fixes', num: true, cell: function (d) { return D.docs.fixes[d]; } },
  ], { empty: 'Every processed posting has mentions.' }).set(emptyRows);
  document.body.setAttribute('data-ready', 'true');
})();
`;

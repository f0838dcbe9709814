import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { jsonPieces } from '../json-pieces.js';
import type { ReportData } from './report-data.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_CSS } from './report-style.js';

/** A script body can never close its element early, whatever it contains. */
const inlineScript = (js: string) => js.replace(/<\/(script)/gi, '<\\/$1');

let echartsScript: string | undefined;

/** Apache ECharts' minified build, read from node_modules and inlined: the page makes no request. */
function echarts(): string {
  echartsScript ??= inlineScript(readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8'));
  return echartsScript;
}

/**
 * JSON as the content of a script element: no `<` (so no `</script>` or `<!--`), `>` or `&` in it.
 * In pieces (see jsonPieces): each character is replaced on its own, so the pieces may be too.
 */
function* jsonForScript(value: unknown): Generator<string> {
  for (const piece of jsonPieces(value, { pretty: false, depth: 2 })) {
    yield piece.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
}

/**
 * report.html: one self-contained page, the data as JSON, every string shown as text by the script.
 * In pieces, to be written as they come: the page is 4.5 MB for 5,000 postings, and the run's
 * memory peaks while it is made.
 */
export function* reportPieces(data: ReportData): Generator<string> {
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="comptax ${data.meta.version.replace(/[^\w.+-]/g, '')}">
<title>comptax report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top">
  <h1>Competency taxonomy report</h1>
  <div class="sub" id="sub"></div>
  <nav class="tabs"><a href="#overview">Overview</a><a href="#competencies">Competencies</a><a href="#roles">Role benchmarking</a><a href="#quality">Data quality</a></nav>
</header>
<main>
<section class="part" id="overview">
  <h2>Overview</h2>
  <div class="kpis" id="kpis"></div>
  <div class="grid">
    <div class="card"><h3>Documents</h3><div class="chart" id="chart-status"></div></div>
    <div class="card"><h3>Formats</h3><div class="chart" id="chart-formats"></div></div>
    <div class="card"><h3>Languages (processed postings)</h3><div class="chart" id="chart-languages"></div></div>
    <div class="card"><h3>Mentions by kind</h3><div class="chart" id="chart-kinds"></div></div>
  </div>
  <div class="card" style="margin-top:14px"><h3>Competencies by category</h3><div class="chart" id="chart-categories"></div></div>
  <h2 style="font-size:15px;margin:18px 0 10px">Top competencies per kind</h2>
  <div class="toplists" id="toplists"></div>
</section>
<section class="part" id="competencies">
  <h2>Competencies</h2>
  <p class="hint">Search labels, variants and ESCO concepts; narrow by kind, category, role or company. Click a row for its variants, ESCO concept and example mentions.</p>
  <div class="filters">
    <label>Search<input type="search" id="f-search" placeholder="e.g. negotiation"></label>
    <label>Kind<select id="f-kind"><option value="">all kinds</option></select></label>
    <label>Category<select id="f-category"><option value="">all categories</option></select></label>
    <label>Role<select id="f-role"><option value="">all roles</option></select></label>
    <label>Company<select id="f-company"><option value="">all companies</option></select></label>
    <button type="button" class="btn ghost" id="f-reset">Reset</button>
    <span class="muted" id="comp-count"></span>
  </div>
  <div class="card flush" id="comp-table"></div>
</section>
<section class="part" id="roles">
  <h2>Role benchmarking</h2>
  <p class="hint">Share of each role's mentions that falls in each category (the 25 roles with most mentions).</p>
  <div class="card">
    <div class="filters"><label>Rows<select id="heat-group"><option value="role">roles</option><option value="occupation">ESCO occupations</option></select></label></div>
    <div class="chart tall" id="chart-heatmap"></div>
  </div>
  <div class="card" style="margin-top:14px">
    <h3>Side by side</h3>
    <div class="filters">
      <label>Compare<select id="cmp-mode"><option value="role">roles</option><option value="company">companies</option></select></label>
      <label>A<select id="cmp-a"></select></label>
      <label>B<select id="cmp-b"></select></label>
      <button type="button" class="btn" id="cmp-run">Compare</button>
    </div>
    <div class="chart" id="chart-compare"></div>
    <div id="cmp-result"></div>
  </div>
</section>
<section class="part" id="quality">
  <h2>Data quality</h2>
  <div class="grid">
    <div class="card"><h3>Failed inputs by code and stage</h3><div class="chart" id="chart-errors"></div></div>
    <div class="card"><h3>Cleaning fixes by rule</h3><div class="chart" id="chart-fixes"></div></div>
  </div>
  <div class="card" style="margin-top:14px"><h3>Failed inputs</h3><div id="err-table"></div></div>
  <div class="card" style="margin-top:14px"><h3 id="dup-title">Duplicates</h3><div id="dup-table"></div></div>
  <div class="card" style="margin-top:14px"><h3 id="empty-title">Postings with no mentions</h3><div id="empty-table"></div></div>
</section>
</main>
<aside id="drill" hidden aria-label="Competency detail"><button type="button" class="btn ghost close" id="drill-close">Close</button><div id="drill-body"></div></aside>
<footer>Made by comptax from the files of this output folder; rebuild with <code>comptax report &lt;folder&gt;</code>. Charts: Apache ECharts (Apache License 2.0).</footer>
<script type="application/json" id="report-data">`;
  yield* jsonForScript(data);
  yield `</script>
<script>`;
  yield echarts();
  yield `</script>
<script>${inlineScript(REPORT_SCRIPT)}</script>
</body>
</html>
`;
}

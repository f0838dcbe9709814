/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions passed to playwright run in the browser: they use the DOM types.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { openCsv } from '../../src/export/csv.js';
import { readReportData } from '../../src/export/report/index.js';
import { comptax, ROOT } from '../helpers/cli.js';
import { readCsv } from '../helpers/csv.js';

// Debian's chromium, installed by .ci/run: no download at test time, and the test fails without it.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

const SAMPLES = [
  'am-01-regional-account-manager.md',
  'am-02-account-roles-comparison.txt',
  'fi-01-accounts-payable-specialist.html',
  'nu-01-registered-nurse-icu.txt',
  'se-01-backend-engineer.md',
  'se-01-backend-engineer.docx',
];

// A posting that tries every way a string could become live markup in the report.
const HOSTILE = `Data Analyst <script>alert('title')</script>

Company: Evil <img src=x onerror=alert('company')> Corp

Responsibilities
- Build dashboards with <b onmouseover="alert('duty')">Tableau</b> for the sales team
- Review reports linked from javascript:alert('link') and fix errors
- Maintain SQL queries "><svg onload=alert('svg')> for monthly reporting

Requirements
- Strong knowledge of SQL </script><script>alert('skill')</script>
- Experience with Python and <iframe src="javascript:alert('frame')"></iframe>
- Excellent communication skills
- Bachelor's degree in Statistics
`;

const HOSTILE_MD = `# Marketing Coordinator <img src=x onerror=alert('md')>

## Responsibilities
- Plan social media campaigns and [track results](javascript:alert('mdlink'))
- Coordinate events with external agencies

## Requirements
- Strong written communication skills
- Knowledge of Google Analytics
`;

// What cleaning would strip from a posting, put straight into the output files: the report must show
// it as text whatever a future stage lets through.
const EVIL_ROLE = "Data Analyst <script>alert('role')</script>";
const EVIL_COMPANY = "Evil <img src=x onerror=alert('company')> Corp";
const EVIL_REFERENCE = "javascript:alert('reference')";

/** Rewrites one CSV of the output folder through our own writer. */
async function rewriteCsv(file: string, edit: (row: Record<string, string>) => void, extraHeaders: string[] = []): Promise<void> {
  const { headers, rows } = await readCsv(file);
  const csv = openCsv(file, [...headers, ...extraHeaders]);
  for (const row of rows) {
    for (const k of headers) row[k] = row[k].replace(/^'(?=[=+\-@])/, '');
    edit(row);
    await csv.write(row);
  }
  await csv.end();
}

describe('report.html', () => {
  const root = mkdtempSync(join(tmpdir(), 'comptax-report-'));
  const input = join(root, 'postings');
  const out = join(root, 'out');
  const shots = join(root, 'screenshots');
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];
  let runReport: Buffer;
  let rebuiltReport: Buffer;
  let rebuilt: ReturnType<typeof comptax>;
  let capped: Awaited<ReturnType<typeof readReportData>>;
  let roleRows: Record<string, string>[];

  beforeAll(async () => {
    mkdirSync(input);
    mkdirSync(shots);
    for (const f of SAMPLES) copyFileSync(join(ROOT, 'corpus', f), join(input, f));
    writeFileSync(join(input, 'zz-hostile.txt'), HOSTILE);
    writeFileSync(join(input, 'zz-hostile.md'), HOSTILE_MD);
    writeFileSync(join(input, 'zz-broken.pdf'), '%PDF-1.7 this is not really a PDF');
    await runPipeline({ inputs: [input], out, pipeline: loadPipeline(), workers: 2, progress: false });
    runReport = readFileSync(join(out, 'report.html'));
    capped = await readReportData(out, undefined, { listed: 12, detailed: 4 });
    roleRows = (await readCsv(join(out, 'roles.csv'))).rows;
    rebuilt = comptax(['report', out]);
    rebuiltReport = readFileSync(join(out, 'report.html'));

    const swap = (row: Record<string, string>) => {
      for (const k of ['role', 'roles', 'title']) if (row[k] === 'Data Analyst') row[k] = EVIL_ROLE;
      if (row.company === 'Evil Corp') row.company = EVIL_COMPANY;
    };
    await rewriteCsv(join(out, 'documents.csv'), swap);
    // The ESCO occupation columns of roles.csv (issue 12), as a run that maps titles would write them.
    const occupation = (role: string) =>
      /nurse/i.test(role) ? ['http://data.europa.eu/esco/occupation/nurse', 'nurse responsible for general care', '2221']
        : /engineer|developer/i.test(role) ? ['http://data.europa.eu/esco/occupation/dev', 'software developer', '2512']
          : ['', '', ''];
    await rewriteCsv(
      join(out, 'roles.csv'),
      (row) => {
        swap(row);
        [row.occupation_uri, row.occupation_label, row.isco_group] = occupation(row.role);
      },
      ['occupation_uri', 'occupation_label', 'isco_group'],
    );
    await rewriteCsv(join(out, 'mentions.csv'), swap);
    await rewriteCsv(join(out, 'taxonomy.csv'), (row) => {
      if (/sql/i.test(row.label)) Object.assign(row, { reference_id: EVIL_REFERENCE, reference_label: "<a href=javascript:alert('label')>SQL</a>" });
    });
    const tampered = comptax(['report', out]);
    expect(tampered.status, tampered.stderr).toBe(0);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(out, 'report.html')).href);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained file whose data cannot close its script element', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(statSync(join(out, 'report.html')).size).toBeLessThan(10 * 1024 * 1024);
    // Our three script elements and no other: the hostile posting's tags are escaped in the JSON.
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toMatch(/\bsrc=["']?https?:|<link\b|@import|url\(\s*['"]?https?:/i);
    const json = html.match(/<script type="application\/json" id="report-data">([^<]*)<\/script>/)![1];
    const data = JSON.parse(json);
    expect(data.docs.title).toContain(EVIL_ROLE);
    expect(data.comps.label).toContain('SQL </script>');
    expect(json).not.toMatch(/[<>&]/);
  });

  it('opens from disk with no network request, console error or dialog, and every chart draws', async () => {
    const charts = await page.$$eval('.chart', (els) =>
      els.map((e) => ({ id: e.id, shapes: e.querySelectorAll('svg path, svg rect, svg text').length, svg: !!e.querySelector('svg'), height: e.getBoundingClientRect().height })),
    );
    expect(charts.map((c) => c.id).sort()).toEqual(
      ['chart-categories', 'chart-compare', 'chart-errors', 'chart-fixes', 'chart-formats', 'chart-heatmap', 'chart-kinds', 'chart-languages', 'chart-status'].sort(),
    );
    for (const c of charts) {
      expect(c.svg, c.id).toBe(true);
      expect(c.shapes, c.id).toBeGreaterThan(3);
      expect(c.height, c.id).toBeGreaterThan(100);
    }
    // The category chart has a bar per category that has competencies; the heatmap a cell per role and category.
    expect(await page.$$eval('#chart-heatmap svg path', (p) => p.length)).toBeGreaterThan(20);
    expect(await page.textContent('#kpis')).toMatch(/Failed/);
    await page.screenshot({ path: join(shots, 'report.png'), fullPage: true });
  });

  it('shows hostile strings as text, never as markup', async () => {
    expect(await page.textContent('#f-company')).toContain(EVIL_COMPANY);
    expect(await page.textContent('#f-role')).toContain(EVIL_ROLE);
    await page.fill('#f-search', 'sql </script>');
    expect(await page.textContent('#comp-rows tbody')).toContain('SQL </script>');
    const live = await page.evaluate(() => ({
      elements: document.querySelectorAll('img, iframe, object, embed, body svg:not(.chart svg):not(.chart *)').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((h) => !/^(https?:|#)/.test(h)),
    }));
    expect(live).toEqual({ elements: 0, handlers: 0, links: [] });
  });

  it('compares two roles, then two companies, side by side', async () => {
    const roles = await page.$$eval('#cmp-a option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    const hostileRole = roles.find((r) => r === EVIL_ROLE);
    expect(hostileRole).toBeDefined();
    const other = roles.find((r) => r.includes('Backend'))!;
    await page.selectOption('#cmp-a', hostileRole!);
    await page.selectOption('#cmp-b', other);
    await page.click('#cmp-run');
    const summary = await page.textContent('#cmp-summary');
    expect(summary).toMatch(/^\d+ competencies shared, \d+ only in Data Analyst <script>alert\('role'\)<\/script>, \d+ only in .*Backend/);
    expect(await page.$$eval('#cmp-only-a li', (li) => li.length)).toBeGreaterThan(0);
    expect(await page.$$eval('#cmp-only-b li', (li) => li.length)).toBeGreaterThan(0);
    expect(await page.$$eval('#chart-compare svg path', (p) => p.length)).toBeGreaterThan(3);
    await page.locator('#cmp-result').screenshot({ path: join(shots, 'compare.png') });

    await page.selectOption('#cmp-mode', 'company');
    const companies = await page.$$eval('#cmp-a option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(companies.length).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('#cmp-summary')).toMatch(/competencies shared/);
  });

  it('groups roles by ESCO occupation where roles.csv has them', async () => {
    expect(await page.isDisabled('#heat-group')).toBe(false);
    await page.selectOption('#heat-group', 'occupation');
    const rows = await page.$$eval('#chart-heatmap svg text', (t) => t.map((x) => x.textContent));
    expect(rows).toContain('software developer');
    expect(rows).toContain('nurse responsible for general care');
    await page.selectOption('#cmp-mode', 'occupation');
    await page.selectOption('#cmp-a', 'software developer');
    await page.selectOption('#cmp-b', 'nurse responsible for general care');
    await page.click('#cmp-run');
    expect(await page.textContent('#cmp-summary')).toMatch(/only in software developer, \d+ only in nurse responsible for general care/);
    await page.selectOption('#heat-group', 'role');
  });

  it('drills down to a competency: variants, ESCO concept and the example highlighted', async () => {
    await page.fill('#f-search', 'sql </script>');
    await page.click('#comp-rows tbody tr');
    await page.waitForSelector('#drill:not([hidden])');
    expect(await page.textContent('#drill-title')).toBe('SQL </script>');
    expect(await page.$$eval('#drill .example mark', (m) => m.map((x) => x.textContent))).toEqual(['Strong knowledge of SQL </script>']);
    expect(await page.textContent('#drill .example .src')).toContain('zz-hostile.txt');
    // A reference id that is not a web address is shown, never linked.
    expect(await page.$$eval('#drill a', (a) => a.length)).toBe(0);
    expect(await page.textContent('#drill')).toContain(EVIL_REFERENCE);
    await page.screenshot({ path: join(shots, 'drill-down-hostile.png') });
    await page.click('#drill-close');

    await page.fill('#f-search', 'communication');
    await page.click('#comp-rows tbody tr');
    await page.waitForSelector('#drill:not([hidden])');
    const variants = await page.$$eval('#drill .variants li', (li) => li.length);
    expect(variants).toBeGreaterThan(0);
    const marks = await page.$$eval('#drill .example mark', (m) => m.map((x) => x.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /communicat/i.test(m))).toBe(true);
    await page.screenshot({ path: join(shots, 'drill-down.png') });
    await page.click('#drill-close');
    expect(await page.isHidden('#drill')).toBe(true);
  });

  it('filters the competencies by kind, role and company', async () => {
    await page.click('#f-reset');
    const all = Number((await page.textContent('#comp-count'))!.split(' of ')[1].replace(/\D/g, ''));
    await page.selectOption('#f-kind', { label: 'qualification' });
    const kinds = await page.$$eval('#comp-rows tbody tr td:nth-child(2)', (td) => [...new Set(td.map((t) => t.textContent))]);
    expect(kinds).toEqual(['qualification']);
    await page.selectOption('#f-kind', '');
    const role = await page.$$eval('#f-role option', (o) => (o.find((x) => x.textContent?.startsWith('Data Analyst')) as HTMLOptionElement).value);
    await page.selectOption('#f-role', role);
    const shown = Number((await page.textContent('#comp-count'))!.split(' of ')[0].replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
  });

  it('lists the failed input and the duplicates under data quality', async () => {
    expect(await page.textContent('#err-table')).toContain('zz-broken.pdf');
    expect(await page.textContent('#dup-table')).toMatch(/se-01-backend-engineer\.(md|docx)/);
    expect(await page.$$eval('#chart-fixes svg path', (p) => p.length)).toBeGreaterThan(3);
  });

  it('made no request beyond its own file, logged no error and fired no dialog', () => {
    expect(requests).toEqual([pathToFileURL(join(out, 'report.html')).href]);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('lists the most mentioned competencies only, and keeps every mention in the role profiles', () => {
    expect(capped.comps.id).toHaveLength(12);
    expect(capped.meta.competencies).toBeGreaterThan(100);
    expect(capped.comps.mentions).toEqual([...capped.comps.mentions].sort((a, b) => b - a));
    expect(Object.keys(capped.detail).map(Number).sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    for (const [variants, , examples] of Object.values(capped.detail)) {
      expect(variants.length).toBeGreaterThan(0);
      for (const [, context, from, to] of examples) {
        expect(to).toBeGreaterThan(from);
        expect(to).toBeLessThanOrEqual(context.length);
      }
    }
    const inProfiles = capped.profiles.pairs.concat(capped.profiles.rest).reduce((n, p) => n + p.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0), 0);
    expect(inProfiles).toBe(roleRows.reduce((n, r) => n + Number(r.mentions), 0));
    expect(capped.profiles.rest.some((r) => r.length > 0)).toBe(true);
  });

  it('comptax report rebuilds the same page from the files, and refuses a folder that is not an output', () => {
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuiltReport.equals(runReport)).toBe(true);

    const bad = comptax(['report', input]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^comptax: not a comptax output folder: .*\n$/);
  });
});

import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, looksLikeHtml } from '../../src/ingest/html.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { inlineText, looksLikeMarkdown, markdownToBlocks } from '../../src/ingest/markdown.js';
import { writeFixtures } from './fixtures.js';
import { config, ingestPath } from './helpers.js';

describe('markdown', () => {
  it('reads headings, nested lists, numbered lists, emphasis and links', () => {
    const md = [
      '## Returnity Job Specification',
      '',
      '**Job Title :** Account Manager  ',
      '**Department :** Sales',
      '',
      '### Client Growth –',
      '',
      '- Identify *upselling* opportunities.',
      '  - With the [sales team](https://example.com/team).',
      '- Keep the CRM up to date',
      '  and accurate.',
      '1. Send your CV to [jobs@example.com](mailto:jobs@example.com)',
      '',
      '---',
      'Setext title',
      '============',
    ].join('\n');
    expect(markdownToBlocks(md)).toEqual([
      { kind: 'heading', text: 'Returnity Job Specification', level: 2 },
      { kind: 'paragraph', text: 'Job Title : Account Manager\nDepartment : Sales' },
      { kind: 'heading', text: 'Client Growth –', level: 3 },
      { kind: 'list-item', text: 'Identify upselling opportunities.', level: 1, marker: '-' },
      { kind: 'list-item', text: 'With the sales team.', level: 2, marker: '-' },
      { kind: 'list-item', text: 'Keep the CRM up to date\nand accurate.', level: 1, marker: '-' },
      { kind: 'list-item', text: 'Send your CV to jobs@example.com', level: 1, marker: '1.' },
      { kind: 'heading', text: 'Setext title', level: 1 },
    ]);
  });

  it('reads pipe tables as cells', () => {
    expect(markdownToBlocks('| Role | Skill |\n|---|---|\n| AM | **Negotiation** |')).toEqual([
      { kind: 'table-cell', text: 'Role', row: 0, col: 0 },
      { kind: 'table-cell', text: 'Skill', row: 0, col: 1 },
      { kind: 'table-cell', text: 'AM', row: 1, col: 0 },
      { kind: 'table-cell', text: 'Negotiation', row: 1, col: 1 },
    ]);
  });

  it('leaves words with underscores and lone asterisks alone', () => {
    expect(inlineText('snake_case_name and 5 * 3 and *****')).toBe('snake_case_name and 5 * 3 and *****');
  });

  it('is told apart from text with a dash list', () => {
    expect(looksLikeMarkdown('# Title\n\ntext')).toBe(true);
    expect(looksLikeMarkdown('Duties\n- one\n- two\n*****\n')).toBe(false);
  });

  it('is reported as format markdown', async () => {
    const doc = await ingestBytes(new TextEncoder().encode('# Nurse\n\n- Care for patients\n'), config);
    expect(doc.format).toBe('markdown');
    expect(doc.encoding).toBe('utf-8');
  });
});

describe('html', () => {
  const page = `<!DOCTYPE html><html><head><title>Jobs</title><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>
<body><header><nav><a href="/">Home</a></nav><p>Site banner</p></header>
<!-- tracking comment -->
<article><header><h1>Client Manager &amp; Advisor</h1></header>
<p>We look for a <b>client&nbsp;manager</b>.<br>Apply now.</p>
<ul><li>search for new clients;<ul><li>by phone</li></ul></li><li>negotiate &ldquo;prices&rdquo;</li></ul>
<ol start="3"><li>Three</li><li>Four</li></ol>
<table><tr><th>Role</th><th colspan="2">Duties</th><td>Extra</td></tr><tr><td>AM</td><td><ul><li>Plans visits</li></ul></td></tr></table>
<div hidden>secret</div><p style="display:none">hidden too</p>
</article><footer>© 2024 Example</footer></body></html>`;

  it('keeps headings, paragraphs, nested list items and cells; drops chrome, scripts, comments and hidden text', () => {
    expect(htmlToBlocks(page)).toEqual([
      { kind: 'heading', text: 'Client Manager & Advisor', level: 1 },
      { kind: 'paragraph', text: 'We look for a client manager.\nApply now.' },
      { kind: 'list-item', text: 'search for new clients;', level: 1 },
      { kind: 'list-item', text: 'by phone', level: 2 },
      { kind: 'list-item', text: 'negotiate “prices”', level: 1 },
      { kind: 'list-item', text: 'Three', level: 1, marker: '3.' },
      { kind: 'list-item', text: 'Four', level: 1, marker: '4.' },
      { kind: 'table-cell', text: 'Role', row: 0, col: 0 },
      { kind: 'table-cell', text: 'Duties', row: 0, col: 1 },
      { kind: 'table-cell', text: 'Extra', row: 0, col: 3 },
      { kind: 'table-cell', text: 'AM', row: 1, col: 0 },
      { kind: 'list-item', text: 'Plans visits', level: 1, row: 1, col: 1 },
    ]);
  });

  it('is detected by content; a text file holding a tag is still text', async () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('Role\t<i>Account Manager</i>\t<i>Sales</i>')).toBe(false);
    const doc = await ingestBytes(new TextEncoder().encode(page), config);
    expect(doc.format).toBe('html');
  });

  it('believes a meta charset when the bytes are not UTF-8', async () => {
    const fx = await writeFixtures();
    try {
      const doc = await ingestPath(fx.path('windows-1252.html'));
      expect(doc.encoding).toBe('windows-1252');
      expect(doc.blocks.map((b) => b.text)).toEqual(['Chargé d’affaires', 'Prime de 500 € – “négociation”.']);
    } finally {
      rmSync(fx.dir, { recursive: true, force: true });
    }
  });

  it('reads layout tables (one column, or headings in cells) as ordinary text, and keeps data tables inside them', () => {
    const html = `<table><tr><td><h1>Nurse</h1><p>Join our ward.</p>
      <table><tr><th>Shift</th><th>Hours</th></tr><tr><td>Day</td><td>7-19</td></tr></table></td></tr></table>
      <table><tr><td>Only one column</td></tr><tr><td>Second row</td></tr></table>`;
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'heading', text: 'Nurse', level: 1 },
      { kind: 'paragraph', text: 'Join our ward.' },
      { kind: 'table-cell', text: 'Shift', row: 0, col: 0 },
      { kind: 'table-cell', text: 'Hours', row: 0, col: 1 },
      { kind: 'table-cell', text: 'Day', row: 1, col: 0 },
      { kind: 'table-cell', text: '7-19', row: 1, col: 1 },
      { kind: 'paragraph', text: 'Only one column' },
      { kind: 'paragraph', text: 'Second row' },
    ]);
  });

  it('keeps <pre> line breaks', () => {
    expect(htmlToBlocks('<pre>line one\n  line two</pre>')).toEqual([{ kind: 'paragraph', text: 'line one\n  line two' }]);
  });
});

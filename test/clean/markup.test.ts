import { describe, expect, it } from 'vitest';
import { only, run, runRaw } from './helpers.js';

describe('markup.html-tag', () => {
  it('removes inline tags and turns block tags into separate blocks', () => {
    const doc = run('<p>Manage <b>key</b> accounts and <i>grow</i> revenue.</p><p class="x">Report <span style="color:red">weekly</span>.</p>');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Manage key accounts and grow revenue.', 'Report weekly.']);
    expect(doc.fixes.filter((f) => f.rule === 'markup.html-tag').length).toBeGreaterThan(4);
  });

  it('turns <li> into list items, and drops comments, scripts and styles', () => {
    const doc = run('<ul><li>Plan campaigns</li><li>Track results</li></ul><!-- nav --><script>var x = 1;</script>');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Plan campaigns'],
      ['list-item', 'Track results'],
    ]);
  });

  it('leaves angle brackets that are not tags', () => {
    const t = 'Experience <5 years is fine; budget > 10k; a<b in formulas; <Senior Engineer> title';
    expect(run(t, only('markup.html-tag')).text).toBe(t);
  });

  it('keeps the placeholders of an anonymized posting that share a name with an element ("<ADDRESS>")', () => {
    const t = 'Frontend Engineer <ORGANIZATION> <ADDRESS> <LOCATION> - <LOCATION> Date posted: 2021-03-28';
    expect(run(t, only('markup.html-tag')).text).toBe(t);
    const html = 'Write to us: <ADDRESS>Bole Road, Addis Ababa</ADDRESS> <P>We reply within a week.';
    expect(run(html, only('markup.html-tag')).blocks.map((b) => b.text)).toEqual(['Write to us:', 'Bole Road, Addis Ababa', 'We reply within a week.']);
  });

  it('splits a table cell holding an HTML list into several blocks of the same cell', () => {
    const doc = runRaw({
      blocks: [
        { kind: 'table-cell', row: 3, col: 1, text: '<p>Owns the renewal pipeline.</p> <ul style="list-style-type: none"> • Prepares quarterly reviews • Flags churn risks early </ul>' },
        { kind: 'table-cell', row: 3, col: 2, text: '<p>Finds new clients.</p> <ul><li>o Qualifies inbound leads</li></ul> o Books discovery calls o Runs demos' },
      ],
    });
    expect(doc.blocks.map((b) => [b.row, b.col, b.kind, b.marker ?? '', b.text])).toEqual([
      [3, 1, 'table-cell', '', 'Owns the renewal pipeline.'],
      [3, 1, 'table-cell', '•', 'Prepares quarterly reviews'],
      [3, 1, 'table-cell', '•', 'Flags churn risks early'],
      [3, 2, 'table-cell', '', 'Finds new clients.'],
      [3, 2, 'table-cell', '•', 'Qualifies inbound leads'],
      [3, 2, 'table-cell', 'o', 'Books discovery calls'],
      [3, 2, 'table-cell', 'o', 'Runs demos'],
    ]);
  });
});

describe('markup.markdown', () => {
  it('reduces headings, emphasis, links and images to their text', () => {
    const doc = run('## Job Specification\n\n**Job Title:** Account Manager  \n\nSee [our site](https://example.org "home") and _apply_ ![logo](logo.png) with `Excel` ~~skills~~');
    expect(doc.blocks.map((b) => [b.kind, b.level ?? 0, b.text])).toEqual([
      ['heading', 2, 'Job Specification'],
      ['paragraph', 0, 'Job Title: Account Manager'],
      ['paragraph', 0, 'See our site and apply with Excel skills'],
    ]);
  });

  it('leaves snake_case, arithmetic and lone stars alone', () => {
    const t = 'Use snake_case names and 2*3*4 maths; rated 4* overall; C# and F# experience';
    expect(run(t, only('markup.markdown')).text).toBe(t);
  });
});

describe('markup.table', () => {
  it('joins label and value cells and splits other tab-separated cells', () => {
    const doc = run('Reports To:\tRegional Director\n\nRole\tAccount Coordinator\tAccount Manager\t\t\n| Level | Years |\n|---|---|', only('markup.table', 'layout.line-join'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Reports To: Regional Director', 'Role', 'Account Coordinator', 'Account Manager', 'Level', 'Years']);
  });

  it('leaves text without tabs or pipes alone', () => {
    const t = 'Coordinate delivery across teams: sales, support and finance.';
    expect(run(t, only('markup.table')).fixes).toEqual([]);
  });
});

describe('markup.html-tag (cut tags)', () => {
  it('removes the attribute tail of a tag whose "<" was cut off', () => {
    const doc = run('style="list-style-type: none"> Coordinates delivery of services.', only('markup.html-tag'));
    expect(doc.text).toBe('Coordinates delivery of services.');
  });

  it('keeps attribute-like text that is not a tag tail', () => {
    const t = 'Set class="primary" on the button and id="main" on the page.';
    expect(run(t, only('markup.html-tag')).text).toBe(t);
  });
});

describe('escaped markup', () => {
  it('removes tags that were escaped as entities', () => {
    const doc = run('&lt;p&gt;Manage &lt;b&gt;key&lt;/b&gt; accounts&lt;/p&gt;', only('markup.html-tag', 'characters.entities'));
    expect(doc.text).toBe('Manage key accounts');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { decodeModel, encodeModel, LABELS, loadModel, NL } from '../../src/extract/tagger-model.js';
import { namesFor } from '../../src/extract/names.js';
import { combine, taggedSpans } from '../../src/extract/tagger.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { segment } from '../../src/segment/index.js';
import { cleanDoc } from '../segment/fixture.js';

const pipeline = loadPipeline();
const rulesOnly = { ...pipeline.extract, tagger: null };

function tag(src: string) {
  const doc = { ...cleanDoc(src), language: 'en' };
  const seg = segment(doc, pipeline.segment);
  const spans = taggedSpans(doc, seg, pipeline.extract);
  return { doc, seg, spans, texts: spans.map((s) => `${s.kind}: ${doc.text.slice(s.start, s.end)}`) };
}

const POSTING = [
  'Senior Accountant',
  '',
  'Key Responsibilities:',
  '- Prepare monthly financial reports for the management team',
  '- Reconcile bank statements and supplier accounts',
  '',
  'Requirements:',
  "- BA degree in Accounting or Finance",
  '- 3 years of experience in a similar role',
  '- Good knowledge of IFRS and Peachtree',
  '- Excellent communication skills',
  '',
  'Benefits:',
  '- 25 days annual leave and a pension scheme',
].join('\n');

describe('token tagger', () => {
  it('is the model the bundled pipeline names, in the format the trainer writes', () => {
    expect(pipeline.extract.tagger).toMatch(/extract\/tagger\.bin\.gz$/);
    const model = loadModel(pipeline.extract.tagger!);
    expect(model.weights.length).toBe((1 << model.bits) * NL);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
    // Written again by the trainer's encoder, the weights read back the same.
    const real = Float32Array.from(model.weights, (w) => w * model.scale);
    const again = decodeModel(encodeModel({ bits: model.bits, weights: real }));
    expect(again.bits).toBe(model.bits);
    expect(Array.from(again.weights.subarray(0, 5000))).toEqual(Array.from(model.weights.subarray(0, 5000)));
    expect(LABELS[0]).toBe('O');
  });

  it('refuses a file that is not a model', () => {
    expect(() => decodeModel(readFileSync(new URL('../../pipelines/vocabulary/vocabulary.json.gz', import.meta.url)), 'x')).toThrow(/x: /);
  });

  it('tags duties, qualifications, knowledge and skills in hand-written lines, nothing in benefits', () => {
    const { texts } = tag(POSTING);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^duty: Prepare monthly financial reports/), expect.stringMatching(/^duty: Reconcile bank statements/)]));
    expect(texts.some((t) => /^qualification: .*degree in Accounting/.test(t))).toBe(true);
    expect(texts.some((t) => /^knowledge: .*IFRS/.test(t))).toBe(true);
    expect(texts.some((t) => /^skill: .*communication skills/.test(t))).toBe(true);
    expect(texts.some((t) => /leave|pension/.test(t))).toBe(false);
  });

  it('gives a span whose head is a certificate\'s the kind qualification ("Engineering degree" in prose the rules do not read)', () => {
    const doc = { ...cleanDoc('About the role\nWe make things.\nEngineering degree (Process or Mechanical)\nAt least 5 years experience in a similar role'), language: 'en' };
    const ms = extract(doc, segment(doc, pipeline.segment), pipeline.extract);
    expect(ms.filter((m) => /degree/.test(m.text)).map((m) => `${m.kind}: ${m.text}`)).toEqual(['qualification: Engineering degree']);
  });

  it('adds nothing the employer allows ("You are free to set up your workspace the way you like it")', () => {
    const doc = { ...cleanDoc('About the role\nYou are free to set up your workspace the way you like it.'), language: 'en' };
    expect(extract(doc, segment(doc, pipeline.segment), pipeline.extract)).toEqual([]);
  });

  it('adds only spans no rule mention overlaps', () => {
    const { doc, seg, spans } = tag(POSTING);
    const rules = extract(doc, seg, rulesOnly);
    const all = combine(doc, rulesOnly, rules, spans, { duty: -Infinity, skill: -Infinity, knowledge: -Infinity, qualification: -Infinity });
    for (const r of rules) expect(all).toContain(r);
    for (const m of all) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    const added = all.filter((m) => !rules.includes(m));
    for (const a of added) expect(rules.some((r) => r.start < a.end && a.start < r.end)).toBe(false);
    expect(combine(doc, rulesOnly, rules, spans, {})).toEqual(rules);
  });

  it('gives a knowledge span of names that lost their commas one mention per name, as the rules do ("CSS Redux")', () => {
    const doc = { ...cleanDoc('Requirements:\n- You know CSS Redux'), language: 'en' };
    const seg = segment(doc, pipeline.segment);
    const item = seg.sections.flatMap((s) => s.items.map((it) => ({ section: s, item: it }))).find(({ item: it }) => doc.text.slice(it.start, it.end).includes('CSS'))!;
    const start = doc.text.indexOf('CSS Redux');
    const span = { kind: 'knowledge' as const, start, end: start + 'CSS Redux'.length, margin: 10, section: item.section, item: item.item };
    const texts = (names: ReturnType<typeof namesFor>) => combine(doc, rulesOnly, [], [span], { knowledge: 0 }, names).map((m) => m.text);
    expect(texts(namesFor(pipeline.extract))).toEqual(['CSS', 'Redux']);
    expect(texts(null)).toEqual(['CSS Redux']);
  });

  it('gives the same mentions twice, and none of one posting carries to the next', () => {
    const other = 'Driver\n\nRequirements:\n- Full UK driving licence\n- Knowledge of the local area';
    const first = JSON.stringify(tag(POSTING).texts);
    tag(other);
    expect(JSON.stringify(tag(POSTING).texts)).toBe(first);
    const doc = { ...cleanDoc(POSTING), language: 'en' };
    const a = extract(doc, segment(doc, pipeline.segment), pipeline.extract);
    const b = extract(doc, segment(doc, pipeline.segment), pipeline.extract);
    expect(b).toEqual(a);
  });
});

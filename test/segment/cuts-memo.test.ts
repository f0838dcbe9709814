import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { segment } from '../../src/segment/index.js';
import { cleanDoc } from './fixture.js';

const pipeline = loadPipeline();
const ROW = 'Qualifications Care Certificate Application form Experience Two years in care Interview';

describe('the memo of lines cut', () => {
  it('cuts a line as a person specification row only under its header, whichever posting came first', () => {
    const postings = [`Care Assistant\nCriteria Essential Desirable Assessed by\n${ROW}`, `Care Assistant\n${ROW}`];
    const items = (seg: ReturnType<typeof segment>) => seg.sections.map((s) => [s.kind, s.items.map((i) => i.text)]);
    const alone = postings.map((p) => items(segment({ ...cleanDoc(p), language: 'en' }, structuredClone(pipeline.segment))));
    expect(alone[0]).not.toEqual(alone[1]);
    for (const order of [[0, 1], [1, 0]]) {
      const shared = structuredClone(pipeline.segment);
      for (const i of order) expect(items(segment({ ...cleanDoc(postings[i]), language: 'en' }, shared))).toEqual(alone[i]);
    }
  });
});

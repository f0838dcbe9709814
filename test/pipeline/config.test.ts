import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipeline, pipelineSchema } from '../../src/pipeline/config.js';
import { z } from 'zod';
import { readFileSync } from 'node:fs';

function pipelineFile(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'comptax-config-'));
  const file = join(dir, 'p.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
}

describe('pipeline config', () => {
  it('loads the default pipeline with every stage resolved and a stable hash', () => {
    const a = loadPipeline();
    const b = loadPipeline();
    expect(a.options.run.documentTimeoutMs).toBe(60_000);
    expect(a.ingest.maxFileBytes).toBe(20_000_000);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(b.hash);
  });

  it('fills defaults for a minimal file', () => {
    const p = loadPipeline(pipelineFile({}));
    expect(p.options.run.nearDuplicateThreshold).toBe(0.7);
    expect(p.options.run.nearDuplicateMinWords).toBe(30);
  });

  it('names the JSON path of an unknown key', () => {
    expect(() => loadPipeline(pipelineFile({ run: { documentTimeoutMs: 5, colour: 'red' } }))).toThrow(/run: unknown key "colour"/);
  });

  it('names the JSON path of a wrong type', () => {
    expect(() => loadPipeline(pipelineFile({ ingest: { maxFileBytes: 'big' } }))).toThrow(/ingest\.maxFileBytes/);
  });

  it('names the key of a data file that does not exist', () => {
    expect(() => loadPipeline(pipelineFile({ segment: { headingLexicon: 'no-such-lexicon.json' } }))).toThrow(
      /segment\.headingLexicon: file not found/,
    );
  });

  it('reports a missing pipeline file and invalid JSON', () => {
    expect(() => loadPipeline('/nonexistent/p.json')).toThrow(/file not found/);
    expect(() => loadPipeline(pipelineFile('{ nope'))).toThrow(/invalid JSON/);
  });

  it('keeps schema/pipeline.schema.json in step with the zod schema', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/pipeline.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(pipelineSchema, { io: 'input' }))));
  });
});

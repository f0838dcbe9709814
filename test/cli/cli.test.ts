import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comptax } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'comptax-cli-'));

const POSTING = `Customer Success Manager

Responsibilities:
- Build long-term relationships with enterprise clients
- Negotiate renewals and expansion contracts
- Coordinate onboarding with the implementation team

Requirements:
- Excellent negotiation and presentation skills
- Knowledge of Salesforce CRM
- 3+ years of customer success experience
- Bachelor's degree in Business
`;

describe('comptax CLI', () => {
  it('prints help for the program and every command, exit 0', () => {
    const top = comptax(['--help']);
    expect(top.status).toBe(0);
    for (const cmd of ['run', 'clean', 'extract', 'canonicalize']) {
      expect(top.stdout).toContain(cmd);
      const r = comptax([cmd, '--help']);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout).toMatch(/Usage: comptax/);
    }
  });

  it('exits 2 with a one-line message on usage errors', () => {
    for (const args of [['run'], ['run', 'corpus', '--workers', '0'], ['run', 'corpus', '--colour'], ['frobnicate'], ['canonicalize', '--kind', 'hobby']]) {
      const r = comptax(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^comptax: error:|^comptax: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 naming the JSON path for a bad pipeline file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ extract: { minConfidence: 'high' } }));
    const r = comptax(['run', 'corpus', '--pipeline', join(dir, 'p.json'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/extract\.minConfidence/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 when the output folder cannot be written', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = comptax(['run', 'corpus', '--out', join(dir, 'a-file', 'out'), '--no-progress']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/output folder not writable/);
  });

  it('runs end to end from the command line and prints a summary line', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'csm.txt'), POSTING);
    const r = comptax(['run', dir, '--out', join(dir, 'out'), '--workers', '1']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/1 documents: 1 ok, 0 failed, 0 duplicates; \d+ mentions, \d+ competencies/);
    expect(readFileSync(join(dir, 'out', 'mentions.csv'), 'utf8')).toMatch(/negotiat/i);
  });

  it('clean prints text, and JSON fixes with --explain', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.txt'), POSTING.replace('- Build', '\uF0B7 Build'));
    const plain = comptax(['clean', join(dir, 'p.txt')]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('Build long-term relationships with enterprise clients');
    expect(plain.stdout).not.toContain('\uF0B7');
    const explained = comptax(['clean', join(dir, 'p.txt'), '--explain']);
    const json = JSON.parse(explained.stdout);
    expect(json.text).toBe(plain.stdout.replace(/\n$/, ''));
    expect(json.fixes.some((f: { before: string }) => f.before.includes('\uF0B7'))).toBe(true);
    for (const f of json.fixes) expect(Object.keys(f).sort()).toEqual(['after', 'before', 'rule', 'start']);
  });

  it('clean and extract exit 2 for a missing file and 1 for an unreadable one, in one line', () => {
    const dir = tmp();
    expect(comptax(['clean', join(dir, 'nope.txt')]).status).toBe(2);
    writeFileSync(join(dir, 'empty.pdf'), '');
    const r = comptax(['extract', join(dir, 'empty.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('extract --json gives document, sections and mentions with offsets into the cleaned text', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.txt'), POSTING);
    const r = comptax(['extract', join(dir, 'p.txt'), '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['document', 'sections', 'mentions']);
    expect(out.document.format).toBe('text');
    const text = comptax(['clean', join(dir, 'p.txt')]).stdout;
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(out.mentions.map((m: { kind: string }) => m.kind)).toEqual(expect.arrayContaining(['duty', 'skill', 'knowledge', 'qualification']));
  });

  it('canonicalize prints one CSV row per input line, in input order', () => {
    const input = 'negotiation skills\nGood negotiation skills\nNegotiating\nSales forecasting\n';
    const r = comptax(['canonicalize', '-'], { input });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('phrase,competency_id,label,reference_id,reference_label');
    expect(lines).toHaveLength(5);
    const ids = lines.slice(1).map((l) => l.split(',')[1]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
  });
});

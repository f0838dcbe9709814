/**
 * Real files for the ingest tests, written into a temporary folder: PDFs and DOCX rendered with
 * the corpus renderers, encodings written with iconv-lite, and the bad inputs issue 3 lists.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { renderDocx } from '../../scripts/render/docx.js';
import { newPdf, pdfBytes, renderPdf } from '../../scripts/render/pdf.js';
import type { Block } from '../../src/types.js';

export const POSTING: Block[] = [
  { kind: 'heading', level: 1, text: 'Customer Success Manager' },
  {
    kind: 'paragraph',
    text: 'Harbourline Logistics is looking for a customer success manager to look after a portfolio of wholesale accounts, strengthen long-term relationships and make sure every client gets measurable value from our transport management platform.',
  },
  { kind: 'heading', level: 2, text: 'Responsibilities' },
  { kind: 'list-item', level: 1, text: 'Build and maintain productive relationships with operations managers at each client.' },
  { kind: 'list-item', level: 1, text: 'Run onboarding sessions and quarterly business reviews, documenting agreed improvements in the account plan.' },
  { kind: 'list-item', level: 2, text: 'Prepare the usage statistics beforehand.' },
  { kind: 'list-item', level: 2, text: 'Follow up on every action within five days.' },
  { kind: 'list-item', level: 1, text: 'Negotiate renewals together with the commercial team.' },
  { kind: 'heading', level: 2, text: 'Requirements' },
  {
    kind: 'paragraph',
    text: 'At least three years of experience in account management or customer success, preferably with software subscriptions. Excellent communication skills, a structured approach to documentation and genuine interest in transportation technology.',
  },
  { kind: 'list-item', level: 1, marker: '1.', text: 'Degree in business administration or a comparable qualification.' },
  { kind: 'list-item', level: 1, marker: '2.', text: 'Working knowledge of Salesforce and spreadsheet modelling.' },
];

/** A longer posting that runs over several pages, for running headers and footers. */
export const LONG_POSTING: Block[] = [
  ...POSTING,
  ...Array.from({ length: 14 }, (_, i): Block => ({
    kind: 'paragraph',
    text: `Section ${i + 1}: our dispatchers coordinate international shipments, reconcile documentation with customs authorities, communicate proactively with warehouse supervisors and continuously improve the reliability of every delivery commitment we make to customers.`,
  })),
];

export const TABLE: Block[] = [
  { kind: 'paragraph', text: 'How the two roles compare.' },
  { kind: 'table-cell', row: 0, col: 0, text: 'Role' },
  { kind: 'table-cell', row: 0, col: 1, text: 'Account Executive' },
  { kind: 'table-cell', row: 1, col: 0, text: 'Main duties' },
  { kind: 'table-cell', row: 1, col: 1, text: 'Finds new customers, prepares proposals and closes contracts with procurement teams.' },
  { kind: 'table-cell', row: 2, col: 0, text: 'Skills' },
  { kind: 'table-cell', row: 2, col: 1, text: 'Negotiation, presentation skills and CRM discipline.' },
];

const TEXT_EN = 'Job title: Account Manager\n\nResponsibilities\n- Manage key client relationships\n- Negotiate contract renewals\n\nWe offer a café, a résumé workshop and a bonus of 5 €.\n';
const TEXT_LATIN1 = 'Poste : Chargé de clientèle\n\nCompétences : négociation, rigueur, sens du détail.\n';
const TEXT_RU = 'Менеджер по работе с клиентами\n\nОбязанности\n- ведение переговоров с клиентами\n- подготовка коммерческих предложений и договоров\n';

let crcTable: number[] | undefined;
function crc32(bytes: Uint8Array): number {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A small grey PNG (a "scan"), built by hand so no image library is needed. */
export function png(width = 64, height = 64): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x90);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function randomBytes(n: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const body = iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be');
  if (!bom) return body;
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** Rewrites every size a zip declares (local headers and central directory) to 100 bytes. */
function understateSizes(zip: Uint8Array): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = 0; i + 30 < out.length; i++) {
    if (out.readUInt32LE(i) === 0x04034b50) out.writeUInt32LE(100, i + 22);
    else if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(100, i + 24);
  }
  return out;
}

function ole2(stream: string): Buffer {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  Buffer.from(stream, 'utf16le').copy(header, 1024);
  return header;
}

async function imageOnlyPdf(): Promise<Buffer> {
  const doc = newPdf();
  doc.image(png(), 100, 100, { width: 300 });
  return pdfBytes(doc);
}

export interface Fixtures {
  dir: string;
  path(name: string): string;
  texts: { en: string; latin1: string; ru: string };
}

export async function writeFixtures(): Promise<Fixtures> {
  const dir = mkdtempSync(join(tmpdir(), 'comptax-ingest-'));
  const put = (name: string, data: Uint8Array | string) => writeFileSync(join(dir, name), data);

  // Good files.
  const pdf = await renderPdf(POSTING, { justify: true });
  put('posting.pdf', pdf);
  put('long posting.pdf', await renderPdf(LONG_POSTING, { header: 'Harbourline Logistics - Customer Success Manager', pageNumbers: true, justify: true }));
  put('table.pdf', await renderPdf(TABLE));
  put('watermark.pdf', await renderPdf(POSTING, { watermark: 'DRAFT' }));
  put('posting.docx', await renderDocx(POSTING));
  put(
    'windows-1252.html',
    iconv.encode('<html><head><meta charset="windows-1252"><title>x</title></head><body><h1>Chargé d’affaires</h1><p>Prime de 500 € – “négociation”.</p></body></html>', 'windows-1252'),
  );
  put('table.docx', await renderDocx(TABLE));
  put('utf8.txt', TEXT_EN);
  put('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT_EN)]));
  put('utf16le-bom.txt', utf16(TEXT_EN, 'le', true));
  put('utf16be-bom.txt', utf16(TEXT_EN, 'be', true));
  put('utf16le.txt', utf16(TEXT_EN, 'le', false));
  put('utf16be.txt', utf16(TEXT_EN, 'be', false));
  put('windows-1252.txt', iconv.encode(TEXT_EN.replace('a bonus', '“a bonus”'), 'windows-1252'));
  put('latin1.txt', iconv.encode(TEXT_LATIN1, 'latin1'));
  put('windows-1251.txt', iconv.encode(TEXT_RU, 'windows-1251'));
  put('crlf.txt', TEXT_EN.replace(/\n/g, '\r\n'));
  put('nul.txt', TEXT_EN.replace('Account Manager', 'Account\u0000 Manager'));
  put('Stellenanzeige Kundenbetreuer – Köln (ü).txt', TEXT_EN);
  put('docx-really-text.docx', TEXT_EN);

  // Bad inputs.
  for (const ext of ['txt', 'md', 'html', 'pdf', 'docx']) put(`empty.${ext}`, '');
  put('blank.txt', '  \n\n \t \n');
  put('empty-content.docx', await renderDocx([]));
  put('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
  put('random.pdf', randomBytes(4096));
  put('encrypted.pdf', await renderPdf(POSTING, { userPassword: 'secret' }));
  put('image-only.pdf', await imageOnlyPdf());
  // 4 MB of one byte compresses to a few kB: the tests set the unpacked limit below it.
  put('bomb.docx', zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new Uint8Array(4_000_000).fill(0x20) }, { level: 9 }));
  put('lying-bomb.docx', understateSizes(zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new Uint8Array(4_000_000).fill(0x20) }, { level: 9 })));
  put('plain.zip', zipSync({ 'notes.txt': new TextEncoder().encode('just some notes') }));
  put('legacy.doc', ole2('WordDocument'));
  put('legacy.xls', ole2('Workbook'));
  put('letter.rtf', '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Account Manager \\par}');
  put('scan.png', png());
  put('photo.pdf', png());
  put('large.txt', 'x'.repeat(5000));

  return { dir, path: (name) => join(dir, name), texts: { en: TEXT_EN, latin1: TEXT_LATIN1, ru: TEXT_RU } };
}

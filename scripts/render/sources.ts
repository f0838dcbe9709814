import { readFileSync } from 'node:fs';
import { markdownToBlocks } from '../../src/ingest/markdown.js';
import { textToBlocks } from '../../src/ingest/text.js';
import type { Block } from '../../src/types.js';

/**
 * A corpus posting as blocks, read with ingest's own Markdown/text readers. In a text posting every
 * line is its own paragraph, as a writer pressing Enter at each line would have made it.
 */
export function sourceBlocks(path: string): Block[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (path.endsWith('.md')) return markdownToBlocks(text);
  return textToBlocks(text).flatMap((b) =>
    b.kind === 'paragraph' ? b.text.split('\n').filter((l) => l.trim()).map((line) => ({ kind: 'paragraph' as const, text: line.trim() })) : [b],
  );
}

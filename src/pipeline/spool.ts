import { createReadStream } from 'node:fs';
import { FileSink } from '../export/file-sink.js';
import { rm } from 'node:fs/promises';

/**
 * An append-only NDJSON file on disk: what the map step found, kept out of memory until the
 * taxonomy gives every mention its competency id, then read back (readSpool) in the order it was
 * written.
 */
export class Spool {
  private readonly out: FileSink;

  constructor(readonly path: string) {
    this.out = new FileSink(path);
  }

  /** Appends one record, given as its JSON (workers serialize their own records). */
  async append(json: string): Promise<void> {
    this.out.push(`${json}\n`);
    await this.out.flushIfFull();
  }

  async close(): Promise<void> {
    await this.out.end();
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

/**
 * The records of a closed spool file, in the order written (another thread may read it too).
 * Not readline: its async iterator queues every line of a fast file while the consumer is busy,
 * which would hold the whole spool in memory. A stream's own iterator reads only on demand.
 */
export async function* readSpool<T>(path: string): AsyncGenerator<T> {
  let carry = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const lines = (carry + (chunk as string)).split('\n');
    carry = lines.pop()!;
    for (const line of lines) if (line) yield JSON.parse(line) as T;
  }
  if (carry) yield JSON.parse(carry) as T;
}

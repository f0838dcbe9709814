import { createReadStream } from 'node:fs';
import { FileSink } from '../export/file-sink.js';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/**
 * An append-only NDJSON file on disk: what the map step found, kept out of memory until the
 * taxonomy gives every mention its competency id, then read back in the order it was written.
 */
export class Spool<T> {
  private readonly out: FileSink;

  constructor(private readonly path: string) {
    this.out = new FileSink(path);
  }

  async append(value: T): Promise<void> {
    this.out.push(`${JSON.stringify(value)}\n`);
    await this.out.flushIfFull();
  }

  async close(): Promise<void> {
    await this.out.end();
  }

  async *read(): AsyncGenerator<T> {
    const lines = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

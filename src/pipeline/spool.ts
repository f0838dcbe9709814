import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/**
 * An append-only NDJSON file on disk: what the map step found, kept out of memory until the
 * taxonomy gives every mention its competency id, then read back in the order it was written.
 */
export class Spool<T> {
  private readonly out;

  constructor(private readonly path: string) {
    this.out = createWriteStream(path);
  }

  async append(value: T): Promise<void> {
    if (!this.out.write(`${JSON.stringify(value)}\n`)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }

  async *read(): AsyncGenerator<T> {
    const lines = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

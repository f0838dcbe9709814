import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_AT = 1 << 16;

/**
 * An output file written in 64 KB pieces: one write per row would cost the main thread a system
 * call through libuv's thread pool per row, and the workers share that pool. A file written after
 * the map, when the main thread waits on nothing else, may use larger pieces (`flushAt`, bytes):
 * each write is a round trip to that pool.
 */
export class FileSink {
  private readonly out: WriteStream;
  private readonly failed: Promise<never>;
  private pending: (string | Buffer)[] = [];
  private size = 0;

  constructor(
    path: string,
    private readonly flushAt = FLUSH_AT,
  ) {
    this.out = createWriteStream(path);
    this.failed = new Promise<never>((_, reject) => this.out.on('error', reject));
    this.failed.catch(() => undefined);
  }

  push(chunk: string | Buffer): void {
    this.pending.push(chunk);
    this.size += chunk.length;
  }

  /**
   * Writes what is pending once there is enough of it, waiting while the disk is behind; below that,
   * nothing to wait for (no promise: a CSV row or a spooled record is pushed hundreds of thousands
   * of times a run).
   */
  flushIfFull(): Promise<void> | undefined {
    return this.size >= this.flushAt ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunks = this.pending;
    this.pending = [];
    this.size = 0;
    const data = chunks.every((c) => typeof c === 'string') ? chunks.join('') : Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
    if (!this.out.write(data)) await Promise.race([once(this.out, 'drain'), this.failed]);
  }

  async end(): Promise<void> {
    await this.flush();
    this.out.end();
    await Promise.race([once(this.out, 'finish'), this.failed]);
  }
}

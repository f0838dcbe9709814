import { Piscina } from 'piscina';

/** What the export thread writes mentions.csv from: plain data, handed over once. */
export interface ExportJob {
  /** The folder the file goes into. */
  outDir: string;
  /** The closed spool file of the run's documents (each thread reads it for itself). */
  spool: string;
  /** Every collected variant's competency id, by variantKey (mention-files.ts). */
  ids: Map<string, string>;
}

// Under vitest/tsx the sources run as .ts, and the thread's task with them (as in pool.ts).
const RUNNING_TS = import.meta.url.endsWith('.ts');

/**
 * A thread that writes mentions.csv while the run's own thread writes roles.csv (whose occupations
 * read the reference it holds) and the taxonomy files: after the map the second core sat idle
 * through the reduce. It reads the spool from disk; what it is handed is the variants' ids (a few
 * thousand strings). Started before the taxonomy is built, so that its modules are loaded by the
 * time there is work. Its heap stays small (the file is streamed): the young generation is capped
 * as the pool's workers' is.
 */
export class ExportThread {
  private readonly pool: Piscina;
  private closed: Promise<void> | undefined;

  constructor() {
    const filename = new URL(`./export-worker.${RUNNING_TS ? 'ts' : 'js'}`, import.meta.url).href;
    this.pool = new Piscina({
      filename,
      minThreads: 1,
      maxThreads: 1,
      execArgv: RUNNING_TS ? ['--import', 'tsx'] : [],
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
  }

  /** Writes mentions.csv; the thread is closed once it is written or has failed. */
  async run(job: ExportJob): Promise<void> {
    try {
      await this.pool.run(job);
    } finally {
      this.close().catch(() => undefined);
    }
  }

  /** Stops the thread (its work done, or the run failed before). Closing twice closes once. */
  close(): Promise<void> {
    return (this.closed ??= this.pool.destroy());
  }
}

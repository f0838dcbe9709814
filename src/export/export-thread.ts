import { Piscina } from 'piscina';

/** mentions.csv, from the closed spool file of the run's documents (the thread reads it for itself). */
export interface MentionsJob {
  task: 'mentions';
  /** The folder the file goes into. */
  outDir: string;
  spool: string;
  /** Every collected variant's competency id, by variantKey (mention-files.ts). */
  ids: Map<string, string>;
}

/** A JSON file, written as writeJsonFile writes it. */
export interface JsonJob {
  task: 'json';
  path: string;
  value: unknown;
  /** How many levels are pretty-printed (see writeJsonFile). */
  depth: number;
}

/** What the export thread writes: plain data, handed over once. */
export type ExportJob = MentionsJob | JsonJob;

// Under vitest/tsx the sources run as .ts, and the thread's task with them (as in pool.ts).
const RUNNING_TS = import.meta.url.endsWith('.ts');

/**
 * A thread that writes mentions.csv, then taxonomy.jsonld, while the run's own thread writes
 * roles.csv (whose occupations read the reference it holds) and the other taxonomy files: after the
 * map the second core sat idle through the reduce. Started before the taxonomy is built, so that its
 * modules are loaded by the time there is work. Its heap stays small (mentions.csv is streamed from
 * the spool, taxonomy.jsonld is 2 MB): the young generation is capped as the pool's workers' is. One
 * thread: its jobs run in the order given.
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

  mentions(job: Omit<MentionsJob, 'task'>): Promise<void> {
    return this.pool.run({ task: 'mentions', ...job } satisfies ExportJob);
  }

  json(job: Omit<JsonJob, 'task'>): Promise<void> {
    return this.pool.run({ task: 'json', ...job } satisfies ExportJob);
  }

  /** Stops the thread (its work done, or the run failed before). Closing twice closes once. */
  close(): Promise<void> {
    return (this.closed ??= this.pool.destroy());
  }
}

import cliProgress from 'cli-progress';

export interface Progress {
  readonly shown: boolean;
  start(total: number): void;
  tick(): void;
  stop(): void;
}

export interface ProgressOptions {
  /** More to show after the speed, asked for at each tick (a queue's waiting and running jobs). */
  status?: () => string;
  stream?: NodeJS.WriteStream;
}

/** A bar on stderr, only when stderr is a terminal and the user did not turn it off. */
export function createProgress(enabled: boolean, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!enabled || !stream.isTTY) return { shown: false, start() {}, tick() {}, stop() {} };
  const status = options.status ?? (() => '');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'documents {bar} {value}/{total} done | {speed} docs/s{status} | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let t0 = 0;
  let done = 0;
  const speed = () => (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1);
  return {
    shown: true,
    start(total) {
      t0 = Date.now();
      bar.start(total, 0, { speed: '0.0', status: status() });
    },
    tick() {
      done++;
      bar.increment(1, { speed: speed(), status: status() });
    },
    stop() {
      bar.stop();
    },
  };
}

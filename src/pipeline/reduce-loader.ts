let reduceSide: Promise<typeof import('./reduce-side.js')> | undefined;

/** The reduce side's modules, loaded once; the first call may come early and leave them loading. */
export function loadReduceSide(): Promise<typeof import('./reduce-side.js')> {
  if (!reduceSide) {
    reduceSide = import('./reduce-side.js');
    // Awaited later; a failure must not end the process before then as an unhandled rejection.
    reduceSide.catch(() => undefined);
  }
  return reduceSide;
}

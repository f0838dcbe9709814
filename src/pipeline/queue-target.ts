/** Where a distributed run's documents go. */
export interface QueueTarget {
  /** redis://[user:pass@]host:port[/db] or rediss:// */
  url: string;
  name: string;
}

/** The URL without its password, for messages and the manifest. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

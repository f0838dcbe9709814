import { InvalidArgumentError } from 'commander';

/** --redis: a redis:// or rediss:// URL (ioredis would read anything else some other way). */
export function redisOption(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('not a URL (expected redis://host:port).');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new InvalidArgumentError(`expected redis:// or rediss://, not ${url.protocol}//.`);
  return value;
}

/** --queue: a name BullMQ can use as part of its keys. */
export function queueOption(value: string): string {
  if (!/^[\w.-]+$/.test(value)) throw new InvalidArgumentError('letters, digits, "_", "-" and "." only.');
  return value;
}

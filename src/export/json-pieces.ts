import { FileSink } from './file-sink.js';

/** A value JSON.stringify recurses into the same way whatever its key: a plain array or object with no toJSON. */
function isContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * JSON.stringify(value, null, 2) (`pretty`) or JSON.stringify(value) in pieces, the same text once joined: the
 * containers of the first `depth` levels are written here, member by member, and each value below
 * that by JSON.stringify. A large file (taxonomy.json is 8 MB for 5,000 postings, twice that in
 * memory as a two-byte string, and again as the Buffer written) is never one string. `indent` is
 * that of the value's own line, for members nested in pretty-printed output.
 */
export function* jsonPieces(value: unknown, options: { pretty: boolean; depth: number }, indent = ''): Generator<string> {
  if (options.depth <= 0 || !isContainer(value)) {
    const text: string | undefined = options.pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
    if (text === undefined) throw new TypeError('a value with no JSON form');
    // A raw line break in JSON text is only ever layout (one in a string is escaped as \n).
    yield options.pretty && indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = options.pretty ? `${indent}  ` : '';
  const open = options.pretty ? `\n${inner}` : '';
  const separator = options.pretty ? `,\n${inner}` : ',';
  const close = options.pretty ? `\n${indent}` : '';
  const below = { pretty: options.pretty, depth: options.depth - 1 };
  const array = Array.isArray(value);
  let members = 0;
  if (array) {
    for (const item of value) {
      yield members++ === 0 ? `[${open}` : separator;
      // As JSON.stringify: a member with no JSON form is null in an array.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonPieces(item, below, inner);
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      // As JSON.stringify: a member with no JSON form is left out of an object.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      yield `${members++ === 0 ? `{${open}` : separator}${JSON.stringify(key)}:${options.pretty ? ' ' : ''}`;
      yield* jsonPieces(item, below, inner);
    }
  }
  yield members === 0 ? (array ? '[]' : '{}') : `${close}${array ? ']' : '}'}`;
}

/** Written after the map: pieces of 1 MB (see FileSink). */
export const WHOLE_FILE_PIECE = 1 << 20;

/** `value` as JSON.stringify(value, null, 2) and a line break writes it, streamed to `path` (see jsonPieces). */
export async function writeJsonFile(path: string, value: unknown, depth: number): Promise<void> {
  const file = new FileSink(path, WHOLE_FILE_PIECE);
  for (const piece of jsonPieces(value, { pretty: true, depth })) {
    file.push(piece);
    await file.flushIfFull();
  }
  file.push('\n');
  await file.end();
}

/**
 * Opaque keyset cursors: base64url JSON of the last row's sort key. Opaque to clients so the
 * ordering can change without breaking them; validated on the way back in.
 */
import { fieldError } from './problem.js';

/** Encodes the sort key of the last row of a page. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor into `count` values of the given kinds, or throws a 400 naming `cursor`. */
export function decodeCursor<const K extends readonly ('string' | 'number' | 'date')[]>(
  cursor: string,
  kinds: K,
): { [I in keyof K]: K[I] extends 'number' ? number : string } {
  const invalid = () => fieldError(400, 'cursor', 'Invalid cursor; use nextCursor from a previous page');
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(values) || values.length !== kinds.length) throw invalid();
  kinds.forEach((kind, i) => {
    const value: unknown = values[i];
    const ok =
      kind === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string' && (kind !== 'date' || !Number.isNaN(Date.parse(value)));
    if (!ok) throw invalid();
  });
  return values as never;
}

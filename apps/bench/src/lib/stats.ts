/** Small statistics and number formatting shared by every section of the bench. */

/** Median of `values` (NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds to `digits` decimals (keeps JSON readable). */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** `1234.5` → `"1,234.5"`. */
export function thousands(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Milliseconds for a table: one decimal under 100 ms, none above. */
export function ms(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return value < 100 ? `${value.toFixed(1)} ms` : `${thousands(value)} ms`;
}

/** Bytes as kB (1000 bytes, as size-limit and browsers' devtools print them). */
export function kb(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return '—';
  return `${(bytes / 1000).toFixed(2)} kB`;
}

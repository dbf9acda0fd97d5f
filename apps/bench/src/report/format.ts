/** Wording of ratios and cells in BENCHMARKS.md. */
import { kb, ms } from '../lib/stats.ts';

const factor = (ratio: number) => (ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1));

/**
 * "×9.9 slower" when `peer` took longer than `ours`, "×2.0 faster" when it took less:
 * always the peer as compared with Razem.
 */
export function slower(peer: number | null | undefined, ours: number | null | undefined): string {
  if (!peer || !ours || !Number.isFinite(peer) || !Number.isFinite(ours)) return '—';
  const ratio = peer / ours;
  return ratio >= 1 ? `×${factor(ratio)} slower` : `×${factor(1 / ratio)} faster`;
}

/** "×3.1 larger" / "×1.4 smaller": the peer as compared with Razem. */
export function larger(peer: number | null | undefined, ours: number | null | undefined): string {
  if (!peer || !ours) return '—';
  const ratio = peer / ours;
  return ratio >= 1 ? `×${factor(ratio)} larger` : `×${factor(1 / ratio)} smaller`;
}

/** `ours / base` as "×0.12" or "×1.3". */
export function share(ours: number | null | undefined, base: number | null | undefined): string {
  if (!ours || !base) return '—';
  const ratio = ours / base;
  return ratio >= 1 ? `×${factor(ratio)}` : `×${ratio.toFixed(2)}`;
}

/** A time cell that may be a failure: "1.2 ms", "> 30 s (cap)", "crashed". */
export function timeCell(value: number | null | undefined, status: string, capMs: number): string {
  if (status === 'cap' && value == null) return `> ${capMs / 1000} s (cap)`;
  if (status === 'crash' && value == null) return 'crashed';
  return ms(value);
}

/** "✓" or "✗ (+1.23 kB)" for a size against a budget. */
export function within(bytes: number | undefined, target: number | undefined): string {
  if (bytes == null || target == null) return '';
  return bytes <= target ? '✓' : `✗ (+${kb(bytes - target)})`;
}

/** Escapes `|` for a Markdown table cell. */
export const cell = (text: string | number): string => String(text).replace(/\|/g, '\\|');

/** A Markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

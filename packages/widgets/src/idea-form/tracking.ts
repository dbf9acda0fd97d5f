/**
 * Tracking codes as people type them back: from a note, a phone call, a screenshot. Codes are
 * Crockford base32, which is forgiving by design: case does not matter, and O, I and L are read
 * as 0, 1 and 1. Spaces, missing hyphens and a missing `RZM-` prefix are tolerated too.
 */
import { TrackingCode } from '@razem/contract';

const CROCKFORD_ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * The canonical form of what someone typed (`rzm 7k3q 9xtb` → `RZM-7K3Q-9XTB`), or `undefined`
 * when it cannot be a tracking code.
 */
export function normalizeTrackingCode(input: string): string | undefined {
  let compact = input.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (compact.startsWith('RZM')) compact = compact.slice(3);
  compact = compact.replace(/[OIL]/g, (c) => CROCKFORD_ALIASES[c] ?? c);
  const code = `RZM-${compact.slice(0, 4)}-${compact.slice(4)}`;
  return TrackingCode.safeParse(code).success ? code : undefined;
}

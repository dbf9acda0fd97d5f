import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG 2.2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// The defaults as written in tokens.ts: `--_name: var(--razem-…, light-dark(#light, #dark))`.
const source = readFileSync(new URL('./tokens.ts', import.meta.url), 'utf8');
const palette = Object.fromEntries(
  [...source.matchAll(/--_([a-z-]+): var\(--razem-[a-z-]+, light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/g)].map(
    (m) => [m[1], { light: m[2]!, dark: m[3]! }],
  ),
);

/** Foreground / background pairs the elements actually draw. */
const pairs: [string, string][] = [
  ['text', 'surface'],
  ['muted', 'surface'],
  ['accent', 'surface'],
  ['danger', 'surface'],
  ['on-accent', 'accent'],
  ['text', 'subtle'],
];

describe('default colour tokens', () => {
  it('are all found in tokens.ts', () => {
    expect(Object.keys(palette).sort()).toEqual(
      ['accent', 'border', 'danger', 'muted', 'on-accent', 'subtle', 'surface', 'text'].sort(),
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(pairs)(`${scheme}: %s on %s has contrast of at least 4.5:1`, (fg, bg) => {
      expect(contrast(palette[fg]![scheme], palette[bg]![scheme])).toBeGreaterThanOrEqual(4.5);
    });
    // WCAG 1.4.11: borders of inputs and cards need 3:1 against the surface.
    it(`${scheme}: borders have contrast of at least 3:1`, () => {
      expect(contrast(palette.border![scheme], palette.surface![scheme])).toBeGreaterThanOrEqual(3);
    });
  }
});

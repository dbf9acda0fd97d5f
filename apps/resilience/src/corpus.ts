/**
 * Hostile text: markup and script that would run if any element put text into HTML, attributes,
 * URLs, CSS or a script block (JSON-LD) instead of text. Every payload calls `__xss(<id>)` when it
 * runs, so a page can tell exactly which one got through. Shared by the Node tests (exports) and
 * the browser tests (rendering); it must stay free of Node imports.
 */

/** One payload; `id` is what it passes to `__xss` if it ever runs. */
export interface Payload {
  id: number;
  text: string;
}

const raw = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '"><svg onload=__xss(3)>',
  `'><iframe src="javascript:__xss(4)"></iframe>`,
  '<a href="javascript:__xss(5)">klik</a>',
  '</script><script>__xss(6)</script>',
  '</SCRIPT ><script>__xss(7)</script ><!--',
  '<svg><script>__xss(8)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(9)>',
  '${__xss(10)}',
  `{{constructor.constructor('__xss(11)')()}}`,
  `<style>@import 'x';*{background:url(javascript:__xss(12))}</style>`,
  '" style="background:url(javascript:__xss(13))" x="',
  '<details open ontoggle=__xss(14)>',
  '\u202e<b onmouseover=__xss(15)>gnp.exe\u202c',
  '<!--<img src="--><img src=x onerror=__xss(16)//">',
  '<object data="data:text/html,<script>parent.__xss(17)</script>">',
  '<input autofocus onfocus=__xss(18)>',
  '<form><button formaction=javascript:__xss(19)>x</button></form>',
  '<base href="javascript:__xss(20)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(21)">',
  '"},{"@type":"Person","name":"</script><script>__xss(22)</script>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(23)>">',
  '<video><source onerror=__xss(24)></video>',
  '<svg><a><animate attributeName=href values=javascript:__xss(25) /><text y=20>x</text></a></svg>',
  '\u2066<img src=x onerror=__xss(26)>\u2069 \u200f ltr\u202d',
] as const;

/** The XSS corpus. */
export const XSS_PAYLOADS: readonly Payload[] = raw.map((text, i) => ({ id: i + 1, text }));

/** Text that breaks naive iCalendar and CSV writers: separators, escapes, newlines, formulas. */
export const EXPORT_TEXTS: readonly string[] = [
  'Zażółć, gęślą; jaźń \\ ukośnik',
  'Linia pierwsza\nlinia druga\n\npo pustej',
  'Dosłownie \\n to nie nowa linia, a \\, i \\; też nie',
  'Cudzysłów "w środku" i \'apostrof\'',
  'BEGIN:VEVENT\nSUMMARY:wstrzyknięte\nEND:VEVENT',
  `Długi tekst ${'ąęółśżźćń 👩‍👩‍👧 '.repeat(12)}koniec`,
  '=HYPERLINK("http://evil.example","klik")',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|x',
  '@SUM(1+1)*cmd|x',
  '=1+1,"a";b\nnowa',
];

/** Whether `text` starts like a spreadsheet formula (CWE-1236). */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

/** Payloads that fit a field of at most `max` characters (and at least `min`). */
export const fitting = (max: number, min = 1): Payload[] => XSS_PAYLOADS.filter((p) => p.text.length <= max && p.text.trim().length >= min);

/** `text` cut to at most `max` characters (whole code points), or `fallback` when that leaves too little. */
export function fit(text: string, max: number, min = 1, fallback = 'Tekst zastępczy'): string {
  const cut = Array.from(text).slice(0, max).join('').trim();
  return cut.length >= min ? cut : fallback;
}

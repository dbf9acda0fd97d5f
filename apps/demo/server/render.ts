/**
 * Fills a page template for one response. `{{name}}` takes a value escaped for HTML (`nonce`,
 * `apiBase`, `apiKey`, `cdn`, `origin`); `{{{name}}}` takes a block the server made safe itself,
 * such as JSON for a `<script type="application/json">`, where HTML escapes would not be decoded.
 * Every `<script>` without a nonce gets this response's one, so a page built by Vite (which
 * writes its own script tags) runs under the same policy as the hand-written pages.
 */

/** The values a page template may name with `{{name}}`. */
export interface PageValues {
  nonce: string;
  apiBase: string;
  apiKey: string;
  /** Path of the widgets' CDN build, e.g. `/cdn/widgets/0.1.0-3f9a0c1b2d`. */
  cdn: string;
  /** Absolute origin of this site as the visitor addressed it, e.g. `http://127.0.0.1:5173`. */
  origin: string;
}

/** Blocks a template may name with `{{{name}}}`, already safe where they go. */
export type PageBlocks = Record<string, string>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * JSON to place inside `<script type="application/json">`: `<` is written as `\u003c`, so no
 * string in it can close the script element (`</script>`) or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/**
 * The page for one response. A placeholder the values do not name is an error in the template,
 * so it throws rather than sending `{{…}}` to visitors.
 */
export function renderPage(template: string, values: PageValues, blocks: PageBlocks = {}): string {
  const filled = template
    .replace(/\{\{\{\s*(\w+)\s*\}\}\}/g, (whole, name: string) => {
      if (!Object.hasOwn(blocks, name)) throw new Error(`Unknown block ${whole} in a page template`);
      return blocks[name]!;
    })
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
      if (!Object.hasOwn(values, name)) throw new Error(`Unknown placeholder ${whole} in a page template`);
      return escapeHtml(values[name as keyof PageValues]);
    });
  const nonce = escapeHtml(values.nonce);
  return filled.replace(/<script\b(?![^>]*\snonce=)/gi, `<script nonce="${nonce}"`);
}

/**
 * Which URLs our elements turn into links. Anything else (`javascript:`, `data:`) is never
 * rendered as a link: Lit escapes text but does not vet `href` values.
 */

/** An absolute http(s) URL, as the API's data must hold (never resolved against the page). */
export const isHttpUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * A link the page author configured: relative paths resolve against the page, and only http(s)
 * destinations are kept. Returns the URL to put in `href`, or undefined.
 */
export function pageLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return /^https?:$/.test(new URL(url, document.baseURI).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

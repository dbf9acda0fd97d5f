/**
 * A random UUID v4. Browsers name blob URLs with one, in every context; `crypto.randomUUID`
 * exists only on https pages, and partner sites are not all https.
 */
export function uuid(): string {
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}

/**
 * Registration helper shared by every `*.define.ts` entry point. Pages often load the same
 * element twice (a CDN script and an npm bundle, two plugins); registration must never throw.
 */

/** Marks a class with the package version that defined it, to explain clashes. */
export interface VersionedElement extends CustomElementConstructor {
  /** Version of @razem/widgets the class comes from. */
  readonly razemVersion?: string;
}

/**
 * Registers `ctor` as `tag` unless the tag is taken. Registering the same class again is a no-op;
 * when a different class (another copy or version of the widgets) holds the tag, the first
 * registration wins and a warning names both versions.
 *
 * @returns `true` when this call registered the element.
 */
export function define(tag: string, ctor: CustomElementConstructor, version: string): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // server-side rendering or a worker: nothing to register
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor) {
      const theirs = existing.razemVersion ?? 'unknown';
      console.warn(
        `[razem] <${tag}> is already defined (version ${theirs}); this copy (version ${version}) is ignored.` +
          (theirs === version ? ' Two copies of the same version are loaded; load it once.' : ''),
      );
    }
    return false;
  }
  try {
    Object.defineProperty(ctor, 'razemVersion', { value: version, configurable: true });
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // e.g. the same class object already registered under another tag
    console.warn(`[razem] could not define <${tag}>:`, error);
    return false;
  }
}

/**
 * Base class of every Razem element: API configuration attributes and a typed event helper.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { resolveConfig, type RazemConfig } from './config.js';

/**
 * Shared by every `razem-*` element. Not registered itself. Reactive properties are declared in
 * `static properties` rather than with decorators: the decorator helpers cost ~0.4 KB gzipped.
 */
export class RazemElement extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    apiKey: { attribute: 'api-key' },
  };

  /**
   * Base URL of the Razem API, e.g. `https://api.example.pl`. Falls back to
   * `<meta name="razem:api-base">`.
   * @attr api-base
   */
  declare apiBase?: string;

  /**
   * Publishable key (`rzm_pk_…`). Falls back to `<meta name="razem:api-key">`.
   * @attr api-key
   */
  declare apiKey?: string;

  /** The API location and key in effect for this element. */
  protected get config(): RazemConfig {
    return resolveConfig(this);
  }

  /** Dispatches a `razem-*` event that bubbles out of shadow roots. Returns false if cancelled. */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    // Built apart from dispatchEvent so the manifest analyzer does not list a generic event.
    const init = { detail, bubbles: true, composed: true, cancelable };
    return this.dispatchEvent(new CustomEvent<T>(type, init));
  }
}

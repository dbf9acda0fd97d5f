/**
 * The settings layer of <razem-consent-banner>: every category with its description, services
 * and a switch (unticked unless granted; necessary shown on and disabled). Loaded only when a
 * visitor opens the settings, so the first visit carries just the first layer.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { categoryDescription, categoryLabel, localize } from '../consent/category-locales.js';
import type { ConsentManager } from '../consent/types.js';
import type { RazemLocale } from '../shared/locale.js';
import type { ConsentBannerCopy } from './locales.js';
import { SETTINGS_LAYER_COPY, type ConsentSettingsLayerCopy } from './settings-locales.js';

/** What the banner hands the settings layer. */
export interface SettingsLayerContext {
  /** The banner's shadow root, which adopts this layer's styles. */
  root: ShadowRoot;
  manager: ConsentManager;
  lang: RazemLocale;
  /** Categories switched on so far; the switches update it. */
  picked: Set<string>;
  /** The privacy policy link, or `nothing`. */
  privacy: TemplateResult | typeof nothing;
  /** One of the banner's equal action buttons. */
  button(label: string, action: 'save' | 'acceptAll' | 'rejectAll'): TemplateResult;
  /** The first layer's copy ("accept all" and "reject all" are shared). */
  t: ConsentBannerCopy;
}

/** The layer's template. */
export function settingsLayer(ctx: SettingsLayerContext): TemplateResult {
  const { manager, lang, root, picked } = ctx;
  // Adopted, not a <style> element, so a strict Content-Security-Policy has nothing to block.
  const sheet = settingsLayerStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const t: ConsentSettingsLayerCopy = { ...SETTINGS_LAYER_COPY[lang], ...manager.config.texts?.[lang] };
  return html`<h2 id="t" tabindex="-1">${t.settingsTitle}</h2>
    <p id="d">${t.settingsIntro} ${ctx.privacy}</p>
    ${manager.get().gpc ? html`<p>${t.gpc}</p>` : nothing}
    <ul>
      ${manager.config.categories.map((c) => {
        const services = c.services ?? [];
        return html`<li class="cat">
          <div class="row">
            <label for="c-${c.id}">
              ${categoryLabel(c, lang)} ${c.required ? html`<span class="on">(${t.alwaysOn})</span>` : nothing}
            </label>
            <input
              id="c-${c.id}"
              type="checkbox"
              role="switch"
              aria-describedby="cd-${c.id}"
              .checked=${!!c.required || picked.has(c.id)}
              ?disabled=${c.required}
              @change=${(e: Event) => (e.target as HTMLInputElement).checked ? picked.add(c.id) : picked.delete(c.id)}
            />
          </div>
          <p id="cd-${c.id}">${categoryDescription(c, lang)}</p>
          ${services.length
            ? html`<details>
                <summary>${t.services} (${services.length})</summary>
                <ul>
                  ${services.map(
                    (s) => html`<li><strong>${s.name}</strong>${s.description ? ` – ${localize(s.description, lang)}` : ''}</li>`,
                  )}
                </ul>
              </details>`
            : nothing}
        </li>`;
      })}
    </ul>
    <div class="actions">
      ${ctx.button(t.save, 'save')} ${ctx.button(ctx.t.acceptAll, 'acceptAll')} ${ctx.button(ctx.t.rejectAll, 'rejectAll')}
    </div>`;
}

/** Styles of the layer, adopted by the banner when the layer loads. */
export const settingsLayerStyles = css`
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cat {
    padding: var(--_s2) 0;
    border-top: 1px solid var(--_border);
  }
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s3);
    font-weight: 600;
  }
  .cat p,
  .cat li {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .cat p {
    margin: var(--_s1) 0;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .cat li {
    margin-top: var(--_s1);
  }
  input {
    appearance: none;
    flex: none;
    position: relative;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    border: 2px solid var(--_muted);
    border-radius: 1rem;
    background: var(--_subtle);
    cursor: pointer;
  }
  input::before {
    content: '';
    position: absolute;
    inset: 0.125rem auto auto 0.125rem;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--_muted);
    transition: translate 0.15s;
  }
  input:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  input:checked::before {
    translate: 1.25rem;
    background: var(--_on-accent);
  }
  input:disabled {
    cursor: not-allowed;
  }
  .on {
    font-weight: 400;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    input::before {
      transition: none;
    }
  }
`;

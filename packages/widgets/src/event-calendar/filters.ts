/**
 * The kind and organizer selects shown with `show-filters`, loaded on demand with the dialog.
 */
import type { EventKind } from '@razem/contract';
import { html, type TemplateResult } from 'lit';
import { dialogCopy } from './dialog.js';
import type { ViewModel } from './views.js';

/** Kind and organizer selects; `organizers` are `[id, name]` pairs. */
export function filters(m: ViewModel, kinds: readonly EventKind[], kind: string, organizers: [string, string][], organizer: string): TemplateResult {
  const copy = dialogCopy(m);
  return html`<div part="filters" class="filters" role="group" aria-label=${copy.filtersLabel}>
    <label
      >${copy.kindLabel}
      <select part="select" name="kind">
        <option value="">${copy.allKinds}</option>
        ${kinds.map((k) => html`<option value=${k} ?selected=${kind === k}>${copy.kinds[k]}</option>`)}
      </select>
    </label>
    <label
      >${copy.organizerLabel}
      <select part="select" name="organizer">
        <option value="">${copy.allOrganizers}</option>
        ${organizers.map(([id, name]) => html`<option value=${id} ?selected=${organizer === id}>${name}</option>`)}
      </select>
    </label>
  </div>`;
}

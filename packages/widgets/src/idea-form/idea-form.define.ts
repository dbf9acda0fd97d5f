/**
 * Registers <razem-idea-form>. Import this file (or `@razem/widgets/idea-form/define`) for its
 * side effect; import `@razem/widgets/idea-form` for the class alone.
 */
import { define } from '../shared/define.js';
import { VERSION } from '../shared/version.js';
import {
  RazemIdeaForm,
  type IdeaFailedDetail,
  type IdeaQueuedDetail,
  type IdeaSubmittedDetail,
} from './idea-form.js';

define('razem-idea-form', RazemIdeaForm, VERSION);

export { RazemIdeaForm };

declare global {
  interface HTMLElementTagNameMap {
    'razem-idea-form': RazemIdeaForm;
  }
  interface HTMLElementEventMap {
    'razem-idea-submitted': CustomEvent<IdeaSubmittedDetail>;
    'razem-idea-queued': CustomEvent<IdeaQueuedDetail>;
    'razem-idea-failed': CustomEvent<IdeaFailedDetail>;
  }
}

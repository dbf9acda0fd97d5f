/**
 * `@razem/widgets/idea-form`: the element class and its types, without registering a tag.
 */
export {
  RazemIdeaForm,
  DEFAULT_PRIVACY_NOTICE_VERSION,
  type IdeaFailedDetail,
  type IdeaQueuedDetail,
  type IdeaSubmittedDetail,
  type IdeaTokenProvider,
} from './idea-form.js';
export { ideaFormCopy, type IdeaFormCopy, type IdeaErrorCopy } from './locales.js';
export type { ChoiceConfig, ChoicesInput, LocalizedLabel } from './options.js';

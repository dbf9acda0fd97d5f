/**
 * Parts of <razem-event-calendar> loaded only when a page uses them, behind one controller: the
 * details dialog (with "add to calendar" and "subscribe"), the filter selects of `show-filters`,
 * and the URL-hash deep links of `deep-link`. One chunk, so a page using several of them makes
 * one request.
 */
export { DetailsController } from './details.js';
export type { DialogState, Feeds } from './dialog.js';

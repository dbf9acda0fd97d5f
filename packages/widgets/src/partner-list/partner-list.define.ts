/**
 * Registers <razem-partner-list>. Import this file (or `@razem/widgets/partner-list/define`)
 * for its side effect; import `@razem/widgets/partner-list` for the class alone.
 */
import { define } from '../shared/define.js';
import { VERSION } from '../shared/version.js';
import {
  RazemPartnerList,
  type FilterChangeDetail,
  type LoadFailedDetail,
  type PartnersLoadedDetail,
} from './partner-list.js';

define('razem-partner-list', RazemPartnerList, VERSION);

export { RazemPartnerList };

declare global {
  interface HTMLElementTagNameMap {
    'razem-partner-list': RazemPartnerList;
  }
  interface HTMLElementEventMap {
    'razem-partners-loaded': CustomEvent<PartnersLoadedDetail>;
    'razem-filter-change': CustomEvent<FilterChangeDetail>;
    'razem-load-failed': CustomEvent<LoadFailedDetail>;
  }
}

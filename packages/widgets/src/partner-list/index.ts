/**
 * `@razem/widgets/partner-list`: the element class and its types, without registering a tag.
 */
export {
  RazemPartnerList,
  type FilterChangeDetail,
  type LoadFailedDetail,
  type PartnerListLayout,
  type PartnerSource,
  type PartnersLoadedDetail,
} from './partner-list.js';
export { partnerListCopy, type PartnerListCopy } from './locales.js';

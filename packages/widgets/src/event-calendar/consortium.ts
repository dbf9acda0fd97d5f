/**
 * The contract's constants the element needs at run time, mirrored here. Importing values from
 * `@razem/contract` would bring its module (and zod) into pages that show inline events and
 * never validate anything; the types tie these to the contract and a unit test keeps them equal.
 */
import type { CONSORTIUM_TIME_ZONE, EventKind } from '@razem/contract';

/** The consortium's zone, where events are planned (`CONSORTIUM_TIME_ZONE`). */
export const WARSAW: typeof CONSORTIUM_TIME_ZONE = 'Europe/Warsaw';

/** Every event kind, in the contract's order (`EVENT_KINDS`). */
export const KINDS: readonly EventKind[] = ['meeting', 'workshop', 'study_visit', 'online_session', 'conference', 'panel'];

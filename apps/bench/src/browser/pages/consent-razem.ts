/**
 * Consent bench page: the Razem consent core as a page loads it (`consent/define`, a static
 * import, configured by the JSON in the page), which loads the banner only when a decision is
 * needed.
 */
import { applied } from './consent-razem-observe.ts';
import '@razem/widgets/consent/define';

// The core ran while its module was evaluated, before this one: a stored decision is applied.
if (window.razemConsent?.get().decided) applied.resolve(performance.now() - window.__benchStart);

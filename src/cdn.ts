/**
 * The CDN entry (`dist/cdn/claim-cards.js`): one `<script type="module">` and every
 * element works. Each element's code is fetched the first time its tag appears on the
 * page, so a page with only `<claim-card>` never downloads the annotator. The DOM-free
 * schema API is exported directly; the rest of the API (element classes, ClaimReview,
 * anchoring) arrives with `load()`, as one more request.
 */
import { defineOnDemand } from './internal/define-on-demand.js';

const elements = defineOnDemand({
  'claim-card': () => import('./elements/claim-card/claim-card.define.js'),
  'claim-list': () => import('./elements/claim-list/claim-list.define.js'),
  'claim-annotator': () => import('./elements/claim-annotator/claim-annotator.define.js'),
});

/**
 * Loads and registers every element now, for pages that create elements where the
 * document observer cannot see them (inside other components' shadow roots).
 */
export const defineAll = (): Promise<void> => elements.loadAll();

/**
 * The whole API, as `import * from 'claim-cards'` gives it: element classes,
 * `toClaimReview`/`fromClaimReview`, `anchorQuote`/`describeRange`, and the rest.
 */
export const load = (): Promise<typeof import('./index.js')> => import('./index.js');

export {
  ClaimErrorEvent,
  ClaimReadyEvent,
  ClaimSelectEvent,
  ClaimAnchoredEvent,
  ClaimOrphanedEvent,
  ClaimOpenEvent,
  ClaimCloseEvent,
} from './events.js';
export { registerStrings, registeredLanguages } from './internal/i18n/registry.js';
export { safeHref } from './internal/safe-url.js';
export { clearLoadCache } from './internal/load-json.js';
export * from './schema/index.js';
export { VERSION } from './version.js';

/**
 * claim-cards: element classes, registration, events, and the DOM-free APIs.
 * Importing this module defines nothing; call `defineAll()` or import
 * `claim-cards/define` to register the tags.
 */
export { ClaimCardElement } from './elements/claim-card/claim-card.js';
export { ClaimListElement } from './elements/claim-list/claim-list.js';
export { ClaimAnnotatorElement } from './elements/claim-annotator/claim-annotator.js';
export { defineAll } from './define-all.js';
export {
  ClaimErrorEvent,
  ClaimReadyEvent,
  ClaimSelectEvent,
  ClaimAnchoredEvent,
  ClaimOrphanedEvent,
  ClaimOpenEvent,
  ClaimCloseEvent,
  type ClaimInput,
} from './events.js';
export { registerStrings, registeredLanguages } from './internal/i18n/registry.js';
export type { Strings } from './internal/i18n/strings.js';
export { safeHref } from './internal/safe-url.js';
export { clearLoadCache } from './internal/load-json.js';
export { verdictTone, type VerdictTone } from './internal/verdict-tone.js';
export * from './schema/index.js';
export * from './jsonld/index.js';
export { anchorQuote, anchorAll, describeRange, type TextQuote } from './anchoring/index.js';
export { VERSION } from './version.js';

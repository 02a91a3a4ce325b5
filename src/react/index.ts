/**
 * `claim-cards/react`: React components for the elements, made with `@lit/react`.
 *
 * ```tsx
 * import { ClaimCard } from 'claim-cards/react';
 *
 * <ClaimCard claim={claim} lang="ru" onClaimReady={(e) => track(e.claims)} onClaimError={(e) => report(e.errors)} />
 * ```
 *
 * Element properties are props (objects such as `claim` are set as properties, never
 * stringified into attributes); each event is an `onClaim…` prop typed with its event
 * class. Using a component registers its element (through the element's define module,
 * the same guarded registration as `claim-cards/define`): no separate import needed.
 *
 * One module per component, none of them listed in `sideEffects`: a bundler drops the
 * components an app does not use together with their elements' code, while the define
 * modules (listed) keep registration wherever a component is used.
 *
 * React is an optional peer dependency: only these modules import it.
 */
export { ClaimCard, type ClaimCardProps } from './claim-card.js';
export { ClaimList, type ClaimListProps } from './claim-list.js';
export { ClaimAnnotator, type ClaimAnnotatorProps } from './claim-annotator.js';

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
 * stringified into attributes); every event is an `onClaim…` prop typed with its event
 * class. Importing this module registers the elements it wraps (through their define
 * modules, the same guarded registration as `claim-cards/define`), so a component works
 * without a separate import: that is why the module is listed in `sideEffects`.
 *
 * React is an optional peer dependency: only this entry imports it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ClaimCardElement } from '../elements/claim-card/claim-card.define.js';
import {
  ClaimAnchoredEvent,
  ClaimCloseEvent,
  ClaimErrorEvent,
  ClaimOpenEvent,
  ClaimOrphanedEvent,
  ClaimReadyEvent,
  ClaimSelectEvent,
} from '../events.js';

/**
 * Every event the elements fire, under the React prop that listens for it. The names
 * come from the event classes, so a renamed event cannot drift from its prop.
 */
const eventProps = {
  onClaimReady: ClaimReadyEvent.eventName as EventName<ClaimReadyEvent>,
  onClaimError: ClaimErrorEvent.eventName as EventName<ClaimErrorEvent>,
  onClaimSelect: ClaimSelectEvent.eventName as EventName<ClaimSelectEvent>,
  onClaimAnchored: ClaimAnchoredEvent.eventName as EventName<ClaimAnchoredEvent>,
  onClaimOrphaned: ClaimOrphanedEvent.eventName as EventName<ClaimOrphanedEvent>,
  onClaimOpen: ClaimOpenEvent.eventName as EventName<ClaimOpenEvent>,
  onClaimClose: ClaimCloseEvent.eventName as EventName<ClaimCloseEvent>,
};

type EventProps = typeof eventProps;

/** The event props one element offers: those of the events it (or a card inside it) fires. */
function eventsOf<K extends keyof EventProps>(...names: K[]): Pick<EventProps, K> {
  const picked = {} as Pick<EventProps, K>;
  for (const name of names) picked[name] = eventProps[name];
  return picked;
}

/**
 * `<claim-card>`: one fact-checked claim. Props: `claim` (claim JSON, validated), or
 * `src` + `claimId`, or the plain `statement`, `claimant`, `date`, `source`, … fields;
 * `lang`, `variant`, `theme`, `linkTarget`. Events: `onClaimReady`, `onClaimError`.
 */
export const ClaimCard = createComponent({
  react: React,
  tagName: 'claim-card',
  elementClass: ClaimCardElement,
  events: eventsOf('onClaimReady', 'onClaimError'),
  displayName: 'ClaimCard',
});

// <claim-list> and <claim-annotator> join the same way, one entry each: import the
// element class from its define module above, then
//   export const ClaimList = createComponent({ react: React, tagName: 'claim-list',
//     elementClass: ClaimListElement, displayName: 'ClaimList',
//     events: eventsOf('onClaimReady', 'onClaimError', 'onClaimSelect') });
//   export const ClaimAnnotator = createComponent({ react: React, tagName: 'claim-annotator',
//     elementClass: ClaimAnnotatorElement, displayName: 'ClaimAnnotator',
//     events: eventsOf('onClaimReady', 'onClaimError', 'onClaimSelect', 'onClaimAnchored',
//       'onClaimOrphaned', 'onClaimOpen', 'onClaimClose') });

/** Props of {@link ClaimCard}, for components that pass them through. */
export type ClaimCardProps = React.ComponentProps<typeof ClaimCard>;

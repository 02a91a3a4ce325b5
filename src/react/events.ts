/**
 * The React props that listen for the elements' events, shared by every wrapper. Names
 * come from the event classes, so a renamed event cannot drift from its prop.
 */
import type { EventName } from '@lit/react';
import {
  ClaimAnchoredEvent,
  ClaimCloseEvent,
  ClaimErrorEvent,
  ClaimOpenEvent,
  ClaimOrphanedEvent,
  ClaimReadyEvent,
  ClaimSelectEvent,
} from '../events.js';

const eventProps = {
  onClaimReady: ClaimReadyEvent.eventName as EventName<ClaimReadyEvent>,
  onClaimError: ClaimErrorEvent.eventName as EventName<ClaimErrorEvent>,
  onClaimSelect: ClaimSelectEvent.eventName as EventName<ClaimSelectEvent>,
  onClaimAnchored: ClaimAnchoredEvent.eventName as EventName<ClaimAnchoredEvent>,
  onClaimOrphaned: ClaimOrphanedEvent.eventName as EventName<ClaimOrphanedEvent>,
  onClaimOpen: ClaimOpenEvent.eventName as EventName<ClaimOpenEvent>,
  onClaimClose: ClaimCloseEvent.eventName as EventName<ClaimCloseEvent>,
};

export type EventProps = typeof eventProps;

/** The event props one element offers: those of the events it (or a card inside it) fires. */
export function eventsOf<K extends keyof EventProps>(...names: K[]): Pick<EventProps, K> {
  const picked = {} as Pick<EventProps, K>;
  for (const name of names) picked[name] = eventProps[name];
  return picked;
}

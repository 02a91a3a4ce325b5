import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers <claim-list> (and the <claim-card> it renders) so the component just works.
import { ClaimListElement } from '../elements/claim-list/claim-list.define.js';
import { eventsOf } from './events.js';

/**
 * `<claim-list>`: every claim of a set as cards, with sorting, filters and search.
 * Props: `claims` or `src`, `sort`, `verdict`, `query`, `pageSize`, `selectable`, …
 * Events: `onClaimSelect`, and `onClaimReady` / `onClaimError` for the set.
 */
export const ClaimList = createComponent({
  react: React,
  tagName: 'claim-list',
  elementClass: ClaimListElement,
  events: eventsOf('onClaimReady', 'onClaimError', 'onClaimSelect'),
  displayName: 'ClaimList',
});

export type ClaimListProps = React.ComponentProps<typeof ClaimList>;

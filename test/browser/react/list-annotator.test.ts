// ClaimList and ClaimAnnotator through React 19: claims passed as an object prop, events
// received through their typed on… props.
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ClaimAnnotator, ClaimList } from '../../../src/react/index.js';
import type { ClaimAnchoredEvent, ClaimReadyEvent, ClaimSelectEvent } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';
import { until } from '../helpers/dom.js';

const contracts = { id: 'old-contracts', statement: 'those still working were there under contracts signed earlier' };

describe('claim-cards/react: ClaimList and ClaimAnnotator', () => {
  let host: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('ClaimList lists the claims it is given and reports a reader\'s choice through onClaimSelect', async () => {
    const ready: ClaimReadyEvent[] = [];
    const selected: ClaimSelectEvent[] = [];
    root.render(
      React.createElement(ClaimList, {
        claims: { version: 1, claims: [permits, minimal] },
        selectable: true,
        onClaimReady: (e) => ready.push(e),
        onClaimSelect: (e) => selected.push(e),
      }),
    );
    await until(() => ready.some((e) => e.target === host.querySelector('claim-list')), 5000, 'the list\'s claim-ready');
    const list = host.querySelector('claim-list')!;
    await until(() => list.shadowRoot!.querySelectorAll('[part~="select"]').length === 2, 5000, 'two select buttons');
    (list.shadowRoot!.querySelector('[part~="select"]') as HTMLButtonElement).click();
    expect(selected).to.have.length(1);
    expect(selected[0]!.claim.id).to.be.oneOf([permits.id, minimal.id]);
  });

  it('ClaimAnnotator anchors claims in an article of the same React tree and reports them through onClaimAnchored', async () => {
    const anchored: ClaimAnchoredEvent[] = [];
    root.render(
      React.createElement(
        'div',
        null,
        React.createElement(ClaimAnnotator, {
          claims: { version: 1, claims: [contracts] },
          target: '#react-article',
          onClaimAnchored: (e) => anchored.push(e),
        }),
        React.createElement('article', {
          id: 'react-article',
          dangerouslySetInnerHTML: {
            __html:
              '<p>Alexander Matsegora rejected the reports. He said no new permits had been granted to North Korean ' +
              'workers since the sanctions took effect; those still working were there under contracts signed earlier.</p>',
          },
        }),
      ),
    );
    await until(() => anchored.length > 0, 5000, 'claim-anchored');
    expect(anchored[0]!.claimId).to.equal(contracts.id);
    expect(anchored[0]!.range.toString()).to.equal(contracts.statement);
  });
});

// The React wrappers, rendered by React 19 itself (react-dom/client), not by a test double.
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ClaimCard } from '../../../src/react/index.js';
import type { ClaimCardElement, ClaimErrorEvent, ClaimReadyEvent } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';
import { captureWarnings, until } from '../helpers/dom.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('claim-cards/react', () => {
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

  const card = () => host.querySelector('claim-card') as ClaimCardElement | null;

  it('registers <claim-card> on import, as documented', () => {
    expect(customElements.get('claim-card')).to.be.a('function');
  });

  it('passes a claim object as a property and reports it through onClaimReady', async () => {
    const ready: ClaimReadyEvent[] = [];
    root.render(React.createElement(ClaimCard, { claim: permits, lang: 'ru', onClaimReady: (e) => ready.push(e) }));
    await until(() => ready.length > 0, 5000, 'claim-ready');
    const el = card()!;
    expect(el.claim).to.equal(permits);
    expect(el.hasAttribute('claim'), 'an object never becomes an attribute').to.equal(false);
    expect(ready).to.have.length(1);
    expect(ready[0]!.type).to.equal('claim-ready');
    expect(ready[0]!.claims.map((c) => c.id)).to.deep.equal(['no-new-permits']);
    expect(part(el, 'statement')!.textContent!.trim()).to.equal(permits.statement);
    expect(part(el, 'counter-claim')!.textContent).to.contain('Опровержение');
  });

  it('reports invalid data through onClaimError', async () => {
    const warnings = captureWarnings();
    try {
      const errors: ClaimErrorEvent[] = [];
      root.render(React.createElement(ClaimCard, { claim: { ...minimal, source: { url: 'javascript:alert(1)' } }, onClaimError: (e) => errors.push(e) }));
      await until(() => errors.length > 0, 5000, 'claim-error');
      expect(errors[0]!.input).to.equal('property');
      expect(errors[0]!.errors.map((e) => e.path)).to.include('source.url');
      expect(part(card()!, 'status')).to.not.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('updates the element when props change, and swaps handlers without stacking them', async () => {
    const first: ClaimReadyEvent[] = [];
    const second: ClaimReadyEvent[] = [];
    root.render(React.createElement(ClaimCard, { claim: permits, onClaimReady: (e) => first.push(e) }));
    await until(() => first.length > 0);
    const el = card()!;
    root.render(React.createElement(ClaimCard, { claim: minimal, lang: 'ko', onClaimReady: (e) => second.push(e) }));
    await until(() => second.length > 0);
    expect(card(), 'the same element, updated').to.equal(el);
    expect(first).to.have.length(1);
    expect(second[0]!.claims[0]!.id).to.equal('minimal');
    expect(part(el, 'statement')!.textContent!.trim()).to.equal(minimal.statement);
    // lang arrives as a property after the element is connected; the card follows it.
    await until(() => part(el, 'base')!.getAttribute('aria-label')!.startsWith('팩트체크'), 5000, 'Korean labels');
  });

  it('takes the plain attributes as props, and className as the class', async () => {
    const ready: ClaimReadyEvent[] = [];
    root.render(
      React.createElement(ClaimCard, {
        statement: 'Moscow hosts as many as 50,000 North Korean workers.',
        verdict: 'Unproven',
        variant: 'compact',
        className: 'story-card',
        onClaimReady: (e) => ready.push(e),
      }),
    );
    await until(() => ready.length > 0);
    const el = card()!;
    expect(el.className).to.equal('story-card');
    expect(el.getAttribute('variant')).to.equal('compact');
    expect(part(el, 'verdict')!.textContent).to.contain('Unproven');
  });
});

// claim-cards/react under React's own server renderer (Next.js and friends import the
// module on the server). Imports the compiled dist/ (npx tsc -p tsconfig.json).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ClaimAnnotator, ClaimCard, ClaimList } from '../../dist/react/index.js';

test('ClaimCard renders its tag on the server; objects and handlers stay out of the HTML', () => {
  const out = renderToString(
    createElement(ClaimCard, {
      claim: { id: 'a', statement: 'A claim.' },
      lang: 'ru',
      className: 'story-card',
      onClaimReady: () => {},
      onClaimError: () => {},
    }),
  );
  assert.match(out, /^<claim-card\b[^>]*><\/claim-card>$/);
  assert.match(out, / lang="ru"/);
  assert.match(out, / class="story-card"/);
  assert.doesNotMatch(out, /\[object Object\]|claim=|onclaim/i);
});

test('ClaimList and ClaimAnnotator render their tags on the server too', () => {
  const list = renderToString(createElement(ClaimList, { claims: [], selectable: true, onClaimSelect: () => {} }));
  assert.match(list, /^<claim-list\b[^>]*><\/claim-list>$/);
  const annotator = renderToString(createElement(ClaimAnnotator, { target: '#story', onClaimAnchored: () => {} }));
  assert.match(annotator, /^<claim-annotator\b[^>]*><\/claim-annotator>$/);
});

test('the components name themselves for React DevTools', () => {
  assert.deepEqual([ClaimCard.displayName, ClaimList.displayName, ClaimAnnotator.displayName], ['ClaimCard', 'ClaimList', 'ClaimAnnotator']);
});

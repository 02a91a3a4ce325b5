// Where the annotator's popover goes, as pure geometry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placePopover } from '../../dist/elements/claim-annotator/popover-position.js';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };

test('below the line when it fits, aligned with the line start', () => {
  assert.deepEqual(placePopover({ left: 100, top: 100, width: 400, height: 20 }, size, viewport), { left: 100, top: 128, side: 'below' });
});

test('above the line when there is no room below', () => {
  assert.deepEqual(placePopover({ left: 100, top: 700, width: 400, height: 20 }, size, viewport), { left: 100, top: 492, side: 'above' });
});

test('kept inside the viewport at the right edge and at the start', () => {
  assert.equal(placePopover({ left: 950, top: 100, width: 40, height: 20 }, size, viewport).left, 692);
  assert.equal(placePopover({ left: -50, top: 100, width: 40, height: 20 }, size, viewport).left, 8);
});

test('a line scrolled out of view leaves the popover at the viewport edge', () => {
  assert.equal(placePopover({ left: 100, top: -400, width: 400, height: 20 }, size, viewport).top, 8);
  assert.equal(placePopover({ left: 100, top: 2000, width: 400, height: 20 }, size, viewport).top, 592);
});

test('right-to-left text aligns with the line\'s right edge', () => {
  assert.equal(placePopover({ left: 500, top: 100, width: 400, height: 20 }, size, viewport, true).left, 600);
});

test('a popover taller than the viewport starts at the top margin', () => {
  assert.equal(placePopover({ left: 0, top: 300, width: 10, height: 20 }, { width: 300, height: 900 }, viewport).top, 8);
});

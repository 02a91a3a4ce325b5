// A long generated article and many quotes at once: every exact and drifted quote lands on
// its own sentence, edited ones land right or orphan (never wrong), and lookalikes of removed
// sentences all orphan. Timing is the benchmark's business, not this test's.
import { expect } from '@open-wc/testing';
import { buildTextIndex, findQuote, foldText, rangeOf } from '../../../src/anchoring/index.js';
import { generateArticle, type GeneratedArticle, type Variant } from './article.js';
import { mount, unmountAll } from './helpers.js';

afterEach(unmountAll);

type Outcome = 'right' | 'wrong' | 'orphaned';

/** Anchors every quote through one index; "right" = inside its sentence and covering all of it. */
function anchorEvery(generated: GeneratedArticle): Outcome[] {
  const root = mount(generated.html);
  const index = buildTextIndex(root);
  return generated.quotes.map((q) => {
    const span = findQuote(index, q);
    if (!span) return 'orphaned';
    const range = rangeOf(index, span)!;
    if (q.absent) return 'wrong';
    const sentence = root.querySelector(`[data-s="${q.sentence}"]`)!;
    const inside = sentence.contains(range.commonAncestorContainer) || range.commonAncestorContainer === sentence;
    return inside && foldText(range.toString()) === foldText(sentence.textContent!) ? 'right' : 'wrong';
  });
}

const count = (outcomes: Outcome[], kind: Outcome): number => outcomes.filter((o) => o === kind).length;

describe('anchoring at scale (generated 20,000-word articles, 150 quotes each)', function () {
  this.timeout(60_000);

  for (const variant of ['exact', 'drift'] as Variant[]) {
    it(`${variant}: every quote lands on its own sentence, pull-quoted ones included`, () => {
      for (const seed of [1, 2]) {
        const generated = generateArticle(seed, 20_000, 150, variant);
        const outcomes = anchorEvery(generated);
        expect(count(outcomes, 'right'), `seed ${seed}`).to.equal(150);
        expect(generated.quotes.filter((q) => q.pulled).length).to.be.greaterThan(10);
      }
    });
  }

  it('edited (typos, a synonym, context retouched): never wrong, and at least 90 % found', () => {
    for (const seed of [1, 2]) {
      const outcomes = anchorEvery(generateArticle(seed, 20_000, 150, 'edited'));
      expect(count(outcomes, 'wrong'), `seed ${seed}`).to.equal(0);
      expect(count(outcomes, 'right'), `seed ${seed}`).to.be.at.least(135);
    }
  });

  it('absent (only a lookalike left: negation, figure, denial, half rewritten): every quote orphans', () => {
    for (const seed of [1, 2, 3]) {
      const outcomes = anchorEvery(generateArticle(seed, 20_000, 150, 'absent'));
      expect(count(outcomes, 'orphaned'), `seed ${seed}`).to.equal(150);
    }
  });
});

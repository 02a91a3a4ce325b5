// Claim sets for the rendering and page-cost measurements: valid claim JSON (version 1),
// every field filled as an editor would, from the same seeded vocabulary as the article.
import { Random } from './prng.mjs';
import * as S from './sentences.mjs';
import * as W from './words.mjs';

const isoDate = (r) => `${r.int(2015, 2024)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

function claim(r, id, statement, quote) {
  const [label, rating] = r.pick(W.VERDICTS);
  const name = S.person(r);
  const publisher = r.pick(W.SOURCES);
  const out = {
    id,
    statement,
    claimant: { name, title: r.pick(W.ROLES), url: `https://example.org/people/${slug(name)}` },
    date: isoDate(r),
    source: { url: `https://example.org/news/${slug(statement)}`, title: S.relatedTitle(r), publisher, date: isoDate(r) },
    counterClaim: {
      statement: S.sentence(r),
      source: { url: `https://example.org/data/${id}`, title: `${r.pick(W.ORGS)} figures`.replace(/^./, (c) => c.toUpperCase()), publisher: r.pick(W.SOURCES), date: isoDate(r) },
    },
    verdict: rating === undefined ? { label } : { label, rating, best: 5, worst: 1 },
    review: { url: `https://factcheck.example.org/${id}`, publisher: 'Example Fact Check', author: S.person(r), date: isoDate(r) },
    lang: 'en',
  };
  if (quote) out.quote = quote;
  return out;
}

/** `count` claims in one set, for the rendering benchmark. */
export function renderClaimSet(seed, count = 1000) {
  const r = new Random(`${seed}/render-claims`);
  const claims = [];
  for (let i = 0; i < count; i++) claims.push(claim(r, `claim-${String(i + 1).padStart(4, '0')}`, S.sentence(r)));
  return { version: 1, claims };
}

/** One claim per quote of the article (its `quote` the exact variant), for the page cost. */
export function articleClaimSet(seed, quotes) {
  const r = new Random(`${seed}/article-claims`);
  return {
    version: 1,
    claims: quotes.map((q, i) =>
      claim(r, `quote-${String(i + 1).padStart(3, '0')}`, q.exact, { exact: q.exact, prefix: q.prefix, suffix: q.suffix }),
    ),
  };
}

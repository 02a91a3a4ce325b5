// Routes for the hardening tests (test/browser/hardening): data the elements must
// survive, generated on the server because it is too big for a query string.
// Each answers `true` when it handled the request.
import { PassThrough } from 'node:stream';

/** `count` valid claims; every `orphanEvery`-th is not in the article the tests build. */
export function manyClaims(count, statementLength = 0) {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    statement: `Claim number ${i} says the figure was ${i * 7} workers${statementLength ? ` ${'x'.repeat(statementLength)}` : ''}.`,
    quote: { exact: `Claim number ${i} says the figure was ${i * 7} workers` },
    date: new Date(Date.UTC(2000, 0, 1 + (i % 9000))).toISOString().slice(0, 10),
    verdict: { label: ['False', 'Misleading', 'Mixed', 'True', 'Unproven'][i % 5] },
  }));
}

const cache = new Map();
const once = (key, make) => {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
};

export function hardeningRoutes(ctx, name) {
  switch (name) {
    case 'hardening-echo': {
      // The body (and type, status) come from the query: a claim with a hostile link, say.
      ctx.status = Number(ctx.query.status ?? 200);
      ctx.type = ctx.query.type ?? 'application/json';
      ctx.body = ctx.query.body ?? '';
      return true;
    }
    case 'hardening-many': {
      const count = Math.min(Number(ctx.query.count ?? 100), 20_000);
      const length = Number(ctx.query.length ?? 0);
      ctx.type = 'application/json';
      ctx.body = once(`many-${count}-${length}`, () => JSON.stringify({ version: 1, claims: manyClaims(count, length) }));
      return true;
    }
    case 'hardening-deep': {
      // JSON nested `depth` deep, inside a claim set.
      const depth = Number(ctx.query.depth ?? 10_000);
      ctx.type = 'application/json';
      ctx.body = once(`deep-${depth}`, () => `{"version": 1, "claims": [{"id": "deep", "statement": "x", "claimant": ${'{"name":'.repeat(depth)}"n"${'}'.repeat(depth)}}]}`);
      return true;
    }
    case 'hardening-long-statement': {
      ctx.type = 'application/json';
      ctx.body = once('long', () =>
        JSON.stringify({ version: 1, claims: [{ id: 'long', statement: 'word '.repeat(20_000).trim() }, { id: 'short', statement: 'A short claim beside it.' }] }),
      );
      return true;
    }
    case 'hardening-10mb': {
      // `over=1`: just over 10 MB; else just under, 10,000 claims of about 1,000 characters each.
      const over = ctx.query.over === '1';
      ctx.type = 'application/json';
      ctx.body = once(`10mb-${over}`, () => {
        const limit = 10 * 1024 * 1024;
        // Statements padded so the file ends about 20 KB under the limit.
        const bare = JSON.stringify({ version: 1, claims: manyClaims(10_000, 1) }).length;
        const text = JSON.stringify({ version: 1, claims: manyClaims(10_000, 1 + Math.floor((limit - 20_000 - bare) / 10_000)) });
        return over ? `${text}${' '.repeat(limit - text.length + 10)}` : text;
      });
      return true;
    }
    case 'hardening-slow-body': {
      // Headers at once, then the body trickles in slower than any timeout the tests set.
      ctx.type = 'application/json';
      ctx.status = 200;
      const stream = new PassThrough();
      stream.write('{"version": 1, "claims": [');
      const timer = setTimeout(() => stream.end(']}'), Number(ctx.query.trickle ?? 3000));
      stream.on('close', () => clearTimeout(timer));
      ctx.body = stream;
      return true;
    }
    default:
      return false;
  }
}

// Koa middleware for the browser tests' server: claims files and every network fault
// the elements must survive, plus a hit counter to prove one request per URL; React as
// ES modules (react-esm.mjs) and cards rendered by @lit-labs/ssr (ssr-render.mjs).
import { readFileSync } from 'node:fs';
import { hardeningRoutes } from './hardening-routes.mjs';
import { reactEsm } from './react-esm.mjs';
import { ssrRender } from './ssr-render.mjs';

const claims = readFileSync(new URL('../fixtures/claims.json', import.meta.url), 'utf8');
const hits = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fixturesMiddleware(ctx, next) {
  if (await reactEsm(ctx)) return;
  if (await ssrRender(ctx)) return;
  if (!ctx.path.startsWith('/__test__/')) return next();
  const name = ctx.path.slice('/__test__/'.length);
  if (name === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(ctx.query.key) ?? 0);
    return;
  }
  const key = ctx.query.key;
  if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
  if (ctx.query.delay) await sleep(Number(ctx.query.delay));
  if (hardeningRoutes(ctx, name)) return;
  switch (name) {
    case 'claims.json':
      ctx.type = 'application/json';
      ctx.body = claims;
      return;
    case 'status':
      ctx.status = Number(ctx.query.code ?? 500);
      ctx.type = 'text/plain';
      ctx.body = 'failure for the test';
      return;
    case 'html-200':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Oops</title><p>Something went wrong';
      return;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"version": 1, "claims": [\n  {"id": "x",\n   "statement": "unterminated}\n';
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'redirect':
      ctx.redirect(`/__test__/claims.json?key=${encodeURIComponent(`${key}-target`)}`);
      return;
    case 'invalid-claims':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        version: 1,
        claims: [
          { id: 'good', statement: 'A valid claim in a file with a broken neighbour.' },
          { id: 'bad', statement: 'A claim with a bad link.', source: { url: 'javascript:alert(1)' } },
        ],
      });
      return;
    default:
      ctx.status = 404;
  }
}

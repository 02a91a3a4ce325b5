// Server-rendered cards for the browser hydration tests: GET /__test__/ssr?kind=…
// renders a <claim-card> with @lit-labs/ssr in this (Node) process, from the current
// sources: esbuild bundles them once per run, so no build of dist/ is needed.
//   kind=claim       renderClaimCard(data, {lang}) from claim-cards/ssr (data: claim JSON)
//   kind=attributes  a Lit template with the plain attributes or src (attrs: JSON object)
//   kind=script      the claim only as a child <script>, which the server cannot see
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const ENTRY = `
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
export { renderClaimCard } from './src/ssr/index.js';

const ATTRIBUTES = ['src', 'claim-id', 'statement', 'claimant', 'date', 'source', 'source-title', 'counter-claim', 'counter-source', 'verdict'];

export function renderAttributes(lang, attrs) {
  const a = Object.fromEntries(ATTRIBUTES.map((name) => [name, attrs[name] ?? nothing]));
  return collectResultSync(render(html\`<claim-card lang=\${lang ?? nothing} src=\${a.src} claim-id=\${a['claim-id']}
    statement=\${a.statement} claimant=\${a.claimant} date=\${a.date} source=\${a.source}
    source-title=\${a['source-title']} counter-claim=\${a['counter-claim']} counter-source=\${a['counter-source']}
    verdict=\${a.verdict}></claim-card>\`));
}

export function renderScriptChild(lang, json) {
  const script = '<script type="application/json">' + json.replace(/</g, '\\\\u003c') + '</script>';
  return collectResultSync(render(html\`<claim-card lang=\${lang ?? nothing}>\${unsafeHTML(script)}</claim-card>\`));
}
`;

let renderer;

function load() {
  renderer ??= (async () => {
    const { build } = await import('esbuild');
    const dir = join(root, 'node_modules/.cache/claim-cards-test');
    mkdirSync(dir, { recursive: true });
    // Inside node_modules/ so the bundle's bare imports (lit, @lit-labs/ssr) resolve.
    const outfile = join(dir, `ssr-render-${process.pid}-${Date.now()}.mjs`);
    await build({
      stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'ssr-entry.ts', loader: 'ts' },
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      // package.json "sideEffects" names dist/ files; the sources' define imports must stay.
      ignoreAnnotations: true,
      outfile,
      logLevel: 'silent',
    });
    try {
      return await import(pathToFileURL(outfile).href);
    } finally {
      rmSync(outfile, { force: true }); // loaded now; leave no file per run behind
    }
  })();
  return renderer;
}

/** Answers GET /__test__/ssr; returns false for every other path. */
export async function ssrRender(ctx) {
  if (ctx.path !== '/__test__/ssr') return false;
  const { kind, lang } = ctx.query;
  const ssr = await load();
  let body;
  if (kind === 'claim') body = await ssr.renderClaimCard(JSON.parse(ctx.query.data), lang ? { lang } : {});
  else if (kind === 'attributes') body = ssr.renderAttributes(lang, JSON.parse(ctx.query.attrs));
  else if (kind === 'script') body = ssr.renderScriptChild(lang, ctx.query.data);
  else {
    ctx.status = 400;
    ctx.body = `unknown kind ${kind}`;
    return true;
  }
  ctx.type = 'text/html';
  ctx.body = body;
  return true;
}

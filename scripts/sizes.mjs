// Measures what readers download: every CDN chunk, the path a page with one kind of
// element fetches, everything at once, and each npm entry bundled and minified.
// `node scripts/sizes.mjs` prints the table; `--json` prints data; `--readme` rewrites
// the table in README.md between the size markers. Budgets: size-budgets.json,
// enforced by test/node/sizes.test.mjs.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const cdn = new URL('dist/cdn/', root);

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const LOCALE = /internal\/i18n\/(?!strings|registry)[\w-]+\.js$/;

function measure(files) {
  let g = 0;
  let b = 0;
  let raw = 0;
  for (const file of files) {
    const buf = readFileSync(new URL(file, cdn));
    g += gzip(buf);
    b += brotli(buf);
    raw += buf.length;
  }
  return { gzip: g, brotli: b, raw, files: files.length };
}

/** Every chunk `file` pulls in through static imports, itself included. */
function closure(graph, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of graph[file].imports) closure(graph, dep, seen);
  return seen;
}

async function bundleEntry(entry) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { minify } = await import('terser');
  const bundle = await rollup({
    input: fileURLToPath(new URL(entry, root)),
    plugins: [nodeResolve({ exportConditions: ['browser', 'production'] })],
    onwarn() {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  const min = await minify(output[0].code, { module: true, compress: { passes: 2 } });
  return Buffer.from(min.code);
}

export async function measureSizes() {
  const graph = JSON.parse(readFileSync(new URL('graph.json', cdn), 'utf8'));
  const entry = Object.keys(graph).find((f) => graph[f].entry);
  const base = closure(graph, entry);
  const rows = {};
  rows['cdn: entry (claim-cards.js + shared)'] = measure([...base]);
  // An element's chunk is the one holding its define module (rollup may merge modules).
  for (const [file, info] of Object.entries(graph)) {
    for (const id of info.modules) {
      const tag = /^elements\/([\w-]+)\/\1\.define\.js$/.exec(id)?.[1];
      if (!tag) continue;
      const path = new Set([...base, ...closure(graph, file)]);
      rows[`cdn: page with only <${tag}>`] = measure([...path]);
    }
  }
  const all = Object.keys(graph).filter((f) => !LOCALE.test(graph[f].module ?? ''));
  rows['cdn: everything (all elements, English)'] = measure(all);
  for (const [file, info] of Object.entries(graph)) {
    if (LOCALE.test(info.module ?? '')) rows[`cdn: ${info.module.replace(/.*\//, '').replace('.js', '')} strings (on demand)`] = measure([file]);
  }
  const entries = {
    'npm: claim-cards (define)': 'dist/define.js',
    'npm: claim-cards/schema': 'dist/schema/index.js',
    'npm: claim-cards/jsonld': 'dist/jsonld/index.js',
    'npm: claim-cards/anchoring': 'dist/anchoring/index.js',
  };
  for (const [name, path] of Object.entries(entries)) {
    if (!existsSync(new URL(path, root))) continue;
    const buf = await bundleEntry(path);
    rows[name] = { gzip: gzip(buf), brotli: brotli(buf), raw: buf.length, files: 1 };
  }
  return rows;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function sizeTable(rows) {
  const lines = ['| what | minified | gzip | brotli |', '|---|---:|---:|---:|'];
  for (const [name, r] of Object.entries(rows)) lines.push(`| ${name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureSizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else console.log(sizeTable(rows));
  if (process.argv.includes('--readme')) {
    const readme = new URL('README.md', root);
    const text = readFileSync(readme, 'utf8');
    const next = text.replace(/(<!-- sizes:start -->)[\s\S]*?(<!-- sizes:end -->)/, `$1\n${sizeTable(rows)}\n$2`);
    writeFileSync(readme, next);
  }
}

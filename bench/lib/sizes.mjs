// Bytes a reader downloads: gzip -9 and brotli (quality 11) of minified code. The CDN
// files are measured as built; npm entries and peers are bundled with their dependencies
// and minified the same way (see bundle.mjs), i.e. what a site bundling them would ship.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle } from './bundle.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

export function compressed(code) {
  const buf = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

function jsFilesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFilesUnder(path));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out.sort();
}

/** The files a module pulls in through static imports (not `import()`), itself included. */
function staticClosure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = new URL(m[1], `file:///${base}`).pathname.slice(1);
    if (existsSync(join(dir, target))) staticClosure(dir, target, seen);
  }
  return seen;
}

const sum = (list) => list.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { min: 0, gzip: 0, brotli: 0 });

/**
 * Returns { rows: [{name, kind, min, gzip, brotli, note}], missing: [names] }.
 * kind: "claim-cards" or "peer".
 */
export async function measureSizes(dist = join(ROOT, 'dist')) {
  const rows = [];
  const missing = [];
  const cdnDir = join(dist, 'cdn');
  const entry = join(cdnDir, 'claim-cards.js');
  if (existsSync(entry)) {
    const files = jsFilesUnder(cdnDir);
    const each = files.map((f) => ({ file: f.slice(cdnDir.length + 1), ...compressed(readFileSync(f)) }));
    rows.push({ name: 'claim-cards CDN (entry + all chunks)', key: 'cdn', kind: 'claim-cards', ...sum(each), note: `${files.length} file(s), each compressed alone`, files: each });
    if (files.length > 1) {
      const start = staticClosure(cdnDir, 'claim-cards.js');
      rows.push({
        name: 'claim-cards CDN at start (entry + static imports)',
        key: 'cdn/start',
        kind: 'claim-cards',
        ...sum(each.filter((e) => start.has(e.file))),
        note: `${start.size} file(s); elements' chunks load when their tag appears`,
      });
    }
  } else missing.push('dist/cdn/claim-cards.js');


  const entries = [
    ['claim-cards', 'index.js', 'npm entry, bundled + minified (Lit, zod/mini inlined)'],
    ['claim-cards/schema', 'schema/index.js', 'npm entry, bundled + minified'],
    ['claim-cards/jsonld', 'jsonld/index.js', 'npm entry, bundled + minified'],
    ['claim-cards/anchoring', 'anchoring/index.js', 'npm entry, bundled + minified'],
  ];
  for (const [name, file, note] of entries) {
    if (!existsSync(join(dist, file))) {
      missing.push(`dist/${file}`);
      continue;
    }
    try {
      rows.push({ name, key: name, kind: 'claim-cards', ...compressed(await bundle(`export * from ${JSON.stringify(join(dist, file))};`, { minified: true, name })), note });
    } catch (error) {
      missing.push(`dist/${file} (could not be bundled: ${String(error.message).split('\n')[1] ?? error.message})`);
    }
  }

  const hypothesis = join(ROOT, 'node_modules/hypothesis/build/scripts/annotator.bundle.js');
  if (existsSync(hypothesis)) {
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/hypothesis/package.json'), 'utf8')).version;
    rows.push({ name: `hypothesis ${version} annotator.bundle.js`, key: 'hypothesis/annotator.bundle.js', kind: 'peer', ...compressed(readFileSync(hypothesis)), note: 'as published (the sidebar loads separately)' });
  } else missing.push('hypothesis annotator.bundle.js');
  const peers = [
    ['approx-string-match', "export { default } from 'approx-string-match';"],
    ['dom-anchor-text-quote', "export * from 'dom-anchor-text-quote';"],
    ['@apache-annotator/dom', "export * from '@apache-annotator/dom';"],
  ];
  for (const [name, source] of peers) {
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    rows.push({ name: `${name} ${version}`, key: name, kind: 'peer', ...compressed(await bundle(source, { minified: true, name })), note: 'bundled with its dependencies + minified' });
  }
  return { rows, missing };
}

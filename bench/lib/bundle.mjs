// Bundling, for two purposes:
//  - browser files the benchmark pages load (the peers are npm packages, some CommonJS, some
//    with bare imports): esbuild, not minified;
//  - byte counts: the same bundle, then minified by terser with the options the project's
//    own CDN build uses (rollup.config.mjs), so every row is minified the same way.
// esbuild is used because @rollup/plugin-commonjs is not installed and dom-anchor-text-quote
// and core-js-pure (under @apache-annotator/dom) are CommonJS.
import { build } from 'esbuild';
import { minify } from 'terser';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Terser options of rollup.config.mjs. */
const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

/** Bundles an ES module given as source text (resolved from the repository root). */
export async function bundle(source, { minified = false, name = 'entry' } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: `${name}.js`, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].text;
  if (!minified) return code;
  const out = await minify(code, TERSER);
  return out.code;
}

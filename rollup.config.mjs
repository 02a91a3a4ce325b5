// Bundles the CDN files from tsc's output (dist/), so the npm build and the CDN build
// compile the same JavaScript. Lit's production build is picked by default conditions.
// Each element is its own chunk, loaded when its tag first appears on the page; the
// chunk graph is written to dist/cdn/graph.json for the size budgets.
import { writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { minifyCss } from './scripts/minify-templates.mjs';

/** Records which chunk imports which, so scripts/sizes.mjs can add up what a page downloads. */
function chunkGraph() {
  return {
    name: 'chunk-graph',
    writeBundle(options, bundle) {
      const graph = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph[chunk.fileName] = {
          entry: chunk.isEntry,
          module: chunk.facadeModuleId?.replace(/.*\/dist\//, '') ?? null,
          modules: Object.keys(chunk.modules).map((id) => id.replace(/.*\/(dist|node_modules)\//, '')),
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
        };
      }
      writeFileSync(`${options.dir}/graph.json`, `${JSON.stringify(graph, null, 2)}\n`);
    },
  };
}

export default {
  input: 'dist/cdn.js',
  output: {
    dir: 'dist/cdn',
    entryFileNames: 'claim-cards.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // zod's comments carry bundler hints rollup cannot place, and zod has an internal cycle.
    if (warning.code === 'INVALID_ANNOTATION' || (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('/zod/')))) return;
    warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    // Minifies the markup inside Lit's html`` templates, which terser leaves alone:
    // indentation between tags would become empty text nodes in every card. CSS has its
    // own pass: the theme interpolates declaration blocks a CSS parser cannot read alone.
    minifyHTML({ failOnError: true, options: { shouldMinifyCSS: () => false } }),
    minifyCss(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3 },
      format: { comments: false },
    }),
    chunkGraph(),
  ],
};

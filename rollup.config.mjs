// Bundles the CDN file from tsc's output (dist/), so the npm build and the CDN build
// compile the same JavaScript. Lit's production build is picked by default conditions.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/cdn.js',
  output: {
    dir: 'dist/cdn',
    entryFileNames: 'claim-cards.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};

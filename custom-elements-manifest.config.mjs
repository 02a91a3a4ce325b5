// Generates dist/custom-elements.json from the elements' JSDoc (npm run build). The
// cleanup plugin keeps the manifest to the public surface: no private state, events
// only under their documented claim-* names, paths pointing at the published files.
export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/**/*.define.ts', 'src/elements/**/*.styles.ts', 'src/elements/shared/**'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      name: 'claim-cards-public-surface',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = mod.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
          for (const decl of mod.declarations ?? []) {
            if (!decl.customElement) continue;
            decl.attributes = (decl.attributes ?? []).filter((a) => a.name && !a.name.startsWith('_'));
            decl.members = (decl.members ?? []).filter((m) => m.privacy !== 'private' && !m.name.startsWith('_') && !m.static);
            decl.events = (decl.events ?? []).filter((e) => e.name?.startsWith('claim-') && e.type);
          }
          for (const exp of mod.exports ?? []) {
            if (exp.declaration?.module) exp.declaration.module = exp.declaration.module.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
          }
        }
      },
    },
  ],
};

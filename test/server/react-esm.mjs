// React for the browser tests. React 19 is published as CommonJS only, and the test
// server resolves bare imports but does not convert CommonJS. So the two React modules
// the tests load (`react`, imported by src/react, and `react-dom/client`) are answered
// here with ES modules: one esbuild bundle holds both (one React instance), and a small
// module per path re-exports its part by name.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const BUNDLE = '/__test__/react-bundle.js';

/** Request path (as the server rewrites bare imports) → the package it stands for. */
const FACADES = {
  '/node_modules/react/index.js': { specifier: 'react', name: 'React' },
  '/node_modules/react-dom/client.js': { specifier: 'react-dom/client', name: 'ReactDOMClient' },
};

let bundle;

function buildBundle() {
  bundle ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      stdin: {
        contents: "import React from 'react'; import ReactDOMClient from 'react-dom/client'; export { React, ReactDOMClient };",
        resolveDir: root,
        sourcefile: 'react-entry.js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  });
  return bundle;
}

/**
 * The names a CommonJS package exports. Read in a child process: loading React's
 * development build here would patch this server's console.
 */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
}

function facade({ specifier, name }) {
  const names = exportNames(specifier);
  return `import { ${name} } from '${BUNDLE}';\nexport default ${name};\nexport const { ${names.join(', ')} } = ${name};\n`;
}

/** Answers the React module requests; returns false for every other path. */
export async function reactEsm(ctx) {
  if (ctx.path === BUNDLE) {
    ctx.type = 'application/javascript';
    ctx.body = await buildBundle();
    return true;
  }
  const target = FACADES[ctx.path];
  if (!target) return false;
  ctx.type = 'application/javascript';
  ctx.body = facade(target);
  return true;
}

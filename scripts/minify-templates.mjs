// A rollup plugin that shrinks the CSS inside Lit's css`` templates, which terser leaves
// alone: comments go, and the white space around punctuation. Placeholders (${…}) are
// untouched: only the literal parts change. (Markup in html`` templates is minified by
// @lit-labs/rollup-plugin-minify-html-literals.)
const TEMPLATE = /\bcss ?`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^{}`]*\})*)`/g;

function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Applies `fn` to the literal pieces of a template body, leaving ${…} parts as they are. */
function mapLiterals(body, fn) {
  return body
    .split(/(\$\{[^{}`]*\})/)
    .map((part, i) => (i % 2 ? part : fn(part)))
    .join('');
}

export function minifyCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bcss ?`/.test(code)) return null;
      const out = code.replace(TEMPLATE, (_, body) => `css\`${mapLiterals(body, squeezeCss)}\``);
      return { code: out, map: null };
    },
  };
}

// A rollup plugin that shrinks the text inside Lit's css`` and html`` templates, which
// terser leaves alone. CSS loses comments and the white space around punctuation;
// markup loses line breaks and indentation (a single space stays, so inline text keeps
// its word breaks). Placeholders (${…}) are untouched: only the literal parts change.
const TEMPLATE = /\b(css|html) ?`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function squeezeHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, '> <');
}

/** Applies `fn` to the literal pieces of a template body, leaving ${…} parts as they are. */
function mapLiterals(body, fn) {
  const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
  return parts.map((part, i) => (i % 2 ? part : fn(part))).join('');
}

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (id.includes("node_modules") || !/\b(css|html) ?`/.test(code)) return null;
      const out = code.replace(TEMPLATE, (_, tag, body) => `${tag}\`${mapLiterals(body, tag === 'css' ? squeezeCss : squeezeHtml)}\``);
      return { code: out, map: null };
    },
  };
}

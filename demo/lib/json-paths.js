// Where things are in a JSON text: a small scanner that records the character range of
// every value, keyed by the path the validator prints (`claims[2].source.url`, `""` for
// the document, `["@graph"][1]` for keys that are not plain names). The editor uses it to
// turn a validation error into a selection in the textarea.
//
// It only ever runs on text that `JSON.parse` accepted, so it can be forgiving: on
// anything unexpected it stops and returns what it has found so far.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One step appended to a path, written the way claim-cards writes its error paths. */
export function pathStep(base, key) {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENTIFIER.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/** Splits `claims[2]["@type"].url` into `['claims', 2, '@type', 'url']`; `undefined` if it is not a path. */
export function splitPath(path) {
  const steps = [];
  const pattern = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(JSON.parse(m[3]));
    at = pattern.lastIndex;
  }
  return steps;
}

/** Joins steps back into a path string. */
export function joinPath(steps) {
  return steps.reduce((path, step) => pathStep(path, step), '');
}

/**
 * Scans JSON text. Returns a Map from path to `{start, end, keyStart?}`: `start`/`end`
 * bound the value (strings include their quotes), `keyStart` is where the member's key
 * begins when the value belongs to an object. Offsets are UTF-16 indices, as
 * `textarea.setSelectionRange` takes them. `offset` shifts every position (for JSON
 * found inside a larger text) and `prefix` is put before every path.
 */
export function locateJson(text, { offset = 0, prefix = '' } = {}) {
  const found = new Map();
  let i = 0;

  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };

  const string = () => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i));
  };

  const value = (path, keyStart) => {
    space();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          space();
          if (text[i] !== '"') throw new Error('key expected');
          const memberStart = i;
          const key = string();
          space();
          i++; // colon
          value(pathStep(path, key), memberStart);
          space();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else throw new Error('} expected');
        }
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') i++;
      else {
        for (let index = 0; ; index++) {
          value(pathStep(path, index));
          space();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else throw new Error('] expected');
        }
      }
    } else if (c === '"') {
      string();
    } else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) throw new Error('value expected');
      i += m[0].length;
    }
    const entry = { start: start + offset, end: i + offset };
    if (keyStart !== undefined) entry.keyStart = keyStart + offset;
    found.set(path, entry);
  };

  try {
    value(prefix);
  } catch {
    // Not JSON after all: keep what was found.
  }
  return found;
}

/**
 * The range an error path points at. When the path names something that is not in the
 * text (a required field that is missing), the nearest enclosing value that is there is
 * returned, with `exact: false`. `undefined` when not even the document was found.
 */
export function rangeForPath(found, path) {
  const steps = splitPath(path);
  if (!steps) return found.has('') ? { ...found.get(''), path: '', exact: false } : undefined;
  for (let n = steps.length; n >= 0; n--) {
    const at = joinPath(steps.slice(0, n));
    const entry = found.get(at);
    if (entry) return { ...entry, path: at, exact: n === steps.length };
  }
  return undefined;
}

/** Character offset of a 1-based line and column. */
export function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** `{line, column}` of "… at line 3, column 14" in a message, or `undefined`. */
export function lineColumnIn(message) {
  const m = /\bline (\d+), column (\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** 1-based line of a character offset. */
export function lineOf(text, offset) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The `<script type="application/ld+json">` blocks of an HTML text, with where each
 * block's JSON starts, so paths like `[1].itemReviewed` (block 1) can be found too.
 */
export function jsonLdBlockOffsets(html) {
  const pattern = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  return [...html.matchAll(pattern)].map((m) => ({ text: m[1], offset: m.index + m[0].indexOf('>') + 1 }));
}

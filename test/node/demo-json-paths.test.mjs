// The editor's position-tracking JSON scanner (demo/lib/json-paths.js): every path the
// validator prints must lead to the right characters of the text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseClaimSet, parseJsonText } from '../../dist/schema/index.js';
import { jsonLdBlockOffsets, lineColumnIn, locateJson, offsetOf, rangeForPath, splitPath } from '../../demo/lib/json-paths.js';

const valueAt = (value, steps) => steps.reduce((at, step) => at[step], value);

test('every located range parses back to the value at its path, for any JSON and any indentation', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      for (const [path, { start, end, keyStart }] of locateJson(text)) {
        assert.deepEqual(JSON.parse(text.slice(start, end)), JSON.parse(JSON.stringify(valueAt(value, splitPath(path)))), path);
        if (keyStart !== undefined) assert.equal(text[keyStart], '"', path);
      }
    }),
    { numRuns: 300 },
  );
});

test('the validator’s paths on the mistakes example point at the offending values', () => {
  const text = readFileSync(new URL('../../demo/data/mistakes-example.json', import.meta.url), 'utf8');
  const result = parseClaimSet(JSON.parse(text));
  assert.equal(result.ok, false);
  const found = locateJson(text);
  const at = (path) => {
    const hit = rangeForPath(found, path);
    return { exact: hit.exact, text: text.slice(hit.start, hit.end).split('\n')[0] };
  };
  assert.deepEqual(at('claims[0].date'), { exact: true, text: '"2018-02-30"' });
  assert.deepEqual(at('claims[0].source.url'), { exact: true, text: '"thekootneeti.in"' });
  assert.deepEqual(at('claims[1].verdict.rating'), { exact: true, text: '7' });
  // Missing: the nearest enclosing value that is there.
  assert.deepEqual(at('claims[1].statement'), { exact: false, text: '{' });
  for (const issue of [...result.errors, ...result.warnings]) assert.ok(rangeForPath(found, issue.path), issue.path);
});

test('keys that are not plain names, escapes and astral characters keep offsets right', () => {
  const text = '{"@graph": [{"x y": "a\\"b"}, {"emoji": "😀", "n": -1.5e3, "deep": [[true, null]]}]}';
  const found = locateJson(text);
  const slice = (path) => {
    const { start, end } = found.get(path);
    return text.slice(start, end);
  };
  assert.equal(slice('["@graph"][0]["x y"]'), '"a\\"b"');
  assert.equal(slice('["@graph"][1].emoji'), '"😀"');
  assert.equal(slice('["@graph"][1].n'), '-1.5e3');
  assert.equal(slice('["@graph"][1].deep[0][1]'), 'null');
  assert.deepEqual(splitPath('["@graph"][1].deep[0]'), ['@graph', 1, 'deep', 0]);
  assert.equal(splitPath('not a path'), undefined);
});

test('a JSON syntax error’s line and column become the offset where parsing stopped', () => {
  const text = '{\n  "id": "x"\n  "statement": "y"\n}';
  const result = parseJsonText(text);
  assert.equal(result.ok, false);
  const where = lineColumnIn(result.errors[0].message);
  assert.ok(where, result.errors[0].message);
  assert.equal(offsetOf(text, where.line, where.column), text.indexOf('"statement"'));
});

test('JSON-LD blocks in HTML are found with the offset of their JSON', () => {
  const html = '<p>x</p>\n<script type="application/ld+json">{"a": 1}</script>\n<script type=application/ld+json>\n[2]</script>';
  const blocks = jsonLdBlockOffsets(html);
  assert.equal(blocks.length, 2);
  for (const { text, offset } of blocks) assert.equal(html.slice(offset, offset + text.length), text);
  const found = locateJson(blocks[1].text, { offset: blocks[1].offset, prefix: '[1]' });
  assert.equal(html.slice(found.get('[1][0]').start, found.get('[1][0]').end), '2');
});

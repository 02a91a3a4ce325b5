// The published JSON Schema: generated from the zod schema, never hand-edited, and
// in agreement with parseClaimSet on what is valid.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { claimSetJsonSchema, SCHEMA_ID } from '../../dist/schema/json-schema.js';
import { parseClaimSet } from '../../dist/schema/index.js';

const committed = JSON.parse(readFileSync(new URL('../../schema/claim-set.schema.json', import.meta.url), 'utf8'));
const fixture = JSON.parse(readFileSync(new URL('../fixtures/claims.json', import.meta.url), 'utf8'));

test('the committed schema/claim-set.schema.json matches the zod schema (run `npm run build` to refresh it)', () => {
  assert.deepEqual(committed, claimSetJsonSchema());
});

test('it is a draft 2020-12 schema with an $id, titles and descriptions', () => {
  assert.equal(committed.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(committed.$id, SCHEMA_ID);
  assert.equal(committed.title, 'Claim set');
  const claim = committed.properties.claims.items;
  assert.equal(claim.title, 'Claim');
  assert.deepEqual(claim.required.sort(), ['id', 'statement']);
  for (const [name, field] of Object.entries(claim.properties)) assert.ok(field.description, `claims[].${name} has a description`);
});

test('a standard validator agrees with parseClaimSet on valid and invalid documents', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(committed);
  const docs = [
    fixture,
    { version: 1, claims: [] },
    { version: 2, claims: [] },
    { version: 1, claims: [{ id: 'Bad Id', statement: 'x' }] },
    { version: 1, claims: [{ id: 'a' }] },
    { version: 1, claims: [{ id: 'a', statement: 'x', source: { url: 'javascript:alert(1)' } }] },
    { version: 1, claims: [{ id: 'a', statement: 'x', date: '01/08/2018' }] },
    { version: 1, claims: [{ id: 'a', statement: 'x', verdict: { label: 'x', rating: 1.5 } }] },
    { version: 1, claims: [{ id: 'a', statement: 'x', claimant: {} }] },
  ];
  for (const doc of docs) {
    assert.equal(validate(doc), parseClaimSet(doc).ok, JSON.stringify(doc).slice(0, 120));
  }
});

test('unknown fields are allowed by the JSON Schema too (forward compatible)', () => {
  const validate = new Ajv2020({ strict: false }).compile(committed);
  assert.equal(validate({ version: 1, claims: [{ id: 'a', statement: 'x', newField: 1 }] }), true);
});

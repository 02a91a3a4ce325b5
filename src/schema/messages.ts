/**
 * Words for the issues zod raises on its own (types, lengths, literals). Checks we
 * wrote carry their own messages; those pass through unchanged.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(input) ? 'a whole number' : 'a number';
    case 'boolean':
      return `${input}`;
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'must be text',
  // Every number in the format is a whole number (ratings).
  number: 'must be a whole number',
  int: 'must be a whole number',
  object: 'must be an object ({ … })',
  array: 'must be a list ([ … ])',
};

/** The editor-facing sentence for one zod issue (without its path). */
export function messageFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const want = EXPECTED[issue.expected] ?? `must be ${issue.expected}`;
      return `${want}, not ${describeValue(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'must not be empty';
      return `must be at least ${issue.minimum}`;
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('en');
      if (issue.origin === 'string') return `is too long: the limit is ${max} characters`;
      if (issue.origin === 'array') return `holds too many items: the limit is ${max}`;
      return `must be at most ${max}`;
    }
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

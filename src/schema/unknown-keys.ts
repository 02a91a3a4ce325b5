/**
 * Finds fields the schema does not know, so they can be reported as warnings: a newer
 * writer's fields, or a typo such as `claimaint`. Reads the zod definitions, so the
 * list of known fields can never drift from the schema.
 */
import type * as z from 'zod/mini';
import { formatPath } from './issue-path.js';
import type { ParseIssue } from './result.js';

type Def = z.core.$ZodTypeDef & {
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
};

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as Def;
}

export function unknownKeys(
  value: unknown,
  schema: z.core.$ZodType,
  path: PropertyKey[] = [],
  base = '',
  out: ParseIssue[] = [],
): ParseIssue[] {
  let def = defOf(schema);
  while (def.type === 'optional' && def.innerType) def = defOf(def.innerType);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => unknownKeys(item, def.element!, [...path, i], base, out));
  } else if (def.type === 'object' && def.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      const child = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (child) unknownKeys((value as Record<string, unknown>)[key], child, [...path, key], base, out);
      else out.push({ path: formatPath([...path, key], base), message: 'is not a field of claim-cards version 1 and is ignored' });
    }
  }
  return out;
}

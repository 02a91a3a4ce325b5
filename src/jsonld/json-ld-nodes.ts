/**
 * Just enough JSON-LD to read the markup publishers put on pages: nodes found anywhere
 * (single object, list, `@graph`, nested in a WebPage), `@id` references resolved,
 * prefixed or full type names. No context processing: ClaimReview terms are read as
 * schema.org's, which is what every consumer of this markup does.
 */

export type JsonObject = Record<string, unknown>;

/** A value and where it sits in the input, as an author reads it: `@graph[2].author`. */
export interface Located {
  value: unknown;
  at: string;
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Local type names: `schema:ClaimReview` and `https://schema.org/ClaimReview` are both `ClaimReview`. */
export function hasType(value: unknown, name: string): boolean {
  const type = isObject(value) ? value['@type'] : undefined;
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && t.replace(/^.*[/:#]/, '') === name);
}

/** `at.key`, `at[2]`, or `at["odd key"]` when the key is not a plain (or `@`) name, as claim paths quote it. */
const child = (at: string, key: string | number) =>
  typeof key === 'number' ? `${at}[${key}]` : !/^@?[A-Za-z_$][\w$]*$/.test(key) ? `${at}[${JSON.stringify(key)}]` : at ? `${at}.${key}` : key;

export interface Review extends Located {
  value: JsonObject;
  /** The `@context` in force where the review stands. */
  context: unknown;
}

export interface NodeIndex {
  /** Every ClaimReview in document order, once each. */
  reviews: Review[];
  /** Nodes that describe something (more than a bare `@id`), by `@id`. */
  ids: Map<string, Located>;
}

/**
 * Walks the whole input once, depth first in document order. Iterative, with its own
 * stack: JSON nested thousands deep must not overflow the call stack.
 */
export function indexNodes(input: unknown): NodeIndex {
  const index: NodeIndex = { reviews: [], ids: new Map() };
  const seen = new Set<unknown>();
  // Elements pass live objects too, which may be circular; JSON never is.
  const visited = new Set<unknown>();
  const stack: [value: unknown, at: string, context: unknown][] = [[input, '', undefined]];
  while (stack.length) {
    const [value, at, outer] = stack.pop()!;
    if (!value || typeof value !== 'object' || visited.has(value)) continue;
    visited.add(value);
    const next: typeof stack = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => next.push([item, child(at, i), outer]));
    } else if (isObject(value)) {
      const context = value['@context'] ?? outer;
      const id = value['@id'];
      if (typeof id === 'string' && Object.keys(value).length > 1 && !index.ids.has(id)) index.ids.set(id, { value, at });
      // The same review may be both in @graph and embedded in a WebPage: keep it once.
      if (hasType(value, 'ClaimReview') && !seen.has(id ?? value)) {
        seen.add(id ?? value);
        index.reviews.push({ value, at, context });
      }
      for (const key of Object.keys(value)) if (key !== '@context') next.push([value[key], child(at, key), context]);
    }
    // Reversed onto the stack, so the first child is visited first.
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return index;
}

/** What the readers of one import (one `ids` map) have worked out, by object and name. */
const memos = new WeakMap<Map<string, Located>, WeakMap<object, Map<string, unknown>>>();

/**
 * Property access over markup as publishers write it. Paths are `key.key` steps;
 * `key:Type` keeps only values of that type (`key:!Type` those of any other type),
 * `:Type` tests the value itself, and
 * `a|b` takes the first that has a value. Lists give their first fitting item;
 * `{"@id": …}` references become the node they name; `{"@value": …}` is unwrapped;
 * empty strings count as absent (CMS plugins print `""` for blank fields); a plain
 * string stands for a thing's `url` when it is a link, else for its `name`
 * (`"author": "Full Fact"`, `"appearance": "https://…"`). Absent values keep the path where they were looked
 * for, so "is required" can point somewhere.
 */
export function reader(ids: Map<string, Located>) {
  // Many reviews may point at one node by `@id` (a shared Claim, publisher or @context):
  // reading its lists and types again for each review made the work grow with reviews ×
  // list length (3,000 reviews of one Claim with 3,000 authors: 9 s). What is worked out
  // from an object is kept for the rest of the import.
  let memo = memos.get(ids);
  if (!memo) memos.set(ids, (memo = new WeakMap()));
  const known = memo;
  /**
   * `make()`, worked out once per object and name in this import. Names: a key for a
   * Located's values, a type name for an object's type; other uses start with "|", which
   * no key read here holds.
   */
  const once = <T>(object: object, name: string, make: () => T): T => {
    let made = known.get(object);
    if (!made) known.set(object, (made = new Map()));
    if (!made.has(name)) made.set(name, make());
    return made.get(name) as T;
  };
  const isType = (value: unknown, name: string): boolean => isObject(value) && once(value, name, () => hasType(value, name));
  const resolve = (value: unknown, at: string): Located => {
    if (isObject(value)) {
      const id = value['@id'];
      const target = typeof id === 'string' && Object.keys(value).length === 1 ? ids.get(id) : undefined;
      if (target) return target;
      if ('@value' in value) value = value['@value'];
    }
    return { value: typeof value === 'string' && !value.trim() ? undefined : value, at };
  };
  const all = (from: Located, key: string): Located[] => {
    if (typeof from.value === 'string') return key === (/^https?:/i.test(from.value) ? 'url' : 'name') ? [from] : [];
    // Kept by the Located itself: a node reached by `@id` is the same one every time.
    return once(from, key, () => {
      const at = child(from.at, key);
      const value = isObject(from.value) ? from.value[key] : undefined;
      return (Array.isArray(value) ? value.map((item, i) => resolve(item, child(at, i))) : value == null ? [] : [resolve(value, at)]).filter(
        (v) => v.value !== undefined,
      );
    });
  };
  const follow = (from: Located, path: string): Located => {
    for (const step of path.split('.')) {
      const [key = '', type] = step.split(':');
      const found = (key ? all(from, key) : [from]).find((v) => !type || isType(v.value, type.replace('!', '')) !== (type[0] === '!'));
      from = found ?? { value: undefined, at: key ? child(from.at, key) : from.at };
    }
    return from;
  };
  const pick = (from: Located, paths: string): Located => {
    const tried = paths.split('|').map((path) => follow(from, path));
    return tried.find((v) => v.value !== undefined) ?? tried[0]!;
  };
  return { all, follow, pick, once };
}

// The canonical JSON of a value devalue.parse returned (the conformance vectors' README), and
// keep-the-tag revivers for the custom tags the vectors use. Shared by verify.mjs and
// record-oracle.mjs.
const TAGS = ['NuxtError', 'EmptyShallowRef', 'EmptyRef', 'ShallowRef', 'ShallowReactive', 'Ref', 'Reactive', 'Island',
  'skipHydrate', 'Custom_Thing'];

export class TagBox {
  constructor(name, value) {
    this.name = name;
    this.value = value;
  }
}

export const revivers = Object.fromEntries(TAGS.map((name) => [name, (value) => new TagBox(name, value)]));

const TYPED = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']);

function isNode(v) {
  if (v === null || typeof v !== 'object') return false;
  if (v instanceof TagBox || Array.isArray(v) || v instanceof Map || v instanceof Set) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
}

function number(n) {
  if (Number.isNaN(n)) return { $type: 'number', value: 'NaN' };
  if (n === Infinity) return { $type: 'number', value: 'Infinity' };
  if (n === -Infinity) return { $type: 'number', value: '-Infinity' };
  if (n === 0 && 1 / n < 0) return { $type: 'number', value: '-0' };
  return n;
}

function children(v) {
  if (v instanceof TagBox) return [v.value];
  if (Array.isArray(v)) return Object.keys(v).map((k) => v[k]);
  if (v instanceof Map) return [...v].flat();
  if (v instanceof Set) return [...v];
  return Object.keys(v).map((k) => v[k]);
}

/** The canonical JSON of a decoded value (the conformance vectors' README). */
export function canonical(root) {
  const seen = new Set();
  const shared = new Set();
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (!isNode(v)) continue;
    if (seen.has(v)) { shared.add(v); continue; }
    seen.add(v);
    stack.push(...children(v));
  }
  const ids = new Map();
  const key = (k) => (k.startsWith('$') ? '$' + k : k);
  function c(v) {
    if (v === undefined) return { $type: 'undefined' };
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return number(v);
    if (typeof v === 'bigint') return { $type: 'BigInt', value: String(v) };
    if (isNode(v)) {
      if (ids.has(v)) return { $type: 'ref', id: ids.get(v) };
      let id;
      if (shared.has(v)) { id = ids.size + 1; ids.set(v, id); }
      const withId = (o) => (id ? { ...o, $id: id } : o);
      if (v instanceof TagBox) return withId({ $type: 'tag', name: v.name, value: c(v.value) });
      if (v instanceof Map) return withId({ $type: 'Map', entries: [...v].map(([k, x]) => [c(k), c(x)]) });
      if (v instanceof Set) return withId({ $type: 'Set', values: [...v].map(c) });
      if (Array.isArray(v)) {
        const keys = Object.keys(v);
        if (keys.length < v.length) {
          return withId({ $type: 'sparse', length: v.length, entries: keys.map((k) => [Number(k), c(v[k])]) });
        }
        const items = keys.map((k) => c(v[k]));
        return id ? { $type: 'array', $id: id, items } : items;
      }
      const members = {};
      for (const k of Object.keys(v)) members[key(k)] = c(v[k]);
      if (Object.getPrototypeOf(v) === null) return withId({ $type: 'null', object: members });
      return id ? { $id: id, ...members } : members;
    }
    if (v instanceof Date) return { $type: 'Date', iso: Number.isNaN(v.getTime()) ? null : v.toISOString() };
    if (v instanceof RegExp) return { $type: 'RegExp', source: v.source, flags: v.flags };
    if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt) {
      return { $type: 'Object', value: c(v.valueOf()) };
    }
    if (v instanceof URL) return { $type: 'URL', href: v.href };
    if (v instanceof URLSearchParams) return { $type: 'URLSearchParams', value: v.toString() };
    if (v instanceof ArrayBuffer) return { $type: 'ArrayBuffer', base64: Buffer.from(v).toString('base64') };
    if (v instanceof DataView) {
      return { $type: 'DataView', base64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
    }
    if (ArrayBuffer.isView(v) && TYPED.has(v.constructor.name)) {
      return { $type: v.constructor.name, values: [...v].map((x) => (typeof x === 'bigint' ? String(x) : number(x))) };
    }
    throw new Error('no canonical form for ' + Object.prototype.toString.call(v));
  }
  return c(root);
}

// Reads payloads written by the Java encoder with the real devalue.parse (5.9.4 and 6.0.3) and
// checks that each decodes to the canonical JSON the Java side expects.
// Usage: node verify.mjs cases.json   (cases: [{"name", "payload", "expected"}])
// Prints one line per mismatch and exits 1 if there is any.
import { readFileSync } from 'node:fs';
import * as devalue5 from 'devalue-5';
import * as devalue6 from 'devalue-6';

const TAGS = ['NuxtError', 'EmptyShallowRef', 'EmptyRef', 'ShallowRef', 'ShallowReactive', 'Ref', 'Reactive', 'Island',
  'skipHydrate', 'Custom_Thing'];

class TagBox {
  constructor(name, value) {
    this.name = name;
    this.value = value;
  }
}

const revivers = Object.fromEntries(TAGS.map((name) => [name, (value) => new TagBox(name, value)]));

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
function canonical(root) {
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

/** null when equal (key order matters except for $type and $id; numbers compare as numbers). */
function difference(expected, actual, path = '') {
  if (expected !== null && typeof expected === 'object') {
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual) || actual.length !== expected.length) return `${path}: expected an array of ${expected.length}`;
      for (let i = 0; i < expected.length; i++) {
        const d = difference(expected[i], actual[i], `${path}/${i}`);
        if (d) return d;
      }
      return null;
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${path}: expected an object`;
    if (expected.$type !== actual.$type || expected.$id !== actual.$id) return `${path}: $type/$id differ`;
    const data = (o) => Object.keys(o).filter((k) => k !== '$type' && k !== '$id');
    const ek = data(expected);
    const ak = data(actual);
    if (ek.join('\u0000') !== ak.join('\u0000')) return `${path}: keys differ: ${JSON.stringify(ek)} vs ${JSON.stringify(ak)}`;
    for (const k of ek) {
      const d = difference(expected[k], actual[k], `${path}/${k}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(expected, actual) || expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failures = 0;
let checks = 0;
for (const { name, payload, expected } of cases) {
  for (const [version, devalue] of [['5.9.4', devalue5], ['6.0.3', devalue6]]) {
    checks++;
    let problem;
    try {
      problem = difference(expected, canonical(devalue.parse(payload, revivers)));
    } catch (e) {
      problem = `${e.name}: ${e.message}`;
    }
    if (problem) {
      failures++;
      console.log(`${name} (devalue ${version}): ${problem}`);
    }
  }
}
console.log(`${checks} checks, ${failures} failures`);
process.exit(failures ? 1 : 0);

// Writes payloads made by the real devalue.stringify (6.0.3) for random value graphs, for the
// Java test that decodes and re-encodes each one and expects the same bytes.
// Usage: node random-graphs.mjs <count> <seed> <out.json>   (out: a JSON array of payload strings)
import { writeFileSync } from 'node:fs';
import * as devalue6 from 'devalue-6';
import { TagBox } from './canonical.mjs';

const MASK = (1n << 64n) - 1n;

/** splitmix64: the same graphs for the same seed. */
function generator(seed) {
  let state = BigInt.asUintN(64, BigInt(seed));
  const next = () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
  return {
    int: (n) => Number(next() % BigInt(n)),
    bits: next,
  };
}

const view = new DataView(new ArrayBuffer(8));
const ALPHABET = ['a', 'b', 'Z', '0', '9', ' ', '"', '\\', '/', '<', '>', '&', '\n', '\t', '\u0000', '\u001f', '\u007f', 'é', '€',
  '\u2028', '\u2029', '😀', '\ud800', '\udfff', '\ufeff', '$', '_'];
const KEYS = ['a', 'b', 'id', 'title', '0', '1', '2', '10', '01', '-1', '4294967294', '4294967295', '$type', '$id', 'x y',
  'é', '😀', '\ud800', '<', '"', 'constructor', 'toString'];
const TAGS = ['Ref', 'Reactive', 'ShallowReactive', 'Custom_Thing'];

function makeGraph(r) {
  const pool = [];
  const string = () => {
    let s = '';
    const n = r.int(8);
    for (let i = 0; i < n; i++) s += ALPHABET[r.int(ALPHABET.length)];
    return s;
  };
  const number = () => {
    switch (r.int(8)) {
      case 0: view.setBigUint64(0, r.bits()); return view.getFloat64(0);
      case 1: return r.int(1000) - 500;
      case 2: return (r.int(2000000) - 1000000) / 1000;
      case 3: return [0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 1e21, 1e-7, 2 ** 53][r.int(10)];
      case 4: return Number(`${r.int(100000)}e${r.int(60) - 30}`);
      default: return r.int(10);
    }
  };
  const primitive = () => {
    switch (r.int(7)) {
      case 0: return string();
      case 1: return number();
      case 2: return r.int(2) === 0;
      case 3: return null;
      case 4: return undefined;
      case 5: return BigInt(r.int(2000000) - 1000000) * (r.int(3) === 0 ? 10n ** 20n : 1n);
      default: return ['same', 'other'][r.int(2)];
    }
  };
  const value = (depth) => {
    if (pool.length && r.int(6) === 0) return pool[r.int(pool.length)];
    if (depth > 4 || r.int(3) === 0) return primitive();
    let v;
    switch (r.int(17)) {
      case 0: case 1: {
        v = [];
        pool.push(v);
        const n = r.int(6);
        for (let i = 0; i < n; i++) v.push(value(depth + 1));
        break;
      }
      case 2: {
        v = [];
        pool.push(v);
        v.length = r.int(3) === 0 ? 1000 + r.int(100) : r.int(8);
        const n = r.int(4);
        for (let i = 0; i < n && v.length; i++) v[r.int(v.length)] = value(depth + 1);
        break;
      }
      case 3: case 4: case 5: {
        v = {};
        pool.push(v);
        const n = r.int(6);
        for (let i = 0; i < n; i++) v[KEYS[r.int(KEYS.length)]] = value(depth + 1);
        break;
      }
      case 6: {
        v = Object.create(null);
        pool.push(v);
        const n = r.int(4);
        for (let i = 0; i < n; i++) v[KEYS[r.int(KEYS.length)]] = value(depth + 1);
        break;
      }
      case 7: {
        v = new Map();
        pool.push(v);
        const n = r.int(4);
        for (let i = 0; i < n; i++) v.set(value(depth + 1), value(depth + 1));
        break;
      }
      case 8: {
        v = new Set();
        pool.push(v);
        const n = r.int(4);
        for (let i = 0; i < n; i++) v.add(value(depth + 1));
        break;
      }
      case 9: {
        const ms = [0, -1, 8.64e15, -8.64e15, NaN, r.int(2 ** 31) * 1000 + r.int(1000), -62198755200000 - r.int(1e9)][r.int(7)];
        v = new Date(ms);
        break;
      }
      case 10:
        v = [/a\/b[<]/giu, /(?:)/, new RegExp('x', 'dgimsuy'), /\u2028/][r.int(4)];
        v = new RegExp(v.source, v.flags);
        break;
      case 11:
        v = [new Number(number()), new String(string()), new Boolean(r.int(2) === 0), Object(BigInt(r.int(100)))][r.int(4)];
        break;
      case 12: {
        const buffer = new ArrayBuffer(8 * r.int(4));
        new Uint8Array(buffer).forEach((_, i, a) => { a[i] = r.int(256); });
        const kinds = [Uint8Array, Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
          Float64Array, BigInt64Array, BigUint64Array];
        const T = kinds[r.int(kinds.length)];
        const all = buffer.byteLength / T.BYTES_PER_ELEMENT;
        v = r.int(2) === 0 || all === 0 ? new T(buffer) : new T(buffer, T.BYTES_PER_ELEMENT * r.int(all), 0);
        if (r.int(3) === 0) v = new DataView(buffer, r.int(buffer.byteLength + 1), 0);
        break;
      }
      case 13:
        v = new URL(['https://example.com/a?b=1#c', 'http://x.org/é', 'file:///tmp/a b'][r.int(3)]);
        break;
      case 14:
        v = new URLSearchParams(['a=1&b=%20', 'x=é&y=<'][r.int(2)]);
        break;
      default: {
        // not shared: a cycle back into a tag makes devalue.parse run the reviver twice
        v = new TagBox(TAGS[r.int(TAGS.length)], value(depth + 1));
        if (!v.value) v.value = { inner: 1 };
        break;
      }
    }
    return v;
  };
  return value(0);
}

const reducers = Object.fromEntries(['Ref', 'Reactive', 'ShallowReactive', 'Custom_Thing']
  .map((name) => [name, (v) => v instanceof TagBox && v.name === name && v.value]));

const [count, seed, file] = process.argv.slice(2);
const r = generator(seed);
const payloads = [];
for (let i = 0; i < Number(count); i++) {
  payloads.push(devalue6.stringify(makeGraph(r), reducers));
}
writeFileSync(file, JSON.stringify(payloads));
console.log(`${payloads.length} payloads written`);

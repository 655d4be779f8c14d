// Records String(x) for doubles, as lines "<16 hex digits of the IEEE bits> <String(x)>".
// Usage:
//   node numbers.mjs edge                 edge cases (committed as the JsNumberText test resource)
//   node numbers.mjs random <count> <seed> random doubles: half random bit patterns, half
//                                          random decimal literals, reproducible from the seed
//   with a last argument <file>, writes there instead of to stdout
import { writeFileSync } from 'node:fs';

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x) {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

function fromBits(b) {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

const MASK = (1n << 64n) - 1n;

/** splitmix64: a small generator whose output depends only on the seed. */
function generator(seed) {
  let state = BigInt.asUintN(64, BigInt(seed));
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
}

function edgeCases() {
  const xs = [0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE,
    Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 2 ** 63, -(2 ** 63),
    2.2250738585072014e-308, 2.225073858507201e-308, 4.9406564584124654e-324, 1e21, 1e21 - 65536, 999999999999999900000,
    1e-7, 1e-6, 0.000001234, 0.0000001234, 123e-20, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e15, 1e16, 1e17,
    2e23, 5e-324, 1.7976931348623157e308, 9.007199254740993e15, 5e-7, 1.5, -1.5, 4.35, 0.5, 123456789012345680000,
    1.2345678901234567e-7, 1.2345678901234567e20, 1.2345678901234567e21, 3.14159, -273.15, 6.02214076e23, 1e100, 1e-100,
    8.41e21, 5.0e-324 * 3, 2.9802322387695312e-8, 1.1754943508222875e-38, 3.4028234663852886e38];
  // powers of two and ten across the whole range, with their neighbours (where shortest digits are hardest)
  for (let e = -1074; e <= 1023; e += e < -1000 || e > 1000 ? 1 : 7) xs.push(2 ** e);
  for (let e = -323; e <= 308; e++) xs.push(Number(`1e${e}`));
  const out = [];
  for (const x of xs) {
    out.push(x);
    if (Number.isFinite(x) && x !== 0) {
      const b = BigInt('0x' + bitsOf(x));
      out.push(fromBits(b + 1n), fromBits(b - 1n));
    }
  }
  return out;
}

function randomDoubles(count, seed) {
  const next = generator(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    if ((i & 1) === 0) {
      out.push(fromBits(r));
    } else {
      // a decimal literal of 1 to 17 random digits with a random exponent, mostly near 1
      const digits = Number(r % 17n) + 1;
      let text = '';
      let d = next();
      for (let k = 0; k < digits; k++) {
        text += (d % 10n).toString();
        d /= 10n;
        if (d === 0n) d = next();
      }
      const wide = ((r >> 8n) & 3n) === 0n;
      const exponent = wide ? Number((r >> 16n) % 660n) - 340 : Number((r >> 16n) % 50n) - 25;
      const sign = ((r >> 40n) & 1n) === 1n ? '-' : '';
      out.push(Number(`${sign}${text}e${exponent}`));
    }
  }
  return out;
}

const args = process.argv.slice(2);
const xs = args[0] === 'edge' ? edgeCases() : randomDoubles(Number(args[1]), args[2]);
const file = args[0] === 'edge' ? args[1] : args[3];
const text = xs.map((x) => `${bitsOf(x)} ${String(x)}\n`).join('');
if (file) {
  writeFileSync(file, text);
} else {
  process.stdout.write(text);
}

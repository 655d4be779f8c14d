// Reads payloads written by the Java encoder with the real devalue.parse (5.9.4 and 6.0.3) and
// checks that each decodes to the canonical JSON the Java side expects.
// Usage: node verify.mjs cases.json   (cases: [{"name", "payload", "expected"}])
// Prints one line per mismatch and exits 1 if there is any.
import { readFileSync } from 'node:fs';
import * as devalue5 from 'devalue-5';
import * as devalue6 from 'devalue-6';
import { canonical, revivers } from './canonical.mjs';

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

// Encodes a plain-JSON page payload (written by qakit's generator) the way Nuxt writes
// _payload.json: devalue.stringify with Nuxt's ShallowReactive reducer on `data`.
// Usage: node encode.mjs INPUT.plain.json OUTPUT._payload.json
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'devalue';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node encode.mjs INPUT.plain.json OUTPUT._payload.json');
  process.exit(2);
}
const root = JSON.parse(readFileSync(input, 'utf8'));
// Nuxt's payload plugin reduces the shallow-reactive `data` object to ["ShallowReactive", raw]:
// the reducer returns the raw object behind the reactive proxy. Here a copy plays the proxy.
const raw = root.data;
root.data = { ...raw };
const proxy = root.data;
const text = stringify(root, {
  ShallowReactive: (value) => value === proxy && raw,
});
writeFileSync(output, text);
console.error(`wrote ${output} (${Buffer.byteLength(text)} bytes)`);

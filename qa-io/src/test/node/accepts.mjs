// Which payloads the real devalue.parse (6.0.3) accepts, with revivers for Nuxt's tags.
// Usage: node accepts.mjs payloads.json   (a JSON array of payload strings)
// Prints a JSON array of booleans, one per payload.
import { readFileSync } from 'node:fs';
import * as devalue from 'devalue-6';

const TAGS = ['NuxtError', 'EmptyShallowRef', 'EmptyRef', 'ShallowRef', 'ShallowReactive', 'Ref', 'Reactive', 'Island',
  'skipHydrate'];
const revivers = Object.fromEntries(TAGS.map((name) => [name, (value) => ({ name, value })]));

const payloads = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const accepted = payloads.map((p) => {
  try {
    devalue.parse(p, revivers);
    return true;
  } catch {
    return false;
  }
});
process.stdout.write(JSON.stringify(accepted));

// Records what the real devalue.parse returns for payloads that probe the reader's edge cases
// (signed zeros, lone surrogates in keys, Date texts, key order), in the canonical JSON of the
// conformance vectors (canonical.mjs). The Java tests compare their decoder with this record.
// Usage: node record-oracle.mjs <out.json>
import { writeFileSync } from 'node:fs';
import * as devalue564 from 'devalue-5.6';
import * as devalue6 from 'devalue-6';
import { canonical, revivers } from './canonical.mjs';

const READERS = { '5.6.4': devalue564, '6.0.3': devalue6 };

const cases = [];
function add(name, payload, reader = '6.0.3') {
  cases.push({ name, payload, reader });
}

// signed zeros: JSON -0 is negative zero in JSON.parse, also when written without a fraction
add('zero-negative-integer-slot', '[-0]');
add('zero-negative-fraction-slot', '[-0.0]');
add('zero-negative-exponent-slot', '[-0e5]');
add('zero-negative-in-array', '[[1,2],0,-0]');
add('zero-negative-as-reference', '[[-0]]');
add('zero-negative-boxed-inline', '[["Object",-0]]', '5.6.4');
add('zero-negative-boxed-inline-fraction', '[["Object",-0.0]]', '5.6.4');
add('zero-positive-boxed-inline', '[["Object",0]]', '5.6.4');

// lone surrogates, escaped, in keys and values (devalue 6 writes them so)
add('surrogate-lone-high-key', '[{"\\ud800":1},1]');
add('surrogate-lone-low-key', '[{"a\\udc00b":1},1]');
add('surrogate-lone-key-null-proto', '[["null","\\udbff",1],2]');
add('surrogate-lone-value', '["x\\ud800"]');
add('surrogate-pair-split-escapes-key', '[{"\\ud83d\\ude00":1},1]');
add('surrogate-reversed-pair-key', '[{"\\udc00\\ud800":1},1]');

// Date texts: parse() is new Date(text)
const dates = ['+002024-01-01T00:00:00.000Z', '+000000-01-01T00:00:00.000Z', '-000000-01-01T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z', '+009999-12-31T23:59:59.999Z', '+010000-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z', '-271821-04-20T00:00:00.000Z',
  '-271821-04-19T23:59:59.999Z', '2024-02-29T12:34:56.789Z', '2024-02-30T00:00:00.000Z', '2023-02-29T00:00:00.000Z',
  '2024-04-31T00:00:00.000Z', '2024-01-32T00:00:00.000Z', '2024-00-10T00:00:00.000Z', '2024-13-01T00:00:00.000Z',
  '2024-01-01T24:00:00.000Z', '2024-01-01T24:00:00.001Z', '2024-01-01T23:60:00.000Z', '2024-01-01T00:00:60.000Z',
  '2024-01-01', '+002024-01-01', '2024-01', '2024', '2024-01-01T00:00:00Z', '2024-01-01T00:00Z', '2024-01-01T00:00:00.5Z',
  '2024-01-01T00:00:00.123456Z', '2024-01-01T00:00:00.000+01:00', '2024-01-01T00:00:00.000-23:59', '2024-1-01T00:00:00.000Z',
  '', 'not a date', '2024-01-01t00:00:00.000z'];
dates.forEach((d, i) => add(`date-${String(i).padStart(2, '0')}`, JSON.stringify([['Date', d]])));

// key order: integer-like keys first, ascending, in every object
add('keys-plain-object', '[{"b":1,"2":1,"a":1,"1":1,"10":1,"01":1,"4294967294":1,"4294967295":1,"-1":1,"1.5":1},2]');
add('keys-plain-object-duplicates', '[{"b":1,"1":2,"b":2,"0":1},3,4]');
add('keys-null-proto', '[["null","b",1,"2",1,"a",1,"1",1,"10",1,"01",1,"4294967294",1,"4294967295",1],2]');
add('keys-null-proto-duplicates', '[["null","b",1,"1",2,"b",2,"0",1],3,4]');

const out = [];
for (const { name, payload, reader } of cases) {
  const record = { name, payload, reader };
  try {
    record.expected = canonical(READERS[reader].parse(payload, revivers));
  } catch (e) {
    record.error = `${e.name}: ${e.message}`;
  }
  out.push(record);
}
writeFileSync(process.argv[2], JSON.stringify(out, null, 1) + '\n');
console.log(`${out.length} cases recorded`);

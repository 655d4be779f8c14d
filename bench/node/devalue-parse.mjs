// The JavaScript reference for devalue decoding: devalue.parse (the version Nuxt 4 writes
// payloads with) over the same payload files the JMH benchmarks read, with warm-up and many
// timed rounds. Nuxt's ShallowReactive reviver is given as the identity, so only decoding is
// measured.
//
// Usage: node devalue-parse.mjs [--warmup S] [--rounds N] [--round S] NAME=FILE[,FILE...]...
// Prints one JSON object per input on stdout:
//   {"input", "bytes", "opsPerSec", "mbPerSec", "mbPerSecWithDecode", "rounds": [MB/s...]}
// bytes is the total size of the input's files; one op parses each of its files once.
// mbPerSec times devalue.parse of the text; mbPerSecWithDecode also times UTF-8 decoding
// of the bytes, the work a Java reader does from bytes.
import { readFileSync } from 'node:fs';
import { parse } from 'devalue';

const options = { warmup: 3, rounds: 5, round: 2 };
const inputs = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const flag = args[i].match(/^--(warmup|rounds|round)$/);
  if (flag) {
    options[flag[1]] = Number(args[++i]);
  } else {
    const [name, files] = args[i].split('=');
    inputs.push({ name, buffers: files.split(',').map((f) => readFileSync(f)) });
  }
}
if (inputs.length === 0) {
  console.error('usage: node devalue-parse.mjs [--warmup S] [--rounds N] [--round S] NAME=FILE[,FILE...]...');
  process.exit(2);
}

const revivers = { ShallowReactive: (value) => value };
let sink = 0;

function decodeAndParse(buffers) {
  for (const b of buffers) {
    sink += Object.keys(parse(b.toString('utf8'), revivers)).length;
  }
}

function parseOnly(texts) {
  for (const t of texts) {
    sink += Object.keys(parse(t, revivers)).length;
  }
}

/** Runs op for about `seconds`; returns ops per second. */
function timed(op, arg, seconds) {
  const budget = BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let ops = 0;
  let now;
  do {
    op(arg);
    ops++;
    now = process.hrtime.bigint();
  } while (now - start < budget);
  return ops / (Number(now - start) / 1e9);
}

for (const { name, buffers } of inputs) {
  const texts = buffers.map((b) => b.toString('utf8'));
  const bytes = buffers.reduce((n, b) => n + b.length, 0);
  timed(parseOnly, texts, options.warmup);
  timed(decodeAndParse, buffers, options.warmup / 2);
  const rounds = [];
  const withDecode = [];
  for (let r = 0; r < options.rounds; r++) {
    rounds.push(timed(parseOnly, texts, options.round));
    withDecode.push(timed(decodeAndParse, buffers, options.round));
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const opsPerSec = mean(rounds);
  console.log(JSON.stringify({
    input: name,
    bytes,
    opsPerSec,
    mbPerSec: (opsPerSec * bytes) / 1e6,
    mbPerSecWithDecode: (mean(withDecode) * bytes) / 1e6,
    rounds: rounds.map((ops) => (ops * bytes) / 1e6),
  }));
}
if (sink === 0) console.error('nothing parsed');

// Generates expected/<variant>.jsonl: for every question page of a generated variant, what the
// browser's JSON.stringify gives for its async-data entry, decoded by the real devalue with
// revivers that behave like Nuxt's for JSON purposes (reactive wrappers become their value).
//
//   npm install --no-save devalue@5.9.4
//   node generate-expected-json.mjs generated/extracted > expected/extracted.jsonl
//
// Each output line is {"route": "/…", "key": "qa-/…", "json": "<JSON.stringify(entry)>"}.
import { parse } from 'devalue';
import fs from 'node:fs';
import path from 'node:path';

const empty = (s) => (s === '_' ? undefined : s === '0n' ? 0n : (() => { try { return JSON.parse(s); } catch { return s; } })());
const revivers = {
  NuxtError: (v) => v,
  EmptyShallowRef: empty,
  EmptyRef: empty,
  ShallowRef: (v) => v,
  ShallowReactive: (v) => v,
  Ref: (v) => v,
  Reactive: (v) => v,
  Island: (v) => v,
  skipHydrate: () => undefined,
  SemVer: (v) => v,
};

const root = process.argv[2];
const script = /<script type="application\/json"([^>]*)>([\s\S]*?)<\/script>/;

function routes(dir) {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory() && !['_nuxt', '__nuxt_island', '__nuxt_content'].includes(name)) out.push(...routes(p));
  }
  if (fs.existsSync(path.join(dir, 'index.html'))) out.unshift(dir);
  return out;
}

for (const dir of routes(root).sort()) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const m = script.exec(html);
  if (!m) continue;
  let payload = parse(m[2], revivers);
  const src = /data-src="([^"]*)"/.exec(m[1]);
  if (src) {
    const file = path.join(root, src[1].replace(/[?#].*$/, ''));
    payload = { ...payload, ...parse(fs.readFileSync(file, 'utf8'), revivers) };
  }
  const route = '/' + path.relative(root, dir).split(path.sep).join('/');
  for (const [key, entry] of Object.entries(payload.data ?? {})) {
    if (entry && typeof entry === 'object' && entry.page && typeof entry.page === 'object') {
      process.stdout.write(JSON.stringify({ route: route === '/' ? '/' : route.replace(/\/$/, ''), key, json: JSON.stringify(entry) }) + '\n');
    }
  }
}

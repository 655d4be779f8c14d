// Records what Nuxt Content's own path-meta transformer (the one that gives every document its
// `path`, `stem`, `extension` and default `title`) makes of generated file names, for
// ContentPathsOracleTest. Usage: npm ci && node content-paths.mjs ../resources/dev/qakit/model/content-paths.tsv
//
// @nuxt/content does not export the transformer, so this takes its code, unchanged, from the
// published dist/module.mjs (from `const SEMVER_REGEX` to the end of `describeId`) and runs it
// with the packages that file imports (slugify, scule, ufo, defu), resolved as the lockfile pins.
// Output: one line per file name, tab-separated: the file path inside the collection, then
// path, stem, extension and title as the transformer returns them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import slugify from 'slugify';
import { pascalCase } from 'scule';
import { withLeadingSlash, withoutTrailingSlash } from 'ufo';
import defu from 'defu';

const require = createRequire(import.meta.url);
const dist = require.resolve('@nuxt/content').replace(/module\.cjs$/, 'module.mjs');
const version = JSON.parse(readFileSync(new URL('../package.json', 'file://' + dist), 'utf8')).version;
const src = readFileSync(dist, 'utf8');
const start = src.indexOf('const SEMVER_REGEX');
const describe = src.indexOf('const describeId', start);
const end = src.indexOf('\n};\n', describe) + 4;
if (start < 0 || describe < 0 || end < 4) throw new Error('path-meta transformer not found in ' + dist);
const code = src.slice(start, end).replace(/\bdefu\$1\b/g, 'defu');
const pathMeta = Function('slugify', 'pascalCase', 'withLeadingSlash', 'withoutTrailingSlash', 'defu', 'defineTransformer',
  code + '\nreturn pathMetaTransformer;')(slugify, pascalCase, withLeadingSlash, withoutTrailingSlash, defu, (t) => t);

// The names: every number prefix and special name Nuxt Content treats apart, symbols slugify
// spells out, accents, ligatures, non-Latin scripts, dots, colons, index, drafts; then mixes
// of them drawn by a seeded generator.
const bases = [
  'index', 'index.draft', 'guide.draft', 'getting-started', 'Getting Started', '$fetch', 'useFetch', 'use-fetch', 'useAsyncData',
  'NuxtLink', 'nuxt.config', 'app.config', 'hello world', 'Hello_World', 'hello  world', 'a&b', '100%', '<tag>', 'a|b', 'a--b',
  'x -- y', 'what?', 'why!', "it's", 'say "hi"', 'a+b', 'a*b', 'a~b', 'a@b', '(group)', '[slug]', '[...slug]', '[[opt]]', 'a,b',
  'a;b', 'a=b', 'a#b', 'a^b', 'a`b', '{x}', 'café', 'Über', 'straße', 'ñandú', 'Ærø', 'Œuvre', 'Ångström', 'ﬁle', 'ǅemal',
  'Ωmega', 'Ελληνικά', 'привет', 'Русский текст', 'Україна', 'ქართული', 'Հայերեն', 'عربي', 'עברית', 'हिन्दी', '日本語',
  '中文', '한국어', 'ไทย', 'Tiếng Việt', 'Çağrı', 'Łódź', 'Dvořák', 'Ørsted', 'emoji 🚀', '🚀', '½ cup', '™ mark', '© 2024',
  'x²', '€ euro', '£ pound', '¥ yen', '∞', '♥ love', '∑ sum', 'ℌ', 'v1', 'v1.2', '1.2.x', '3.0', '4.x', '1', '1.10', '2.0.0',
  '1.2.3.x', '1.x.y', 'a.b.c', 'file.name.with.dots', '.navigation', '_dir', '_partial', 'a:b', 'ns:name', 'draft', '  spaced  ',
  'tab\u00a0nbsp', 'zero\u200bwidth', 'COMBINING e\u0301', 'A\u030angstrom', '\u212bngstrom', 'UPPER', 'camelCaseName',
  'snake_case_name', 'kebab-case-name', 'HTTPServer', 'getHTTPResponse', 'v2Api', 'x1y2', '-leading', 'trailing-', '_',
  '-', '.', '..', '...', '0', '00.zero', '1.', '1..md', '01.intro', '10.ten', '1.2.intro', '123abc', '1.index', '2.index.draft',
  // characters that end a line for a regular expression's '.' (JavaScript's and Java's differ on NEL)
  'line\nbreak', 'carriage\rreturn', 'line\u2028separator', 'paragraph\u2029separator', 'next\u0085line', 'tab\tname',
  'a.b\nc', 'x\n.y',
];
const prefixes = ['', '1.', '01.', '10.', '2.'];
const folders = ['', 'docs/', '1.docs/', '2.guide/3.going-further/', 'fr/', 'docs/4.x/', 'blog/2024/', 'Über Uns/', '$utils/', 'a:b/'];
const extensions = ['.md', '.md', '.yml', '.json', '.csv', ''];

const names = new Set();
for (const base of bases) {
  for (const prefix of prefixes) names.add(prefix + base + '.md');
}
for (const folder of folders) {
  for (const base of bases.slice(0, 40)) names.add(folder + base + '.md');
}
for (const ext of extensions) names.add('docs/1.guide/intro' + ext);

// A seeded generator (mulberry32), so that the list is the same on every run.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const ranges = [[0x20, 0x7e], [0xa0, 0xff], [0x100, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x590, 0x6ff], [0x900, 0x97f],
  [0x1e00, 0x1eff], [0x2000, 0x22ff], [0x3040, 0x30ff], [0x4e00, 0x4e80], [0xac00, 0xac80], [0xfb00, 0xfb06]];
const randomSegment = () => {
  let s = '';
  const length = 1 + Math.floor(random() * 12);
  for (let i = 0; i < length; i++) {
    const [lo, hi] = pick(ranges);
    const c = lo + Math.floor(random() * (hi - lo + 1));
    if (c !== 0x2f && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) s += String.fromCharCode(c);
  }
  return s;
};
while (names.size < 2000) {
  const depth = Math.floor(random() * 3);
  const segments = [];
  for (let i = 0; i <= depth; i++) segments.push(pick(['', '', '1.', '12.', '3.']) + randomSegment());
  names.add(segments.join('/') + pick(extensions));
}

// A field's backslash, tab and line breaks written as escapes, so that one name is one line.
const escape = (f) => f.replace(/[\\\t\n\r\u0085\u2028\u2029]/g,
  (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

const lines = [`# @nuxt/content ${version} path-meta transformer: file\tpath\tstem\textension\ttitle; generated by content-paths.mjs`];
for (const name of names) {
  const out = pathMeta.transform({ id: 'content/' + name }, {});
  const fields = [name, out.path, out.stem, out.extension ?? '', out.title];
  lines.push(fields.map(escape).join('\t'));
}
writeFileSync(process.argv[2], lines.join('\n') + '\n');
console.log(`${names.size} names through @nuxt/content ${version}`);

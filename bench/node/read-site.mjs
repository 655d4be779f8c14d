// The JavaScript reference for reading a generated Nuxt site: every route's prerendered
// index.html tokenized with htmlparser2 to take the text of <script id="__NUXT_DATA__">, that
// text and the route's _payload.json decoded with devalue.parse (Nuxt's reducer tags revived as
// the identity), the two halves merged as Nuxt merges them (the file's data wins), and the
// question pages in `data` counted. This is what a node tool reading a site to values does; it
// checks nothing.
//
// Usage: node read-site.mjs SITE_DIR
// Prints a summary on stderr: routes, question pages, questions; exits 0, or 1 when a route
// could not be read.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import { parse } from 'devalue';

const root = process.argv[2];
if (!root) {
  console.error('usage: node read-site.mjs SITE_DIR');
  process.exit(2);
}

const identity = (value) => value;
const revivers = Object.fromEntries(['NuxtError', 'EmptyShallowRef', 'EmptyRef', 'ShallowRef', 'ShallowReactive',
  'Ref', 'Reactive', 'Island'].map((tag) => [tag, identity]));

/** The text of the page's __NUXT_DATA__ script, or undefined. */
function payloadScript(html) {
  let inScript = false;
  let text;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'script' && attribs.id === '__NUXT_DATA__') {
        inScript = true;
        text = '';
      }
    },
    ontext(data) {
      if (inScript) text += data;
    },
    onclosetag(name) {
      if (name === 'script') inScript = false;
    },
  });
  parser.write(html);
  parser.end();
  return text;
}

const skipped = /(^|\/)(_nuxt|__nuxt_island|__nuxt_content)(\/|$)/;
const routes = new Map();
for (const entry of readdirSync(root, { recursive: true })) {
  const name = entry.endsWith('index.html') ? 'html' : entry.endsWith('_payload.json') ? 'payload' : undefined;
  if (!name || skipped.test(entry)) continue;
  const dir = dirname(entry);
  if (!routes.has(dir)) routes.set(dir, {});
  routes.get(dir)[name] = join(root, entry);
}

let pages = 0;
let questions = 0;
let failed = 0;
for (const [dir, files] of routes) {
  try {
    let state = {};
    if (files.html) {
      const text = payloadScript(readFileSync(files.html, 'utf8'));
      if (text === undefined) throw new Error('no __NUXT_DATA__ script');
      state = parse(text, revivers);
    }
    const half = files.payload ? parse(readFileSync(files.payload, 'utf8'), revivers) : {};
    const payload = { ...state, ...half, data: { ...(state.data ?? {}), ...(half.data ?? {}) } };
    for (const [key, value] of Object.entries(payload.data)) {
      if (key.startsWith('qa-') && Array.isArray(value?.page?.questions)) {
        pages++;
        questions += value.page.questions.length;
      }
    }
  } catch (e) {
    failed++;
    console.error(`${dir}: ${e.message}`);
  }
}
console.error(`${routes.size} routes, ${pages} question pages, ${questions} questions`);
process.exit(failed > 0 ? 1 : 0);

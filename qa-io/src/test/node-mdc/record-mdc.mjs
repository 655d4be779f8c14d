// Records the body and toc that Nuxt Content 3 stores for Markdown pages, with the real parser:
// @nuxtjs/mdc's parseMarkdown, configured as Nuxt Content's markdown transformer configures it
// (remark-emoji, its own link handler, the default toc), then minimark's fromHast, as the
// transformer does when `compress` is on (always, in Nuxt Content 3).
//
// Shiki highlighting is off: the Java reader does not highlight code, so a code block is
// compared in the form it has before the highlighter runs.
//
// Usage: node record-mdc.mjs <out-dir> <label>=<content-dir> [<label>=<content-dir> ...]
// The committed record: npm ci, then
//   node record-mdc.mjs ../resources/mdc-oracle realworld=../../../../testdata/realworld own=../resources/mdc/pages
// Writes <out-dir>/<label>/<path of the page>.json for every .md file under each content dir
// (SOURCES.md at a content dir's top is provenance, not a page), each a compact
// {"body": [...minimark nodes], "toc": {...}}.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseMarkdown } from '@nuxtjs/mdc/runtime';
import { fromHast } from 'minimark/hast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import remarkEmoji from 'remark-emoji';
import slugify from 'slugify';
import { isRelative, withLeadingSlash, withoutTrailingSlash } from 'ufo';

// ---- Nuxt Content's markdown transformer (src/utils/content/transformers/markdown.ts) ----

const SEMVER = /^\d+(?:\.\d+)*(?:\.x)?$/;

function refineUrlPart(name) {
  name = name.split(/[/:]/).pop();
  if (SEMVER.test(name)) {
    return name;
  }
  return name.replace(/(\d+\.)?(.*)/, '$2').replace(/^index(\.draft)?$/, '').replace(/\.draft$/, '');
}

function generatePath(path, { forceLeadingSlash = true, slugifyOptions = { lower: true } } = {}) {
  path = path.split('/').map(part => slugify(refineUrlPart(part), slugifyOptions)).join('/');
  return forceLeadingSlash ? withLeadingSlash(withoutTrailingSlash(path)) : path;
}

function normaliseLink(link) {
  const match = link.match(/#.+$/);
  const hash = match ? match[0] : '';
  if (link.replace(/#.+$/, '').endsWith('.md') && (isRelative(link) || (!/^https?/.test(link) && !link.startsWith('/')))) {
    return generatePath(link.replace('.md' + hash, ''), { forceLeadingSlash: false }) + hash;
  }
  return link;
}

function link(state, node) {
  const properties = { ...(node.attributes || {}), href: normalizeUri(normaliseLink(node.url)) };
  if (node.title !== null && node.title !== undefined) {
    properties.title = node.title;
  }
  const result = { type: 'element', tagName: 'a', properties, children: state.all(node) };
  state.patch(node, result);
  return state.applyData(node, result);
}

const OPTIONS = {
  highlight: false,
  remark: { plugins: { 'remark-emoji': { instance: remarkEmoji, options: {} } } },
  rehype: { options: { handlers: { link } } },
};

async function record(markdown) {
  const parsed = await parseMarkdown(markdown, OPTIONS);
  return { body: fromHast(parsed.body).value, toc: parsed.toc };
}

// ---- the walk ----

function pages(dir, top = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.push(...pages(path, top));
    } else if (name.endsWith('.md') && !(dir === top && name === 'SOURCES.md')) {
      out.push(path);
    }
  }
  return out;
}

const [outDir, ...roots] = process.argv.slice(2);
if (!outDir || roots.length === 0) {
  console.error('usage: node record-mdc.mjs <out-dir> <label>=<content-dir> ...');
  process.exit(2);
}
let count = 0;
for (const root of roots) {
  const [label, dir] = root.split('=');
  rmSync(join(outDir, label), { recursive: true, force: true });
  for (const page of pages(dir)) {
    const out = join(outDir, label, relative(dir, page).replace(/\.md$/, '.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(await record(readFileSync(page, 'utf8'))) + '\n');
    count++;
  }
}
console.log(`recorded ${count} pages`);

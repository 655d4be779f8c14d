// The whole-tree validator a Nuxt site would write today: every Markdown file under a content
// folder read with gray-matter and checked with a zod schema that makes the same checks as
// qakit's constraints. Frontmatter is read with YAML 1.2 core typing (js-yaml's CORE_SCHEMA),
// as Nuxt Content reads it, so `updated: 2026-06-20` stays a string and a date that does not
// exist can be told apart.
//
// Usage: node validate-tree.mjs CONTENT_DIR
// Prints `file: path: message` per problem and a summary on stderr; exits 1 when any file has
// errors, 0 otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { z } from 'zod';

const root = process.argv[2];
if (!root) {
  console.error('usage: node validate-tree.mjs CONTENT_DIR');
  process.exit(2);
}

const nonBlank = (what) => z.string().refine((s) => s.trim().length > 0, `${what} must not be blank`);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)');
const difficulty = z.enum(['easy', 'medium', 'hard']);
const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}, 'must be a real date yyyy-MM-dd');

const question = z.object({
  id: slug,
  difficulty,
  q: nonBlank('question text'),
  a: nonBlank('answer'),
});

const page = z.object({
  title: nonBlank('title'),
  framework: z.string().optional(),
  frameworkSlug: slug.optional(),
  topic: z.string().optional(),
  topicSlug: slug.optional(),
  subtopic: z.string().optional(),
  order: z.number().int().min(1).optional(),
  difficulty: difficulty.optional(),
  updated: isoDate.optional(),
  seoDescription: z.string().optional(),
  path: z.string().optional(),
  questions: z.array(question).default([]),
  questionsCount: z.number().int().optional(),
  related: z.array(z.string()).nullable().optional(),
}).superRefine((p, ctx) => {
  const seen = new Map();
  p.questions.forEach((q, i) => {
    if (seen.has(q.id)) {
      ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id '${q.id}' is already used by question ${seen.get(q.id) + 1}` });
    } else {
      seen.set(q.id, i);
    }
  });
  if (p.questionsCount !== undefined && p.questionsCount !== p.questions.length) {
    ctx.addIssue({ code: 'custom', path: ['questionsCount'], message: `'questionsCount' is ${p.questionsCount} but the page has ${p.questions.length} questions` });
  }
});

// Nuxt Content's route rules: drop `1.` order prefixes and `index`, slugify each segment.
const refine = (segment) => {
  if (/^\d+(?:\.\d+)*(?:\.x)?$/.test(segment)) return segment;
  const s = segment.replace(/^\d+\./, '');
  if (s === 'index' || s === 'index.draft') return '';
  return s.endsWith('.draft') ? s.slice(0, -'.draft'.length) : s;
};
const slugify = (text) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/-/g, ' ')
  .replace(/[^a-zA-Z0-9\s_$*+~.()'"!:@]/g, '').trim().replace(/\s+/g, '-').toLowerCase();
const routeOf = (stem) => {
  const path = stem.split('/').map((s) => slugify(refine(s))).join('/').replace(/\/+$/, '');
  return path.startsWith('/') ? path : `/${path}`;
};
const ROUTE = /^(?:\/|(?:\/[^/\s]+)+)$/;

const engines = { yaml: (text) => yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA }) };
let files = 0;
let bad = 0;
let problems = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: false })) {
  if (!entry.endsWith('.md')) continue;
  const file = join(root, entry);
  const rel = relative(root, file).split(sep).join('/');
  files++;
  const messages = [];
  try {
    const { data } = matter(readFileSync(file, 'utf8'), { engines });
    const result = page.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) messages.push(`${issue.path.join('.')}: ${issue.message}`);
    }
    const stem = rel.slice(0, -'.md'.length);
    const route = routeOf(stem);
    if (!ROUTE.test(route)) messages.push(`path: '${route}' is not a route`);
    if (typeof data.path === 'string' && data.path !== route) messages.push(`path: '${data.path}' but stem '${stem}' gives '${route}'`);
  } catch (e) {
    messages.push(`frontmatter: ${e.message.split('\n')[0]}`);
  }
  if (messages.length > 0) {
    bad++;
    problems += messages.length;
    for (const m of messages) console.error(`${rel}: ${m}`);
  }
}
console.error(`${files} files, ${bad} with errors, ${problems} problems`);
process.exit(bad > 0 ? 1 : 0);

// Records, for each nuxt.config file given, the routes it declares that a site serves besides
// its content pages, read from the syntax tree Babel's TypeScript parser makes of the file:
//
// - every object property named routeRules (or a variable of that name) whose value is an
//   object: each rule whose value is an object with a `redirect` or `proxy` property, and each
//   rule without a `*` in its route whose `prerender` is `true`;
// - every object property named prerender whose value is an object: the strings of its
//   `routes` array (nitro.prerender.routes).
//
// What the file makes by code is listed as unread, at its line and column (1-based, UTF-16 code
// units): a spread (`...rules`), a computed key (`[route]: ...`), a rule or a routes list that is
// not written out (`'/x': rule`, `routes: list`), an element of routes that is not a string.
// A shorthand `routeRules` property names the variable, read where it is declared.
//
// Usage: node record-routes.mjs <out.json> <repository root> <file> [<file> ...]
// each file named by its path from the repository root, as the record names it. The committed
// record: npm ci, then
//   node record-routes.mjs ../resources/nuxt-config/expected.json ../../../.. $(cd ../../../.. && ls qa-io/src/test/resources/nuxt-config/*.ts testdata/realworld/*/nuxt.config.ts testdata/realworld/*/docs/nuxt.config.ts)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';

function unwrap(node) {
  while (node && ['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression',
    'TSTypeAssertion'].includes(node.type)) {
    node = node.expression;
  }
  return node;
}

function keyName(prop) {
  if (prop.computed) return null;
  const k = prop.key;
  if (k.type === 'Identifier') return k.name;
  if (k.type === 'StringLiteral') return k.value;
  if (k.type === 'NumericLiteral') return String(k.value);
  return null;
}

function at(node) {
  return { line: node.loc.start.line, column: node.loc.start.column + 1 };
}

function record(text) {
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript'], createParenthesizedExpressions: true });
  const routes = [];
  const unread = [];
  const add = (r) => { if (!routes.includes(r)) routes.push(r); };
  const events = [];

  function rules(obj) {
    for (const p of obj.properties) {
      if (p.type === 'SpreadElement') { events.push([p, 'spread']); continue; }
      if (p.type === 'ObjectMethod') { events.push([p, 'value']); continue; }
      if (p.computed) { events.push([p, 'computed']); continue; }
      const route = keyName(p);
      const v = unwrap(p.value);
      if (!v || v.type !== 'ObjectExpression') { events.push([p.value, 'value']); continue; }
      let served = false;
      let spread = false;
      for (const q of v.properties) {
        if (q.type === 'SpreadElement') { spread = true; continue; }
        const n = keyName(q);
        if (n === 'redirect' || n === 'proxy') served = true;
        if (n === 'prerender' && q.type === 'ObjectProperty' && unwrap(q.value).type === 'BooleanLiteral'
            && unwrap(q.value).value === true && !route.includes('*')) served = true;
      }
      if (served) events.push([p, 'route', route]);
      else if (spread) events.push([p.value, 'value']);
    }
  }

  function prerender(obj) {
    for (const p of obj.properties) {
      if (p.type !== 'ObjectProperty' || keyName(p) !== 'routes') continue;
      const v = unwrap(p.value);
      if (v.type !== 'ArrayExpression') { events.push([p.value, 'value']); continue; }
      for (const e of v.elements) {
        if (e === null) continue;
        const u = unwrap(e);
        if (u.type === 'StringLiteral') events.push([e, 'route', u.value]);
        else if (u.type === 'TemplateLiteral' && u.expressions.length === 0) events.push([e, 'route', u.quasis[0].value.cooked]);
        else events.push([e, e.type === 'SpreadElement' ? 'spread' : 'element']);
      }
    }
  }

  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ObjectProperty' && !node.computed) {
      const name = keyName(node);
      const v = unwrap(node.value);
      if (name === 'routeRules' && !(node.shorthand && v.type === 'Identifier')) {
        if (v.type === 'ObjectExpression') rules(v); else events.push([node.value, 'value']);
      }
      if (name === 'prerender' && v.type === 'ObjectExpression') prerender(v);
    }
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === 'routeRules' && node.init) {
      const v = unwrap(node.init);
      if (v.type === 'ObjectExpression') rules(v); else events.push([node.init, 'value']);
    }
    for (const key of Object.keys(node)) {
      if (['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments'].includes(key)) continue;
      const c = node[key];
      if (Array.isArray(c)) c.forEach(walk); else if (c && typeof c === 'object') walk(c);
    }
  })(ast.program);

  // in the order the file writes them
  events.sort((a, b) => a[0].start - b[0].start);
  for (const [node, kind, route] of events) {
    if (kind === 'route') add(route);
    else unread.push({ ...at(node), kind });
  }
  return { routes, unread };
}

const [out, root, ...inputs] = process.argv.slice(2);
const result = {};
for (const file of inputs) {
  result[file] = record(readFileSync(join(root, file), 'utf8'));
}
writeFileSync(out, JSON.stringify(result, null, 1) + '\n');

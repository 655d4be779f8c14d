// A configuration written to trip a scanner: what reads like route rules in comments, strings,
// templates and regular expressions is none; the real ones hide in nested objects.
// routeRules: { '/in-a-comment': { redirect: '/x' } }
import { defineNuxtConfig } from 'nuxt/config'

/* routeRules: {
  '/in-a-block-comment': { redirect: '/x' },
} */
const legacy = { redirect: '/new' }
const more = ['/from-a-variable']
const pattern = /routeRules: \{ '\/in-a-regex': \{ redirect: '\/x' \} \}/g
const quote = /'/ // a quote in a regular expression opens no string: '/after-a-regex': { redirect: '/x' }
const url = /https?:\/\/[^/]+/ // nor does a // in one open a comment
const klass = /[/'"`]/
const ratio = 10 / 2 / 1 // division, not a regular expression: '/not-a-route': { redirect: '/x' }
const text = "routeRules: { '/in-a-string': { redirect: '/x' } }"
const template = `routeRules: { '/in-a-template': { redirect: '${'/x'}' } } ${{ a: '}' }.a} {`
const routeRules = {
  '/declared': { proxy: 'https://example.com/**' },
  '/declared/**': { redirect: '/elsewhere/**' },
} as const

export default defineNuxtConfig({
  routeRules: {
    '/': { prerender: true },
    "/double-quoted": { redirect: { to: '/a', statusCode: 301 } },
    '/blog/**': { prerender: true },
    '/cached/**': { swr: 3600 },
    '/isr': { isr: 60, prerender: false },
    '/legacy': legacy,
    [`/computed`]: { redirect: '/x' },
    ...Object.fromEntries(['/a', '/b'].map(r => [r, { redirect: '/c' }])),
    '/spread-in-rule': { ...legacy },
    '/spread-and-redirect': { ...legacy, redirect: '/y' },
    '/a\'quote': { redirect: '/z' }, // an escaped quote
    '/with \\ backslash': { redirect: '/z' },
    '/unicode/caf\u00e9': { prerender: true },
    404: { redirect: '/' },
    '/nested': { headers: { redirect: 'not a rule of this route' } },
    '/satisfied': { redirect: '/s' } satisfies { redirect: string },
    '/parenthesised': ({ redirect: '/p' }),
    '/regex-in-rule': { headers: { x: /}{/.source }, redirect: '/r' },
    '/regex-with-quote': { headers: { x: /['"`]/.source, y: /\/\/'/.source }, proxy: '/q' },
    '/template-in-rule': { headers: { x: `}${'{'}` }, proxy: '/t' },
    '/division': { swr: 60 * 60 / 2, prerender: true },
  },
  $production: {
    routeRules: {
      '/production-only': { redirect: '/p' },
    },
  },
  nitro: {
    routeRules: {
      '/nitro': { proxy: '/n' },
    },
    prerender: {
      crawlLinks: true,
      routes: ['/sitemap.xml', `/rss.xml`, ...more, `/${'dynamic'}`, '/api/data.json'],
    },
  },
  hooks: {
    'pages:extend'(pages) {
      pages.push({ path: '/from-a-hook', file: '~/x.vue' })
    },
  },
  routeRulesLike: { '/not-route-rules': { redirect: '/x' } },
})

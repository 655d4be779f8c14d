// Records what Nuxt Content makes of numbers in frontmatter, as test vectors for the Markdown
// reader. Nuxt Content 3 parses a Markdown file with @nuxtjs/mdc, whose frontmatter step is
// remark-mdc's parseFrontMatter (the `yaml` package's parseDocument(...).toJSON(), then
// flat.unflatten). Run it where those packages are installed:
//
//   npm install --no-save remark-mdc@3.11.1     (brings yaml 2.x)
//   node generate.mjs > numbers.json
//
// Each vector: the scalar as written in YAML, the JavaScript type of the value read, String()
// of it (what the value reads as where a string is expected) and JSON.stringify() of it.
import { parseFrontMatter } from 'remark-mdc'
import { readFileSync } from 'node:fs'

const scalars = [
  '0', '-0', '42', '+12', '007', '2147483648', '-2147483649',
  '9007199254740991', '9007199254740993', '12345678901234567890', '-12345678901234567890',
  '123456789012345678901234567890', '1e21', '1e-7', '0.000001', '0.1', '1.0', '1.5', '-1.5e-10',
  '.5', '1.', '6.02e23', '1e400', '-1e400', '5e-324', '0x1F', '0o17', '0xFFFFFFFFFFFFFFFFFF',
  '.inf', '-.inf', '.nan', '1_000', '1e+5', '3.14159265358979323846',
]

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version
const versions = { 'remark-mdc': version('remark-mdc'), yaml: version('yaml') }
const vectors = scalars.map((yaml) => {
  const value = parseFrontMatter(`---\nn: ${yaml}\n---\n`).data.n
  return { yaml, type: typeof value, string: String(value), json: JSON.stringify(value) }
})
console.log(JSON.stringify({ generatedWith: versions, vectors }, null, 2))

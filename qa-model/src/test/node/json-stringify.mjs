// Writes what JavaScript's JSON.stringify makes of each input string, for JsonStringsNodeTest.
// Usage: node json-stringify.mjs INPUT OUTPUT
// INPUT has one string per line, each UTF-16 code unit as four hex digits (an empty line is the
// empty string), so that lone surrogates survive the trip. OUTPUT gets one line per input:
// JSON.stringify(s), a tab, and the script-safe form (JSON.stringify(s) with < > & U+2028 U+2029
// as \u escapes, lowercase hex), both in the same hex notation.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);

const decode = (hex) => {
  let s = '';
  for (let i = 0; i < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

const encode = (s) => {
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
};

const forScript = (json) =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

const lines = readFileSync(input, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out = lines.map((line) => {
  const json = JSON.stringify(decode(line));
  return encode(json) + '\t' + encode(forScript(json));
});
writeFileSync(output, out.join('\n') + '\n');
console.log(`${out.length} strings`);

// Turns one bench/run into one table: each qakit figure beside its references, the ratio, and
// the issue's target. Prints the table and writes it, with the conditions of the run, as
// Markdown. Called by bench/run; every option is required except --note.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const opt = {};
// Options come in pairs; a later one wins (bench/run --report-only appends a new --note).
for (let i = 2; i < process.argv.length; i += 2) opt[process.argv[i].replace(/^--/, '')] = process.argv[i + 1] ?? '';

const jmh = existsSync(opt.jmh) ? JSON.parse(readFileSync(opt.jmh, 'utf8')) : [];
const lines = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const node = Object.fromEntries(lines(opt.node).map((r) => [r.input, r]));
const processes = lines(opt.processes);
const fmt0 = (x, digits = 0) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : undefined; };

// Start-up: small runs against a bare JVM start measured interleaved in the same run; wall and CPU.
function startupRows() {
  const startup = lines(opt.startup);
  const sMed = (name, key) => median(startup.filter((r) => r.name === name).map((r) => r[key]));
  const hello = { wall: sMed('jvm-hello', 'seconds'), cpu: sMed('jvm-hello', 'cpu') };
  const times = (x, ref) => (x === undefined || !ref ? 'n/a' : `${fmt0(x / ref, 1)}×`);
  const row = (name, what, target) => {
    const wall = sMed(name, 'seconds');
    const cpu = sMed(name, 'cpu');
    const ok = startup.filter((r) => r.name === name).every((r) => r.exit === 0);
    return {
      what, qakit: wall === undefined ? 'not run' : `${fmt0(wall, 2)} s wall, ${fmt0(cpu, 2)} s CPU${ok ? '' : ' (a run failed)'}`,
      reference: 'a bare JVM start (`java -cp DIR Hello`)',
      refValue: hello.wall === undefined ? 'n/a' : `${fmt0(hello.wall, 2)} s wall, ${fmt0(hello.cpu, 2)} s CPU`,
      ratio: `${times(wall, hello.wall)} wall, ${times(cpu, hello.cpu)} CPU`,
      target: target ? '≤ 3× a bare JVM start' : '',
      verdict: !target ? '' : wall === undefined || !ok ? 'not measured' : wall / hello.wall <= 3 ? 'met' : 'MISSED',
    };
  };
  return [
    row('qa-validate-examples', '`./qa validate examples` (6 files), whole process, start-up archive when the JDK made it', true),
    row('qa-validate-examples-no-archive', '… `java -XX:TieredStopAtLevel=1 -jar qa.jar validate examples` (no archive)', false),
    row('qa-help', '`./qa --help`', false),
  ];
}

if (opt['startup-only'] === '1') {
  // bench/run --startup-only: the start-up rows alone, printed; RESULTS.md is left as it is.
  console.log(`start-up, median of ${opt.reps} interleaved rounds; load average ${opt.load}`);
  for (const r of startupRows()) console.log(`${r.what}\n    ${r.qakit} | ${r.reference}: ${r.refValue} | ${r.ratio}${r.target ? ` | target ${r.target}: ${r.verdict}` : ''}`);
  process.exit(0);
}

// Bytes and pages one operation of each payload input covers.
const size = (f) => statSync(join(opt.data, f)).size;
const corpusFiles = existsSync(join(opt.data, 'corpus')) ? readdirSync(join(opt.data, 'corpus')) : [];
const inputs = {
  seed: { bytes: size('seed._payload.json'), pages: 1, label: 'seed (17 KB)' },
  corpus: { bytes: corpusFiles.reduce((n, f) => n + size(join('corpus', f)), 0), pages: corpusFiles.length, label: `corpus (${corpusFiles.length} pages)` },
  '1mb': { bytes: size('payload-1mb._payload.json'), pages: 1, label: '1 MB page' },
  '10mb': { bytes: size('payload-10mb._payload.json'), pages: 1, label: '10 MB page' },
  tree: { bytes: 0, pages: 200, label: '200 pages of the 10 000-page tree' },
};

/** JMH score (ops/s) of a benchmark method for an input, with its error, or undefined. */
function score(method, input) {
  const r = jmh.find((b) => b.benchmark.endsWith(`.${method}`) && (b.params?.input ?? 'tree') === input);
  return r && { value: r.primaryMetric.score, error: r.primaryMetric.scoreError };
}

// What to compare. unit 'MB/s' converts ops/s with the input's bytes; 'pages/s' with its pages
// (benchmarks over a tree sample already count pages with @OperationsPerInvocation).
const comparisons = [
  {
    what: 'devalue decode → generic graph', unit: 'MB/s', method: 'DevalueDecodeBenchmark.decode', on: ['seed', 'corpus', '1mb', '10mb'],
    refs: [
      { label: 'raw Jackson streaming', method: 'JsonStreamingBenchmark.jacksonStreaming', target: 0.9, targetOn: ['seed', '10mb'] },
      { label: 'node devalue.parse', node: 'mbPerSec', target: 1.2, targetOn: ['seed', '10mb'] },
      { label: 'node UTF-8 decode + devalue.parse', node: 'mbPerSecWithDecode' },
    ],
  },
  {
    what: 'devalue decode from a String (the Nuxt reader\'s path)', unit: 'MB/s', method: 'DevalueDecodeBenchmark.decodeText', on: ['seed', '10mb'],
    refs: [{ label: 'devalue decode from bytes', method: 'DevalueDecodeBenchmark.decode' }],
  },
  {
    what: 'payload → records (PageData)', unit: 'MB/s', method: 'PayloadRecordsBenchmark.read', on: ['seed', 'corpus', '1mb', '10mb'],
    refs: [
      { label: 'node devalue.parse', node: 'mbPerSec', target: 1.0, targetOn: ['seed', 'corpus', '1mb', '10mb'] },
      { label: 'raw Jackson streaming', method: 'JsonStreamingBenchmark.jacksonStreaming' },
    ],
  },
  { what: 'Markdown file → records', unit: 'pages/s', method: 'MarkdownRecordsBenchmark.read', on: ['tree'], refs: [] },
  { what: 'validation of a page (records → problems)', unit: 'pages/s', method: 'ValidateBenchmark.validate', on: ['seed', 'corpus', 'tree'], refs: [] },
  {
    what: 'HTML rendering of a page (default: with JSON-LD)', unit: 'pages/s', method: 'RenderBenchmark.qakitHtml', on: ['seed', 'corpus', '1mb', 'tree'],
    refs: [{ label: 'commonmark-java alone, same answers', method: 'RenderBenchmark.commonmarkAlone', target: 1.15, targetOn: ['seed', 'corpus', '1mb', 'tree'], time: true }],
  },
  {
    what: 'HTML rendering of a page, no embedded JSON-LD', unit: 'pages/s', method: 'RenderBenchmark.qakitHtmlWithoutJsonLd', on: ['seed', 'corpus', '1mb', 'tree'],
    refs: [{ label: 'commonmark-java alone, same answers', method: 'RenderBenchmark.commonmarkAlone', target: 1.15, targetOn: [], time: true }],
  },
];

const fmt = (x, digits = 0) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const convert = (unit, input, ops) => (unit === 'MB/s' ? (ops * inputs[input].bytes) / 1e6 : ops * inputs[input].pages);

const rows = [];
for (const c of comparisons) {
  for (const input of c.on) {
    const s = score(c.method, input);
    const mine = s && convert(c.unit, input, s.value);
    const err = s && convert(c.unit, input, s.error);
    const base = { what: c.what, input: inputs[input].label, qakit: mine === undefined ? 'n/a' : `${fmt(mine)} ± ${fmt(err)} ${c.unit}` };
    if (c.refs.length === 0) {
      rows.push({ ...base, reference: '—', refValue: '', ratio: '', target: '', verdict: '' });
      continue;
    }
    for (const ref of c.refs) {
      let refValue;
      if (ref.method) {
        const r = score(ref.method, input);
        refValue = r && convert(c.unit, input, r.value);
      } else {
        refValue = node[input]?.[ref.node];
      }
      let ratio;
      if (mine !== undefined && refValue !== undefined) ratio = ref.time ? refValue / mine : mine / refValue;
      const targeted = ref.target !== undefined && ref.targetOn.includes(input);
      const met = ratio === undefined ? undefined : ref.time ? ratio <= ref.target : ratio >= ref.target;
      rows.push({
        ...base,
        reference: ref.label,
        refValue: refValue === undefined ? 'n/a' : `${fmt(refValue)} ${c.unit}`,
        ratio: ratio === undefined ? 'n/a' : ref.time ? `${fmt(ratio, 2)}× the time` : `${fmt(ratio, 2)}×`,
        target: targeted ? (ref.time ? `≤ ${ref.target}× the time` : `≥ ${ref.target}×`) : '',
        verdict: !targeted ? '' : met === undefined ? 'not measured' : met ? 'met' : 'MISSED',
      });
    }
  }
}

// Whole processes.
const runs = (name) => processes.filter((p) => p.name === name);
const defects = (pages) => {
  const f = join(opt.data, `tree-${pages}`, 'defects.txt');
  return existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean).length : undefined;
};
const qa10 = runs('qa-validate-10k');
const node10 = runs('node-validate-10k');
const qaMed = median(qa10.map((r) => r.seconds));
const nodeMed = median(node10.map((r) => r.seconds));
const speed = (mine, ref) => (!mine || !ref ? 'n/a' : mine <= ref ? `${fmt(ref / mine, 2)}× as fast` : `${fmt(ref / mine, 2)}× (node ${fmt(mine / ref, 1)}× faster)`);
const found = (rs) => (rs.length ? `${rs[0].filesWithErrors} files with errors (exit ${rs[0].exit})` : 'not run');
// A timing counts only when the run did the job: exit 1 and exactly the planted defective files.
const correct = (rs, pages) => rs.length > 0 && rs.every((r) => r.exit === 1 && r.filesWithErrors === defects(pages));
const processRows = [];
processRows.push({
  what: '`./qa validate` (the launcher, C1 only), 10 000-page tree, whole process', qakit: qaMed === undefined ? 'n/a' : `${fmt(qaMed, 2)} s (${fmt(10000 / qaMed)} pages/s); ${found(qa10)}`,
  reference: 'node gray-matter + zod', refValue: nodeMed === undefined ? 'n/a' : `${fmt(nodeMed, 2)} s; ${found(node10)}`,
  ratio: speed(qaMed, nodeMed), target: 'faster (> 1×)',
  verdict: !correct(qa10, 10000) ? 'MISSED (wrong result)' : !correct(node10, 10000) ? 'reference wrong'
    : qaMed < nodeMed ? 'met' : 'MISSED',
});
const tuned = runs('qa-validate-10k-tuned');
const tunedMed = median(tuned.map((r) => r.seconds));
processRows.push({
  what: '… `java -jar qa.jar validate` (default JIT)', qakit: tunedMed === undefined ? 'n/a' : `${fmt(tunedMed, 2)} s (${fmt(10000 / tunedMed)} pages/s); ${found(tuned)}`,
  reference: 'node gray-matter + zod', refValue: nodeMed === undefined ? 'n/a' : `${fmt(nodeMed, 2)} s`,
  ratio: speed(tunedMed, nodeMed), target: '', verdict: '',
});
const qa100 = runs('qa-validate-100k');
const rssFile = join(opt.jmh, '..', 'qa-validate-100k.rss');
const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
const oom = existsSync(join(opt.jmh, '..', 'qa-validate-100k.log')) && /OutOfMemoryError/.test(readFileSync(join(opt.jmh, '..', 'qa-validate-100k.log'), 'utf8'));
const expected100 = defects(100000);
const ok100 = !oom && correct(qa100, 100000);
processRows.push({
  what: '`qa validate -Xmx256m`, 100 000-page tree', qakit: qa100.length ? `${fmt(qa100[0].seconds, 1)} s (${fmt(100000 / qa100[0].seconds)} pages/s); ${found(qa100)}${rssMb ? `; peak RSS ${fmt(rssMb)} MB` : ''}${oom ? '; OutOfMemoryError' : ''}` : 'not run',
  reference: `the ${fmt(expected100)} planted defects`, refValue: '', ratio: '', target: 'completes in 256 MB, finds every defect',
  verdict: qa100.length ? (ok100 ? 'met' : 'MISSED') : 'not measured',
});
const d10 = defects(10000);

startupRows().forEach((r) => processRows.push(r));

// The text table.
const header = ['benchmark', 'input', 'qakit', 'reference', 'reference figure', 'ratio', 'target', ''];
const body = [
  ...rows.map((r) => [r.what, r.input, r.qakit, r.reference, r.refValue, r.ratio, r.target, r.verdict]),
  ...processRows.map((r) => [r.what, '', r.qakit, r.reference, r.refValue, r.ratio, r.target, r.verdict]),
];
const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of body) console.log(line(row));

// RESULTS.md
const quick = opt.quick === '1';
const esc = (s) => String(s).replace(/\|/g, '\\|');
const md = [];
md.push('# Benchmark results', '');
md.push(`Written by \`bench/run\` on ${new Date().toISOString().slice(0, 10)}. Regenerate with \`bench/run\`; how to read it: [README.md](README.md).`, '');
if (quick) md.push('> **Smoke run (`--quick`)**: one fork, one-second iterations. These figures check the pipeline and are not worth comparing.', '');
md.push('| | |', '|---|---|');
md.push(`| JDK | ${esc(opt.java)} |`);
md.push(`| node | ${esc(opt['node-version'])} |`);
md.push(`| machine | ${esc(opt.cores)} cores, ${esc(opt.cpu)}, ${esc(opt.memory)} |`);
md.push(`| load average (1/5/15 min) at start → end | ${esc(opt.load)} |`);
md.push(`| JMH | \`${esc(opt['jmh-settings'])}\` (forks, warm-up iterations × time, measurement iterations × time), throughput mode, \`-Xms2g -Xmx2g\`, one thread |`);
md.push(`| node devalue.parse | \`${esc(opt['node-settings'])}\` (seconds of warm-up, timed rounds × seconds), one process for all inputs |`);
md.push(`| whole processes | 1 untimed run, then the median of ${esc(opt.reps)} timed runs (10 000 pages); one run for 100 000 pages; start-up: 1 untimed round, then the median of ${esc(opt.reps)} interleaved rounds, CPU = user + system time |`);
if (opt.note) md.push(`| note | ${esc(opt.note)} |`);
md.push('');
md.push('| benchmark | input | qakit | reference | reference figure | ratio | target | |', '|---|---|---|---|---|---|---|---|');
for (const row of body) md.push(`| ${row.map(esc).join(' | ')} |`);
md.push('');
md.push('Inputs: `seed` is the FastAPI "Async Basics" `_payload.json`; `corpus` five payloads of a real Nuxt 4 site, one operation reading all five; '
  + `\`1 MB\` / \`10 MB\` one synthetic question page (${fmt(inputs['1mb'].bytes)} and ${fmt(inputs['10mb'].bytes)} bytes) encoded with devalue as Nuxt writes it; `
  + `the trees are synthetic Nuxt Content sources (${d10 === undefined ? '?' : d10} planted defects in 10 000 pages, ${expected100 === undefined ? '?' : expected100} in 100 000). `
  + 'MB/s counts payload bytes (10^6). "± x" is JMH\'s 99.9 % confidence half-width. The node columns come from the same files in the same run.');
if (opt.encoding && existsSync(opt.encoding)) {
  md.push('', 'Encoding check (the synthetic payloads are written by `devalue.stringify`; qakit\'s encoder writes the same value beside them):', '');
  for (const l of readFileSync(opt.encoding, 'utf8').split('\n').filter(Boolean)) md.push(`- ${l}`);
}
md.push('');
writeFileSync(opt.out, md.join('\n'));
console.error(`wrote ${opt.out}`);

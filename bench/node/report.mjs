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
  {
    what: 'Markdown file → records', unit: 'pages/s', method: 'MarkdownRecordsBenchmark.read', on: ['tree'],
    refs: [{ label: 'every frontmatter composed by snakeyaml-engine', method: 'MarkdownRecordsBenchmark.readComposingYaml' }],
  },
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

// Whole processes: medians of interleaved runs; wall, CPU (user + system) and peak RSS.
const runs = (name) => processes.filter((p) => p.name === name);
const defects = (pages) => {
  const f = join(opt.data, `tree-${pages}`, 'defects.txt');
  return existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean).length : undefined;
};
const med = (rs, key) => median(rs.map((r) => r[key]));
const stats = (rs) => (rs.length === 0 ? undefined
  : { wall: med(rs, 'seconds'), cpu: med(rs, 'cpu'), rss: med(rs, 'rssKb') / 1024, rssMax: Math.max(...rs.map((r) => r.rssKb)) / 1024 });
const figures = (s) => (s === undefined ? 'not run' : `${fmt(s.wall, 2)} s wall, ${fmt(s.cpu, 2)} s CPU, ${fmt(s.rss)} MB peak RSS`);
const found = (rs) => (rs.length ? `${rs[0].filesWithErrors} files with errors (exit ${rs[0].exit})` : 'not run');
const digests = (rs) => [...new Set(rs.map((r) => r.digest))];
const reportOf = (rs) => (digests(rs).length === 1 ? `report ${digests(rs)[0]}` : `${digests(rs).length} different reports`);
// A timing counts only when the run did the job: exit 1, exactly the planted defective files, and
// the same report every time.
const correct = (rs, pages) => rs.length > 0 && rs.every((r) => r.exit === 1 && r.filesWithErrors === defects(pages)) && digests(rs).length === 1;
const ratio = (mine, ref) => (mine === undefined || !ref ? undefined : mine / ref);
const verdictOf = (ok, refOk, r, met) => (!ok ? 'MISSED (wrong result)' : !refOk ? 'reference wrong' : r === undefined ? 'not measured' : met(r) ? 'met' : 'MISSED');
const processRows = [];
const qa10 = runs('qa-validate-10k');
const node10 = runs('node-validate-10k');
const qaS = stats(qa10);
const nodeS = stats(node10);
const qaOk = correct(qa10, 10000);
const nodeOk = correct(node10, 10000);
const d10 = defects(10000);
processRows.push({
  what: '`./qa validate` (the launcher, C1 only), 10 000-page tree, whole process', qakit: `${figures(qaS)}; ${found(qa10)}, ${reportOf(qa10)}`,
  reference: 'node gray-matter + zod', refValue: `${figures(nodeS)}; ${found(node10)}`, ratio: '', target: `finds the ${d10 ?? '?'} planted defects, the same report every run`,
  verdict: qa10.length === 0 ? 'not measured' : qaOk ? 'met' : 'MISSED',
});
for (const [key, label, target] of [['wall', 'wall time', 0.5], ['cpu', 'CPU time (user + system)', 1.0], ['rss', 'peak RSS', 1.0]]) {
  const r = ratio(qaS?.[key], nodeS?.[key]);
  processRows.push({
    what: `… ${label}`, qakit: qaS === undefined ? 'n/a' : key === 'rss' ? `${fmt(qaS.rss)} MB` : `${fmt(qaS[key], 2)} s`,
    reference: 'node gray-matter + zod', refValue: nodeS === undefined ? 'n/a' : key === 'rss' ? `${fmt(nodeS.rss)} MB` : `${fmt(nodeS[key], 2)} s`,
    ratio: r === undefined ? 'n/a' : `${fmt(r, 2)}× node`, target: `≤ ${fmt(target, 1)}× node`,
    verdict: verdictOf(qaOk, nodeOk, r, (x) => x <= target),
  });
}
const tuned = runs('qa-validate-10k-tuned');
const tunedS = stats(tuned);
processRows.push({
  what: '… `java -jar qa.jar validate` (default JIT)', qakit: `${figures(tunedS)}; ${found(tuned)}, ${reportOf(tuned)}`,
  reference: 'node gray-matter + zod', refValue: nodeS === undefined ? 'n/a' : `${fmt(nodeS.wall, 2)} s wall, ${fmt(nodeS.cpu, 2)} s CPU`,
  ratio: tunedS && nodeS ? `${fmt(tunedS.wall / nodeS.wall, 2)}× wall, ${fmt(tunedS.cpu / nodeS.cpu, 2)}× CPU` : 'n/a', target: '', verdict: '',
});

// The result cache: the second run over an unchanged tree against the first (which fills the
// cache); both must print the report of the run without cache.
const cacheFirst = runs('qa-validate-10k-cache-first');
const cacheSecond = runs('qa-validate-10k-cache-second');
const cacheFirstS = stats(cacheFirst);
const cacheSecondS = stats(cacheSecond);
const sameReport = qa10.length > 0 && cacheFirst.length > 0 && cacheSecond.length > 0
  && digests([...qa10, ...cacheFirst, ...cacheSecond]).length === 1;
const cacheOk = sameReport && correct(cacheFirst, 10000) && correct(cacheSecond, 10000);
for (const [key, label] of [['wall', 'wall time'], ['cpu', 'CPU time']]) {
  const r = ratio(cacheFirstS?.[key], cacheSecondS?.[key]);
  processRows.push({
    what: `\`qa validate --cache\`, 10 000-page tree: second run over the unchanged tree, ${label}`,
    qakit: cacheSecondS === undefined ? 'not run' : `${fmt(cacheSecondS[key], 2)} s; ${sameReport ? 'the report of a run without cache' : 'a DIFFERENT report'}`,
    reference: 'the first run (empty cache)', refValue: cacheFirstS === undefined ? 'not run' : `${fmt(cacheFirstS[key], 2)} s`,
    ratio: r === undefined ? 'n/a' : `${fmt(r, 1)}× faster`, target: key === 'wall' ? '≥ 5× faster, identical report' : '',
    verdict: key !== 'wall' ? '' : !cacheOk ? 'MISSED (wrong result)' : r === undefined ? 'not measured' : r >= 5 ? 'met' : 'MISSED',
  });
}

// Reading a generated site: qa validate against node htmlparser2 + devalue.parse; qa inspect's
// count (one run) shows that every question was read.
const siteQuestions = existsSync(join(opt.data, 'site-10000', 'questions.txt'))
  ? Number(readFileSync(join(opt.data, 'site-10000', 'questions.txt'), 'utf8').trim()) : undefined;
const qaSite = runs('qa-validate-site-10k');
const nodeSite = runs('node-read-site-10k');
const qaSiteS = stats(qaSite);
const nodeSiteS = stats(nodeSite);
const logHas = (name, pattern) => existsSync(join(opt.results, `${name}.log`)) && pattern.test(readFileSync(join(opt.results, `${name}.log`), 'utf8'));
// qa inspect's summary: "N files or routes, N question pages, N questions (…)"; qa validate's
// last line: "0 errors, N warnings in N of 10000 files"
const inspected = logHas('qa-inspect-site-10k', new RegExp(`^10000 files or routes, 10000 question pages, ${siteQuestions} questions`, 'm'));
const qaSiteOk = inspected && qaSite.length > 0 && qaSite.every((r) => r.exit === 0 && / of 10000 files\s*$/.test(r.last)) && digests(qaSite).length === 1;
const nodeSiteOk = nodeSite.length > 0 && nodeSite.every((r) => r.exit === 0) && digests(nodeSite).length === 1
  && logHas('node-read-site-10k', new RegExp(`10000 routes, 10000 question pages, ${siteQuestions} questions`));
const throughput = qaSiteS && nodeSiteS ? nodeSiteS.wall / qaSiteS.wall : undefined;
processRows.push({
  what: '`./qa validate`, generated site of 10 000 routes (prerendered HTML + `_payload.json`) → records, checked, whole process',
  qakit: `${figures(qaSiteS)}${qaSiteS ? ` (${fmt(10000 / qaSiteS.wall)} routes/s)` : ''}${qaSiteOk ? `; all ${fmt(siteQuestions)} questions read (\`qa inspect\`)` : '; WRONG RESULT'}`,
  reference: 'node: htmlparser2 takes the `__NUXT_DATA__` text, devalue.parse it and the `_payload.json`',
  refValue: `${figures(nodeSiteS)}${nodeSiteS ? ` (${fmt(10000 / nodeSiteS.wall)} routes/s)` : ''}${nodeSiteOk ? `; all ${fmt(siteQuestions)} questions read` : '; WRONG RESULT'}`,
  ratio: throughput === undefined ? 'n/a' : `${fmt(throughput, 2)}× node's throughput (CPU ${fmt(qaSiteS.cpu / nodeSiteS.cpu, 2)}× node's)`,
  target: '≥ 1.5× node\'s throughput', verdict: verdictOf(qaSiteOk, nodeSiteOk, throughput, (x) => x >= 1.5),
});

// Scaling: 10 000 and 100 000 pages in a 256 MB heap; the heap after each collection from the
// collector's log; a run over 10^6 pages projected from the two.
const afterGc = (pages) => {
  const f = join(opt.results, `qa-validate-${pages}-256m.gc.log`);
  if (!existsSync(f)) return undefined;
  const units = { K: 1 / 1024, M: 1, G: 1024 };
  const after = [...readFileSync(f, 'utf8').matchAll(/(\d+)([KMG])->(\d+)([KMG])\(\d+[KMG]\)/g)].map((m) => Number(m[3]) * units[m[4]]);
  return after.length ? Math.max(...after) : undefined;
};
// What a run keeps: the heap in use after full collections once every file is read and
// checked (dev.qakit.bench.LiveSet), above the heap in use before the run.
const liveSet = (pages) => {
  const f = join(opt.results, `liveset-${pages}.txt`);
  if (!existsSync(f)) return undefined;
  const m = /pages=(\d+) planned=(\d+) held=(\d+) result=(\d+)/.exec(readFileSync(f, 'utf8'));
  return m ? { pages: Number(m[1]), planned: Number(m[2]), held: Number(m[3]), result: Number(m[4]) } : undefined;
};
const MB = 1024 * 1024;
const scale = {};
for (const pages of [10000, 100000]) {
  const rs = runs(`qa-validate-${pages}-256m`);
  const log = join(opt.results, `qa-validate-${pages}-256m.log`);
  const oom = existsSync(log) && /OutOfMemoryError/.test(readFileSync(log, 'utf8'));
  scale[pages] = rs.length === 0 ? undefined
    : { seconds: rs[0].seconds, cpu: rs[0].cpu, rss: rs[0].rssKb / 1024, heap: afterGc(pages), live: liveSet(pages), ok: !oom && correct(rs, pages), rs };
}
for (const pages of [10000, 100000]) {
  const s = scale[pages];
  const live = s?.live;
  processRows.push({
    what: `\`java -Xmx256m -jar qa.jar validate\`, ${fmt(pages)}-page tree`,
    qakit: s === undefined ? 'not run' : `${fmt(s.seconds, 1)} s (${fmt(pages / s.seconds)} pages/s), ${fmt(s.cpu, 1)} s CPU; ${found(s.rs)}; peak RSS ${fmt(s.rss)} MB; largest heap after a collection ${s.heap === undefined ? 'n/a' : `${fmt(s.heap)} MB`}`
      + (live ? `; live set with every file checked ${fmt(live.held / MB, 1)} MB (${fmt(live.held / live.pages)} bytes per page, the plan ${fmt(live.planned / live.pages)}), after the run ${fmt(live.result / MB, 1)} MB` : ''),
    reference: `the ${fmt(defects(pages))} planted defects`, refValue: '', ratio: '',
    target: pages === 100000 ? 'completes in 256 MB, finds every defect' : '',
    verdict: pages !== 100000 ? '' : s === undefined ? 'not measured' : s.ok ? 'met' : 'MISSED',
  });
}
let projection;
if (scale[10000] && scale[100000] && scale[10000].live && scale[100000].live) {
  const [a, b] = [scale[10000], scale[100000]];
  const perPage = (b.live.held - a.live.held) / 90000;
  const secondsPerPage = (b.seconds - a.seconds) / 90000;
  const seconds = b.seconds + secondsPerPage * 900000;
  const heap = (b.live.held + perPage * 900000) / MB;
  const pagesIn256 = Math.floor(b.live.pages + (256 * MB - b.live.held) / perPage);
  projection = { perPage, seconds, heap, pagesPerSecond: 1 / secondsPerPage, pagesIn256 };
  processRows.push({
    what: '… projected to 10^6 pages (linear through the 10 000- and 100 000-page runs)',
    qakit: `${fmt(seconds / 60, 1)} min (${fmt(1 / secondsPerPage)} pages/s past the first 10 000); ${fmt(Math.max(perPage, 0))} bytes kept per page → a live set of ${fmt(heap)} MB; 256 MB holds about ${fmt(pagesIn256)} pages`,
    reference: '', refValue: '', ratio: '', target: 'fits in 256 MB', verdict: heap <= 256 ? 'met (projected)' : 'MISSED (projected)',
  });
}
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
md.push(`| whole processes | 1 untimed round, then the median of ${esc(opt.reps)} interleaved rounds (node, \`./qa\`, \`java -jar\` in turn); CPU = user + system time, peak RSS = the process's maximum resident set (getrusage, via ${opt.rusage === 'gnu' ? 'GNU time' : 'python3 os.wait4'}); one run each for the 256 MB scaling rows; start-up likewise interleaved with a bare JVM |`);
if (opt.note) md.push(`| note | ${esc(opt.note)} |`);
md.push('');
md.push('| benchmark | input | qakit | reference | reference figure | ratio | target | |', '|---|---|---|---|---|---|---|---|');
for (const row of body) md.push(`| ${row.map(esc).join(' | ')} |`);
md.push('');
md.push('Inputs: `seed` is the FastAPI "Async Basics" `_payload.json`; `corpus` five payloads of a real Nuxt 4 site, one operation reading all five; '
  + `\`1 MB\` / \`10 MB\` one synthetic question page (${fmt(inputs['1mb'].bytes)} and ${fmt(inputs['10mb'].bytes)} bytes) encoded with devalue as Nuxt writes it; `
  + `the trees are synthetic Nuxt Content sources (${d10 === undefined ? '?' : d10} planted defects in 10 000 pages, ${defects(100000) ?? '?'} in 100 000); `
  + `the site is ${fmt(10000)} routes of the same generator's pages written as \`nuxt generate\` writes them with payload extraction (a prerendered \`index.html\` whose \`__NUXT_DATA__\` names the route's \`_payload.json\`; ${siteQuestions === undefined ? '?' : fmt(siteQuestions)} questions). `
  + 'MB/s counts payload bytes (10^6). "± x" is JMH\'s 99.9 % confidence half-width. The node columns come from the same files in the same run.');
if (opt.encoding && existsSync(opt.encoding)) {
  md.push('', 'Encoding check (the synthetic payloads are written by `devalue.stringify`; qakit\'s encoder writes the same value beside them):', '');
  for (const l of readFileSync(opt.encoding, 'utf8').split('\n').filter(Boolean)) md.push(`- ${l}`);
}
md.push('');
writeFileSync(opt.out, md.join('\n'));
console.error(`wrote ${opt.out}`);

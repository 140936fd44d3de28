// What a dataset release costs to build in its one-shot child process (src/engine/release-process.ts),
// built from the service's files and read through the SPARQL store of SPARQL_BACKEND, side by side
// in one run: wall time of the child and its peak resident memory (getrusage maxRSS), ROUNDS
// alternating builds each (default 3; medians printed). Figures: README "Scaling out", "/release
// in front of a store". Usage:
//   SPARQL_BACKEND=http://127.0.0.1:8890/sparql npx tsx scripts/release/measure-release.ts [ROUNDS] [--store-only]
import { buildReleaseInChild, type ReleaseCost, type ReleaseJob } from '../../src/engine/release-process.js';

const rounds = Number(process.argv[2] ?? 3);
const storeOnly = process.argv.includes('--store-only');
if (!process.env.SPARQL_BACKEND) throw new Error('set SPARQL_BACKEND to the store to read the release from');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Measured = ReleaseCost & { triples: number; bytes: number };

/** One build; `bytes` is what the release's files weigh, all of which the HTTP process keeps. */
async function once(job: ReleaseJob): Promise<Measured> {
  let cost: ReleaseCost | undefined;
  const release = await buildReleaseInChild(job, (c) => (cost = c));
  return { ...cost!, triples: release.triples, bytes: release.files.reduce((n, f) => n + f.content.length, 0) };
}

const jobs: [string, ReleaseJob][] = storeOnly ? [['store', { fromStore: true }]] : [['files', {}], ['store', { fromStore: true }]];
// The child is unref'd (a build never keeps a stopping server alive): keep this process up meanwhile.
const alive = setInterval(() => undefined, 1000);
const seen = new Map<string, Measured[]>();
for (let i = 0; i < rounds; i++) {
  for (const [name, job] of jobs) {
    const cost = await once(job);
    seen.set(name, [...(seen.get(name) ?? []), cost]);
    console.error(`${name} round ${i + 1}: ${cost.ms} ms, ${Math.round(cost.maxRssKb / 1024)} MB peak RSS, ${cost.triples} triples, files ${(cost.bytes / 1e6).toFixed(1)} MB`);
  }
}
for (const [name, costs] of seen) {
  console.log(
    `${name.padEnd(6)} ${String(costs[0]!.triples).padStart(9)} triples  median ${median(costs.map((c) => c.ms))} ms  ` +
      `peak RSS median ${Math.round(median(costs.map((c) => c.maxRssKb)) / 1024)} MB  files ${(costs[0]!.bytes / 1e6).toFixed(1)} MB  (${costs.length} builds)`,
  );
}
clearInterval(alive);

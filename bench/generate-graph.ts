// Writes a synthetic graph of the project's shape — persons with English and Chinese labels,
// reprisal acts with type, victim, perpetrator, dates and a quoted source passage — as
// N-Triples, to measure load time and memory at scale. Usage: generate-graph.ts <triples> <file>
import { createWriteStream } from 'node:fs';
import { NS, OA, RDF_TYPE, RDFS_LABEL, REP } from '../src/vocab.js';

export async function generateGraph(triples: number, file: string): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  const iri = (s: string) => `<${s}>`;
  const emit = (s: string, p: string, o: string) => {
    written++;
    return out.write(`${s} ${iri(p)} ${o} .\n`);
  };
  const lit = (v: string, lang?: string) => `${JSON.stringify(v)}${lang ? `@${lang}` : ''}`;
  const date = (v: string) => `"${v}"^^<${NS.xsd('date')}>`;
  const persons = Math.max(10, Math.floor(triples / 60));
  const organs = 50;
  for (let i = 0; written < triples; i++) {
    const person = iri(NS.id(`person/p${i % persons}`));
    if (i < persons) {
      emit(person, RDF_TYPE, iri(REP.Person));
      emit(person, RDFS_LABEL, lit(`Person ${i}`, 'en'));
      emit(person, RDFS_LABEL, lit(`人 ${i}`, 'zh'));
    }
    const act = iri(NS.id(`act/a${i}`));
    const passage = iri(NS.id(`passage/s${i}`));
    const year = 2008 + (i % 11);
    emit(act, RDF_TYPE, iri(REP.ReprisalAct));
    emit(act, REP.actType, iri(NS.acttype(['detention', 'travel-ban', 'harassment', 'disappearance'][i % 4]!)));
    emit(act, REP.victim, person);
    emit(act, REP.perpetrator, iri(NS.id(`organ/o${i % organs}`)));
    emit(act, REP.earliestDate, date(`${year}-0${1 + (i % 9)}-1${i % 10}`));
    emit(act, REP.latestDate, date(`${year}-0${1 + (i % 9)}-2${i % 10}`));
    emit(act, REP.source, passage);
    emit(passage, OA.exact, lit(`Person ${i % persons} was detained in ${year} after contact with the UN.`));
    if (!emit(passage, RDF_TYPE, iri(REP.SourcePassage))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return written;
}

if (process.argv[1]?.endsWith('generate-graph.ts')) {
  const n = await generateGraph(Number(process.argv[2] ?? 1_000_000), process.argv[3] ?? '/tmp/graph.nt');
  console.log(n);
}

// Loading RDF into Virtuoso with its own bulk loader (ld_add + rdf_loader_run, then a checkpoint),
// driven through `isql-vt` (Debian virtuoso-opensource). Files must sit under a folder in the
// server's DirsAllowed (deploy/virtuoso/virtuoso.ini: $VIRTUOSO_DIR/load). N-Quads keep their
// named graphs; N-Triples and Turtle go to the graph given with the file. Cost: Virtuoso parses
// about 100–300k triples/s per core; the isql round trips add ~0.2 s.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface IsqlTarget {
  /** host:port of Virtuoso's SQL listener (default 127.0.0.1:18611). */
  readonly address: string;
  readonly user: string;
  readonly password: string;
}

export function isqlTargetFromEnv(env: NodeJS.ProcessEnv = process.env): IsqlTarget {
  return {
    address: env.VIRTUOSO_ISQL ?? `127.0.0.1:${env.VIRTUOSO_ISQL_PORT ?? 18611}`,
    user: env.VIRTUOSO_USER ?? 'dba',
    password: env.VIRTUOSO_PASSWORD ?? 'dba',
  };
}

export interface LoadFile {
  /** Absolute path inside a DirsAllowed folder. */
  readonly path: string;
  /** Target graph for triples (ignored for N-Quads, whose lines name their graph). */
  readonly graph: string;
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Runs SQL statements through isql-vt; rejects with Virtuoso's error text on `*** Error`. */
export async function isql(target: IsqlTarget, statements: readonly string[]): Promise<string> {
  const script = statements.map((s) => (s.trim().endsWith(';') ? s : `${s};`)).join('\n');
  const { stdout, stderr } = await run('isql-vt', [target.address, target.user, target.password, `exec=${script}`], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`isql-vt failed: ${(error.stderr || error.stdout || error.message).trim().slice(0, 500)}`);
  });
  const out = `${stdout}${stderr}`;
  const failure = /\*\*\* Error[^\n]*\n?[^\n]*/.exec(out);
  if (failure) throw new Error(`Virtuoso: ${failure[0].replace(/\s+/g, ' ').trim()}`);
  return out;
}

/**
 * Empties `clearGraphs`, registers the files with the bulk loader, runs it and checkpoints.
 * Rejects when Virtuoso reports a file it could not load (with its error).
 */
export async function bulkLoad(target: IsqlTarget, files: readonly LoadFile[], clearGraphs: readonly string[]): Promise<void> {
  const statements = [
    'log_enable(3, 1)',
    ...clearGraphs.map((g) => `SPARQL CLEAR GRAPH <${g}>`),
    ...files.map((f) => `DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file = ${sqlString(f.path)}`),
    ...files.map((f) => `ld_add(${sqlString(f.path)}, ${sqlString(f.graph)})`),
    'rdf_loader_run()',
    'checkpoint',
  ];
  await isql(target, statements);
  const errors = await isql(target, [
    `SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL AND ll_file IN (${files.map((f) => sqlString(f.path)).join(', ')})`,
  ]);
  if (/\b0 Rows\./.test(errors) === false && /Rows\./.test(errors)) {
    throw new Error(`Virtuoso could not load every file:\n${errors.split('\n').filter((l) => l.includes('/')).join('\n')}`);
  }
}

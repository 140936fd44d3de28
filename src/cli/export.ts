// `kg export [--out DIR] [--issued YYYY-MM-DD] [--data <file|dir>]...`: builds the dataset
// release (RDF dumps, CSV tables, datapackage.json, codebook, VoID/DCAT, schema.org, citation,
// checksums) and writes it to DIR (default dist/). Same input, same bytes.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.js';
import { buildRelease, InvalidReleaseError } from '../domain/export/build-release.js';
import { UnsafeOutputDirError, writeRelease } from '../domain/export/write-release.js';
import type { CommandResult } from './command.js';
import { graphFilesFor } from './data-option.js';
import { EXIT, UsageError } from './errors.js';

export async function exportCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, issued: { type: 'string' }, data: { type: 'string', multiple: true } },
    strict: true,
  });
  if (values.issued !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.issued)) {
    throw new UsageError(`--issued must be a date YYYY-MM-DD, not "${values.issued}"`);
  }
  const out = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'dist'));
  try {
    const release = await buildRelease({ graphFiles: graphFilesFor(values.data), issued: values.issued });
    writeRelease(release, out);
    const lines = release.files.map((f) => `${String(f.content.length).padStart(9)}  ${f.path}`);
    return {
      output: [`release ${release.info.version} (${release.info.issued}), ${release.triples} triples → ${out}`, ...lines].join('\n'),
      exitCode: EXIT.ok,
    };
  } catch (error) {
    if (error instanceof UnsafeOutputDirError) throw new UsageError(error.message);
    if (error instanceof InvalidReleaseError) return { output: error.message, exitCode: EXIT.invalid };
    throw error;
  }
}

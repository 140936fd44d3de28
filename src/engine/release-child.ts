// One-shot child process that builds the dataset release (buildRelease: canonicalisation,
// JSON-LD, RDF/XML, tables, checksums — seconds of CPU and ~100 MB of transient memory), sends
// it to its parent (release-process.ts) and exits, so that the memory goes back to the system
// instead of staying in the long-running HTTP process.
import { buildRelease, type BuildOptions } from '../domain/export/build-release.js';

if (!process.send) throw new Error('release-child must be started with child_process.fork');
process.on('disconnect', () => process.exit(0));

const options = JSON.parse(process.env.RELEASE_BUILD_OPTIONS ?? '{}') as BuildOptions;
try {
  const release = await buildRelease(options);
  process.send({ ok: true, release }, () => process.exit(0));
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.send({ ok: false, message }, () => process.exit(1));
}

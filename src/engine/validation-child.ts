// One-shot child process that validates the graph against ontology/shapes.ttl (validateGraph)
// and sends the ValidationReport to its parent, then exits. The server runs validation here
// rather than in its own process because the SHACL engine and its dataset leave ~150 MB of
// resident memory behind that a long-running process never gives back; this process returns it
// to the system when it exits.
import { validateGraph } from '../domain/validate.js';

if (!process.send) throw new Error('validation-child must be started with child_process.fork');
process.on('disconnect', () => process.exit(0));

try {
  const report = await validateGraph();
  process.send({ ok: true, report }, () => process.exit(0));
} catch (error) {
  process.send({ ok: false, message: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
}

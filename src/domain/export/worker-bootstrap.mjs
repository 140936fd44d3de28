// Entry file of the release-build worker thread: registers tsx's loader in the worker, then
// imports the TypeScript module named in workerData.entry (release-worker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

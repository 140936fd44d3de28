// Entry file of every query worker thread. Workers are written in TypeScript; this plain-JS file
// registers tsx's loader in the worker, then imports the TypeScript entry named in workerData.
// It works the same under `npm start` (tsx), vitest and plain node with tsx installed.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

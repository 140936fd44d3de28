// Parent side of validation-child.ts: runs the start-up validation in a child process and
// resolves with its report. Rejects when the child cannot validate (unreadable data) or dies.
// A conforming report is kept on disk (validation-cache.ts): an unchanged graph, validated by
// unchanged code, is not validated again at the next start.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ValidationReport } from '../domain/validation-report.js';
import { loaderArgs } from './engine-process.js';
import { cachedReport, keepReport, validationKey } from './validation-cache.js';

type ChildReply = { readonly ok: true; readonly report: ValidationReport } | { readonly ok: false; readonly message: string };

export function validateInChild(): Promise<ValidationReport> {
  const key = validationKey();
  const kept = cachedReport(key);
  if (kept) return Promise.resolve(kept);
  return runChild().then((report) => {
    keepReport(key, report);
    return report;
  });
}

function runChild(): Promise<ValidationReport> {
  const entry = new URL(`./validation-child.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
  const child = fork(fileURLToPath(entry), [], { execArgv: loaderArgs(entry), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let reply: ChildReply | undefined;
    child.on('message', (message: ChildReply) => (reply = message));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (reply?.ok) resolve(reply.report);
      else reject(new Error(reply ? reply.message : `the validation process ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`));
    });
  });
}

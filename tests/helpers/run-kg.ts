// Runs the real `kg` CLI (bin/kg.js) in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

export interface KgRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runKg(...args: string[]): KgRun {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'kg.js'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

#!/usr/bin/env node
// `kg`: runs the TypeScript CLI (src/cli/main.ts) through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

// The competency queries of queries/*.rq, offered on the home page as examples. Each file opens
// with a comment block of `# key: value` lines (title, question, ...); the title names the
// example (the file name when there is none). Read once, when the routes are built: a query
// added later appears after a restart.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { QUERIES_DIR } from '../../config.js';

export interface ExampleQuery {
  /** File name without .rq; also the example's stable id. */
  readonly id: string;
  readonly title: string;
  readonly question?: string;
  readonly query: string;
}

/** Every `.rq` file of `dir`, sorted by file name; an absent folder gives none. */
export function readExampleQueries(dir: string = QUERIES_DIR): ExampleQuery[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.rq')).sort();
  } catch {
    return [];
  }
  return names.map((name) => parseExample(name.slice(0, -3), readFileSync(path.join(dir, name), 'utf8')));
}

export function parseExample(id: string, text: string): ExampleQuery {
  const header: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) {
      if (line.trim() === '') continue;
      break;
    }
    const match = /^#\s*([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (match) header[match[1]!.toLowerCase()] = match[2]!.trim();
  }
  return {
    id,
    title: header['title'] || id,
    ...(header['question'] ? { question: header['question'] } : {}),
    query: text,
  };
}

// The source documents' texts at their IRIs: the data names the report's text
// <https://w3id.org/hrd-reprisals/source/chrd-2018-11-01-….txt> (rep:sourceText), and every
// passage's offsets count code points of exactly these bytes. Served as text/plain UTF-8 from a
// fixed list read at start-up — never a path built from the request.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { SOURCE_TEXT_FILE } from '../../config.js';
import { MethodNotAllowedError, NotFoundError } from '../errors.js';

export interface SourceHandlers {
  readonly text: RequestHandler;
  readonly methodNotAllowed: RequestHandler;
}

export function sourceHandlers(dir = path.dirname(SOURCE_TEXT_FILE)): SourceHandlers {
  const texts = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(path.join(dir, name))] as const),
  );
  return {
    text: (req, res) => {
      const name = String(req.params.name ?? '');
      const body = texts.get(name);
      if (!body) {
        throw new NotFoundError(`No source text ${JSON.stringify(name)}; the sources are: ${[...texts.keys()].join(', ')}.`);
      }
      res.set({ 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' });
      res.type('text/plain; charset=utf-8').send(body);
    },
    methodNotAllowed: (req) => {
      throw new MethodNotAllowedError(req.method, ['GET', 'HEAD']);
    },
  };
}

// The CJK web font, served from the @fontsource/noto-sans-sc package (SIL Open Font License 1.1,
// node_modules/@fontsource/noto-sans-sc/LICENSE) so Chinese names render on machines without
// CJK fonts and without any CDN. Only the regular weight (400) in WOFF2 is served: the package's
// 400.css is split by unicode-range into ~100 small files, and a browser fetches only the files
// holding characters a page uses (the data's 57 distinct Han characters need a handful).
//   GET /assets/fonts/noto-sans-sc.css             the @font-face rules, URLs rewritten to this server
//   GET /assets/fonts/noto-sans-sc/<file>.woff2    one subset file (only *-400-normal.woff2)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type RequestHandler } from 'express';

export const FONT_DIR = path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
export const FONT_CSS_PATH = '/assets/fonts/noto-sans-sc.css';
const FILES_PATH = '/assets/fonts/noto-sans-sc/';
const SERVED_FILE = /^\/noto-sans-sc-[a-z0-9-]+-400-normal\.woff2$/u;

/** The package's 400.css with WOFF2 sources only, pointing at FILES_PATH. */
export function fontCss(): string {
  return readFileSync(path.join(FONT_DIR, '400.css'), 'utf8').replace(
    /src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/gu,
    (_match, file: string) => `src: url(${FILES_PATH}${file}) format('woff2');`,
  );
}

export interface FontRoutes {
  readonly css: RequestHandler;
  /** Mounted at FILES_PATH. */
  readonly files: RequestHandler;
  readonly filesPath: string;
}

export function fontRoutes(): FontRoutes {
  const css = fontCss();
  const serve = express.static(path.join(FONT_DIR, 'files'), { index: false, maxAge: '7d', immutable: true, fallthrough: true });
  return {
    filesPath: FILES_PATH,
    css: (_req, res) => {
      res.set('Cache-Control', 'public, max-age=86400').type('text/css; charset=utf-8').send(css);
    },
    files: (req, res, next) => (SERVED_FILE.test(req.path) ? serve(req, res, next) : next()),
  };
}

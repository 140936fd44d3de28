// The home page and its static assets: GET / (the query page), /assets/yasgui/* (the
// @zazuko/yasgui package's build folder, so the editor works offline) and /assets/* (public/).
// Static files are served by express.static, which refuses path traversal (send's root check).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { PROJECT_ROOT } from '../../config.js';
import type { ReleaseInfo } from '../../domain/export/release-info.js';
import { renderHomePage, type HomeSlots } from '../views/home-view.js';
import { readExampleQueries } from './example-queries.js';

export interface HomeRoutes {
  readonly home: RequestHandler;
  readonly yasgui: RequestHandler;
  readonly assets: RequestHandler;
  /** GET /favicon.ico and /favicon.svg: public/favicon.svg (browsers accept SVG under either name). */
  readonly favicon: RequestHandler;
}

/** Folder of the YASGUI build (yasgui.min.js, yasgui.min.css), resolved through the package. */
export const YASGUI_DIR = path.dirname(createRequire(import.meta.url).resolve('@zazuko/yasgui/build/yasgui.min.js'));

/**
 * `slots`: what other views add to the home page (the charts: src/http/viz/viz-slots.ts). The
 * page is built on the first request (per ?example=, which fills the no-JavaScript query form)
 * and reused; when the slots fail (engine busy or stopping) that request gets the page without
 * them and the next one tries again. `release`: the version and date of the data served, for the
 * page's schema.org Dataset (RouteContext.release).
 */
export function homeRoutes(release: ReleaseInfo, slots?: () => Promise<HomeSlots>): HomeRoutes {
  const examples = readExampleQueries();
  // One page per example the form opens with (?example=, else the first): at most examples + 1.
  let pages = new Map<string, Promise<string>>();
  let slotsOnce: Promise<HomeSlots> | undefined;
  const build = (selected: string): Promise<string> => {
    const key = examples.some((e) => e.id === selected) ? selected : '';
    let page = pages.get(key);
    if (!page) {
      slotsOnce ??= slots ? slots() : Promise.resolve({});
      page = slotsOnce.then(
        (s) => renderHomePage(examples, release, s, key),
        () => {
          slotsOnce = undefined;
          pages = new Map();
          return renderHomePage(examples, release, {}, key);
        },
      );
      pages.set(key, page);
    }
    return page;
  };
  const favicon = readFileSync(path.join(PROJECT_ROOT, 'public', 'favicon.svg'));
  const staticOptions = { fallthrough: true, index: false, maxAge: '1h', dotfiles: 'deny' } as const;
  return {
    home: async (req, res) => {
      const example = req.query['example'];
      res.type('text/html; charset=utf-8').send(await build(typeof example === 'string' ? example : ''));
    },
    yasgui: express.static(YASGUI_DIR, staticOptions),
    assets: express.static(path.join(PROJECT_ROOT, 'public'), staticOptions),
    favicon: (_req, res) => {
      res.set('Cache-Control', 'public, max-age=86400').type('image/svg+xml').send(favicon);
    },
  };
}

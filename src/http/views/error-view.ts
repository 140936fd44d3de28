// The HTML page of an error (404 and every other status negotiated to HTML): the site bar, a
// `main` landmark with the status and the message that says what to do, and ways on.
import { html } from './html.js';
import { layout } from './layout.js';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Too large',
  414: 'Address too long',
  415: 'Unsupported media type',
  500: 'Server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

export function renderErrorPage(status: number, message: string): string {
  const title = TITLES[status] ?? 'Error';
  const body = html`
<h1>${status} · ${title}</h1>
<p>${message}</p>
${status === 404 ? html`<p>Try the search box above, or browse the <a href="/persons">persons</a>, <a href="/acts">acts</a> and <a href="/organisations">organisations</a> of the graph.</p>` : ''}`;
  return layout({ title: `${status} ${title}` }, body);
}

// `?view=text`: any RDF or results representation shown in the browser instead of downloaded.
// Browsers save text/turtle, application/n-triples, application/rdf+xml... as files; with
// view=text the same body is labelled text/plain (UTF-8), which every browser displays. The
// body is unchanged; only the Content-Type header is rewritten (and Vary stays as it was).
// Used by the "view as text" links of entity pages and the site footer.
import type { RequestHandler } from 'express';

const SHOWN_AS_IS = /^(text\/(html|plain|css)|application\/(json|javascript))/iu;

export function textView(): RequestHandler {
  return (req, res, next) => {
    if (req.query['view'] !== 'text') return next();
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name: string, value: number | string | readonly string[]) => {
      if (name.toLowerCase() === 'content-type' && typeof value === 'string' && !SHOWN_AS_IS.test(value)) {
        return setHeader(name, 'text/plain; charset=utf-8');
      }
      return setHeader(name, value);
    };
    next();
  };
}

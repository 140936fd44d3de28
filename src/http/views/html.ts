// Safe HTML building without a template engine: the `html` tag escapes every interpolated value
// unless it is itself an Html fragment (made by `html` or, for trusted constant markup, `raw`).
// Arrays are joined. Escaping covers text and double- or single-quoted attribute values
// (HTML Living Standard §13.1.2.3); URLs in attributes are checked by `safeHref`.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = Html | string | number | boolean | null | undefined | readonly Interpolated[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Marks constant, trusted markup as HTML. Never pass data through it. */
export function raw(markup: string): Html {
  return new Html(markup);
}

function render(value: Interpolated): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * A link target that cannot run script: root-relative paths, fragments and http(s) URLs pass;
 * anything else (javascript:, data:...) becomes "#".
 */
export function safeHref(href: string): string {
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (href.startsWith('#')) return href;
  return /^https?:\/\//i.test(href) ? href : '#';
}

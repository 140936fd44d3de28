// The query page's chart view: after each SELECT result is drawn, public/home.js dispatches
// `hrd:sparql-results` ({ variables, bindings, container }). This posts the result (SPARQL JSON)
// to /charts/fragment, where the same code as /charts builds the chart and its table from exactly
// these rows, and shows it in the container — only when the result is an aggregate the server
// can chart (one number column, one or two category columns); otherwise the container stays empty.
(function () {
  let latest = 0;
  document.addEventListener('hrd:sparql-results', async (event) => {
    const { variables, bindings, container } = event.detail || {};
    if (!container || !Array.isArray(variables) || !Array.isArray(bindings) || bindings.length === 0) return;
    const ticket = ++latest;
    let text;
    try {
      const response = await fetch('/charts/fragment', {
        method: 'POST',
        headers: { 'content-type': 'application/sparql-results+json', accept: 'text/html' },
        body: JSON.stringify({ head: { vars: variables }, results: { bindings } }),
      });
      if (!response.ok) return;
      text = await response.text();
    } catch {
      return;
    }
    if (ticket !== latest) return;
    const template = document.createElement('template');
    template.innerHTML = text; // rendered by this server with every value escaped
    if (!template.content.querySelector('table.chart-data')) return;
    for (const old of document.querySelectorAll('svg.viz-defs')) old.remove();
    container.replaceChildren(template.content);
  });
})();

// The query page's chart view: `hrdViz.chart(query, container)` asks the server for the chart of
// an aggregate SELECT (/charts/fragment: the same code and SPARQL engine as /charts, so the
// chart's table is the query's answer) and puts it in `container`. Resolves to true when a chart
// was drawn, false when the server said the result is not chartable or refused the query (its
// message is shown in the container instead).
(function () {
  async function chart(query, container) {
    const response = await fetch('/charts/fragment?query=' + encodeURIComponent(query), { headers: { accept: 'text/html' } });
    const text = await response.text();
    if (!response.ok) {
      const message = document.createElement('p');
      message.className = 'muted';
      message.textContent = 'No chart: ' + (new DOMParser().parseFromString(text, 'text/html').querySelector('main p, p')?.textContent || response.statusText);
      container.replaceChildren(message);
      return false;
    }
    for (const old of document.querySelectorAll('svg.viz-defs')) old.remove();
    container.innerHTML = text; // trusted: rendered by this server with every value escaped
    return container.querySelector('table.chart-data') !== null;
  }
  window.hrdViz = Object.assign(window.hrdViz || {}, { chart });
})();

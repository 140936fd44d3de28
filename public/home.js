// Home page: starts YASGUI against this server's /sparql and wires the example buttons.
// Runs offline: the class/property autocompleters (which call the remote LOV API) are removed.
// Links: /?example=<file name without .rq> opens that example; adding &run runs it.
(function () {
  'use strict';
  var examples = JSON.parse(document.getElementById('example-data').textContent || '[]');
  var Yasgui = window.Yasgui;
  if (!Yasgui) return;
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
    return name !== 'class' && name !== 'property';
  });
  var endpoint = new URL('/sparql', window.location.href).href;
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: 'hrd-reprisals-yasgui',
    populateFromUrl: true,
  });
  window.hrdYasgui = yasgui;

  function openExample(example) {
    yasgui.addTab(true, { name: example.title, yasqe: { value: example.query } }, { avoidDuplicateTabs: true });
    // addTab returns the previously active tab when it selects an existing duplicate (YASGUI
    // 4.6 selectTabId); the example's tab is the active one either way.
    return yasgui.getTab();
  }

  // First visit: every example becomes a tab; the first one is selected.
  var flag = 'hrd-reprisals-examples-loaded';
  if (!window.localStorage.getItem(flag) && examples.length > 0) {
    var first = yasgui.getTab();
    if (first) first.setQuery(examples[0].query).setName(examples[0].title);
    examples.slice(1).forEach(function (example) {
      yasgui.addTab(false, { name: example.title, yasqe: { value: example.query } });
    });
    window.localStorage.setItem(flag, '1');
  }

  var params = new URLSearchParams(window.location.search);
  var requested = examples.find(function (e) { return e.id === params.get('example'); });
  if (requested) {
    var tab = openExample(requested);
    if (params.has('run')) tab.query();
  }

  document.getElementById('examples').addEventListener('click', function (event) {
    var id = event.target && event.target.getAttribute && event.target.getAttribute('data-example');
    var example = examples.find(function (e) { return e.id === id; });
    if (example) openExample(example);
  });
})();

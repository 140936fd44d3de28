// The query page: YASGUI against this server's /sparql with ONE editor (no tab bar), example
// links that load AND run their query, and our own results table ("hrdTable", a YASR plugin):
//   - an IRI under https://w3id.org/hrd-reprisals/ links to this server's page (same path);
//   - a cell reads as text: the label when the result has one (?x with ?xLabel/?x_label, or
//     ?xName), plain numbers and dates, no "…"@en or ^^xsd: (language and datatype in the tooltip);
//   - Chinese literals carry lang="zh-Hans"; the table wraps and never makes the page scroll sideways.
// No focus grab on load (autofocus off), Tab leaves the editor (CodeMirror's Tab unbound), and
// the results are scrolled into view after a query the user started.
// Hook for charts: after each SELECT result is drawn, document receives the event
// `hrd:sparql-results` with detail { variables: string[], bindings: object[] (SPARQL JSON),
// container: HTMLElement (#query-chart, emptied before the event) }.
// Links: /?example=<file name without .rq> loads that example; adding &run runs it.
// Progressive loading: the server renders a plain query form in #yasgui (works without
// JavaScript). After the page's load event this script adds yasgui.min.css and yasgui.min.js and,
// once both are in, builds the editor in place of the form, keeping what the reader typed there.
// Then it sets the User Timing mark `hrd:editor-ready` (bench/browser.ts reports it),
// data-editor="ready" on #yasgui, and dispatches `hrd:editor-ready` on document. An example
// clicked before that is put in the form and run as soon as the editor is there. If YASGUI fails
// to load, the form stays and works.
(function () {
  'use strict';
  var BASE = 'https://w3id.org/hrd-reprisals/';
  var XSD = 'http://www.w3.org/2001/XMLSchema#';
  var examples = JSON.parse(document.getElementById('example-data').textContent || '[]');
  var container = document.getElementById('yasgui');
  if (!container) return;
  var form = document.getElementById('query-form');
  var textarea = document.getElementById('query-text');
  var userStarted = false;
  var yasgui = null;
  /** An example chosen before the editor was built: { example, run }. */
  var pending = null;

  function localHref(iri) {
    return iri.indexOf(BASE) === 0 ? '/' + iri.slice(BASE.length) : iri;
  }

  function shortIri(iri) {
    if (iri.indexOf(BASE) === 0) return iri.slice(BASE.length).replace(/^(id|vocab)\//, '');
    var cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
  }

  // The variable holding the label of `variable`: ?xLabel, ?x_label, ?xName, ?x_name, or a plain
  // ?name / ?label / ?title right after it (SELECT ?perpetrator ?name ...).
  function labelVariable(variable, variables) {
    var candidates = [variable + 'Label', variable + '_label', variable + 'Name', variable + '_name'];
    for (var i = 0; i < candidates.length; i++) if (variables.indexOf(candidates[i]) >= 0) return candidates[i];
    var next = variables[variables.indexOf(variable) + 1];
    return next === 'name' || next === 'label' || next === 'title' ? next : undefined;
  }

  function literalText(term) {
    var datatype = term.datatype || '';
    if (datatype === XSD + 'integer' || datatype === XSD + 'decimal' || datatype === XSD + 'double') {
      var n = Number(term.value);
      return isFinite(n) ? n.toLocaleString('en') : term.value;
    }
    return term.value;
  }

  function cell(term, label) {
    var td = document.createElement('td');
    if (!term) return td;
    if (term.type === 'uri') {
      var a = document.createElement('a');
      a.href = localHref(term.value);
      a.textContent = label && label.value ? label.value : shortIri(term.value);
      a.title = term.value;
      if (label && label['xml:lang'] && label['xml:lang'].indexOf('zh') === 0) a.lang = 'zh-Hans';
      td.appendChild(a);
    } else if (term.type === 'literal' || term.type === 'typed-literal') {
      var span = document.createElement('span');
      span.textContent = literalText(term);
      var lang = term['xml:lang'];
      if (lang) {
        span.lang = lang.toLowerCase().indexOf('zh') === 0 ? 'zh-Hans' : lang;
        span.title = 'language: ' + lang;
      } else if (term.datatype) {
        span.title = 'datatype: ' + shortIri(term.datatype);
      }
      if (term.datatype && /#(integer|decimal|double|float)$/.test(term.datatype)) td.className = 'count';
      td.appendChild(span);
    } else {
      td.textContent = '_:' + term.value;
      td.className = 'muted';
    }
    return td;
  }

  function HrdTable(yasr) {
    this.yasr = yasr;
    this.priority = 20;
    this.label = 'Table';
    this.helpReference = undefined;
  }
  HrdTable.prototype.canHandleResults = function () {
    var results = this.yasr.results;
    return !!results && results.getVariables && results.getVariables().length > 0;
  };
  HrdTable.prototype.getIcon = function () {
    var icon = document.createElement('span');
    icon.textContent = '▦';
    icon.setAttribute('aria-hidden', 'true');
    return icon;
  };
  HrdTable.prototype.draw = function () {
    var results = this.yasr.results;
    var variables = results.getVariables();
    var bindings = results.getBindings();
    var shown = variables.filter(function (v) {
      // A label column merged into its entity's column is not repeated (only when every row with
      // the entity has it; otherwise it stays as its own column).
      return !variables.some(function (other) {
        return other !== v && labelVariable(other, variables) === v && bindings.every(function (b) {
          return !b[other] || b[other].type !== 'uri' || !!b[v];
        });
      });
    });
    var wrap = document.createElement('div');
    wrap.className = 'table-wrap hrd-results';
    // The table may scroll sideways inside its box on a phone: keyboard users can reach it.
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', 'Query results');
    var summary = document.createElement('p');
    summary.className = 'muted';
    summary.setAttribute('role', 'status');
    summary.textContent = bindings.length + (bindings.length === 1 ? ' row' : ' rows');
    var table = document.createElement('table');
    var thead = table.createTHead().insertRow();
    shown.forEach(function (v) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = v;
      thead.appendChild(th);
    });
    var tbody = table.createTBody();
    bindings.forEach(function (binding) {
      var tr = tbody.insertRow();
      shown.forEach(function (v) {
        var labelVar = labelVariable(v, variables);
        tr.appendChild(cell(binding[v], labelVar && shown.indexOf(labelVar) < 0 ? binding[labelVar] : undefined));
      });
    });
    wrap.appendChild(summary);
    wrap.appendChild(table);
    this.yasr.resultsEl.appendChild(wrap);
    var container = document.getElementById('query-chart');
    if (container) container.textContent = '';
    document.dispatchEvent(new CustomEvent('hrd:sparql-results', { detail: { variables: variables, bindings: bindings, container: container } }));
    if (userStarted) {
      userStarted = false;
      this.yasr.rootEl.scrollIntoView({ block: 'start', behavior: 'auto' });
    }
  };

  function findExample(id) {
    return examples.find(function (e) { return e.id === id; });
  }

  function loadExample(example, run) {
    var tab = yasgui.getTab();
    tab.setQuery(example.query);
    tab.setName(example.title);
    if (run) {
      userStarted = true;
      tab.query();
    }
  }

  // Example links work from the start: before the editor exists the query goes into the form and
  // is run once the editor is built.
  document.getElementById('examples').addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[data-example]') : null;
    if (!link) return;
    var example = findExample(link.getAttribute('data-example'));
    if (!example) return;
    event.preventDefault();
    window.history.replaceState(null, '', '/?example=' + encodeURIComponent(example.id) + '&run');
    if (yasgui) {
      loadExample(example, true);
    } else {
      pending = { example: example, run: true };
      if (textarea) textarea.value = example.query;
    }
  });

  function buildEditor() {
    var Yasgui = window.Yasgui;
    if (!Yasgui) return;
    Yasgui.Yasr.registerPlugin('hrdTable', HrdTable);
    Yasgui.Yasr.defaults.pluginOrder = ['hrdTable', 'response'];
    Yasgui.Yasr.defaults.defaultPlugin = 'hrdTable';
    // Offline: the class/property autocompleters call the remote LOV API.
    Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
      return name !== 'class' && name !== 'property';
    });
    Yasgui.Yasqe.defaults.autofocus = false;
    Yasgui.Yasqe.defaults.extraKeys = Object.assign({}, Yasgui.Yasqe.defaults.extraKeys, { Tab: false, 'Shift-Tab': false });
    Yasgui.Yasqe.defaults.resizeable = true;

    // What the reader did with the form before the editor arrived is kept.
    var typed = textarea && textarea.value !== textarea.defaultValue ? textarea.value : null;
    var hadFocus = textarea && document.activeElement === textarea;
    var caret = hadFocus ? textarea.selectionStart : 0;
    var scrollY = window.scrollY;
    var host = document.createElement('div');
    container.appendChild(host);
    var endpoint = new URL('/sparql', window.location.href).href;
    yasgui = new Yasgui(host, {
      requestConfig: { endpoint: endpoint, method: 'POST' },
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      autofocus: false,
      persistenceId: null,
      populateFromUrl: false,
      tabName: 'Query',
    });
    window.hrdYasgui = yasgui;
    if (form) form.remove();
    // YASGUI's endpoint field has no label of its own (axe: label); give it one.
    Array.prototype.forEach.call(container.querySelectorAll('input.autocomplete'), function (input) {
      input.setAttribute('aria-label', 'SPARQL endpoint');
    });

    var params = new URLSearchParams(window.location.search);
    var tab = yasgui.getTab();
    if (pending) {
      loadExample(pending.example, pending.run);
    } else if (typed !== null) {
      tab.setQuery(typed);
    } else {
      var requested = findExample(params.get('example')) || examples[0];
      if (requested) {
        tab.setQuery(requested.query);
        tab.setName(requested.title);
        if (params.has('run') && params.get('example') === requested.id) tab.query();
      }
    }
    if (hadFocus) {
      var editor = tab.getYasqe();
      editor.focus();
      editor.setCursor(editor.posFromIndex(caret));
    } else if (window.scrollY !== scrollY) {
      window.scrollTo(window.scrollX, scrollY);
    }
    container.setAttribute('data-editor', 'ready');
    if (window.performance && performance.mark) performance.mark('hrd:editor-ready');
    document.dispatchEvent(new CustomEvent('hrd:editor-ready', { detail: { yasgui: yasgui } }));
  }

  // YASGUI's stylesheet and script, added after the load event; the editor is built when both are in.
  function loadEditor() {
    var waiting = 2;
    var done = function () {
      if (--waiting === 0) buildEditor();
    };
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/assets/yasgui/yasgui.min.css';
    css.onload = done;
    css.onerror = done;
    var script = document.createElement('script');
    script.src = '/assets/yasgui/yasgui.min.js';
    script.onload = done;
    script.onerror = function () {
      container.setAttribute('data-editor', 'failed');
    };
    // Before home.css, as a <link> in the page would be: our overrides of YASGUI's rules keep winning.
    var ours = document.querySelector('link[rel="stylesheet"][href="/assets/home.css"]');
    document.head.insertBefore(css, ours);
    document.head.appendChild(script);
  }

  if (document.readyState === 'complete') loadEditor();
  else window.addEventListener('load', loadEditor, { once: true });
})();

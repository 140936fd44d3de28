// The site bar's search box as an ARIA 1.2 combobox with list autocomplete: suggestions from
// /search?q=…&format=json as you type (debounced, latest answer wins), ↑/↓ to move, Enter to
// open the selected entity (or submit the form for the full results page), Escape to close.
// Without JavaScript the box is a plain GET form to /search.
(function () {
  'use strict';
  var input = document.getElementById('site-search');
  var list = document.getElementById('site-search-options');
  if (!input || !list) return;
  var items = [];
  var active = -1;
  var timer = 0;
  var seq = 0;

  function close() {
    list.hidden = true;
    list.textContent = '';
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', 'site-search-option-' + index);
    else input.removeAttribute('aria-activedescendant');
  }

  function render(results) {
    list.textContent = '';
    items = results;
    results.forEach(function (r, i) {
      var li = document.createElement('li');
      li.id = 'site-search-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.appendChild(document.createTextNode(r.label));
      if (r.zh && r.zh !== r.label) {
        var zh = document.createElement('span');
        zh.lang = 'zh-Hans';
        zh.textContent = ' ' + r.zh;
        li.appendChild(zh);
      }
      var small = document.createElement('small');
      small.textContent = r.type + (r.matched && r.matched !== r.label && r.matched !== r.zh ? ' · “' + r.matched + '”' : '');
      li.appendChild(small);
      li.addEventListener('mousedown', function (event) {
        event.preventDefault();
        window.location.href = r.href;
      });
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', results.length > 0 ? 'true' : 'false');
    active = -1;
  }

  function lookup() {
    var q = input.value.trim();
    if (q === '') return close();
    var mine = ++seq;
    fetch('/search?format=json&limit=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : { results: [] }; })
      .then(function (body) { if (mine === seq) render(body.results || []); })
      .catch(function () { if (mine === seq) close(); });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 120);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && items[active]) {
      event.preventDefault();
      window.location.href = items[active].href;
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', function () { window.setTimeout(close, 150); });
})();

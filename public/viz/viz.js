// Enhancements of the visual views; every view works without this file.
// - Filter forms submit themselves when a choice changes (the Apply button stays for keyboards).
// - Network: hovering or focusing a node dims everything not linked to it.
(function () {
  for (const form of document.querySelectorAll('form.viz-filters')) {
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) form.requestSubmit();
    });
  }
  for (const svg of document.querySelectorAll('svg.net-svg')) {
    const edges = [...svg.querySelectorAll('.edge')];
    const nodes = [...svg.querySelectorAll('.node')];
    const focus = (id) => {
      const near = new Set([id]);
      for (const e of edges) if (e.dataset.source === id || e.dataset.target === id) near.add(e.dataset.source).add(e.dataset.target);
      for (const n of nodes) n.classList.toggle('dim', !near.has(n.dataset.id));
      for (const e of edges) e.classList.toggle('dim', e.dataset.source !== id && e.dataset.target !== id);
    };
    const clear = () => { for (const el of [...nodes, ...edges]) el.classList.remove('dim'); };
    for (const n of nodes) {
      n.addEventListener('mouseenter', () => focus(n.dataset.id));
      n.addEventListener('focusin', () => focus(n.dataset.id));
      n.addEventListener('mouseleave', clear);
      n.addEventListener('focusout', clear);
    }
  }
})();

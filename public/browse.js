// Lists (/persons, /acts, ...): a changed filter choice applies at once (the form still works
// without JavaScript through its Apply button). Year fields apply on change (Enter or leaving
// the field), not on every keystroke.
(function () {
  'use strict';
  var form = document.querySelector('main form[aria-label="Filters"]');
  if (!form) return;
  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target && (target.tagName === 'SELECT' || target.tagName === 'INPUT')) form.requestSubmit();
  });
  // Empty fields are left out of the address, so links stay short and readable.
  form.addEventListener('submit', function () {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.value === '') el.disabled = true;
    });
  });
})();

// Progressive enhancement only: every journey works without this file. Loaded as a module, so no inline script.
const body = document.body;
body.classList.add('js-enabled', 'govuk-frontend-supported');
import(`${body.dataset.govukAssets}/govuk-frontend.min.js`).then(({ initAll }) => initAll());

// "Print" buttons are hidden until there is a script to press them
for (const button of document.querySelectorAll('[data-module="fd-print"]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// Concern filter: narrows the list as you type; the "Filter" button still filters on the server without JavaScript
for (const input of document.querySelectorAll('[data-module="fd-concern-filter"]')) {
  const list = document.getElementById(input.getAttribute('aria-controls'));
  input.addEventListener('input', () => {
    const words = input.value.trim().toLowerCase();
    for (const item of list.querySelectorAll('.fd-concern')) {
      item.classList.toggle('fd-filtered-out', words !== '' && !item.dataset.filterText.includes(words));
    }
    for (const group of list.querySelectorAll('.fd-domain, .fd-level-group')) {
      group.classList.toggle('fd-filtered-out', group.querySelector('.fd-concern:not(.fd-filtered-out)') === null);
    }
  });
}

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

// The DMN editor (policy leads, on a draft): the Apache KIE editor opened on the model the page names; on "Save to the
// draft" the editor's content goes into the form, which is posted as any form is (CSRF token, why, the draft's hash).
for (const form of document.querySelectorAll('[data-module="fd-dmn-editor"]')) {
  const container = document.getElementById(form.dataset.container);
  const content = form.querySelector('textarea[name="content"]');
  const status = document.getElementById(form.dataset.status);
  const say = (words) => { status.textContent = words; };
  const script = document.createElement('script');
  script.src = form.dataset.editorScript;
  script.onerror = () => say('The editor could not be loaded. Use the table editor or upload a file instead.');
  script.onload = async () => {
    const model = content.value.trim() !== '' ? content.value
      : await fetch(form.dataset.model, { credentials: 'same-origin' }).then((r) => (r.ok ? r.text() : null));
    if (model === null) {
      say('The model could not be opened. Go back to the draft and try again.');
      return;
    }
    const editor = window.DmnEditor.open({
      container,
      initialContent: Promise.resolve(model),
      initialFileNormalizedPosixPathRelativeToTheWorkspaceRoot: form.dataset.fileName,
      readOnly: false,
    });
    // ready when the editor can give its content back
    for (let tries = 0; tries < 120; tries++) {
      try {
        await Promise.race([editor.getContent(),
          new Promise((resolve, reject) => { setTimeout(() => reject(new Error('not ready')), 2000); })]);
        break;
      } catch (notYet) {
        await new Promise((resolve) => { setTimeout(resolve, 500); });
      }
    }
    form.dataset.ready = 'true';
    form.querySelector('button[type="submit"]').disabled = false;
    say('The editor is open. Nothing is saved until you press “Save to the draft”.');
    let sending = false;
    form.addEventListener('submit', async (event) => {
      if (sending) {
        return;
      }
      event.preventDefault();
      content.value = await editor.getContent();
      sending = true;
      form.submit();
    });
  };
  document.head.appendChild(script);
}

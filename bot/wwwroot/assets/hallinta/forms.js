// The forms as a keyboard or screen reader user expects them.

// A Fluent button is not a native submit button, so the browser does not send a form when Enter is pressed in one of
// its text fields; this restores that.
document.addEventListener('keydown', event => {
    const field = event.target;
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
    if (!(field instanceof HTMLInputElement) || !field.form) return;
    if (['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'hidden'].includes(field.type)) return;
    if (!field.form.querySelector('fluent-button[type=submit]')) return;
    event.preventDefault();
    field.form.requestSubmit();
});

// A form sent back with errors: focus on their summary, whose links lead to the fields.
document.addEventListener('DOMContentLoaded', () => document.getElementById('virheet')?.focus());

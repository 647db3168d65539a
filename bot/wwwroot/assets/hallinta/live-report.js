// While an announcement is being sent, its report refreshes every five seconds (the region is aria-live polite, so
// screen readers hear the new counts), until the report no longer says Sending.
(() => {
  const region = document.getElementById('raportti');
  const url = region?.dataset.refresh;
  if (!url) return;
  const refresh = async () => {
    let sending = true;
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (response.ok) {
        const fragment = document.createElement('template');
        fragment.innerHTML = await response.text();
        sending = fragment.content.querySelector('[data-state]')?.dataset.state === 'Sending';
        region.replaceChildren(fragment.content);
      }
    } catch {
      // A failed refresh is tried again on the next tick.
    }
    if (sending) setTimeout(refresh, 5000);
  };
  setTimeout(refresh, 5000);
})();

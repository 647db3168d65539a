// Teams single sign-on for the coordinator tab: asks Teams for the user's token (authentication.getAuthToken),
// hands it to the server, which validates it and starts the session, then opens the page the user came for.
// A page that is not in a frame is not in Teams: teams-js is not even loaded (it would call Microsoft's CDN).
// In a frame outside Teams app.initialize never answers, so after a few seconds the page is left as it is, with
// its Microsoft sign-in button.
(async () => {
  const teamsJs = document.currentScript.dataset.teamsJs; // read before the first await, while the script runs
  const status = document.getElementById('teams-status');
  const returnUrl = document.querySelector('[data-return-url]')?.dataset.returnUrl || '/hallinta';
  if (window.parent === window) return;
  try {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = teamsJs;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  } catch {
    return;
  }
  const timeout = ms => new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
  try {
    await Promise.race([microsoftTeams.app.initialize(), timeout(5000)]);
  } catch {
    return;
  }
  status.textContent = status.dataset.signingIn;
  try {
    const token = await microsoftTeams.authentication.getAuthToken();
    const response = await fetch('/hallinta/kirjaudu/teams', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      credentials: 'same-origin',
    });
    if (response.status === 204) {
      window.location.replace(returnUrl);
      return;
    }
    status.textContent = response.status === 403 ? status.dataset.refused : status.dataset.failed;
  } catch {
    status.textContent = status.dataset.failed;
  }
})();

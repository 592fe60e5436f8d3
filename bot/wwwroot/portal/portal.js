// The clinician portal's only script: an element with data-poll (the conversation on an escalation page) is
// refreshed from that address every few seconds, so the family's messages during a handoff show up.
'use strict';

(function () {
  const every = 4000;
  for (const element of document.querySelectorAll('[data-poll]')) {
    const url = element.getAttribute('data-poll');
    let last = element.innerHTML;
    setInterval(async () => {
      try {
        const response = await fetch(url, { credentials: 'same-origin', redirect: 'error', headers: { Accept: 'text/html' } });
        if (!response.ok) return;
        const html = await response.text();
        if (html !== last) {
          element.innerHTML = html;
          last = html;
        }
      } catch (error) {
        // Offline or signed out: the next tick tries again.
      }
    }, every);
  }
})();

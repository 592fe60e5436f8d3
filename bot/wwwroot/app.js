// PuenteBot web chat: Bot Framework Web Chat against the bot's embedded Direct Line (/v3/directline).
(function () {
  'use strict';

  var strings = JSON.parse(document.getElementById('puentebot-strings').textContent);
  var locales = { en: 'en-US', es: 'es-ES' };
  var language = document.documentElement.lang === 'es' ? 'es' : 'en';
  var status = document.getElementById('status');
  var host = document.getElementById('webchat');

  var styleOptions = {
    accent: '#0b5f6b',
    backgroundColor: '#eef6f7',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#c9d6d8',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#0b5f6b',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleTextColor: '#1b1f24',
    fontSizeSmall: '85%',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    sendBoxHeight: 52,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 22,
    suggestedActionTextColor: '#07444d',
    suggestedActionBorderColor: '#0b5f6b',
    hideUploadButton: true
  };

  function translatePage() {
    var words = strings[language];
    document.documentElement.lang = language;
    document.querySelectorAll('[data-key]').forEach(function (element) {
      element.textContent = words[element.getAttribute('data-key')];
    });
    host.setAttribute('aria-label', words[host.getAttribute('data-label-key')]);
    document.querySelectorAll('[data-safety-link]').forEach(function (link) {
      link.setAttribute('href', '/safety/' + language);
    });
    document.querySelectorAll('[data-language]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-language') === language));
    });
  }

  function fail() {
    status.textContent = strings[language]['WebChat.LoadFailed'];
  }

  // Web Chat shows a markdown link whose scheme it does not allow (sms:, the crisis lines' tap-to-text) as a
  // citation button carrying the link; a tap on it opens the phone's messages app instead.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.webchat__render-markdown__citation');
    var link = button && button.value;
    if (link && link.indexOf('sms:') === 0) {
      event.preventDefault();
      event.stopPropagation();
      window.open(link, '_self');
    }
  }, true);

  // On a phone the header goes out of view when the conversation scrolls on (a new message, or the family reading
  // down), and comes back when they scroll back up, reach the top, or a header button gets focus. Only the
  // transcript's own scrolling counts, and only a run of 60 px one way, so that the chat growing or shrinking as
  // the header goes and comes never flips it back.
  var phone = window.matchMedia('(max-width: 600px)');
  var header = document.querySelector('header.top');
  var lastTop = 0;
  var run = 0;
  function showHeader(shown) {
    document.documentElement.style.setProperty('--header-height', header.offsetHeight + 'px');
    document.body.classList.toggle('scrolled-away', !shown);
    run = 0;
  }
  host.addEventListener('scroll', function (event) {
    var transcript = event.target;
    if (!phone.matches || !transcript.classList || !transcript.classList.contains('webchat__basic-transcript__scrollable')) { return; }
    var step = transcript.scrollTop - lastTop;
    lastTop = transcript.scrollTop;
    run = (run > 0) === (step > 0) ? run + step : step;
    var away = document.body.classList.contains('scrolled-away');
    if (away && (run < -60 || transcript.scrollTop < 1)) {
      showHeader(true);
    } else if (!away && run > 60 && transcript.scrollTop > header.offsetHeight) {
      showHeader(false);
    }
  }, true);
  header.addEventListener('focusin', function () { showHeader(true); });

  if (!window.WebChat) {
    fail();
    return;
  }

  // An enrolled family's link carries the clinic's invitation (?invite=…): it goes to the bot with the join event, which
  // links this conversation to the family, and leaves the address bar so it is not bookmarked or shared by mistake.
  var invite = new URLSearchParams(window.location.search).get('invite');
  if (invite) {
    var address = new URL(window.location.href);
    address.searchParams.delete('invite');
    window.history.replaceState(null, '', address.pathname + address.search + address.hash);
  }

  fetch('/v3/directline/tokens/generate', { method: 'POST' })
    .then(function (response) {
      if (!response.ok) { throw new Error('token ' + response.status); }
      return response.json();
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        domain: window.location.origin + '/v3/directline',
        token: session.token,
        webSocket: true
      });
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: invite ? { language: locales[language], invite: invite } : { language: locales[language] } } });
            }
            return next(action);
          };
        };
      });

      function render() {
        translatePage();
        window.WebChat.renderWebChat({ directLine: directLine, store: store, locale: locales[language], styleOptions: styleOptions }, host);
      }

      document.querySelectorAll('[data-language]').forEach(function (button) {
        button.addEventListener('click', function () {
          var chosen = button.getAttribute('data-language');
          if (chosen === language) { return; }
          language = chosen;
          render();
          store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/language', value: chosen } });
        });
      });

      render();
    })
    .catch(fail);
})();

// The chat page: the quick exit first (it must work even when the chat fails), then Web Chat.
(function () {
  'use strict';

  // Quick exit, as GOV.UK's "Exit this page": blank the page, forget the session, and replace
  // this history entry with a neutral site so Back does not return here.
  var exitLink = document.getElementById('quick-exit');
  var exitUrl = exitLink.getAttribute('href');
  var leaving = false;
  function quickExit(event) {
    if (event) { event.preventDefault(); }
    if (leaving) { return; }
    leaving = true;
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
    document.title = '';
    document.body.innerHTML = '';
    window.location.replace(exitUrl);
  }
  exitLink.addEventListener('click', quickExit);

  // Three presses of Shift within five seconds; any other key starts the count again.
  var shiftPresses = 0;
  var shiftTimer = null;
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') { shiftPresses = 0; return; }
    shiftPresses += 1;
    window.clearTimeout(shiftTimer);
    shiftTimer = window.setTimeout(function () { shiftPresses = 0; }, 5000);
    if (shiftPresses >= 3) { quickExit(); }
  }, true);

  function unavailable() {
    document.getElementById('webchat-unavailable').hidden = false;
  }

  var WebChat = window.WebChat;
  if (!WebChat) { unavailable(); return; }

  // Welcome on load: Web Chat sends webchat/join once Direct Line is connected; the bot greets on it.
  var store = WebChat.createStore({}, function (api) {
    return function (next) {
      return function (action) {
        var result = next(action);
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: navigator.language } } });
        }
        return result;
      };
    };
  });

  var styleOptions = {
    hideUploadButton: true,
    accent: '#12355b',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    bubbleBorderRadius: 8,
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserBackground: '#e3ecf7',
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 16,
    sendBoxTextWrap: true,
    timestampColor: '#595959',
    subtle: '#595959'
  };

  // The token endpoint answers like Direct Line's tokens/generate, plus the domain to talk to
  // (this site's embedded endpoint, or Azure Direct Line when the server holds a secret).
  fetch('api/directline/token', { method: 'POST', credentials: 'same-origin', cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) { throw new Error('token endpoint answered ' + response.status); }
      return response.json();
    })
    .then(function (answer) {
      var domain = answer.domain || new URL('v3/directline', window.location.href).href;
      WebChat.renderWebChat({
        directLine: WebChat.createDirectLine({ token: answer.token, domain: domain }),
        store: store,
        // The browser's language and region: the bot picks emergency contacts by region.
        locale: navigator.language || 'en-US',
        styleOptions: styleOptions
      }, document.getElementById('webchat'));
    })
    .catch(unavailable);
}());

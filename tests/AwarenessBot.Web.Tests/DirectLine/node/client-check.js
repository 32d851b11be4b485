// Drives the embedded Direct Line endpoint with the real botframework-directlinejs client.
// usage: node client-check.js BASE_URL   (loopback). Prints "ok <check>" lines; exits 1 on the first failure.
// Expiry: prints "WAITING expire" and reads one line from stdin once the test host's clock has moved.
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const readline = require('readline');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const base = (process.argv[2] || '').replace(/\/+$/, '');
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) fail('not a loopback base URL: ' + base);
const domain = base + '/v3/directline';
setTimeout(() => fail('no result within 60 s'), 60000).unref();
process.on('uncaughtException', e => fail('client error: ' + (e && e.message)));

function fail(msg) { console.log('FAIL ' + msg); process.exit(1); }
function ok(msg) { console.log('ok ' + msg); }

async function pageToken() {
  const res = await fetch(base + '/api/directline/token', { method: 'POST' });
  if (!res.ok) throw new Error('token endpoint answered ' + res.status);
  return res.json();
}

function post(dl, text, clientId) {
  return new Promise((resolve, reject) => dl.postActivity({
    type: 'message', from: { id: 'dl_node' }, text, locale: 'en-US', channelData: { clientActivityID: clientId },
  }).subscribe(resolve, reject));
}

// Records every activity the client emits; until(pred) waits (bounded: 10 s) for pred(seen).
function record(dl) {
  const seen = [];
  let error = null;
  dl.activity$.subscribe(a => seen.push(a), e => { error = e; });
  const until = async pred => {
    const end = Date.now() + 10000;
    while (!pred(seen)) {
      if (error) throw new Error('activity stream failed: ' + (error.message || error.type || error));
      if (Date.now() > end) throw new Error('timed out; saw ' + JSON.stringify(seen.map(a => [a.type, a.text])));
      await new Promise(r => setTimeout(r, 50));
    }
    return seen;
  };
  return { seen, until };
}

const replyTo = id => seen => seen.some(a => a.type === 'message' && a.replyToId === id && a.from.id !== 'dl_node');

async function conversation(webSocket) {
  const t = await pageToken();
  const dl = new DirectLine({ token: t.token, domain, webSocket, pollingInterval: 200 });
  const mode = webSocket ? 'webSocket' : 'polling';
  const rec = record(dl);
  const id = await post(dl, 'hello from ' + mode, 'node-' + mode);
  const seen = await rec.until(replyTo(id));
  const echo = seen.find(a => a.channelData && a.channelData.clientActivityID === 'node-' + mode);
  if (!echo || echo.id !== id || !echo.timestamp) throw new Error(mode + ': no echo with the posted id and a timestamp');
  if (!seen.some(a => a.replyToId === id && a.text === 'heard: hello from ' + mode)) throw new Error(mode + ': no reply naming the echo');
  if (webSocket) {
    // Typing travels only over an open socket (never stored), so ask again now that it is open.
    const again = await post(dl, 'and again', 'node-again');
    await rec.until(s => replyTo(again)(s) && s.some(a => a.type === 'typing'));
  }
  ok(`${mode}: create, post, echo ${id}, reply with replyToId` + (webSocket ? ', typing' : ''));
  return { t, dl, id, watermark: dl.watermark };
}

async function resume(t, watermark) {
  // A new client on the same conversation from a watermark sees only what came after it.
  const writer = new DirectLine({ token: t.token, domain, conversationId: t.conversationId, webSocket: false, pollingInterval: 200 });
  const id = await post(writer, 'after the watermark', 'node-resume');
  writer.end();
  const reader = new DirectLine({ token: t.token, domain, conversationId: t.conversationId, watermark, webSocket: false, pollingInterval: 200 });
  const seen = await record(reader).until(replyTo(id));
  reader.end();
  if (seen.some(a => a.text === 'hello from polling')) throw new Error('resume: activities before the watermark came again');
  ok('watermark resume: only newer activities');
}

async function refresh(t) {
  const res = await fetch(domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + t.token } });
  const r = await res.json();
  if (res.status !== 200 || r.conversationId !== t.conversationId || !r.token) throw new Error('refresh answered ' + res.status);
  const dl = new DirectLine({ token: r.token, domain, conversationId: t.conversationId, webSocket: false, pollingInterval: 200 });
  const rec = record(dl);
  const id = await post(dl, 'with a refreshed token', 'node-refresh');
  await rec.until(replyTo(id));
  dl.end();
  ok('token refresh: the new token works on the same conversation');
  return r;
}

async function expiry(t) {
  // A polling client that is online when its token runs out is told so on its next poll.
  const dl = new DirectLine({ token: t.token, domain, conversationId: t.conversationId, webSocket: false, pollingInterval: 200 });
  const rec = record(dl);
  const id = await post(dl, 'before expiry', 'node-expiry');
  await rec.until(replyTo(id));
  console.log('WAITING expire');
  await new Promise(resolve => readline.createInterface({ input: process.stdin }).once('line', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('expiry: the client never reported ExpiredToken')), 10000);
    dl.connectionStatus$.subscribe(s => { if (s === ConnectionStatus.ExpiredToken) { clearTimeout(timer); resolve(); } });
  });
  dl.end();
  ok('expiry: an expired token is refused (ExpiredToken)');
}

async function main() {
  const polled = await conversation(false);
  polled.dl.end();
  const socket = await conversation(true);
  socket.dl.end();
  await resume(polled.t, polled.watermark);
  const refreshed = await refresh(polled.t);
  await expiry(refreshed);
}
main().then(() => process.exit(0), e => fail(e.message));

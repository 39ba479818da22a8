'use strict';
/*
 * Starts telegram-test-api (the Bot API emulator) for citebot's end-to-end tests, with the
 * fixes it needs to speak the Bot API as TelegramBots expects (see ../../../../shared notes,
 * "telegram-test-api 4.2.1"):
 *   1. sendMessage answers with `date` in seconds (the emulator gives milliseconds, which
 *      overflows the library's Integer: "Unable to deserialize response");
 *   2. getUpdates waits (up to 1 s) for an unread update instead of answering at once, so the
 *      bot does not poll a thousand times a second;
 *   3. getMe answers with `is_bot: true` (the emulator leaves it out, and the library's User
 *      requires it: "isBot is marked non-null but is null");
 *   4. answerCallbackQuery is recorded and answers `true`, as the Bot API does (the emulator
 *      answers `null` and keeps nothing); the test reads the answers back with
 *      `POST /callbackAnswers {"token": ...}` (not a route of the emulator: ours);
 *   5. setWebhook is recorded and answers `true`, reading the multipart form the library sends
 *      (the emulator parses no multipart, and would itself post updates to the URL without the
 *      secret header); the test reads the calls back with `POST /webhooks {"token": ...}` (ours).
 *   6. setMyCommands answers `true`, as the Bot API does (the emulator answers without `ok`, which
 *      the library reads as a failure: "getOk() is null").
 * Usage: node start.js PORT [HOST]. Prints "READY <port>" on standard output once listening;
 * stops on SIGTERM, SIGINT or when standard input closes (the test JVM died).
 */
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || 9000);
const host = process.argv[3] || '127.0.0.1';
const HOLD_MILLIS = 1000;
const CHECK_MILLIS = 10;

const server = new TelegramServer({ port, host });

const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (rawMessage, botToken) => {
  const message = addBotMessage(rawMessage, botToken);
  return { ...message, date: Math.floor(message.date / 1000) };
};

function hasUnread(token) {
  return server.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
}

const callbackAnswers = [];

function readJson(req, done) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      done(body ? JSON.parse(body) : {});
    } catch (e) {
      done(Object.fromEntries(new URLSearchParams(body)));
    }
  });
}

/** The fields of a multipart/form-data body (text parts only), else as readJson reads it. */
function readForm(req, done) {
  const type = req.headers['content-type'] || '';
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
  if (!/^multipart\/form-data/i.test(type) || !boundary) {
    readJson(req, done);
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const fields = {};
    const body = Buffer.concat(chunks).toString('utf8');
    for (const part of body.split(`--${boundary[1] || boundary[2]}`)) {
      const m = /name="([^"]+)"[^]*?\r\n\r\n([^]*)\r\n$/.exec(part);
      if (m) fields[m[1]] = m[2];
    }
    done(fields);
  });
}

const webhooks = [];

function sendJson(res, value) {
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(value));
}

function holdGetUpdates(httpServer) {
  const listeners = httpServer.listeners('request');
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req, res) => {
    const forward = () => listeners.forEach((l) => l.call(httpServer, req, res));
    if (/^\/bot[^/]+\/getme(\?|$)/i.test(req.url || '')) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({
        ok: true,
        result: { id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot' },
      }));
      return;
    }
    if (/^\/bot[^/]+\/setmycommands(\?|$)/i.test(req.url || '')) {
      req.resume();
      req.on('end', () => sendJson(res, { ok: true, result: true }));
      return;
    }
    const answer = /^\/bot([^/]+)\/answercallbackquery(\?|$)/i.exec(req.url || '');
    if (answer) {
      readJson(req, (body) => {
        callbackAnswers.push({ ...body, token: decodeURIComponent(answer[1]) });
        sendJson(res, { ok: true, result: true });
      });
      return;
    }
    const setHook = /^\/bot([^/]+)\/setwebhook(\?|$)/i.exec(req.url || '');
    if (setHook) {
      readForm(req, (body) => {
        webhooks.push({ ...body, token: decodeURIComponent(setHook[1]) });
        sendJson(res, { ok: true, result: true, description: 'Webhook was set' });
      });
      return;
    }
    if (/^\/webhooks(\?|$)/i.test(req.url || '')) {
      readJson(req, (body) => sendJson(res, { ok: true, result: webhooks.filter((w) => w.token === body.token) }));
      return;
    }
    if (/^\/callbackanswers(\?|$)/i.test(req.url || '')) {
      readJson(req, (body) => sendJson(res, {
        ok: true,
        result: callbackAnswers.filter((a) => a.token === body.token),
      }));
      return;
    }
    const m = /^\/bot([^/]+)\/getupdates(\?|$)/i.exec(req.url || '');
    if (!m) {
      forward();
      return;
    }
    const token = decodeURIComponent(m[1]);
    const until = Date.now() + HOLD_MILLIS;
    const check = () => {
      if (hasUnread(token) || Date.now() >= until || res.destroyed) {
        forward();
      } else {
        setTimeout(check, CHECK_MILLIS);
      }
    };
    check();
  });
}

async function main() {
  await server.start();
  holdGetUpdates(server.server);
  process.stdout.write(`READY ${port}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await server.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

main().catch((e) => {
  process.stderr.write(`emulator failed to start: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});

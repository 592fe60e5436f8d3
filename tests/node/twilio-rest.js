// Captures what the real twilio package sends to create a message, without sending it anywhere.
// Usage: node twilio-rest.js ACCOUNT_SID AUTH_TOKEN TO FROM BODY STATUS_CALLBACK
// Prints: { "method", "path", "form": { name: value }, "authorization" }
'use strict';
const twilio = require('twilio');

const [accountSid, authToken, to, from, body, statusCallback] = process.argv.slice(2);
let captured = null;
const httpClient = {
  async request(opts) {
    const auth = opts.username && opts.password
      ? 'Basic ' + Buffer.from(opts.username + ':' + opts.password).toString('base64')
      : opts.authStrategy ? await opts.authStrategy.getAuthString() : null;
    captured = {
      method: opts.method.toUpperCase(),
      path: new URL(opts.uri).pathname,
      form: opts.data,
      authorization: auth,
    };
    return { statusCode: 201, body: { sid: 'SM' + '0'.repeat(32), status: 'queued' }, headers: {} };
  },
};
const client = twilio(accountSid, authToken, { httpClient });
client.messages
  .create({ to, from, body, statusCallback })
  .then(() => process.stdout.write(JSON.stringify(captured)))
  .catch((error) => { console.error(error); process.exit(1); });

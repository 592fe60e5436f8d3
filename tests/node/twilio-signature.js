// Signs and checks webhook requests with the real twilio package, for the C# tests.
// Usage: node twilio-signature.js CASES.json
// CASES.json: [{ "token", "url", "params": { name: value | [values] }, "validate": [url, ...] }]
// Prints: [{ "signature", "valid": { url: boolean } }]
'use strict';
const fs = require('fs');
const twilio = require('twilio');

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = cases.map((c) => {
  const signature = twilio.getExpectedTwilioSignature(c.token, c.url, c.params);
  const valid = {};
  for (const url of c.validate || []) {
    valid[url] = twilio.validateRequest(c.token, signature, url, c.params);
  }
  return { signature, valid };
});
process.stdout.write(JSON.stringify(results));

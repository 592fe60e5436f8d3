// Writes the TwiML the real twilio package makes for lists of SMS texts, for the C# tests to compare with.
// Usage: node twilio-twiml.js RESPONSES.json   (RESPONSES.json: [["text", ...], ...])
// Prints: ["<?xml ...?><Response>...</Response>", ...]
'use strict';
const fs = require('fs');
const { MessagingResponse } = require('twilio').twiml;

const responses = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(responses.map((texts) => {
  const response = new MessagingResponse();
  for (const text of texts) {
    response.message(text);
  }
  return response.toString();
})));

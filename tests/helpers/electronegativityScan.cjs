/**
 * Runs Electronegativity over one folder with the network shut, and prints its findings as
 * JSON on stdout. Run as its own process: the tool registers globals (`__`) and patches
 * `console`, which must not leak into a test runner.
 *
 * Offline on purpose: the tool fetches fresh translations from a bucket on every run, and its
 * AVAILABLE_SECURITY_FIXES check downloads Electron's release list. A test must not depend on
 * the network nor send anything to it, so `got` (the only HTTP client it uses) is replaced by
 * one that refuses, any socket that is opened anyway fails the run, and the release check is
 * excluded.
 *
 * Usage: node electronegativityScan.cjs <folder> <electron version>
 */
'use strict';

const Module = require('node:module');
const net = require('node:net');
const path = require('node:path');

const [folder, electronVersion] = process.argv.slice(2);
if (!folder || !electronVersion) {
  console.error('usage: electronegativityScan.cjs <folder> <electron version>');
  process.exit(2);
}

const attempts = [];
const refuse = (what) => {
  attempts.push(what);
  return Promise.reject(new Error(`network refused: ${what}`));
};
const offlineGot = (url) => refuse(String(url));
for (const verb of ['get', 'post', 'head', 'stream', 'extend']) offlineGot[verb] = offlineGot;

const load = Module._load;
Module._load = function loadOffline(request, parent, isMain) {
  if (request === 'got') return offlineGot;
  return load.call(this, request, parent, isMain);
};
net.Socket.prototype.connect = function connectRefused() {
  attempts.push('socket');
  throw new Error('network refused: socket');
};

const run = require('@doyensec/electronegativity');
const { severity, confidence } = require('@doyensec/electronegativity/dist/finder');

// The tool's own console chatter (the failed translation fetch) goes to stderr, not our JSON.
console.log = (...args) => console.error(...args);

run({
  input: path.resolve(folder),
  electronVersionOverride: electronVersion,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  severitySet: severity.INFORMATIONAL.name,
  confidenceSet: confidence.TENTATIVE.name,
  isRelative: true,
})
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      sample: String(issue.sample ?? '').trim(),
      manualReview: Boolean(issue.manualReview),
    }));
    process.stdout.write(
      `${JSON.stringify({
        checks: result.atomicChecks + result.globalChecks,
        errors: result.errors,
        findings,
        networkAttempts: attempts.filter((a) => !a.includes('electronegativity-i18n')),
        translationFetchRefused: attempts.some((a) => a.includes('electronegativity-i18n')),
      })}\n`,
    );
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

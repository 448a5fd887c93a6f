'use strict';
// Helpers shared by the extension-host suites (factcheck.test.js, claims.test.js).
const vscode = require('vscode');

const EXTENSION_ID = 'factcheck.factcheck';
const SEED = '000_196e15989cac9fdd.txt';
const XFAIL = new Set((process.env.E2E_XFAIL || '').split(/[\s,]+/).filter(Boolean));

/**
 * it() with an id. An id listed in E2E_XFAIL must fail: its failure is reported and recorded in
 * `xfailed` (read by ./index.js for the summary); a pass is an error, so the flag gets removed.
 */
function checker(xfailed) {
  return function check(id, title, fn) {
    if (!XFAIL.has(id)) return it(`${id}: ${title}`, fn);
    return it(`${id}: ${title} [expected to fail: E2E_XFAIL]`, async function () {
      try {
        await fn.call(this);
      } catch (e) {
        console.log(`    XFAIL ${id}: ${String(e.message).split('\n')[0]}`);
        xfailed.add(id);
        return;
      }
      throw new Error(`XPASS: ${id} passed but is listed in E2E_XFAIL; remove it from E2E_XFAIL`);
    });
  };
}

/** A diagnostic's code as a string (VS Code may wrap it in { value, target }). */
const code = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);

/** Resolves with the document's diagnostics once the predicate holds (event-driven), or rejects after ms. */
function waitForDiagnostics(uri, predicate, what, ms = 30000) {
  return new Promise((resolve, reject) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (predicate(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      const got = vscode.languages.getDiagnostics(uri);
      reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}; have ${got.length}: ${got.map((d) => `${d.source}/${code(d)}: ${d.message}`).join(' | ') || 'none'}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (predicate(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

/** Hover contents as plain text (markdown escapes undone). */
function hoverText(hovers) {
  return (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n')
    .replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

module.exports = { EXTENSION_ID, SEED, checker, code, waitForDiagnostics, hoverText };

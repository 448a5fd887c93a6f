'use strict';
// Extension-host test entry, the shape @vscode/test-electron expects: exports run(), which resolves when every
// test passed and rejects otherwise. Run by test/e2e/run-api-tests.mjs (inside code-server's node extension host)
// and by test/e2e/run-test-electron.mjs (desktop VS Code, needs internet).
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const testFiles = ['factcheck.test.js', 'claims.test.js'].map((f) => path.join(__dirname, f));
  for (const f of testFiles) mocha.addFile(f);
  const results = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const xfailed = new Set(testFiles.flatMap((f) => [...(require(f).xfailed || [])]));
        for (const r of results) if (r.status === 'PASS' && xfailed.has(r.id)) r.status = 'XFAIL';
        // one machine-readable line for the runners' summaries
        console.log('E2E-RESULT ' + JSON.stringify(results));
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`)); else resolve();
      });
      const id = (t) => t.title.split(':')[0];
      runner.on('pass', (t) => results.push({ id: id(t), status: 'PASS' }));
      runner.on('fail', (t, err) => results.push({ id: t.type === 'hook' ? `hook "${t.title}"` : id(t), status: 'FAIL', msg: String(err && err.message).split('\n')[0] }));
    } catch (e) {
      reject(e);
    }
  });
};

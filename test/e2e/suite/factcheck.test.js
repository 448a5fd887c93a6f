'use strict';
// Extension-host tests through the vscode API, on the seed article. Mocha (bdd), run by ./index.js.
// Env: E2E_XFAIL  comma-separated test ids expected to fail for now (a passing one then fails: remove it)
//      E2E_CLI_SCAN  path of `factcheck scan --format json` output for the seed (for the CLI comparison)
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');

const { EXTENSION_ID, SEED, checker, code, waitForDiagnostics, hoverText } = require('./helpers');

const TASS_QUOTE = 'This will not be in coming weeks';
const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Ids that failed as expected (read by ./index.js for the summary). */
exports.xfailed = new Set();
const check = checker(exports.xfailed);

const ours = (ds) => ds.filter((d) => d.source === 'factcheck');

describe('factcheck in the extension host (seed article)', function () {
  let doc;
  let manifest;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'a workspace folder (seeds/) is open');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SEED));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  check('activation', 'the extension is present and activates without error', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed/under development`);
    manifest = ext.packageJSON;
    await ext.activate();
    assert.ok(ext.isActive, 'isActive after activate()');
  });

  check('diagnostics', 'diagnostics on the seed: source factcheck, codes are rule ids, one on the TASS quote', async function () {
    const diags = ours(await waitForDiagnostics(doc.uri, (d) => ours(d).length > 0, 'factcheck diagnostics'));
    const all = vscode.languages.getDiagnostics(doc.uri);
    assert.deepStrictEqual(all.filter((d) => d.source !== 'factcheck').map((d) => d.message), [], 'every diagnostic on the seed comes from factcheck');
    const badCodes = diags.filter((d) => typeof code(d) !== 'string' || !RULE_ID.test(code(d)));
    assert.deepStrictEqual(badCodes.map((d) => `${JSON.stringify(code(d))}: ${d.message}`), [], 'every code is a rule id (kebab-case string)');
    const empty = diags.filter((d) => !d.message.trim());
    assert.strictEqual(empty.length, 0, 'every diagnostic has a message');
    const q = doc.getText().indexOf(TASS_QUOTE);
    const quote = new vscode.Range(doc.positionAt(q), doc.positionAt(q + TASS_QUOTE.length));
    const onQuote = diags.filter((d) => d.range.intersection(quote));
    assert.ok(onQuote.length > 0, `a diagnostic overlaps the TASS quote; have: ${diags.map((d) => `${code(d)}@${doc.offsetAt(d.range.start)}`).join(', ')}`);
    console.log(`    ${diags.length} diagnostics: ${[...new Set(diags.map(code))].join(', ')}`);
  });

  check('diagnostics-match-cli', 'the editor shows exactly the findings `factcheck scan` reports for the seed', async function () {
    const file = process.env.E2E_CLI_SCAN;
    assert.ok(file && fs.existsSync(file), `E2E_CLI_SCAN names the CLI's JSON output (got ${JSON.stringify(file)})`);
    const raw = fs.readFileSync(file, 'utf8');
    let scan;
    try { scan = JSON.parse(raw); } catch (e) { assert.fail(`factcheck scan --format json did not print JSON: ${JSON.stringify(raw.slice(0, 200))}`); }
    const entry = (scan.files || [])[0];
    assert.ok(entry && Array.isArray(entry.findings), `the scan has files[0].findings: ${raw.slice(0, 200)}`);
    const expected = entry.findings.map((f) => `${f.rule}@${f.start}-${f.end}`).sort();
    const diags = ours(await waitForDiagnostics(doc.uri, (d) => ours(d).length >= Math.max(1, expected.length), 'as many diagnostics as the CLI finds').catch(() => vscode.languages.getDiagnostics(doc.uri)));
    const actual = diags.map((d) => `${code(d)}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`).sort();
    assert.ok(expected.length > 0, 'the CLI reports at least one finding on the seed');
    assert.deepStrictEqual(actual, expected);
  });

  check('hover-chain', 'vscode.executeHoverProvider on the TASS quote shows the chain (BBC, TASS, this article)', async function () {
    const at = doc.positionAt(doc.getText().indexOf(TASS_QUOTE) + TASS_QUOTE.indexOf('coming') + 2);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers);
    const missing = ['BBC', 'TASS'].filter((w) => !text.includes(w)).concat(/this article/i.test(text) ? [] : ['this article']);
    assert.deepStrictEqual(missing, [], `hover at ${at.line + 1}:${at.character + 1} lacks ${missing.join(', ')}: ${JSON.stringify(text)}`);
  });

  check('commands', 'every command in contributes.commands is registered', async function () {
    manifest = manifest || vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const contributed = ((manifest.contributes || {}).commands || []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'the manifest contributes at least one command');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed but not registered');
  });

  check('mark-claim', 'a "Mark claim" command is registered; run on the selected TASS quote it records and saves the claim', async function () {
    manifest = manifest || vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const cmd = ((manifest.contributes || {}).commands || []).find((c) => /mark claim/i.test(c.title));
    assert.ok(cmd, 'contributes.commands has an entry titled "Mark claim"');
    assert.ok((await vscode.commands.getCommands(true)).includes(cmd.command), `${cmd.command} is registered`);
    const editor = await vscode.window.showTextDocument(doc);
    const q = doc.getText().indexOf(TASS_QUOTE);
    editor.selection = new vscode.Selection(doc.positionAt(q), doc.positionAt(q + TASS_QUOTE.length));
    const rec = await vscode.commands.executeCommand(cmd.command);
    assert.ok(rec && rec.anchor, `${cmd.command} returns the claim record (got ${JSON.stringify(rec)})`);
    assert.strictEqual(rec.anchor.exact, TASS_QUOTE, 'the claim is the selected text');
    // saved next to the article (server/src/review/README.md: <article>.factcheck.json)
    const sidecar = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `${SEED}.factcheck.json`);
    const deadline = Date.now() + 15000;
    let text = '';
    while (Date.now() < deadline) {
      try { text = Buffer.from(await vscode.workspace.fs.readFile(sidecar)).toString('utf8'); if (text.includes(TASS_QUOTE)) break; } catch { /* not written yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(text.includes(TASS_QUOTE), `${sidecar.fsPath} holds the claim within 15 s`);
  });
});

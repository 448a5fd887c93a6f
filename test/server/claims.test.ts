// Claims through the real language server over stdio (dist/server.js --stdio): executeCommand,
// sidecar IO on temp files, following edits, save, corrupt sidecars, outside edits, hover,
// diagnostics, code actions and the factcheck/claimsChanged notification. No mocks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { parseSidecar } from '../../server/src/review/sidecar';
import type { ClaimRecord } from '../../server/src/review/model';
import {
  CLAIM_COMMANDS, CLAIMS_CHANGED_NOTIFICATION,
  type ClaimsAtResult, type ClaimsChangedParams, type ClaimsExportResult, type ClaimsListResult,
} from '../../server/src/shared/protocol';
import { Inbox, initialize, startServer, type TestServer } from './lsp-client';

// Non-ASCII before and inside the claim: curly quotes, NBSP, en dash, emoji (2 UTF-16 units).
const LINE0 = 'Zoë’s café\u00a0– 🎉 a headline';
const LINE1 = 'Unemployment fell by 40,000 last quarter, the minister said.';
const LINE2 = '“We will win the vote easily,” said Jane Doe, according to Reuters on Monday.';
const TEXT = `${LINE0}\n${LINE1}\n${LINE2}\n`;
const CLAIM = 'Unemployment fell by 40,000 last quarter';
const QUOTE = 'We will win the vote easily,';

const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');

let dir: string;
let s: TestServer;
let changed: Inbox<ClaimsChangedParams>;
let n = 0;

/** A fresh article file in the temp dir; returns its path and URI. */
function article(text = TEXT, name = `a${++n}.txt`): { file: string; uri: string; sidecar: string } {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { file, uri: pathToFileURL(file).href, sidecar: `${file}.factcheck.json` };
}

function exec<T>(command: string, arg: unknown): Promise<T> {
  return s.conn.sendRequest('workspace/executeCommand', { command, arguments: [arg] }) as Promise<T>;
}

async function open(uri: string, text: string, version = 1): Promise<ClaimsChangedParams> {
  const from = changed.items.length;
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  return changed.waitFor((p) => p.uri === uri && !p.closed, `claims loaded for ${uri}`, from);
}

function close(uri: string) {
  s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

/** Offsets -> LSP range within TEXT-like texts (line/character by splitting on \n). */
function rangeOf(text: string, needle: string, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `fixture: ${needle} not found`);
  return { start: pos(text, i), end: pos(text, i + needle.length) };
}
function pos(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function readSidecar(file: string) {
  const r = parseSidecar(fs.readFileSync(file, 'utf8'));
  assert.ok(r.ok, 'the sidecar on disk parses');
  return r.sidecar;
}

async function waitForFile(file: string, pred: (text: string) => boolean, what: string): Promise<string> {
  // Event-driven where possible; the file system has no event here, so poll with a deadline.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const t = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (pred(t)) return t;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-claims-'));
  s = startServer();
  changed = new Inbox();
  s.conn.onNotification(CLAIMS_CHANGED_NOTIFICATION, (p: ClaimsChangedParams) => changed.push(p));
  const init = await initialize(s, { claimsNotification: true }, true, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  const caps = init.capabilities as { executeCommandProvider?: { commands: string[] }; codeActionProvider?: unknown };
  assert.ok(Object.values(CLAIM_COMMANDS).every((c) => caps.executeCommandProvider?.commands.includes(c)), 'every claim command is listed');
  assert.ok(caps.codeActionProvider);
});

after(async () => {
  await s.conn.sendRequest('shutdown').catch(() => undefined);
  s.conn.sendNotification('exit');
  await Promise.race([s.exited, new Promise((r) => setTimeout(r, 5000).unref())]);
  s.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('claims over LSP', () => {
  test('add via executeCommand writes the sidecar atomically with the claim', async () => {
    const { uri, sidecar } = article();
    const loaded = await open(uri, TEXT);
    assert.deepEqual(loaded.claims, []);
    assert.equal(loaded.storage, 'file');
    assert.equal(fs.existsSync(sidecar), false, 'opening writes nothing');

    const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM), fields: { verdict: 'mostly-false', note: 'Figures say 4,000.' } });
    assert.equal(rec.anchor.exact, CLAIM);
    assert.equal(rec.verdict?.label, 'Mostly false');
    const sc = readSidecar(sidecar);
    assert.equal(sc.claims.length, 1);
    assert.equal(sc.claims[0].id, rec.id);
    assert.equal(sc.claims[0].anchor.exact, CLAIM);
    assert.equal(sc.claims[0].anchor.start, TEXT.indexOf(CLAIM));
    assert.equal(sc.claims[0].verdict?.key, 'mostly-false');
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temp file left behind');
    const list = await exec<ClaimsListResult>(CLAIM_COMMANDS.list, { uri });
    assert.deepEqual(list.claims.map((c) => c.id), [rec.id]);
    assert.deepEqual(list.claims[0].range, rangeOf(TEXT, CLAIM));
    close(uri);
  });

  test('didChange before, inside and after claims: the list shows shifted ranges', async () => {
    const { uri } = article();
    await open(uri, TEXT);
    const a = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM) });
    const b = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, QUOTE) });
    // v2: insert at the start of line 1, before both claims: "NEW 😀 " (7 UTF-16 units).
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'NEW 😀 ' }],
    });
    // v3: inside claim a: "40,000" -> "4,000".
    const t2 = TEXT.replace(LINE1, 'NEW 😀 ' + LINE1);
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: rangeOf(t2, '40,000'), text: '4,000' }],
    });
    // v4: after claim b, on its line.
    const t3 = t2.replace('40,000', '4,000');
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: rangeOf(t3, 'Monday'), text: 'Tuesday' }],
    });
    const t4 = t3.replace('Monday', 'Tuesday');
    const list = await exec<ClaimsListResult>(CLAIM_COMMANDS.list, { uri });
    assert.equal(list.version, 4);
    const ca = list.claims.find((c) => c.id === a.id)!, cb = list.claims.find((c) => c.id === b.id)!;
    assert.equal(ca.anchor.state, 'edited');
    assert.equal(ca.text, 'Unemployment fell by 4,000 last quarter');
    assert.equal(ca.anchor.exact, CLAIM, 'the reviewed wording is kept');
    assert.deepEqual(ca.range, rangeOf(t4, 'Unemployment fell by 4,000 last quarter'));
    assert.equal(cb.anchor.state, 'anchored');
    assert.deepEqual(cb.range, rangeOf(t4, QUOTE));
    assert.equal(cb.anchor.start, t4.indexOf(QUOTE));
    // The notification caught up (sent after typing pauses; v4 moved no claim, so it may say v3).
    const note = await changed.waitFor((p) => p.uri === uri && p.claims.some((c) => c.anchor.state === 'edited'), 'claimsChanged after the edits');
    assert.deepEqual(note.claims.map((c) => c.range), [ca.range, cb.range]);
    close(uri);
  });

  test('save writes the sidecar for the saved text; an unchanged save writes nothing', async () => {
    const { file, uri, sidecar } = article();
    await open(uri, TEXT);
    await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, QUOTE) });
    const before = fs.readFileSync(sidecar, 'utf8');
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Update: ' }],
    });
    const t2 = 'Update: ' + TEXT;
    fs.writeFileSync(file, t2);
    s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await waitForFile(sidecar, (t) => t !== before, 'the sidecar to change on save');
    const sc = parseSidecar(after);
    assert.ok(sc.ok);
    assert.equal(sc.sidecar.claims[0].anchor.start, t2.indexOf(QUOTE));
    assert.equal(sc.sidecar.document.sha256, (await import('../../server/src/review/hash')).sha256Text(t2));
    // Saving again with nothing changed leaves the file as it is (same bytes, same inode time).
    const mtime = fs.statSync(sidecar).mtimeMs;
    s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await exec(CLAIM_COMMANDS.list, { uri }); // a round trip after the save was handled
    assert.equal(fs.statSync(sidecar).mtimeMs, mtime);
    close(uri);
  });

  test('a document without claims never gets a sidecar on save', async () => {
    const { uri, sidecar } = article();
    await open(uri, TEXT);
    s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await exec(CLAIM_COMMANDS.list, { uri });
    assert.equal(fs.existsSync(sidecar), false);
    close(uri);
  });

  for (const [what, bytes] of [
    ['corrupt JSON', '{"type": "AnnotationPage", "items": [ {'],
    ['a newer format', JSON.stringify({ type: 'AnnotationPage', 'fc:formatVersion': 99, items: [] })],
  ] as const) {
    test(`${what} sidecar: error shown, diagnostic at line 1, file bytes unchanged, nothing written`, async () => {
      const { uri, sidecar } = article();
      fs.writeFileSync(sidecar, bytes);
      const msgFrom = s.messages.items.length;
      const diagFrom = s.diagnostics.items.length;
      const loaded = await open(uri, TEXT);
      assert.ok(loaded.error, 'the list carries the error');
      const m = await s.messages.waitFor((x) => x.message.includes(path.basename(sidecar)), 'an error message naming the sidecar', msgFrom);
      assert.equal(m.type, 1);
      assert.ok(!m.message.includes('\n'), 'one line');
      const p = await s.diagnostics.waitFor((d) => d.uri === uri && d.diagnostics.some((x) => x.code === 'claims-file'), 'the claims-file diagnostic', diagFrom);
      const d = p.diagnostics.find((x) => x.code === 'claims-file')!;
      assert.equal(d.severity, 1);
      assert.equal(d.range.start.line, 0);
      await assert.rejects(exec(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM) }), /read-only/);
      s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
      await exec(CLAIM_COMMANDS.list, { uri });
      assert.equal(fs.readFileSync(sidecar, 'utf8'), bytes, 'the file is byte for byte what it was');
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
      close(uri);
    });
  }

  test('outside edit of the article, then reopen: claims are re-anchored or orphaned, never lost', async () => {
    const { file, uri, sidecar } = article();
    await open(uri, TEXT);
    const moved = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, QUOTE), fields: { verdict: 'false' } });
    const gone = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM), fields: { verdict: 'true' } });
    close(uri);
    // Another editor: a paragraph above, and the claim sentence rewritten beyond recognition.
    const t2 = `A new first paragraph – with “quotes”.\n${LINE0}\nThe jobs picture is unclear, officials admit.\n${LINE2}\n`;
    fs.writeFileSync(file, t2);
    const msgFrom = s.messages.items.length;
    const loaded = await open(uri, t2);
    assert.equal(loaded.claims.length, 2, 'both claims are still there');
    const m = loaded.claims.find((c) => c.id === moved.id)!;
    assert.equal(m.anchor.state, 'anchored');
    assert.deepEqual(m.range, rangeOf(t2, QUOTE));
    assert.equal(m.verdict?.key, 'false');
    const o = loaded.claims.find((c) => c.id === gone.id)!;
    assert.equal(o.anchor.state, 'orphan');
    assert.equal(o.anchor.exact, CLAIM);
    assert.equal(o.verdict?.key, 'true');
    const warn = await s.messages.waitFor((x) => /could not be placed/.test(x.message), 'a warning about the orphan', msgFrom);
    assert.equal(warn.type, 2);
    // Orphan: a warning at line 1 saying it could not be placed.
    const p = await s.diagnostics.waitFor((d) => d.uri === uri && d.diagnostics.some((x) => x.code === 'claim-orphan'), 'the orphan diagnostic');
    const od = p.diagnostics.find((x) => x.code === 'claim-orphan')!;
    assert.equal(od.severity, 2);
    assert.deepEqual(od.range.start, { line: 0, character: 0 });
    assert.match(od.message, /could not be placed/);
    // Re-attach the orphan to a selection: it is anchored there and the old quote is in its history.
    const re = await exec<ClaimRecord>(CLAIM_COMMANDS.confirm, { uri, id: gone.id, range: rangeOf(t2, 'The jobs picture is unclear') });
    assert.equal(re.anchor.state, 'anchored');
    assert.equal(re.anchor.exact, 'The jobs picture is unclear');
    assert.ok(re.history.some((h) => h.change === 'anchor' && h.from === CLAIM));
    const sc = readSidecar(sidecar);
    assert.equal(sc.claims.length, 2);
    close(uri);
  });

  test('hover on a claim shows its verdict, status, note, evidence and anchor', async () => {
    const { uri } = article();
    await open(uri, TEXT);
    const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM) });
    await exec(CLAIM_COMMANDS.update, { uri, id: rec.id, fields: { verdict: 'Mostly false', status: 'checked', note: 'The office says *4,000*.', evidence: ['https://stats.example/q3_(table)'] } });
    const r = rangeOf(TEXT, CLAIM);
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } })) as Hover | null;
    const md = hoverText(h);
    assert.match(md, /\*\*Verdict:\*\* Mostly false \(2 on 1–5\)/);
    assert.match(md, /\*\*Status:\*\* Checked/);
    assert.ok(md.includes('The office says \\*4,000\\*.'), md);
    assert.ok(md.includes('(https://stats.example/q3_%28table%29)'), md);
    assert.match(md, /\*\*Anchor:\*\* in place/);
    assert.deepEqual(h!.range, r);
    // The quote on line 2 has a claim AND an attribution: both in one hover.
    await exec(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, QUOTE), fields: { verdict: 'half-true' } });
    const h2 = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } })) as Hover | null;
    const md2 = hoverText(h2);
    assert.match(md2, /Half true/);
    assert.match(md2, /Direct quote/);
    close(uri);
  });

  test('claim diagnostics: hint with code claim and "Claim: <verdict> — <note>"', async () => {
    const { uri } = article();
    await open(uri, TEXT);
    const from = s.diagnostics.items.length;
    await exec(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM), fields: { verdict: 'mostly-false', status: 'checked', note: 'Only 4,000.\nSecond line.' } });
    const p = await s.diagnostics.waitFor((d: PublishDiagnosticsParams) => d.uri === uri && d.diagnostics.some((x) => x.code === 'claim'), 'claim diagnostic', from);
    const d = p.diagnostics.find((x) => x.code === 'claim') as Diagnostic;
    assert.equal(d.severity, 4);
    assert.equal(d.message, 'Claim: Mostly false — Only 4,000.');
    assert.deepEqual(d.range, rangeOf(TEXT, CLAIM));
    assert.equal(d.source, 'factcheck');
    close(uri);
  });

  test('Mark claim at the cursor (empty range): the quote, with the claimant from its attribution', async () => {
    const { uri, sidecar } = article();
    await open(uri, TEXT);
    const at = await exec<ClaimsAtResult>(CLAIM_COMMANDS.at, { uri, position: { line: 2, character: 5 } });
    assert.equal(at.suggestion?.kind, 'attribution');
    assert.equal(at.suggestion?.text, 'We will win the vote easily,');
    assert.equal(at.suggestion?.claimant?.name, 'Jane Doe');
    const p = { line: 2, character: 5 };
    const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: { start: p, end: p } });
    assert.equal(rec.anchor.exact, QUOTE);
    assert.equal(rec.claimant?.name, 'Jane Doe');
    assert.equal(readSidecar(sidecar).claims[0].claimant?.name, 'Jane Doe');
    // Now the cursor is in a claim: `at` returns it.
    const at2 = await exec<ClaimsAtResult>(CLAIM_COMMANDS.at, { uri, position: p });
    assert.deepEqual(at2.claims.map((c) => c.id), [rec.id]);
    // Reported speech: its content (the cue and source are not part of the claim).
    const rec2 = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } } });
    assert.equal(rec2.anchor.exact, CLAIM);
    // No quote, no detected claim: the sentence (here the headline line, after non-ASCII text).
    const rec3 = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } } });
    assert.equal(rec3.anchor.exact, LINE0);
    assert.equal(rec3.claimant, undefined);
    await assert.rejects(exec(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, QUOTE) }), /already marked/);
    close(uri);
  });

  test('code actions offer "Mark as claim" on the quote; running its command marks it', async () => {
    const { uri } = article();
    await open(uri, TEXT);
    const range = { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } };
    const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
    const mark = actions.find((a) => a.title.startsWith('Mark as claim'));
    assert.ok(mark, JSON.stringify(actions));
    assert.equal(mark.kind, 'quickfix.factcheck.markClaim');
    assert.equal(mark.command?.command, CLAIM_COMMANDS.add);
    const rec = await exec<ClaimRecord>(mark.command!.command, mark.command!.arguments![0]);
    assert.equal(rec.anchor.exact, QUOTE);
    const again = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
    assert.equal(again.filter((a) => a.title.startsWith('Mark as claim')).length, 0, 'not offered on a marked quote');
    const none = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor'] } })) as CodeAction[];
    assert.deepEqual(none, [], 'the only filter is honoured');
    close(uri);
  });

  test('the sidecar changed on disk: a command reloads it instead of overwriting', async () => {
    const { uri, sidecar } = article();
    await open(uri, TEXT);
    const mine = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM) });
    // Someone else's version of the file (e.g. git pull): the claim with another verdict.
    const theirs = readSidecar(sidecar);
    theirs.claims[0].note = 'Written elsewhere.';
    const { serializeSidecar } = await import('../../server/src/review/sidecar');
    const theirText = serializeSidecar(theirs);
    fs.writeFileSync(sidecar, theirText);
    await assert.rejects(exec(CLAIM_COMMANDS.update, { uri, id: mine.id, fields: { verdict: 'true' } }), /changed on disk/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), theirText, 'their file is not overwritten');
    const list = await exec<ClaimsListResult>(CLAIM_COMMANDS.list, { uri });
    assert.equal(list.claims[0].note, 'Written elsewhere.', 'reloaded from disk');
    // Now in step again: the change goes through.
    await exec(CLAIM_COMMANDS.update, { uri, id: mine.id, fields: { verdict: 'true' } });
    const sc = readSidecar(sidecar);
    assert.equal(sc.claims[0].verdict?.key, 'true');
    assert.equal(sc.claims[0].note, 'Written elsewhere.');
    close(uri);
  });

  test('the sidecar is corrupted on disk after opening: the next write refuses, claims stay in memory', async () => {
    const { uri, sidecar } = article();
    await open(uri, TEXT);
    const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM), fields: { verdict: 'false' } });
    const garbage = '{ "items": [ oops';
    fs.writeFileSync(sidecar, garbage);
    const msgFrom = s.messages.items.length;
    await assert.rejects(exec(CLAIM_COMMANDS.update, { uri, id: rec.id, fields: { verdict: 'true' } }), /refusing to overwrite/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), garbage, 'the file is left as it is');
    await s.messages.waitFor((m) => m.type === 1 && m.message.includes('read-only'), 'an error message', msgFrom);
    const list = await exec<ClaimsListResult>(CLAIM_COMMANDS.list, { uri });
    assert.ok(list.error, 'the list says the claims are read-only');
    assert.deepEqual(list.claims.map((c) => c.id), [rec.id], 'the claim is still there');
    await assert.rejects(exec(CLAIM_COMMANDS.remove, { uri, id: rec.id }), /read-only/);
    // Fixed on disk (here: deleted) and reported by the watcher: usable again.
    fs.rmSync(sidecar);
    const from = changed.items.length;
    s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(sidecar).href, type: 3 }] });
    await changed.waitFor((x) => x.uri === uri && !x.error, 'claims usable again', from);
    close(uri);
  });

  test('didChangeWatchedFiles: an outside change to the sidecar is loaded', async () => {
    const { uri, sidecar } = article();
    await open(uri, TEXT);
    const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM) });
    const sc = readSidecar(sidecar);
    sc.claims[0].status = 'checked';
    const { serializeSidecar } = await import('../../server/src/review/sidecar');
    fs.writeFileSync(sidecar, serializeSidecar(sc));
    const from = changed.items.length;
    s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(sidecar).href, type: 2 }] });
    const p = await changed.waitFor((x) => x.uri === uri && x.claims[0]?.status === 'checked', 'claims reloaded after the watched change', from);
    assert.equal(p.claims[0].id, rec.id);
    close(uri);
  });

  test('update/remove/export: bad arguments are one-line errors; export gates ClaimReview', async () => {
    const { uri, sidecar } = article();
    await open(uri, TEXT);
    const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, QUOTE) });
    await assert.rejects(exec(CLAIM_COMMANDS.update, { uri, id: rec.id, fields: { verdict: 'pants on fire' } }), /unknown verdict/);
    await assert.rejects(exec(CLAIM_COMMANDS.update, { uri, id: rec.id, fields: { evidence: ['ftp://x'] } }), /http\(s\) URL/);
    await assert.rejects(exec(CLAIM_COMMANDS.update, { uri, id: rec.id, fields: { colour: 'red' } }), /unknown field colour/);
    await assert.rejects(exec(CLAIM_COMMANDS.update, { uri: 'file:///nope.txt', id: rec.id, fields: {} }), /not open/);
    await assert.rejects(exec(CLAIM_COMMANDS.add, { uri, range: { start: { line: -1, character: 0 }, end: 3 } }), /LSP position/);
    let r = await exec<ClaimsExportResult>(CLAIM_COMMANDS.export, { uri, format: 'claimreview', includeUnchecked: true });
    assert.equal(r.exported, 0);
    assert.ok(r.messages.some((m) => /^error: .*article URL|url/i.test(m)), r.messages.join('\n'));
    await exec(CLAIM_COMMANDS.setDocumentInfo, { uri, canonicalUrl: 'https://news.example/story' });
    await exec(CLAIM_COMMANDS.update, {
      uri, id: rec.id,
      fields: { verdict: 'false', status: 'checked', note: 'No such vote was held.', evidence: ['https://records.example/votes'], claimDate: '2025-03-01', appearances: ['https://news.example/story'], firstAppearance: 'https://wire.example/original' },
    });
    r = await exec<ClaimsExportResult>(CLAIM_COMMANDS.export, { uri, format: 'claimreview', org: { name: 'Example Checks', url: 'https://checks.example' } });
    assert.equal(r.exported, 1, r.messages.join('\n'));
    const json = JSON.parse(r.output);
    assert.equal(json[0].reviewRating.alternateName, 'False');
    assert.equal(json[0].url, 'https://news.example/story');
    assert.equal(json[0].itemReviewed.author.name, 'Jane Doe');
    const md = await exec<ClaimsExportResult>(CLAIM_COMMANDS.export, { uri, format: 'markdown' });
    assert.equal(md.extension, 'md');
    assert.match(md.output, /No such vote was held/);
    await assert.rejects(exec(CLAIM_COMMANDS.export, { uri, format: 'pdf' }), /format must be/);
    assert.equal(readSidecar(sidecar).document.canonicalUrl, 'https://news.example/story');
    assert.equal(await exec(CLAIM_COMMANDS.remove, { uri, id: rec.id }), true);
    assert.equal(readSidecar(sidecar).claims.length, 0, 'the file stays, with no claims');
    await assert.rejects(exec(CLAIM_COMMANDS.remove, { uri, id: rec.id }), /no claim/);
    close(uri);
  });

  test('untitled documents keep claims in memory; nothing is written', async () => {
    const uri = 'untitled:Untitled-1';
    const before = fs.readdirSync(dir).length;
    const loaded = await open(uri, TEXT);
    assert.equal(loaded.storage, 'memory');
    const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM) });
    const list = await exec<ClaimsListResult>(CLAIM_COMMANDS.list, { uri });
    assert.deepEqual(list.claims.map((c) => c.id), [rec.id]);
    assert.equal(fs.readdirSync(dir).length, before);
    const from = changed.items.length;
    close(uri);
    const p = await changed.waitFor((x) => x.uri === uri && x.closed === true, 'the close notification', from);
    assert.deepEqual(p.claims, []);
  });

  test('a verdict scale from settings is used for new verdicts', async () => {
    const { uri } = article();
    s.config.factcheck = {
      verdictScale: {
        id: 'newsroom-v1', label: 'Newsroom', worstRating: 1, bestRating: 3,
        verdicts: [{ key: 'wrong', label: 'Wrong', ratingValue: 1, bucket: 'FALSE' }, { key: 'right', label: 'Right', ratingValue: 3, bucket: 'TRUE' }],
      },
      claims: { reviewer: 'R. Checker' },
    };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    try {
      await open(uri, TEXT);
      const rec = await exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range: rangeOf(TEXT, CLAIM), fields: { verdict: 'wrong' } });
      assert.equal(rec.verdict?.scale, 'newsroom-v1');
      assert.equal(rec.creator, 'R. Checker');
      await assert.rejects(exec(CLAIM_COMMANDS.update, { uri, id: rec.id, fields: { verdict: 'mostly-false' } }), /unknown verdict/);
      close(uri);
    } finally {
      s.config.factcheck = {};
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
  });
});

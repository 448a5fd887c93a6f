// The built server over real JSON-RPC: quick fixes for ignore comments, semantic tokens, the
// factcheck/sources request, factcheck.run modes and the Check Document command, status counts,
// and per-folder settings in a multi-root workspace.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LEGEND } from '../../server/src/semantic';
import { CLAIM_COMMANDS, type SourcesResult, type StatusParams } from '../../server/src/shared/protocol';
import { initialize, startServer, type TestServer } from './lsp-client';

const RELAYED = '“We will win,” said Jane Doe, according to Reuters on Monday.';
// A quote nobody is said to have said: three words or more (shorter ones read as scare quotes), and
// not in the paragraph right after another quote (it would continue that speaker: inferred-attribution).
const UNATTRIBUTED = 'The vote failed.\n\n“Nobody saw this coming.”';

function open(s: TestServer, uri: string, text: string, languageId = 'plaintext', version = 1) {
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}
function change(s: TestServer, uri: string, text: string, version: number) {
  s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}
const next = (s: TestServer, uri: string, what: string, from = s.diagnostics.items.length) =>
  s.diagnostics.waitFor((d) => d.uri === uri, what, from);
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

async function codeActions(s: TestServer, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0].range;
  const all = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) as CodeAction[];
  // Claim actions ("Mark as claim", kinds quickfix.factcheck.*) are tested in claims.test.ts.
  return all.filter((a) => !a.kind?.startsWith('quickfix.factcheck.'));
}
/** Applies a code action's edit (changes or documentChanges) to the text. */
function applyAction(text: string, a: CodeAction, uri: string): string {
  const edits: TextEdit[] = a.edit?.changes?.[uri] ?? (a.edit?.documentChanges?.[0] as { edits: TextEdit[] } | undefined)?.edits ?? [];
  assert.ok(edits.length, `no edit in ${JSON.stringify(a)}`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 0, text), edits);
}

describe('quick fixes, semantic tokens and sources', () => {
  let s: TestServer;
  before(async () => {
    s = startServer();
    const init = await initialize(s, { statusNotification: true }, true, {
      workspace: { semanticTokens: { refreshSupport: true }, workspaceEdit: { documentChanges: true } },
    });
    assert.deepEqual((init.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
    assert.deepEqual((init.capabilities.semanticTokensProvider as { legend: unknown }).legend, LEGEND);
    assert.deepEqual((init.capabilities.executeCommandProvider as { commands: string[] }).commands.sort(), ['factcheck.checkDocument', 'factcheck.showSummary', ...Object.values(CLAIM_COMMANDS)].sort());
  });
  after(() => s.kill());

  test('plain text: "Ignore on this line" inserts a bracket line above; applying it clears the finding', async () => {
    const uri = 'file:///tmp/fc/ignore.txt';
    const text = `Intro – Zoë.\r\n\t${RELAYED}\r\n`;
    let from = s.diagnostics.items.length;
    open(s, uri, text);
    const p = await next(s, uri, 'diagnostics', from);
    assert.deepEqual(codes(p), ['secondhand']);
    const actions = await codeActions(s, uri, p.diagnostics);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [
      ['Ignore "secondhand" on this line', 'quickfix'],
      ['Disable "secondhand" in this file', 'quickfix'],
    ]);
    assert.deepEqual(actions[0].diagnostics, [p.diagnostics[0]]);
    const docChange = actions[0].edit?.documentChanges?.[0] as { textDocument: { uri: string; version: number } };
    assert.deepEqual(docChange.textDocument, { uri, version: 1 }, 'versioned edit when the client supports documentChanges');
    const fixed = applyAction(text, actions[0], uri);
    assert.equal(fixed, `Intro – Zoë.\r\n\t[factcheck-disable-next-line secondhand]\r\n\t${RELAYED}\r\n`);
    from = s.diagnostics.items.length;
    change(s, uri, fixed, 2);
    const q = await next(s, uri, 'diagnostics after the fix', from);
    assert.equal(q.version, 2);
    assert.deepEqual(q.diagnostics, []);
  });

  test('Markdown: "Disable in this file" goes after the front matter; code actions for other kinds are empty', async () => {
    const uri = 'file:///tmp/fc/file.md';
    const text = `---\ntitle: x\n---\n\n${RELAYED}\n`;
    let from = s.diagnostics.items.length;
    open(s, uri, text, 'markdown');
    const p = await next(s, uri, 'diagnostics', from);
    assert.deepEqual(await codeActions(s, uri, p.diagnostics, ['source.fixAll']), []);
    const actions = await codeActions(s, uri, p.diagnostics, ['quickfix']);
    const fileAction = actions.find((a) => a.title.startsWith('Disable'));
    assert.ok(fileAction);
    const fixed = applyAction(text, fileAction, uri);
    assert.equal(fixed, `---\ntitle: x\n---\n<!-- factcheck-disable-file secondhand -->\n\n${RELAYED}\n`);
    from = s.diagnostics.items.length;
    change(s, uri, fixed, 2);
    assert.deepEqual((await next(s, uri, 'diagnostics after the fix', from)).diagnostics, []);
  });

  test('no quick fix for the large-file notice or for diagnostics of other tools', async () => {
    const uri = 'file:///tmp/fc/ignore.txt';
    const foreign: Diagnostic = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, message: 'x', source: 'cspell', code: 'secondhand' };
    const notice: Diagnostic = { ...foreign, source: 'factcheck', code: 'max-file-size' };
    assert.deepEqual(await codeActions(s, uri, [foreign, notice]), []);
  });

  test('semantic tokens: quote, cue and source with modifiers, UTF-16 columns', async () => {
    const uri = 'file:///tmp/fc/tokens.txt';
    const text = `Zoë 🎉\n${RELAYED}\n\n${UNATTRIBUTED}`;
    const from = s.diagnostics.items.length;
    open(s, uri, text);
    await next(s, uri, 'diagnostics', from);
    const r = (await s.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    const line1 = text.split('\n')[1];
    const mods = (names: string[]) => names.reduce((m, n) => m | (1 << LEGEND.tokenModifiers.indexOf(n as never)), 0);
    const relayedMods = mods(['attributed', 'secondhand', 'flagged']);
    assert.deepEqual(r.data, [
      1, 1, 'We will win,'.length, 0, relayedMods,
      0, line1.indexOf('said') - 1, 4, 1, relayedMods,
      0, 5, 'Jane Doe'.length, 2, relayedMods,
      4, 1, 'Nobody saw this coming.'.length, 0, mods(['unattributed', 'flagged']),
    ]);
    const none = (await s.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///tmp/fc/not-open.txt' } })) as { data: number[] };
    assert.deepEqual(none.data, []);
  });

  test('while typing, semantic tokens wait for the debounced check and use its analysis', async () => {
    const uri = 'file:///tmp/fc/typing.txt';
    let from = s.diagnostics.items.length;
    open(s, uri, RELAYED);
    await next(s, uri, 'diagnostics on open', from);
    from = s.diagnostics.items.length;
    change(s, uri, `“Nobody saw this coming.” ${RELAYED}`, 2);
    const r = (await s.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    const published = s.diagnostics.items.slice(from).filter((d) => d.uri === uri);
    assert.deepEqual(published.map((d) => d.version), [2], 'the debounced check (300 ms) was published before the tokens answered');
    assert.equal(r.data.length, 4 * 5, 'tokens of version 2: two quotes, a cue and a source');
  });

  test('factcheck/sources: grouped speakers with LSP ranges; null for unknown documents', async () => {
    const uri = 'file:///tmp/fc/tokens.txt';
    const r = (await s.conn.sendRequest('factcheck/sources', { textDocument: { uri } })) as SourcesResult;
    assert.equal(r.uri, uri);
    assert.equal(r.version, 1);
    assert.deepEqual(r.sources.map((x) => [x.name, x.category, x.count, x.relayed, x.relays]), [
      ['Jane Doe', 'named', 1, 1, ['Reuters']],
      ['No speaker', 'unknown', 1, 0, []],
    ]);
    assert.deepEqual(r.sources[0].attributions[0].location, { start: { line: 1, character: 1 }, end: { line: 1, character: 13 } });
    assert.equal(await s.conn.sendRequest('factcheck/sources', { textDocument: { uri: 'file:///nope.txt' } }), null);
    assert.equal(await s.conn.sendRequest('factcheck/sources', {}), null, 'bad params: null, not an error');
  });

  test('status notifications carry counts by severity', async () => {
    const st = s.notifications.items
      .filter((n) => n.method === 'factcheck/status')
      .map((n) => n.params as StatusParams)
      .filter((p) => p.uri === 'file:///tmp/fc/tokens.txt');
    assert.ok(st.length);
    assert.deepEqual(st[st.length - 1].counts, { error: 0, warning: 2, information: 0, hint: 0 });
    assert.equal(st[st.length - 1].findings, 2);
  });

  test('a settings change asks the client to refresh semantic tokens', async () => {
    const from = s.requests.items.length;
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.requests.waitFor((r) => r.method === 'workspace/semanticTokens/refresh', 'a semantic tokens refresh', from);
  });
});

describe('factcheck.run and the Check Document command', () => {
  let s: TestServer;
  before(async () => {
    s = startServer();
    s.configFor = (scope) =>
      scope?.includes('/save/') ? { run: 'onSave', debounceMs: 0 } : scope?.includes('/manual/') ? { run: 'manual' } : { debounceMs: 0 };
    await initialize(s, { statusNotification: true });
  });
  after(() => s.kill());

  /** Opens a fresh onType document and waits for its diagnostics: every earlier check has been published by then. */
  let barriers = 0;
  async function barrier() {
    const uri = `file:///tmp/fc/type/barrier${++barriers}.txt`;
    const from = s.diagnostics.items.length;
    open(s, uri, '“Hm.”');
    await next(s, uri, 'the barrier document', from);
    return s.diagnostics.items.length;
  }

  test('onSave: checks on open and save, not on change', async () => {
    const uri = 'file:///tmp/fc/save/a.txt';
    let from = s.diagnostics.items.length;
    open(s, uri, RELAYED);
    assert.deepEqual(codes(await next(s, uri, 'diagnostics on open', from)), ['secondhand']);
    from = s.diagnostics.items.length;
    change(s, uri, `${RELAYED}\n\n${UNATTRIBUTED}`, 2);
    const upTo = await barrier();
    assert.equal(s.diagnostics.items.slice(from, upTo).filter((d) => d.uri === uri).length, 0, 'no check on change');
    s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const p = await next(s, uri, 'diagnostics on save', upTo);
    assert.equal(p.version, 2);
    assert.deepEqual(codes(p), ['secondhand', 'unattributed-quote']);
  });

  test('manual: nothing on open (status "waiting"), then the command checks', async () => {
    const uri = 'file:///tmp/fc/manual/b.txt';
    const from = s.diagnostics.items.length;
    const statusFrom = s.notifications.items.length;
    open(s, uri, RELAYED);
    const waiting = await s.notifications.waitFor((n) => (n.params as StatusParams)?.uri === uri, 'a status for the manual document', statusFrom);
    assert.equal((waiting.params as StatusParams).state, 'waiting');
    const upTo = await barrier();
    assert.equal(s.diagnostics.items.slice(from, upTo).filter((d) => d.uri === uri).length, 0, 'no check on open');
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'factcheck.checkDocument', arguments: [uri] }), true);
    assert.deepEqual(codes(await next(s, uri, 'diagnostics after the command', upTo)), ['secondhand']);
    // { uri } works too; an unknown document answers false.
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'factcheck.checkDocument', arguments: [{ uri }] }), true);
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'factcheck.checkDocument', arguments: ['file:///nope.txt'] }), false);
  });

  test('manual: hover still reflects the current text', async () => {
    const uri = 'file:///tmp/fc/manual/c.txt';
    open(s, uri, RELAYED);
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } })) as { contents: { value: string } } | null;
    assert.match(h?.contents.value ?? '', /Jane Doe/);
  });

  test('an unknown command answers null and is logged; the server keeps running', async () => {
    const logFrom = s.logs.items.length;
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'nope', arguments: [] }), null);
    await s.logs.waitFor((l) => /unknown command nope/.test(l.message), 'the error in the log', logFrom);
    assert.ok(await s.conn.sendRequest('factcheck/sources', { textDocument: { uri: 'file:///tmp/fc/manual/c.txt' } }));
  });
});

describe('multi-root: settings per workspace folder', () => {
  let s: TestServer;
  before(async () => {
    s = startServer();
    s.configFor = (scope) =>
      scope?.startsWith('file:///ws/news/') ? { rules: { secondhand: 'off' }, languages: ['markdown'] } : scope?.startsWith('file:///ws/blog/') ? { rules: { secondhand: 'error' } } : {};
    await initialize(s, { statusNotification: true }, true, {
      workspaceFolders: [{ uri: 'file:///ws/news', name: 'news' }, { uri: 'file:///ws/blog', name: 'blog' }],
    });
  });
  after(() => s.kill());

  test('each document gets its own folder’s settings', async () => {
    const news = 'file:///ws/news/a.md';
    const blog = 'file:///ws/blog/a.md';
    const newsTxt = 'file:///ws/news/b.txt';
    const from = s.diagnostics.items.length;
    open(s, news, `${RELAYED}\n\n${UNATTRIBUTED}`, 'markdown');
    open(s, blog, `${RELAYED}\n\n${UNATTRIBUTED}`, 'markdown');
    open(s, newsTxt, RELAYED, 'plaintext');
    const pn = await next(s, news, 'news diagnostics', from);
    const pb = await next(s, blog, 'blog diagnostics', from);
    const pt = await next(s, newsTxt, 'news .txt diagnostics', from);
    assert.deepEqual(codes(pn), ['unattributed-quote'], 'secondhand is off in the news folder');
    assert.deepEqual(pb.diagnostics.map((d) => [d.code, d.severity]), [['secondhand', 1], ['unattributed-quote', 2]]);
    assert.deepEqual(pt.diagnostics, [], 'plain text is not in the news folder’s languages');
    const st = await s.notifications.waitFor((n) => (n.params as StatusParams)?.uri === newsTxt, 'status for the .txt');
    assert.equal((st.params as StatusParams).state, 'skipped');
  });
});

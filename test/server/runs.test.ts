// One engine run per document version: the debounced check, hovers, semantic tokens and the Sources
// view share the analysis of a version (server.ts: the result and the run in flight are reused, requests
// wait for a scheduled check). The server core runs in-process over a stream pair, with a runner that
// counts what it is asked to analyse.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/server';
import { inThreadRunner, type AnalysisRunner } from '../../server/src/runner';
import { SOURCES_REQUEST } from '../../server/src/shared/protocol';
import { wireClient, type TestClient } from './lsp-client';

const URI = 'file:///runs/article.txt';
const TEXT = '\u201cWe will win,\u201d said Jane Doe, according to Reuters.\n\nCritics said the plan failed because prices rose 4 percent.\n';

describe('one engine run per version', () => {
  let client: TestClient;
  const runs: { uri: string; text: string }[] = [];
  before(async () => {
    // message readers/writers, not raw streams: the library exits the process when a raw input stream ends
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const counting = (inner: AnalysisRunner): AnalysisRunner => ({
      ...inner,
      run(req) {
        runs.push({ uri: req.uri, text: req.text });
        return inner.run(req);
      },
    });
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), 'test', { runner: () => counting(inThreadRunner()) });
    client = wireClient(createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
    client.config.factcheck = { debounceMs: 150 };
    // no processId: the library would watch it with a timer that keeps this process alive
    await client.conn.sendRequest('initialize', {
      processId: null, rootUri: null, workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await client.conn.sendNotification('initialized', {});
  });
  after(() => client.conn.dispose());

  const requests = () => [
    client.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 3 } }),
    client.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } }),
    client.conn.sendRequest(SOURCES_REQUEST, { textDocument: { uri: URI } }),
  ];

  test('open, then requests: one run', async () => {
    client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: TEXT } });
    const answers = await Promise.all(requests());
    await client.diagnostics.waitFor((d) => d.uri === URI && d.version === 1, 'diagnostics for version 1');
    assert.ok(answers[0], 'a hover');
    assert.equal(runs.length, 1, JSON.stringify(runs.map((r) => r.text.length)));
  });

  test('a burst of edits with requests in between (within the debounce): one run, for the last version', async () => {
    const before = runs.length;
    let text = TEXT;
    const pending: Promise<unknown>[] = [];
    for (let v = 2; v <= 5; v++) {
      client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version: v },
        contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }],
      });
      text += 'x';
      pending.push(...requests());
    }
    await Promise.all(pending);
    await client.diagnostics.waitFor((d) => d.uri === URI && d.version === 5, 'diagnostics for version 5');
    assert.deepEqual(runs.slice(before).map((r) => r.text), [text], 'one run, of the last version');
  });

  test('requests after the check: no new run', async () => {
    const before = runs.length;
    await Promise.all(requests());
    await Promise.all(requests());
    assert.equal(runs.length, before);
  });
});

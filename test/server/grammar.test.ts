// The quoted-speech injection grammar, tokenized for real with vscode-textmate + vscode-oniguruma
// (the same engine VS Code uses). Host grammars here are minimal stand-ins for text.plain and
// text.html.markdown (with code spans and fenced blocks) so the injection has something to inject into.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contribution = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === 'text.factcheck.quotes.injection');
const grammarPath = path.join(ROOT, contribution.path);

const hosts: Record<string, object> = {
  'text.plain': { scopeName: 'text.plain', patterns: [] },
  'text.html.markdown': {
    scopeName: 'text.html.markdown',
    patterns: [
      { name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' },
      { name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' },
    ],
  },
};

let registry: vsctm.Registry;
before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === contribution.scopeName) return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
      const host = hosts[scopeName];
      return host ? vsctm.parseRawGrammar(JSON.stringify(host), `${scopeName}.json`) : null;
    },
    getInjections: (scopeName: string) => (contribution.injectTo.includes(scopeName) ? [contribution.scopeName] : undefined),
  });
});

/** The substrings of each line that carry a speech-quote scope (marks included), one array per line. */
async function quoted(scope: string, text: string): Promise<string[][]> {
  const grammar = await registry.loadGrammar(scope);
  assert.ok(grammar, `grammar ${scope}`);
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    const spans: string[] = [];
    let cur = '';
    for (const t of r.tokens) {
      const inQuote = t.scopes.some((s) => /^string\.quoted\..*\.speech\.factcheck$/.test(s));
      if (inQuote) cur += line.slice(t.startIndex, t.endIndex);
      else if (cur) (spans.push(cur), (cur = ''));
    }
    if (cur) spans.push(cur);
    return spans;
  });
}

describe('quoted-speech injection grammar', () => {
  test('the manifest registers it for plain text and Markdown', () => {
    assert.deepEqual(contribution.injectTo, ['text.plain', 'text.html.markdown']);
    const g = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
    assert.equal(g.scopeName, contribution.scopeName);
    assert.match(g.injectionSelector, /text\.plain/);
    assert.match(g.injectionSelector, /text\.html\.markdown/);
  });

  test('straight and curly double quotes, after non-ASCII text', async () => {
    const [line] = await quoted('text.plain', 'Zoë — 🎉 “We will win,” said Jane. "Fine," he said.');
    assert.deepEqual(line, ['“We will win,”', '"Fine,"']);
  });

  test('curly single quotes, but not apostrophes', async () => {
    const [a, b] = await quoted('text.plain', 'It’s Obama’s call: ‘we’re done’, she said.\nThe Smiths’ dog isn’t quoted.');
    assert.deepEqual(a, ['‘we’re done’']);
    assert.deepEqual(b, []);
  });

  test('guillemets', async () => {
    assert.deepEqual((await quoted('text.plain', 'Il a dit «non» hier.'))[0], ['«non»']);
  });

  test('an unclosed quote stops at the end of its paragraph', async () => {
    const lines = await quoted('text.plain', '“This runs on\nto the next line\n\nBut not here.');
    assert.deepEqual(lines, [['“This runs on'], ['to the next line'], [], []]);
  });

  test('a quote across lines of one paragraph is one quote', async () => {
    const lines = await quoted('text.plain', 'He said “one\ntwo” and left.');
    assert.deepEqual(lines, [['“one'], ['two”']]);
  });

  test('Markdown: prose quotes yes, code spans and fenced code no', async () => {
    const lines = await quoted('text.html.markdown', 'She said “yes” and `"no"` too.\n```\nconst s = "code";\n```\n"After," he said.');
    assert.deepEqual(lines, [['“yes”'], [], [], [], ['"After,"']]);
  });

  test('lines without quotes get no quote scope', async () => {
    assert.deepEqual(await quoted('text.plain', 'No quotes — at all, 5′ 3″ tall.'), [[]]);
  });
});

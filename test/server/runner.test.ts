// The worker runner hands the analysis over in parts that are deserialized when first read
// (runner.node.ts): the result must equal check() on this thread, field for field, and a part must not
// be rebuilt before something reads it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { check } from '../../server/src/check';
import { packAnalysis, unpackAnalysis, workerRunner } from '../../server/src/runner.node';
import { checkSettingsOf } from '../../server/src/runner';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import type { Analysis } from '../../server/src/engine/types';
import { ROOT } from './lsp-client';

const SEED = fs.readFileSync(path.join(ROOT, 'seeds/000_196e15989cac9fdd.txt'), 'utf8');

test('pack/unpack: equal to the analysis (undefined-valued and optional fields kept), parts rebuilt on first read only', () => {
  const a = check(SEED, 'plaintext');
  const odd = { ...a, unattributedQuotes: undefined, truncated: { at: 5, reason: 'x' } } as unknown as Analysis;
  (odd.attributions[0] as unknown as Record<string, unknown>).extra = undefined;
  for (const x of [a, odd]) {
    const u = unpackAnalysis(packAnalysis(x));
    assert.deepEqual(Object.keys(u), Object.keys(x), 'same keys in the same order');
    assert.equal(typeof Object.getOwnPropertyDescriptor(u, 'claims')?.get, 'function', 'claims not rebuilt yet');
    assert.deepStrictEqual(u, x);
    assert.ok('value' in Object.getOwnPropertyDescriptor(u, 'claims')!, 'a plain property once read');
    assert.equal(u.claims, u.claims, 'rebuilt once');
  }
  const u = unpackAnalysis(packAnalysis(a));
  u.findings = [];
  u.attributions = [];
  assert.deepEqual([u.findings, u.attributions], [[], []], 'parts can be replaced');
});

test('the worker runner returns what check() returns on this thread', { timeout: 120_000 }, async () => {
  const server = path.join(ROOT, 'dist/server.js');
  assert.ok(fs.existsSync(server), 'run `npm run build` first');
  const runner = workerRunner(server);
  try {
    const settings = checkSettingsOf({ ...DEFAULT_SETTINGS, maxFileSize: 50_000_000 });
    for (const [uri, text, languageId] of [['file:///a.txt', SEED, 'plaintext'], ['file:///b.md', `# Title\n\n${SEED}\n\n\`\`\`\ncode "x"\n\`\`\`\n`, 'markdown'], ['file:///c.txt', '', 'plaintext']] as const) {
      const got = await runner.run({ uri, text, languageId, settings });
      assert.ok(got);
      assert.deepStrictEqual(got, check(text, languageId, settings));
    }
  } finally {
    runner.dispose();
  }
});

// The review core (everything but sidecarFs.ts) must run in a browser worker: bundling it for the
// browser platform fails if anything pulls in a Node built-in.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

const dir = path.join(__dirname, '..', '..', 'server', 'src', 'review');

test('store, anchor, sidecar and claimreview bundle for the browser with no Node built-ins', async () => {
  const r = await esbuild.build({
    entryPoints: ['store.ts', 'claimreview.ts', 'sidecar.ts', 'anchor.ts', 'model.ts', 'hash.ts'].map((f) => path.join(dir, f)),
    bundle: true, platform: 'browser', format: 'esm', write: false, outdir: '/nonexistent', logLevel: 'silent',
  });
  assert.equal(r.errors.length, 0);
  assert.equal(r.outputFiles.length, 6);
});

test('sidecarFs (Node IO) is refused by the same browser bundle: the check can fail', async () => {
  await assert.rejects(esbuild.build({
    entryPoints: [path.join(dir, 'sidecarFs.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, outdir: '/nonexistent', logLevel: 'silent',
  }));
});

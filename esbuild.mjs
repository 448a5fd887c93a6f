// One build script for every bundle: the VS Code client, the Node language server and the CLI, plus
// the web client and the language server as a Web Worker (VS Code for the web).
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
  platform: 'node',
  format: 'cjs',
  // vscode-languageserver and friends ship UMD/ESM builds; prefer ESM so they tree-shake.
  mainFields: ['module', 'main'],
};

// Browser bundles: no Node built-ins may be reached (esbuild fails if one is imported); packages'
// "browser" fields pick their browser builds (vscode-languageserver/browser etc.).
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The web extension host loads the client as CommonJS with `vscode` provided.
  { ...browser, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserClient.js', external: ['vscode'] },
  // The server runs as a classic Web Worker script.
  { ...browser, format: 'iife', entryPoints: ['server/src/browser.ts'], outfile: 'dist/browserServer.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

// Browser (Web Worker) entry of the language server, for VS Code for the web: the same core as the
// Node entry, over postMessage. Built by esbuild into dist/browserServer.js (iife, platform browser);
// test/server/browser.test.ts checks the bundle has no Node built-ins and answers over JSON-RPC.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { version } from '../../package.json';
import { startServer } from './server';

// The worker's global scope (DedicatedWorkerGlobalScope); this project compiles without the DOM lib.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, version);

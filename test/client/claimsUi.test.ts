// The claims UI's pure helpers (client/src/claims/format.ts) and its package.json contributions:
// every UI command is contributed, menus and when-clauses name real commands and context keys,
// decoration colours and gutter icons exist and ship, the sidecar schema is wired for validation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  claimDescription, claimLabel, claimRef, CONTEXT, EXPORT_CHOICES, exportFileName, needsConfirmation, scaleFromSetting,
  toLspRange, UI_COMMANDS, uriBasename, urlProblem, VIEW_ID,
} from '../../client/src/claims/format';
import { DEFAULT_SCALE } from '../../server/src/review/model';
import { ClaimDocument } from '../../server/src/review/store';
import { find, fixedOpts } from '../review/helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('claims UI helpers', () => {
  test('labels: current text shortened; description with verdict, status and anchor state', () => {
    const text = 'Intro. Prices rose 40% in the U.S. last year, by far the sharpest rise since the index began in 1950 – Zoë said.';
    const doc = new ClaimDocument(text, undefined, fixedOpts());
    const c = doc.add({ ...find(text, 'Prices rose 40% in the U.S. last year, by far the sharpest rise since the index began in 1950'), verdict: 'misleading' });
    let v = doc.views()[0];
    assert.equal(claimLabel(v).length, 70);
    assert.ok(claimLabel(v).endsWith('…'));
    assert.equal(claimDescription(v), 'Misleading · unchecked');
    assert.equal(needsConfirmation(v), false);
    doc.update(c.id, { status: 'checked' });
    doc.applyChanges([{ text: text.replace('40%', '4%') }]);
    v = doc.views()[0];
    assert.equal(claimDescription(v), 'Misleading · edited');
    assert.equal(needsConfirmation(v), true);
    doc.applyChanges([{ text: 'gone' }]);
    v = doc.views()[0];
    assert.equal(v.anchor.state, 'orphan');
    assert.match(claimLabel(v), /^Prices rose 40%/, 'an orphan is labelled with the quote it had');
  });

  test('command arguments: {uri, id} or a Claims view node; anything else is nothing', () => {
    assert.deepEqual(claimRef({ uri: 'file:///a.txt', id: 'urn:uuid:1', verdict: 'true' }), { uri: 'file:///a.txt', id: 'urn:uuid:1' });
    assert.deepEqual(claimRef({ kind: 'claim', uri: 'file:///a.txt', id: 'x' }), { uri: 'file:///a.txt', id: 'x' });
    assert.deepEqual(claimRef({ verdict: 'true' }), {});
    assert.deepEqual(claimRef(undefined), {});
    assert.deepEqual(claimRef('file:///a.txt'), {});
    // A vscode.Uri-like object (some menus pass the resource).
    const uriLike = { scheme: 'file', toString: () => 'file:///b.txt' };
    assert.deepEqual(claimRef({ uri: uriLike }), { uri: 'file:///b.txt' });
  });

  test('ranges: vscode.Range-like and LSP-like objects; nonsense is undefined', () => {
    const r = { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } };
    assert.deepEqual(toLspRange(r), r);
    assert.deepEqual(toLspRange({ ...r, isEmpty: false, anchor: {} }), r);
    assert.equal(toLspRange({ start: { line: 1.5, character: 0 }, end: r.end }), undefined);
    assert.equal(toLspRange('1:2-1:9'), undefined);
  });

  test('URL validation and the verdict scale setting', () => {
    assert.equal(urlProblem('https://stats.example/q3'), undefined);
    assert.equal(urlProblem('  http://x.example  '), undefined);
    assert.match(urlProblem('ftp://x.example')!, /http/);
    assert.match(urlProblem('')!, /Enter a URL/);
    assert.equal(scaleFromSetting(undefined).scale, DEFAULT_SCALE);
    const bad = scaleFromSetting({ id: 'x', label: 'x', verdicts: [] });
    assert.equal(bad.scale, DEFAULT_SCALE);
    assert.match(bad.problem!, /^factcheck\.verdictScale: /);
    const custom = { id: 'n', label: 'N', verdicts: [{ key: 'ok', label: 'OK', bucket: 'TRUE' }] };
    assert.equal(scaleFromSetting(custom).scale, custom);
  });

  test('export file names sit next to the article; URI basenames are decoded', () => {
    assert.equal(exportFileName('/news/story.md', 'claimreview'), '/news/story.md.claimreview.json');
    assert.equal(exportFileName('/news/story.md', 'markdown'), '/news/story.md.claims.md');
    assert.equal(exportFileName('/news/story.md', 'annotations'), '/news/story.md.annotations.json');
    assert.equal(uriBasename('file:///news/Zo%C3%AB%20story.txt'), 'Zoë story.txt');
    assert.equal(uriBasename('untitled:Untitled-1'), 'Untitled-1');
  });
});

describe('claims contributions in package.json', () => {
  const c = pkg.contributes;
  const contributed = new Set<string>(c.commands.map((x: { command: string }) => x.command));

  test('every UI command is contributed with the factcheck category', () => {
    for (const id of Object.values(UI_COMMANDS)) {
      assert.ok(contributed.has(id), id);
      assert.equal(c.commands.find((x: { command: string }) => x.command === id).category, 'factcheck');
    }
    const mark = c.commands.find((x: { command: string }) => x.command === UI_COMMANDS.mark);
    assert.match(mark.title, /^Mark Claim$/i);
  });

  test('the Claims view sits in the factcheck container; its menus use its id and real context values', () => {
    assert.ok(c.views.factcheck.some((v: { id: string }) => v.id === VIEW_ID));
    assert.ok(c.viewsWelcome.some((w: { view: string }) => w.view === VIEW_ID));
    const items = c.menus['view/item/context'].filter((m: { when: string }) => m.when.includes(VIEW_ID));
    assert.ok(items.length >= 8);
    for (const m of items) assert.match(m.when, /viewItem (=~ \/\^factcheck\\\.claim|== factcheck\.claimsFile)/, m.when);
    // Palette entries are gated on the context keys the client sets; internal commands are hidden.
    const palette = new Map<string, string>(c.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    assert.equal(palette.get(UI_COMMANDS.mark), CONTEXT.editorSupported);
    assert.equal(palette.get(UI_COMMANDS.reveal), 'false');
    for (const id of [UI_COMMANDS.setVerdict, UI_COMMANDS.setStatus, UI_COMMANDS.remove, UI_COMMANDS.export, UI_COMMANDS.confirm]) assert.equal(palette.get(id), CONTEXT.any, id);
  });

  test('decoration colours are contributed; gutter icons exist and are in the .vscodeignore allow-list', () => {
    const src = fs.readFileSync(path.join(ROOT, 'client/src/claims/decorations.ts'), 'utf8');
    const colors = new Set(c.colors.map((x: { id: string }) => x.id));
    const used = [...src.matchAll(/'(factcheck\.claim\w+)'/g)].map((m) => m[1]);
    assert.equal(used.length, 5);
    for (const id of used) assert.ok(colors.has(id), id);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    assert.ok(ignore.includes('!images/claim-*.svg'));
    for (const icon of [...src.matchAll(/'(claim-\w+\.svg)'/g)].map((m) => m[1])) assert.ok(fs.existsSync(path.join(ROOT, 'images', icon)), icon);
  });

  test('sidecars are validated with the review core schema, which ships', () => {
    assert.deepEqual(c.jsonValidation, [{ fileMatch: '**/*.factcheck.json', url: './server/src/review/sidecar.schema.json' }]);
    assert.ok(fs.existsSync(path.join(ROOT, 'server/src/review/sidecar.schema.json')));
    assert.ok(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/).includes('!server/src/review/sidecar.schema.json'));
  });

  test('export choices cover every server export format', async () => {
    const { EXPORT_FORMATS } = await import('../../server/src/review/claimreview');
    assert.deepEqual(EXPORT_CHOICES.map((x) => x.format).sort(), [...EXPORT_FORMATS].sort());
  });
});

// The published JSON Schema of the sidecar agrees with the parser: what we write validates, and the
// shapes the parser refuses, the schema refuses too (for editors that validate *.factcheck.json).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parseSidecar, serializeSidecar, toJson } from '../../server/src/review/sidecar';
import { ClaimDocument } from '../../server/src/review/store';
import { find, fixedOpts } from './helpers';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'server', 'src', 'review', 'sidecar.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const TEXT = 'Lead 🙂.\n\nThe mayor said crime fell by a third last year, police figures show.\n\nTurnout rose 40% this year.\n';

function rich() {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const a = doc.add({ ...find(TEXT, 'crime fell by a third last year'), verdict: 'Mostly true', status: 'checked', note: 'Close.', privateNote: 'x',
    evidence: [{ url: 'https://stats.example/crime', title: 'Crime 2024' }], claimDate: '2025-01-02', appearances: ['https://tv.example/a'], firstAppearance: 'https://tv.example/a',
    claimant: { name: 'A Mayor', type: 'person', sameAs: ['https://id.example/mayor'], chain: [{ name: 'A Mayor', role: 'speaker', relation: 'said', identityKnownToEditor: 'n/a' }] } }).id;
  doc.add({ ...find(TEXT, '40%'), verdict: 'Unverifiable', status: 'not-checkable' });
  const s = doc.text.indexOf('a third');
  doc.applyOffsetChanges([{ start: s, end: s + 7, text: 'half' }]);
  doc.reload(doc.text.replace('Turnout rose 40% this year.', 'Gone.'));
  return { sidecar: doc.toSidecar(), id: a };
}

test('every sidecar we write validates against sidecar.schema.json (edited, orphan, all fields)', () => {
  const { sidecar } = rich();
  const j = JSON.parse(serializeSidecar(sidecar));
  assert.deepEqual(j.items.map((i: any) => i['fc:anchor'].state), ['edited', 'orphan']);
  assert.ok(validate(j), JSON.stringify(validate.errors));
  const empty = JSON.parse(serializeSidecar(new ClaimDocument('x', undefined, fixedOpts()).toSidecar()));
  assert.ok(validate(empty), JSON.stringify(validate.errors));
});

test('shapes the parser refuses are refused by the schema too', () => {
  const good = toJson(rich().sidecar) as any;
  const mutations: [string, (j: any) => void][] = [
    ['no version', (j) => { delete j['fc:formatVersion']; }],
    ['newer version', (j) => { j['fc:formatVersion'] = 2; }],
    ['not a page', (j) => { j.type = 'Annotation'; }],
    ['items not an array', (j) => { j.items = {}; }],
    ['no quote selector', (j) => { j.items[0].target.selector.shift(); }],
    ['no position selector', (j) => { j.items[0].target.selector.pop(); }],
    ['empty exact', (j) => { j.items[0].target.selector[0].exact = ''; }],
    ['negative start', (j) => { j.items[0].target.selector[1].start = -1; }],
    ['fractional end', (j) => { j.items[0].target.selector[1].end = 2.5; }],
    ['bad status', (j) => { j.items[0]['fc:status'] = 'done'; }],
    ['bad anchor state', (j) => { j.items[0]['fc:anchor'].state = 'lost'; }],
    ['bad bucket', (j) => { j.items[0]['fc:verdict'].bucket = 'MAYBE'; }],
    ['rating without bounds', (j) => { delete j.items[0]['fc:verdict'].bestRating; }],
    ['bad motivation', (j) => { j.items[0].motivation = 'commenting'; }],
    ['claimant type', (j) => { j.items[0]['fc:claim'].claimant.type = 'robot'; }],
    ['chain role', (j) => { j.items[0]['fc:claim'].claimant.chain[0].role = 'author'; }],
    ['history change', (j) => { j.items[0]['fc:history'][0].change = 'deleted'; }],
    ['bad created', (j) => { j.items[0].created = 'yesterday'; }],
  ];
  for (const [name, mutate] of mutations) {
    const j = structuredClone(good);
    mutate(j);
    assert.equal(parseSidecar(JSON.stringify(j)).ok, false, `parser accepts: ${name}`);
    assert.equal(validate(j), false, `schema accepts: ${name}`);
  }
});

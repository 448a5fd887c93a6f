// The sidecar document: shape, determinism, round trip, and typed errors that never throw.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FORMAT_VERSION, sidecarPathFor } from '../../server/src/review/model';
import { parseSidecar, serializeSidecar, toJson } from '../../server/src/review/sidecar';
import { ClaimDocument } from '../../server/src/review/store';
import { find, fixedOpts } from './helpers';

const TEXT = 'Intro “quoted” 🙂.\n\nThe minister said taxes rose 5% in 2024, officials confirmed.\n';

function sample() {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  doc.setDocumentInfo({ path: 'story.md', canonicalUrl: 'https://news.example/story' });
  const id = doc.add({ ...find(TEXT, 'taxes rose 5% in 2024'), summary: 'Minister says taxes rose 5% in 2024' }).id;
  doc.update(id, {
    verdict: 'Mostly false', status: 'checked', note: 'Taxes rose **3.1%** — per the “statistics office”.',
    privateNote: 'Call back the press office', evidence: [{ url: 'https://stats.example/2024', title: 'Tax receipts 2024' }],
    claimant: { name: 'Jane Minister', type: 'person', description: 'finance minister', chain: [{ name: 'Jane Minister', role: 'speaker', relation: 'said' }] },
    claimDate: '2025-02-27', appearances: ['https://tv.example/interview'],
  });
  doc.update(id, { verdict: 'false' });
  return { doc, id, sidecar: doc.toSidecar() };
}

test('sidecar path sits next to the article', () => {
  assert.equal(sidecarPathFor('/a/b/story.md'), '/a/b/story.md.factcheck.json');
});

test('serialized sidecar is a W3C AnnotationPage of assessing annotations with both selectors', () => {
  const { sidecar } = sample();
  const j = toJson(sidecar) as any;
  assert.equal(j.type, 'AnnotationPage');
  assert.equal(j['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(j['fc:formatVersion'], FORMAT_VERSION);
  assert.equal(j['fc:document'].textUnit, 'utf16');
  assert.match(j['fc:document'].sha256, /^[0-9a-f]{64}$/);
  const item = j.items[0];
  assert.equal(item.type, 'Annotation');
  assert.equal(item.motivation, 'assessing');
  const [q, p] = item.target.selector;
  assert.deepEqual({ type: q.type, exact: q.exact }, { type: 'TextQuoteSelector', exact: 'taxes rose 5% in 2024' });
  assert.equal(q.prefix, 'The minister said ');
  assert.equal(q.suffix, ', officials confirmed.\n');
  assert.equal(p.type, 'TextPositionSelector');
  assert.equal(TEXT.slice(p.start, p.end), 'taxes rose 5% in 2024');
  assert.ok(item.body.some((b: any) => b.purpose === 'assessing' && b.value === 'False'));
  assert.ok(item.body.some((b: any) => b.purpose === 'linking' && b.source === 'https://stats.example/2024'));
  assert.deepEqual(item['fc:verdict'], { scale: 'default-v1', key: 'false', label: 'False', ratingValue: 1, worstRating: 1, bestRating: 5, bucket: 'FALSE' });
  assert.deepEqual(item['fc:history'].filter((h: any) => h.change === 'verdict').map((h: any) => [h.from, h.to]), [[undefined, 'Mostly false'], ['Mostly false', 'False']]);
});

test('serialization is deterministic, 2-space indented, ends with a newline, keeps non-ASCII readable', () => {
  const { sidecar } = sample();
  const a = serializeSidecar(sidecar), b = serializeSidecar(structuredClone(sidecar));
  assert.equal(a, b);
  assert.ok(a.endsWith('}\n'));
  assert.match(a, /^\{\n {2}"@context"/);
  assert.ok(a.includes('3.1%** — per the “statistics office”.'), 'raw UTF-8, not \\u escapes');
});

test('parse(serialize(x)) round-trips every field', () => {
  const { sidecar } = sample();
  const r = parseSidecar(serializeSidecar(sidecar));
  assert.ok(r.ok);
  assert.deepEqual(r.sidecar, sidecar);
  assert.deepEqual(r.warnings, []);
  assert.equal(serializeSidecar(r.sidecar), serializeSidecar(sidecar));
});

test('unknown properties and bodies from another tool survive a round trip', () => {
  const { sidecar } = sample();
  const j = toJson(sidecar) as any;
  j.items[0]['x:reviewer'] = { team: 'desk' };
  j.items[0].body.push({ type: 'TextualBody', purpose: 'replying', value: 'Agreed.' });
  j.generator = 'other-tool';
  const r = parseSidecar(JSON.stringify(j));
  assert.ok(r.ok);
  const again = JSON.parse(serializeSidecar(r.sidecar));
  assert.deepEqual(again.items[0]['x:reviewer'], { team: 'desk' });
  assert.ok(again.items[0].body.some((b: any) => b.purpose === 'replying' && b.value === 'Agreed.'));
  assert.equal(again.generator, 'other-tool');
});

test('a BOM at the start of the file is accepted', () => {
  const { sidecar } = sample();
  assert.ok(parseSidecar('\ufeff' + serializeSidecar(sidecar)).ok);
});

test('corrupt JSON -> syntax error with one line', () => {
  for (const bad of ['', '   ', '{', '{"type": "AnnotationPage",}', 'null garbage', '\u0000\u0001']) {
    const r = parseSidecar(bad);
    assert.ok(!r.ok, JSON.stringify(bad));
    assert.equal(r.error.kind, 'syntax');
    assert.ok(!r.error.message.includes('\n'));
    assert.match(r.error.message, /left untouched/);
  }
});

test('wrong shapes -> shape error naming the path', () => {
  const good = toJson(sample().sidecar) as any;
  const cases: [string, (j: any) => void, RegExp][] = [
    ['array at top', (j) => { j.items = 5; }, /items/],
    ['no version', (j) => { delete j['fc:formatVersion']; }, /fc:formatVersion/],
    ['version zero', (j) => { j['fc:formatVersion'] = 0; }, /fc:formatVersion/],
    ['not a page', (j) => { j.type = 'Annotation'; }, /^.*type/],
    ['no quote selector', (j) => { j.items[0].target.selector.shift(); }, /items\[0\]\.target\.selector/],
    ['negative start', (j) => { j.items[0].target.selector[1].start = -1; }, /items\[0\]\.target\.selector\.start/],
    ['end before start', (j) => { j.items[0].target.selector[1].end = 0; }, /before start/],
    ['bad status', (j) => { j.items[0]['fc:status'] = 'done'; }, /fc:status/],
    ['bad anchor state', (j) => { j.items[0]['fc:anchor'].state = 'lost'; }, /fc:anchor\.state/],
    ['bad date', (j) => { j.items[0].created = 'yesterday'; }, /created/],
    ['duplicate id', (j) => { j.items.push(structuredClone(j.items[0])); }, /duplicate id/],
    ['other motivation', (j) => { j.items[0].motivation = 'commenting'; }, /motivation/],
    ['bad verdict bucket', (j) => { j.items[0]['fc:verdict'].bucket = 'MAYBE'; }, /fc:verdict\.bucket/],
    ['claimant without name', (j) => { j.items[0]['fc:claim'].claimant.name = ''; }, /claimant\.name/],
    ['text unit', (j) => { j['fc:document'].textUnit = 'codepoint'; }, /textUnit/],
  ];
  for (const [name, mutate, re] of cases) {
    const j = structuredClone(good);
    mutate(j);
    const r = parseSidecar(JSON.stringify(j));
    assert.ok(!r.ok, name);
    assert.equal(r.error.kind, 'shape', name);
    assert.match(r.error.message, re, name);
    assert.ok(!r.error.message.includes('\n'), name);
  }
  assert.equal((parseSidecar('[1,2]') as any).error.kind, 'shape');
  assert.equal((parseSidecar('"text"') as any).error.kind, 'shape');
});

test('a NEWER format version is refused before its shape is looked at', () => {
  const r = parseSidecar(JSON.stringify({ 'fc:formatVersion': FORMAT_VERSION + 1, type: 'SomethingNew', items: 'different' }));
  assert.ok(!r.ok);
  assert.equal(r.error.kind, 'newer-version');
  assert.equal(r.error.version, FORMAT_VERSION + 1);
  assert.match(r.error.message, /newer version of factcheck/);
});

test('an assessing body that disagrees with fc:verdict is reported as a warning; fc:verdict wins', () => {
  const j = toJson(sample().sidecar) as any;
  j.items[0].body.find((b: any) => b.purpose === 'assessing').value = 'True';
  const r = parseSidecar(JSON.stringify(j));
  assert.ok(r.ok);
  assert.equal(r.sidecar.claims[0].verdict?.label, 'False');
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0], /fc:verdict is used/);
});

test('deeply nested junk and huge numbers do not throw', () => {
  let deep: any = {};
  for (let i = 0; i < 2000; i++) deep = { a: deep };
  const r = parseSidecar(JSON.stringify({ 'fc:formatVersion': 1, type: 'AnnotationPage', items: [deep] }));
  assert.ok(!r.ok);
  assert.equal(parseSidecar('{"fc:formatVersion": 1e400}').ok, false);
});

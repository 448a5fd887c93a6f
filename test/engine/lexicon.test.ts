import assert from 'node:assert/strict';
import { test } from 'node:test';
import { F, getLexicon, phraseWords } from '../../server/src/engine/lexicon/index';

test('verb forms are generated from lemmas, irregular forms listed', () => {
  const lex = getLexicon();
  for (const w of ['say', 'says', 'said', 'saying', 'tell', 'told', 'argues', 'argued', 'worried', 'denies', 'admitted', 'wrote']) {
    assert.ok(lex.verbs.has(w), w);
  }
  assert.equal(lex.verbs.get('told')!.lemma, 'tell');
  assert.ok(lex.verbs.get('told')!.frames & F.ADDR);
  assert.equal(lex.verbs.get('saying')!.form, 'ing');
});

test('options extend the lexicon without touching the base one', () => {
  const ext = getLexicon({ speechVerbs: ['opine', 'harrumph'], outlets: ['Kyiv Independent'], vagueSources: ['insiders'] });
  assert.ok(ext.verbs.has('harrumphed'));
  assert.ok(!getLexicon().verbs.has('harrumphed'));
  assert.ok(ext.outlets.get('kyiv')!.some((o) => o.name === 'Kyiv Independent'));
  assert.equal(getLexicon({ speechVerbs: ['harrumph'] }), getLexicon({ speechVerbs: ['harrumph'] }));
});

test('phrases split like the tokenizer', () => {
  assert.deepEqual(phraseWords("Russia's PM"), ['russia', "'s", 'pm']);
  assert.deepEqual(phraseWords('Sen.'), ['sen', '.']);
});

// The rule list: one source (the engine's registry + invalid-directive), the agreed default
// severities, the README's rules table in step with it, and every README example run through check():
// the example is flagged by its rule, the rewrite is not.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { check } from '../../server/src/check';
import { cliRule } from '../../server/src/cli/rules';
import { RULES } from '../../server/src/engine';
import { isKnownRule, KNOWN_RULES, ruleInfo } from '../../server/src/shared/rules';
import { ROOT } from './lsp-client';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The README section of one rule: from its "### id" heading to the next heading. */
function section(id: string): string {
  const m = new RegExp(`^### ${id}\\n([\\s\\S]*?)(?=^#{2,3} )`, 'm').exec(README);
  assert.ok(m, `README has no "### ${id}" section under Rules`);
  return m[1];
}
/** The backticked sentence of a "- Label: `...`" line. */
function example(body: string, label: string): string {
  const m = new RegExp(`^- ${label}: \`([^\`]+)\``, 'm').exec(body);
  assert.ok(m, `no "- ${label}:" line`);
  return m[1];
}
const languageOf = (text: string) => (text.includes('<!--') ? 'markdown' : 'plaintext');

describe('rule list', () => {
  test('the engine registry plus invalid-directive, ids unique', () => {
    assert.deepEqual(KNOWN_RULES.map((r) => r.id), [...RULES.map((r) => r.id), 'invalid-directive']);
    assert.equal(new Set(KNOWN_RULES.map((r) => r.id)).size, KNOWN_RULES.length);
    for (const r of RULES) {
      const info = ruleInfo(r.id);
      assert.equal(info?.severity, r.defaultSeverity, r.id);
      assert.equal(info?.description, r.description, r.id);
      assert.equal(info?.origin, 'engine');
    }
    assert.equal(isKnownRule('no-such-rule'), false);
  });

  test('default severities: sourcing problems are warnings, judgement calls information', () => {
    const defaults = Object.fromEntries(KNOWN_RULES.map((r) => [r.id, r.severity]));
    assert.deepEqual(defaults, {
      secondhand: 'warning',
      'unattributed-quote': 'warning',
      'inferred-attribution': 'information',
      'anonymous-source': 'warning',
      'vague-source': 'warning',
      agentless: 'information',
      'unsourced-report': 'warning',
      hedge: 'warning',
      'loaded-cue': 'information',
      'unattributed-claim': 'information',
      'single-source': 'warning',
      'invalid-directive': 'warning',
    });
  });

  test('findings carry their rule\'s default severity; invalid-directive too', () => {
    const text = '<!-- factcheck-disable-nex-line -->\n“We will win,” said Jane Doe, according to Reuters. Critics say the dam is unsafe.';
    const findings = check(text, 'markdown').findings;
    assert.deepEqual([...new Set(findings.map((f) => f.rule))].sort(), ['invalid-directive', 'secondhand', 'vague-source']);
    for (const f of findings) assert.equal(f.severity, ruleInfo(f.rule)?.severity, f.rule);
  });

  test('the CLI (SARIF) describes rules from the same list', () => {
    for (const r of KNOWN_RULES) assert.deepEqual(cliRule(r.id), { id: r.id, description: r.description, severity: r.severity });
    assert.equal(cliRule('max-file-size').severity, 'information');
  });
});

describe('README rules section', () => {
  test('the rules table is generated from the list (npm run rules:sync -- --check)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'sync-rules.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    for (const rule of KNOWN_RULES) assert.ok(README.includes(`| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} |`), `${rule.id} row`);
  });

  for (const rule of KNOWN_RULES) {
    test(`${rule.id}: the example is flagged, the rewrite is not; fix and silencing documented`, () => {
      const body = section(rule.id);
      const bad = example(body, 'Example');
      const good = example(body, 'Fixed');
      const flagged = check(bad, languageOf(bad)).findings.filter((f) => f.rule === rule.id);
      assert.equal(flagged.length, 1, `${bad}: ${JSON.stringify(check(bad, languageOf(bad)).findings)}`);
      assert.equal(flagged[0].severity, rule.severity);
      const after = check(good, languageOf(good)).findings;
      assert.deepEqual(after.filter((f) => f.rule === rule.id), [], good);
      assert.match(body, /^- Fix: /m);
    });
  }

  test('silencing: settings and inline directives are described once for every rule', () => {
    const rules = README.slice(README.indexOf('## Rules'), README.indexOf('## Command line'));
    assert.match(rules, /"factcheck\.rules": \{/);
    assert.match(rules, /<!-- factcheck-disable-next-line [\w-]+ -->/);
    assert.match(rules, /\[factcheck-disable-next-line [\w-]+\]/);
  });
});

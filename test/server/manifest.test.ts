// package.json contributions agree with the code: settings schema vs settings.ts defaults and
// scopes, rule ids vs shared/rules.ts (and the rules the engine actually reports), commands, views
// and icons, capabilities, and the trace key vscode-languageclient reads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { check } from '../../server/src/check';
import { RULES } from '../../server/src/engine';
import { KNOWN_RULES, RULE_LEVEL_DESCRIPTIONS, ruleSettingSchema } from '../../server/src/shared/rules';
import { DEFAULT_SETTINGS, RULE_LEVELS, RUN_MODES } from '../../server/src/shared/settings';
import { ROOT } from './lsp-client';

interface Prop { type?: string; default?: unknown; scope?: string; enum?: string[]; properties?: Record<string, Prop>; additionalProperties?: Prop | boolean }
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const props: Record<string, Prop> = pkg.contributes.configuration.properties;

describe('settings schema', () => {
  test('every setting has the default settings.ts uses', () => {
    const flat: Record<string, unknown> = {
      'factcheck.enable': DEFAULT_SETTINGS.enable,
      'factcheck.languages': DEFAULT_SETTINGS.languages,
      'factcheck.run': DEFAULT_SETTINGS.run,
      'factcheck.debounceMs': DEFAULT_SETTINGS.debounceMs,
      'factcheck.maxFileSize': DEFAULT_SETTINGS.maxFileSize,
      'factcheck.rules': DEFAULT_SETTINGS.rules,
      'factcheck.lexicon': DEFAULT_SETTINGS.lexicon,
      'factcheck.trace.server': DEFAULT_SETTINGS.trace.server,
      'factcheck.verdictScale': DEFAULT_SETTINGS.verdictScale,
      'factcheck.organization.name': DEFAULT_SETTINGS.organization.name,
      'factcheck.organization.url': DEFAULT_SETTINGS.organization.url,
      'factcheck.claims.claimantFromAttribution': DEFAULT_SETTINGS.claims.claimantFromAttribution,
      'factcheck.claims.reviewer': DEFAULT_SETTINGS.claims.reviewer,
    };
    assert.deepEqual(Object.keys(props).sort(), Object.keys(flat).sort());
    for (const [k, v] of Object.entries(flat)) assert.deepEqual(props[k].default, v, k);
  });

  test('scopes: resource for everything but the client-side trace (window)', () => {
    for (const [k, p] of Object.entries(props)) assert.equal(p.scope, k === 'factcheck.trace.server' ? 'window' : 'resource', k);
  });

  test('run modes and rule levels are the enums', () => {
    assert.deepEqual(props['factcheck.run'].enum, RUN_MODES);
    const rules = props['factcheck.rules'];
    assert.deepEqual((rules.additionalProperties as Prop).enum, RULE_LEVELS, 'unknown rule ids still take a level');
    assert.deepEqual(Object.keys(rules.properties ?? {}), KNOWN_RULES.map((r) => r.id));
    for (const r of KNOWN_RULES) {
      assert.deepEqual(rules.properties![r.id].enum, RULE_LEVELS, r.id);
      assert.equal(rules.properties![r.id].default, r.severity, r.id);
    }
  });

  test('factcheck.rules.properties is generated from the engine rule registry (npm run rules:sync)', () => {
    const rules = props['factcheck.rules'];
    // one property per engine rule, plus the server's invalid-directive
    assert.deepEqual(Object.keys(rules.properties ?? {}).sort(), [...RULES.map((r) => r.id), 'invalid-directive'].sort());
    for (const r of RULES) assert.equal(rules.properties![r.id].default, r.defaultSeverity, `${r.id}: package.json default vs the engine's defaultSeverity`);
    const expected = Object.fromEntries(KNOWN_RULES.map((r) => [r.id, ruleSettingSchema(r)]));
    assert.deepEqual(rules.properties, expected, 'package.json factcheck.rules.properties is stale: run npm run rules:sync');
    for (const r of KNOWN_RULES) assert.match(String((rules.properties![r.id] as { markdownDescription?: string }).markdownDescription), new RegExp(`Default: \`${r.severity}\``));
    assert.deepEqual((rules.additionalProperties as { enumDescriptions?: string[] }).enumDescriptions, RULE_LEVEL_DESCRIPTIONS);
  });

  test('every rule the engine reports on the seed and on short sentences is a known rule', () => {
    const texts = [
      fs.readFileSync(path.join(ROOT, 'seeds', '000_196e15989cac9fdd.txt'), 'utf8'),
      '“We will win,” said Jane Doe, according to Reuters on Monday.',
      '“Trust me.” Critics say the plan is late. A source said the deal was off. It is believed the talks failed.',
      'The minister admitted, “We lost,” the agency quoted him as saying. Sources said prices rose 5%.',
    ];
    const known = new Set(KNOWN_RULES.map((r) => r.id));
    for (const t of texts)
      for (const lang of ['plaintext', 'markdown'])
        for (const f of check(t, lang).findings)
          assert.ok(known.has(f.rule), `rule "${f.rule}" is reported by the engine but missing from server/src/shared/rules.ts and package.json factcheck.rules.properties`);
  });
});

describe('contributions', () => {
  test('commands used in menus exist; views have their container; icons ship', () => {
    const commands = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const list of Object.values(pkg.contributes.menus) as { command: string }[][]) for (const m of list) assert.ok(commands.has(m.command), m.command);
    const containers = pkg.contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id);
    assert.deepEqual(Object.keys(pkg.contributes.views), containers);
    assert.equal(pkg.contributes.views.factcheck[0].id, 'factcheck.sources');
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    for (const icon of [pkg.contributes.viewsContainers.activitybar[0].icon, pkg.contributes.views.factcheck[0].icon]) {
      assert.ok(fs.existsSync(path.join(ROOT, icon)), icon);
      assert.ok(ignore.includes('!' + icon), `${icon} is in the .vscodeignore allow-list`);
    }
  });

  test('trust and virtual workspaces are declared; main and browser bundles exist', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    for (const f of [pkg.main, pkg.browser]) assert.ok(fs.existsSync(path.join(ROOT, f)), f);
  });

  test('the client id is "factcheck", so vscode-languageclient reads factcheck.trace.server', () => {
    for (const f of ['client/src/extension.ts', 'client/src/browserExtension.ts'])
      assert.match(fs.readFileSync(path.join(ROOT, f), 'utf8'), /new LanguageClient\('factcheck',/, f);
    assert.ok(props['factcheck.trace.server']);
  });
});

test('README has no relative links: vsce packages it as the Marketplace page and refuses relative links without a repository URL', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const relative = [...readme.matchAll(/\]\((?!https?:|mailto:|#)([^)]+)\)/g)].map((m) => m[1]);
  assert.deepEqual(relative, []);
});

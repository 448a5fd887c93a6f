// Settings shared by the VS Code client, the language server and the package.json schema.
// Pure: no vscode or LSP imports. `validateSettings` turns whatever the client sent into a
// complete, valid FactcheckSettings plus a list of human-readable problems (bad values fall back
// to the default; nothing here throws).
import type { LexiconExtras, RuleSetting, Severity } from '../engine/types';
import { DEFAULT_SCALE, isHttpUrl, validateScale, type VerdictScale } from '../review/model';

/** The configuration section: every setting is `factcheck.<key>`. */
export const SETTINGS_SECTION = 'factcheck';

export type RuleLevel = 'off' | Severity;
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];
export type TraceLevel = 'off' | 'messages' | 'verbose';
export const TRACE_LEVELS: readonly TraceLevel[] = ['off', 'messages', 'verbose'];
/** When diagnostics are re-computed: as you type (debounced), on open and save, or only on the "Check Document" command. */
export type RunMode = 'onType' | 'onSave' | 'manual';
export const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];

/** languageIds other clients send for the same formats (Neovim: "text" for .txt; eglot: the major mode). */
export const LANGUAGE_ALIASES: Readonly<Record<string, string>> = Object.freeze({ text: 'plaintext', txt: 'plaintext', 'markdown-mode': 'markdown', gfm: 'markdown' });

/** The canonical languageId ("text" -> "plaintext"). */
export function canonicalLanguage(languageId: string): string {
  return Object.prototype.hasOwnProperty.call(LANGUAGE_ALIASES, languageId) ? LANGUAGE_ALIASES[languageId] : languageId;
}

export interface FactcheckSettings {
  /** Check documents at all. */
  enable: boolean;
  /** Language ids (VS Code / LSP languageId) the server checks. */
  languages: string[];
  /** When diagnostics are re-computed (hover, highlighting and the Sources view always use the current text). */
  run: RunMode;
  /** Trailing-edge delay between the last edit and the re-check, in ms. */
  debounceMs: number;
  /** Analyse at most this many characters (UTF-16 code units) of a document; the rest is reported, not skipped silently. */
  maxFileSize: number;
  /** Per-rule level: "off" or a severity, overriding the rule's default. */
  rules: Record<string, RuleLevel>;
  /** Newsroom extensions of the built-in word lists. */
  lexicon: Required<LexiconExtras>;
  /** Client-side LSP trace (read by vscode-languageclient; the server only validates it). */
  trace: { server: TraceLevel };
  /** Verdicts offered by "Set verdict" and accepted by factcheck.claims.update (the review core's scale shape). */
  verdictScale: VerdictScale;
  /** The fact-checking organisation, ClaimReview `author` (name '' = none). */
  organization: { name: string; url: string };
  /** Defaults for marking claims. */
  claims: ClaimSettings;
}

export interface ClaimSettings {
  /** Prefill a new claim's claimant (and chain) from the engine's attribution of the marked text. */
  claimantFromAttribution: boolean;
  /** Recorded as the claim's creator and in its history ('' = nobody named). */
  reviewer: string;
}

export const DEFAULT_SETTINGS: Readonly<FactcheckSettings> = Object.freeze<FactcheckSettings>({
  enable: true,
  languages: ['plaintext', 'markdown'],
  run: 'onType',
  debounceMs: 300,
  maxFileSize: 200_000,
  rules: {},
  lexicon: { outlets: [], speechVerbs: [], vagueSources: [] },
  trace: { server: 'off' },
  verdictScale: DEFAULT_SCALE,
  organization: { name: '', url: '' },
  claims: { claimantFromAttribution: true, reviewer: '' },
});

export const LIMITS = {
  debounceMs: { min: 0, max: 10_000 },
  maxFileSize: { min: 1_000, max: 50_000_000 },
  lexiconEntries: 10_000,
} as const;

export interface ValidatedSettings {
  settings: FactcheckSettings;
  /** One line per bad value, e.g. `factcheck.debounceMs: expected a number from 0 to 10000, got "fast"; using 300`. */
  problems: string[];
}

function show(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
  } catch {
    return String(v);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function clone(s: Readonly<FactcheckSettings>): FactcheckSettings {
  return {
    ...s,
    languages: [...s.languages],
    rules: { ...s.rules },
    lexicon: { outlets: [...s.lexicon.outlets], speechVerbs: [...s.lexicon.speechVerbs], vagueSources: [...s.lexicon.vagueSources] },
    trace: { ...s.trace },
    verdictScale: structuredClone(s.verdictScale),
    organization: { ...s.organization },
    claims: { ...s.claims },
  };
}

/**
 * Validates raw settings (the `factcheck` section as the client sent it: any JSON, possibly null).
 * Missing keys take the default silently; present but invalid values take the default and add a problem.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const out = clone(DEFAULT_SETTINGS);
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: out, problems };
  if (!isObject(raw)) {
    problems.push(`factcheck: expected an object of settings, got ${show(raw)}; using the defaults`);
    return { settings: out, problems };
  }
  const bad = (key: string, expected: string, got: unknown, fallback: unknown) =>
    problems.push(`factcheck.${key}: expected ${expected}, got ${show(got)}; using ${show(fallback)}`);

  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') out.enable = raw.enable;
    else bad('enable', 'true or false', raw.enable, out.enable);
  }
  if (raw.languages !== undefined) {
    const v = raw.languages;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')) out.languages = v.map((x: string) => x.trim());
    else bad('languages', 'a list of language ids', v, out.languages);
  }
  if (raw.run !== undefined) {
    if (typeof raw.run === 'string' && (RUN_MODES as readonly string[]).includes(raw.run)) out.run = raw.run as RunMode;
    else bad('run', `one of ${RUN_MODES.join(', ')}`, raw.run, out.run);
  }
  for (const key of ['debounceMs', 'maxFileSize'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    const { min, max } = LIMITS[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) out[key] = Math.floor(v);
    else bad(key, `a number from ${min} to ${max}`, v, out[key]);
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) bad('rules', 'an object mapping rule ids to "off" or a severity', raw.rules, {});
    else {
      for (const [id, level] of Object.entries(raw.rules)) {
        if (typeof level === 'string' && (RULE_LEVELS as readonly string[]).includes(level)) out.rules[id] = level as RuleLevel;
        else problems.push(`factcheck.rules.${id}: expected one of ${RULE_LEVELS.join(', ')}, got ${show(level)}; using the rule's default`);
      }
    }
  }
  if (raw.lexicon !== undefined) {
    if (!isObject(raw.lexicon)) bad('lexicon', 'an object with outlets, speechVerbs, vagueSources', raw.lexicon, {});
    else {
      for (const key of ['outlets', 'speechVerbs', 'vagueSources'] as const) {
        const v = raw.lexicon[key];
        if (v === undefined) continue;
        if (Array.isArray(v) && v.length <= LIMITS.lexiconEntries && v.every((x) => typeof x === 'string'))
          out.lexicon[key] = v.map((x: string) => x.trim()).filter((x: string) => x !== '');
        else bad(`lexicon.${key}`, `a list of at most ${LIMITS.lexiconEntries} strings`, v, []);
      }
    }
  }
  if (raw.trace !== undefined) {
    const server = isObject(raw.trace) ? raw.trace.server : raw.trace;
    if (server !== undefined) {
      if (typeof server === 'string' && (TRACE_LEVELS as readonly string[]).includes(server)) out.trace.server = server as TraceLevel;
      else bad('trace.server', `one of ${TRACE_LEVELS.join(', ')}`, server, out.trace.server);
    }
  }
  if (raw.verdictScale !== undefined && raw.verdictScale !== null) {
    const errs = validateScale(raw.verdictScale);
    if (errs.length) problems.push(`factcheck.verdictScale: ${errs[0]}${errs.length > 1 ? ` (and ${errs.length - 1} more)` : ''}; using the default scale`);
    else out.verdictScale = structuredClone(raw.verdictScale as VerdictScale);
  }
  if (raw.organization !== undefined) {
    if (!isObject(raw.organization)) bad('organization', 'an object with name and url', raw.organization, out.organization);
    else {
      const { name, url } = raw.organization;
      if (name !== undefined) {
        if (typeof name === 'string') out.organization.name = name.trim();
        else bad('organization.name', 'a string', name, '');
      }
      if (url !== undefined) {
        if (typeof url === 'string' && (url.trim() === '' || isHttpUrl(url.trim()))) out.organization.url = url.trim();
        else bad('organization.url', 'an http(s) URL', url, '');
      }
    }
  }
  if (raw.claims !== undefined) {
    if (!isObject(raw.claims)) bad('claims', 'an object', raw.claims, out.claims);
    else {
      const { claimantFromAttribution, reviewer } = raw.claims;
      if (claimantFromAttribution !== undefined) {
        if (typeof claimantFromAttribution === 'boolean') out.claims.claimantFromAttribution = claimantFromAttribution;
        else bad('claims.claimantFromAttribution', 'true or false', claimantFromAttribution, true);
      }
      if (reviewer !== undefined) {
        if (typeof reviewer === 'string') out.claims.reviewer = reviewer.trim();
        else bad('claims.reviewer', 'a string', reviewer, '');
      }
    }
  }
  return { settings: out, problems };
}

/** The engine's `options.rules` for the settings' rule map. */
export function engineRules(rules: Record<string, RuleLevel>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, level] of Object.entries(rules)) out[id] = level === 'off' ? { enabled: false } : { severity: level };
  return out;
}

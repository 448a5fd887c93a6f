// The engine's data model: text in, Analysis out. Pure data, no imports.
// Offsets everywhere are UTF-16 code-unit indices into the analysed text (JavaScript string
// indices), end-exclusive: the same unit LSP positions use and the CLI's JSON promises.

export interface Span {
  start: number;
  end: number;
}

export type AttributionKind = 'direct' | 'mixed' | 'indirect';

/** What a speaker is. `group` is an unnamed collective ("critics"); `anonymous` an unnamed individual ("a source"). */
export type SpeakerType = 'person' | 'organization' | 'outlet' | 'group' | 'anonymous';

export interface Speaker {
  /** Canonical name ("Dmitry Peskov"); for unnamed sources the phrase itself ("critics of Trump"). */
  name: string;
  type: SpeakerType;
  /** How the article describes the speaker ("Putin spokesman", "Russia's PM"). */
  description?: string;
  /** Index into Analysis.entities when the speaker is a tracked entity. */
  entity?: number;
}

/**
 * One hop of the attribution chain, nearest to the speaker first; the article itself is implied last.
 * speaker: who said it; medium: where/how/to whom it was said (BBC in "told BBC", "a farewell letter");
 * relay: who passed it on to this article (TASS in "according to TASS", Interfax in "quoted by Interfax").
 */
export type ChainRole = 'speaker' | 'medium' | 'relay';

export type ChainRelation =
  | 'said'
  | 'told'
  | 'quoted_by'
  | 'according_to'
  | 'citing'
  | 'reported'
  | 'interview'
  | 'letter'
  | 'statement'
  | 'post'
  | 'broadcast'
  | 'document';

export interface ChainLink {
  name: string;
  role: ChainRole;
  type?: SpeakerType | 'medium';
  relation?: ChainRelation;
  /** Where the link is named in the text, when it is. */
  span?: Span;
}

/** How the source is expressed, for rules and hovers. */
export type SourceKind =
  | 'named' // "Dmitry Peskov", "the Kremlin"
  | 'pronoun' // "he", "they"
  | 'role' // "the prime minister", "a spokesman for the ministry"
  | 'vague' // "critics", "some", "experts"
  | 'anonymous' // "a source", "officials familiar with the matter"
  | 'outlet' // "TASS reported"
  | 'agentless' // "it is believed", "is expected"
  | 'none'; // no source found

export interface Attribution {
  /** Stable within one analysis: "a1", "a2", ... in text order. */
  id: string;
  kind: AttributionKind;
  /** One or more content spans; a quote interrupted by its cue has two. Direct quotes exclude the marks. */
  content: Span[];
  /** The cue (said / told / according to / ":"), or null (inferred quotes, unattributed quotes). */
  cue: Span | null;
  /** The source as written in this attribution's own sentence; a pronoun stays a pronoun. */
  source: Span | null;
  sourceKind: SourceKind;
  /** Who the source resolves to; null when unresolved (never a guess presented as fact). */
  speaker: Speaker | null;
  chain: ChainLink[];
  /** True when the speaker comes from context (a quote with no cue of its own). */
  inferred: boolean;
  /** Why an anonymous source is anonymous, when the text says ("spoke on condition of anonymity because ..."). */
  anonymityReason?: Span;
  /**
   * Content spans (a subset of `content`) with no cue of their own: quotes that continue this
   * speaker's quote in the same paragraph ("“A,” he said. “B.”": B). Their speaker is inferred.
   */
  inferredContent?: Span[];
  /**
   * The cue's lemma as the lexicon lists it ("say", "claim", "according to", "boasted of",
   * "it is believed"; ":" for a colon). Absent when there is no cue.
   */
  cueLemma?: string;
  /** What kind of word the cue is: a reporting verb, "according to", a noun ("his claim that"), an adjective ("hopeful that"), a colon, or an agentless phrase ("it is believed"). */
  cueKind?: 'verb' | 'according' | 'noun' | 'adjective' | 'colon' | 'agentless';
  /** The head noun of the source ("official" in "a senior official who ..."), when the source is a noun phrase. */
  sourceHead?: Span;
}

export interface Entity {
  id: number;
  name: string;
  type: SpeakerType;
  description?: string;
  mentions: Span[];
}

/** One feature's part in a claim's score (checkworthy/ features: "number", "prediction", ...). */
export interface ClaimReason {
  /** Feature id ("number", "percent", "prediction", "voiceSweeping", ...). */
  feature: string;
  /** What fired, as shown in hovers ("number: 40,000"). */
  evidence: string;
  /** Signed contribution to the score (weight x value): positive made it more of a claim. */
  weight: number;
}

export interface Claim {
  start: number;
  end: number;
  /** 0..1, how check-worthy. */
  score: number;
  /** False for opinions and predictions: they are claims, but not checkable facts. */
  checkable: boolean;
  /** Human-readable reasons ("number", "comparison", "causal"), shown in hovers. */
  features: string[];
  /** The attribution whose content this claim is, if any. */
  attribution?: string;
  /** The features behind the score, strongest first (for hovers and rules). */
  reasons?: ClaimReason[];
  /** Why a claim is not checkable (set only when `checkable` is false). */
  uncheckable?: 'prediction' | 'opinion' | 'question';
  /** A sweeping phrase in the article's own voice ("nobody", "the rest of the world") that made it a claim. */
  sweeping?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  /** The attribution the finding is about, if any. */
  attribution?: string;
}

export interface Analysis {
  /** Length of the text analysed (UTF-16 units). */
  length: number;
  paragraphs: Span[];
  sentences: Span[];
  attributions: Attribution[];
  entities: Entity[];
  claims: Claim[];
  findings: Finding[];
  /** Set when the engine analysed only a prefix of the text. */
  truncated?: { at: number; reason: string };
  /** Problems inside one stage or rule; the rest of the analysis still ran. */
  errors: { stage: string; message: string }[];
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface LexiconExtras {
  /** Extra news outlets and agencies ("Kyiv Independent"). */
  outlets?: string[];
  /** Extra reporting verbs in their base form ("opine"). */
  speechVerbs?: string[];
  /** Extra vague-source heads ("insiders"). */
  vagueSources?: string[];
}

export interface AnalyzeOptions {
  /** "plaintext" or "markdown"; markdown skips code, front matter, HTML comments and URLs. */
  languageId?: string;
  rules?: Record<string, RuleSetting>;
  lexicon?: LexiconExtras;
  /** Analyse at most this many UTF-16 units; the rest is reported in Analysis.truncated. */
  maxLength?: number;
}

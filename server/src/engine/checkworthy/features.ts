// Hand-designed, named features for the check-worthiness scorer. Every word list below is written
// from general knowledge of English (news and political language), not mined from any corpus.
// Each feature has a short human-readable evidence string that the hover shows ("number: 40,000").
import { LexTable, scanTokens, tokenBuffer, type Lexeme, type Token } from './tokens';

/** Named features, in the order of the weight vector. */
export const FEATURE_IDS = [
  'number', 'percent', 'money', 'date', 'statistic', 'topic', 'comparison', 'superlative', 'change', 'causal',
  'record', 'named', 'sweeping', 'voiceSweeping', 'past', 'ownRecord', 'theirRecord', 'thirdPerson', 'reported', 'existential',
  'opinion', 'prescriptive', 'evaluative', 'prediction', 'intention', 'conditional', 'possibility', 'hedge',
  'firstSingular', 'firstPlural', 'secondPerson', 'question', 'procedural', 'short', 'length',
  'headline', 'chrome',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

export interface Extracted {
  /** Feature values, 0..1, indexed like FEATURE_IDS. */
  values: number[];
  /** Evidence shown for each feature that fired (undefined = did not fire). */
  evidence: (string | undefined)[];
  /** Word tokens seen (words and numbers). */
  words: number;
}

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

// ---------- word lists (general English; hand-written) ----------
const SCALE = set('hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens');
const CARDINAL = set('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety half twice triple tripled quadrupled doubled');
const PERCENT = set('percent per-cent percentage percentages percentile');
const CURRENCY_WORD = set('dollar dollars cents cent euro euros pound pounds rubles roubles yen yuan bucks');
const CURRENCY_SIGN = new Set(['$', '£', '€', '¥', '₽', '₹']);
const MONTH = set('january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');
const WEEKDAY = set('monday tuesday wednesday thursday friday saturday sunday yesterday');
const DATE_NOUN_AFTER_LAST = set('year years month months week weeks decade decades century quarter term session summer winter spring fall night');
const STATISTIC = set(`unemployment unemployed employment jobs wages wage income incomes inflation deficit deficits debt gdp economy
  taxes tax revenue revenues spending budget budgets poverty crime crimes murders homicide population average median rate rates
  prices price cost costs salary salaries pension pensions insurance uninsured insured premiums growth exports imports trade
  casualties deaths died killed troops soldiers votes voters turnout poll polls survey majority minority emissions acres barrels
  students enrollment recession surplus interest mortgages mortgage foreclosures benefits subsidies`);
// Concrete public-policy subjects (government, economy, defence, social programmes, institutions).
const TOPIC = set(`government federal state states governor governors congress congressional senate senator senators president presidency
  administration agency agencies military army navy troops defense defence nuclear weapons missile missiles war wars treaty embassy
  economy economic energy oil gas coal climate environment pollution health healthcare medicare medicaid hospital hospitals doctors
  drugs social security pension schools school teachers education college tuition students farmers farm companies company corporations
  business businesses banks bank industry manufacturing workers union unions immigrants immigration border police prison prisons
  welfare housing veterans taxpayers citizens country countries nation nations allies`);
const COMPARATIVE = set('more less fewer greater larger smaller higher lower bigger cheaper faster slower worse better older younger richer poorer stronger weaker longer shorter');
const COMPARE_WORD = set('than compared comparison versus vs outnumber outnumbered exceed exceeded exceeds surpassed');
const SUPERLATIVE = set('most least highest lowest largest biggest smallest greatest best worst first fastest slowest strongest weakest richest poorest oldest youngest longest shortest deadliest costliest unprecedented');
const RECORD_LEVEL = set('high highs low lows level levels number numbers year profits');
const EST_NOT_SUPERLATIVE = set('interest honest test rest west request protest forest contest suggest arrest invest harvest modest manifest digest guest nest quest chest earnest conquest priest attest detest midwest southwest northwest everest inquest behest lest pest vest crest jest zest unrest dishonest latest closest nearest interest digest protest');
const CHANGE = set(`increase increased increases increasing decrease decreased decreases decreasing rose risen rise rises rising fell fallen fall falls
  grew grown grow grows dropped drop drops declined decline declines doubled tripled quadrupled halved cut cuts slashed raised raise
  reduced reduce reduces lost gained gain gains created create creates eliminated shrank shrunk soared plunged plummeted jumped surged climbed tumbled`);
const CAUSAL_WORD = set('because caused causes causing therefore consequently thanks hence blamed');
const RECORD = set(`voted vote votes voting vetoed veto vetoes bill bills law laws legislation legislative signed passed enacted repealed
  amendment amendments treaty treaties court courts ruled ruling rulings sued lawsuit indicted convicted charged sentenced acquitted elected appointed
  sponsored cosponsored resolution statute statutes regulation regulations constitution constitutional ratified
  filibuster filibustered nominated impeached sanctions sanctioned invaded bombed negotiated agreement supported opposed endorsed`);
const SWEEPING = set('all every always never nobody everyone everybody everything nothing none entire whole ever');
const REPORTED = set('said says say told reported reports announced stated admitted acknowledged revealed confirmed claimed testified wrote accused denied insisted argued warned concluded added noted explained estimated found showed');
const PAST_IRREGULAR = set(`was were had did made took went came gave got saw knew told found left lost paid sent spent built brought bought fought
  won wrote rose fell grew began ran led met kept held stood sold became taught caught thought felt meant sought struck drove broke chose
  spoke stole threw woke shook hid rode sank sang swore tore wore forgot forgave understood withdrew overtook
  wasn't weren't didn't hadn't been dealt drew fed flew froze hung heard laid lent lit proved quit sat shot slept split spread stuck
  swept swung wound bore forbade arose awoke bent bled blew bound dug dove fled fit hit hurt let meant rang rose set shone shut slid spun sprang
  strove swam taken given gone done seen known grown shown written spoken chosen driven broken stolen risen fallen beaten begun`);
const THIRD = set("he she they him her them his their theirs he's she's they're they've he'd she'd they'd");
const THIRD_SUBJ = set("he she they it he's she's they've");
const PERFECT_AUX = set("have has had i've we've they've he's she's it's");
const ED_NOT_PAST = set('need needed indeed united red bed speed seed feed hundred proceed succeed exceed breed greed naked wicked sacred kindred shed embed bred ted shred weed deed heed reed creed freed steed sped fled wed led');
const OPINION_VERB = set('think believe feel guess hope suppose suspect doubt wish reckon');
const FIRST_SING = set("i me my mine myself i'm i've i'd i'll");
const CONTRACTION_S = set("it's that's what's there's here's he's she's who's let's where's how's");
const FIRST_SUBJ = set("i me myself i'm i've i'd i'll");
const FIRST_PLUR = set("we us our ours ourselves we're we've we'd we'll let's");
const SECOND = set("you your yours yourself yourselves you're you've you'd you'll");
const PRESCRIPTIVE = set("should shouldn't ought must mustn't let's");
const EVALUATIVE = set(`terrible horrible awful disgrace disgraceful disaster disastrous wonderful great fantastic tremendous incredible amazing
  beautiful ridiculous absurd outrageous shameful pathetic stupid foolish silly sad tragic wrong unfair fair bad good evil dangerous reckless
  irresponsible outstanding excellent brilliant important crucial vital essential nonsense shame scandal scandalous appalling deplorable
  wise unwise right mistake mistakes failure failed failing sorry proud`);
const FUTURE = set("will won't shall shan't gonna");
const PREDICT_VERB = set('predict predicts predicted forecast forecasts expect expects anticipate anticipates promise promises pledge pledges vow vows');
const CONDITIONAL = set("would wouldn't if unless");
const POSSIBILITY = set("can can't cannot could couldn't");
const INTENTION = set('want wants intend intends intention aim aims plan plans propose proposes goal');
const HEDGE = set('maybe perhaps probably possibly might may likely unlikely apparently seemingly allegedly reportedly');
const PROCEDURAL = set(`thank thanks welcome ladies gentlemen applause laughter crosstalk moderator rebuttal minutes seconds
  question questions answer answers response respond debate audience folks`);
const QUESTION_START = set("who what when where why how which whose is are was were do does did can could will would should shall has have isn't aren't doesn't don't didn't won't wouldn't");
const CHROME = [
  'you are here', 'read more', 'advertisement', 'share this', 'share this article', 'click here', 'sign up', 'subscribe', 'related',
  'related articles', 'skip to content', 'comments', 'image caption', 'photo', 'home', 'menu', 'log in', 'sign in', 'print',
  'email', 'share', 'tweet', 'continue reading', 'more stories', 'top stories', 'most read', 'follow us', 'newsletter',
];
const CHROME_SET = new Set(CHROME);

// Multi-word cues, checked at each token: first word -> word sequences.
type Phrases = Map<string, string[][]>;
function phrases(list: string[]): Phrases {
  const m: Phrases = new Map();
  for (const p of list) {
    const w = p.split(' ');
    const arr = m.get(w[0]) ?? [];
    arr.push(w);
    m.set(w[0], arr);
  }
  return m;
}
const CAUSAL_PHRASES = phrases(['due to', 'led to', 'leads to', 'lead to', 'leading to', 'result of', 'results of', 'resulted in', 'results in',
  'as a result', 'responsible for', 'thanks to', 'because of', 'so that', 'that is why', "that's why", 'the reason', 'contributed to', 'brought about']);
const COMPARISON_PHRASES = phrases(['as many as', 'as much as', 'twice as', 'times as', 'times more', 'the same as', 'no more than', 'up from', 'down from']);
const SWEEPING_PHRASES = phrases(['no one', 'the rest of', 'no other', 'not a single', 'not one', 'the whole world', 'around the world', 'all over',
  'none of', 'only one', 'the only', 'every single']);
const OPINION_PHRASES = phrases(['in my opinion', 'in my view', 'i think', 'i believe', 'i feel', 'we think', 'we believe', 'i hope', 'we hope',
  'i guess', 'it seems to me', 'i am convinced', "i'm convinced", 'my view', 'i want', 'we want', "i'd like", 'i would like']);
const PRESCRIPTIVE_PHRASES = phrases(['need to', 'needs to', 'have to', 'has to', 'got to', 'ought to', 'we must', 'it is time', "it's time",
  "we've got", 'we have got']);
const PREDICTION_PHRASES = phrases(['going to', 'is expected', 'are expected', 'next year', 'next month', 'next week', 'in the future',
  'in the coming', 'in the next', 'over the next', 'for the next', 'during the next', 'within the next', 'will be', 'is likely to', 'are likely to', 'is set to', 'are set to', 'on track to']);
const PROCEDURAL_PHRASES = phrases(['thank you', 'good evening', 'good morning', 'good afternoon', 'good night', 'ladies and gentlemen', 'let me', 'i want to thank', 'my time', 'two minutes',
  'the question', 'your question', 'that question', 'i would like to', 'we will now', "let's move", 'next question', 'go ahead', 'you are here']);
const REPORTED_PHRASES = phrases(['according to', 'quoted as', 'a report', 'the report', 'a study', 'the study', 'data show', 'figures show', 'polls show']);
const EXISTENTIAL_PHRASES = phrases(['there is', 'there are', 'there was', 'there were', "there's", 'there has been', 'there have been']);
const PAST_PHRASES = phrases(['in the past', 'last year', 'last month', 'last week', 'ago']);

const INVARIANT_PARTICIPLE = set('cut put set hit let hurt cost shut spread quit bet cast');

// ---------- the word lists as bits: one Map lookup per token instead of one Set lookup per list ----------
// A-bits (A_*) and B-bits (B_*, with "a phrase of this list starts with this word" bits P_*).
const A_SCALE = 1 << 0, A_CARDINAL = 1 << 1, A_PERCENT = 1 << 2, A_CURRENCY = 1 << 3, A_MONTH = 1 << 4, A_WEEKDAY = 1 << 5,
  A_AFTER_LAST = 1 << 6, A_STATISTIC = 1 << 7, A_TOPIC = 1 << 8, A_COMPARATIVE = 1 << 9, A_COMPARE = 1 << 10, A_SUPERLATIVE = 1 << 11,
  A_RECORD_LEVEL = 1 << 12, A_EST_NOT = 1 << 13, A_CHANGE = 1 << 14, A_CAUSAL = 1 << 15, A_RECORD = 1 << 16, A_SWEEPING = 1 << 17,
  A_REPORTED = 1 << 18, A_PAST_IRREGULAR = 1 << 19, A_THIRD = 1 << 20, A_THIRD_SUBJ = 1 << 21, A_PERFECT_AUX = 1 << 22, A_ED_NOT_PAST = 1 << 23,
  A_OPINION_VERB = 1 << 24, A_FIRST_SING = 1 << 25, A_CONTRACTION_S = 1 << 26, A_FIRST_SUBJ = 1 << 27, A_FIRST_PLUR = 1 << 28, A_SECOND = 1 << 29,
  A_PRESCRIPTIVE = 1 << 30;
const B_EVALUATIVE = 1 << 0, B_FUTURE = 1 << 1, B_PREDICT_VERB = 1 << 2, B_CONDITIONAL = 1 << 3, B_POSSIBILITY = 1 << 4, B_INTENTION = 1 << 5,
  B_HEDGE = 1 << 6, B_PROCEDURAL = 1 << 7, B_INVARIANT = 1 << 8,
  P_CAUSAL = 1 << 12, P_COMPARISON = 1 << 13, P_SWEEPING = 1 << 14, P_OPINION = 1 << 15, P_PRESCRIPTIVE = 1 << 16, P_PREDICTION = 1 << 17,
  P_PROCEDURAL = 1 << 18, P_REPORTED = 1 << 19, P_EXISTENTIAL = 1 << 20, P_PAST = 1 << 21;
/** Word -> index into BITS_A / BITS_B. */
const WORD_INDEX = new Map<string, number>();
const BITS_A: number[] = [];
const BITS_B: number[] = [];
function addBits(words: Iterable<string>, a: number, b: number): void {
  for (const w of words) {
    let k = WORD_INDEX.get(w);
    if (k === undefined) {
      WORD_INDEX.set(w, (k = BITS_A.length));
      BITS_A.push(0);
      BITS_B.push(0);
    }
    BITS_A[k] |= a;
    BITS_B[k] |= b;
  }
}
for (const [list, bit] of [
  [SCALE, A_SCALE], [CARDINAL, A_CARDINAL], [PERCENT, A_PERCENT], [CURRENCY_WORD, A_CURRENCY], [MONTH, A_MONTH], [WEEKDAY, A_WEEKDAY],
  [DATE_NOUN_AFTER_LAST, A_AFTER_LAST], [STATISTIC, A_STATISTIC], [TOPIC, A_TOPIC], [COMPARATIVE, A_COMPARATIVE], [COMPARE_WORD, A_COMPARE],
  [SUPERLATIVE, A_SUPERLATIVE], [RECORD_LEVEL, A_RECORD_LEVEL], [EST_NOT_SUPERLATIVE, A_EST_NOT], [CHANGE, A_CHANGE], [CAUSAL_WORD, A_CAUSAL],
  [RECORD, A_RECORD], [SWEEPING, A_SWEEPING], [REPORTED, A_REPORTED], [PAST_IRREGULAR, A_PAST_IRREGULAR], [THIRD, A_THIRD], [THIRD_SUBJ, A_THIRD_SUBJ],
  [PERFECT_AUX, A_PERFECT_AUX], [ED_NOT_PAST, A_ED_NOT_PAST], [OPINION_VERB, A_OPINION_VERB], [FIRST_SING, A_FIRST_SING], [CONTRACTION_S, A_CONTRACTION_S],
  [FIRST_SUBJ, A_FIRST_SUBJ], [FIRST_PLUR, A_FIRST_PLUR], [SECOND, A_SECOND], [PRESCRIPTIVE, A_PRESCRIPTIVE],
] as [Set<string>, number][]) addBits(list, bit, 0);
for (const [list, bit] of [
  [EVALUATIVE, B_EVALUATIVE], [FUTURE, B_FUTURE], [PREDICT_VERB, B_PREDICT_VERB], [CONDITIONAL, B_CONDITIONAL], [POSSIBILITY, B_POSSIBILITY],
  [INTENTION, B_INTENTION], [HEDGE, B_HEDGE], [PROCEDURAL, B_PROCEDURAL], [INVARIANT_PARTICIPLE, B_INVARIANT],
] as [Set<string>, number][]) addBits(list, 0, bit);
for (const [ps, bit] of [
  [CAUSAL_PHRASES, P_CAUSAL], [COMPARISON_PHRASES, P_COMPARISON], [SWEEPING_PHRASES, P_SWEEPING], [OPINION_PHRASES, P_OPINION],
  [PRESCRIPTIVE_PHRASES, P_PRESCRIPTIVE], [PREDICTION_PHRASES, P_PREDICTION], [PROCEDURAL_PHRASES, P_PROCEDURAL], [REPORTED_PHRASES, P_REPORTED],
  [EXISTENTIAL_PHRASES, P_EXISTENTIAL], [PAST_PHRASES, P_PAST],
] as [Phrases, number][]) addBits(ps.keys(), 0, bit);

const ALPHA_LOWER = /^[a-z]+$/;
/** isPast for a token whose A-bits are `a`. */
const isPastBits = (low: string, a: number) => (a & A_PAST_IRREGULAR) !== 0 || (low.length >= 5 && endsWith(low, 'ed') && (a & A_ED_NOT_PAST) === 0 && ALPHA_LOWER.test(low));
const cardinalWord = (low: string, a: number) => (a & A_CARDINAL) !== 0 || (low.includes('-') && low.split('-').every((p) => CARDINAL.has(p) || p === 'one'));

// Quantifier idioms that generalise nothing: "at all", "first of all", "most of all", "all about", "all the time",
// "every day" (habit), "all right".
const ALL_BEFORE = set('at after above');
const TIME_UNIT = set('day days week weeks month months year years time times morning night evening minute hour');
function idiomatic(i: number): boolean {
  const L = TOKS.lex;
  const N = TOKS.count;
  const low = L[i].low;
  const prev = i > 0 ? L[i - 1].low : '';
  const next = i + 1 < N ? L[i + 1].low : '';
  if (low === 'all') return ALL_BEFORE.has(prev) || (prev === 'of' && i >= 2 && (L[i - 2].low === 'first' || L[i - 2].low === 'most')) || next === 'about' || next === 'right' || (next === 'the' && i + 2 < N && L[i + 2].low === 'time');
  if (low === 'every') return TIME_UNIT.has(next);
  return false;
}

/** The number of tokens of the first phrase of `ps` starting at token i, or 0. */
function phraseAt(ps: Phrases, i: number): number {
  const L = TOKS.lex;
  const cands = ps.get(L[i].low);
  if (!cands) return 0;
  outer: for (const w of cands) {
    if (i + w.length > TOKS.count) continue;
    for (let k = 1; k < w.length; k++) if (L[i + k].low !== w[k]) continue outer;
    return w.length;
  }
  return 0;
}

/** Tokens i .. i + len - 1 as written, joined by spaces (so evidence keeps the author's spelling). */
function rawJoined(i: number, len: number): string {
  const L = TOKS.lex;
  let s = L[i].raw;
  for (let k = 1; k < len; k++) s += ' ' + L[i + k].raw;
  return s;
}

/** Capitalised: a first character with a case, in upper case (for an ASCII first character: A-Z). */
const isUpper = (s: string) => {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return s !== s.toLowerCase() && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase();
};
const SENTENCE_BREAK = new Set(['.', '!', '?', ':', ';', '"', '\u201c', '\u201d', '(', '[', '\u2014', '\u2013', '-', '\u2026']);
const TERMINAL = new Set(['.', '!', '?', '\u2026', '"', '\u201d', "'", '\u2019', ')', ':']);

const I = Object.fromEntries(FEATURE_IDS.map((id, k) => [id, k])) as Record<FeatureId, number>;
const NOT_FLAT = (['firstSingular', 'firstPlural', 'secondPerson', 'opinion', 'prescriptive', 'prediction', 'conditional', 'hedge', 'question', 'possibility'] as FeatureId[]).map((id) => I[id]);
const ONE_DIGIT = /[0-9]/;

/** s ends with the ASCII string `end` (charCode compares: cheaper than endsWith in the token loop). */
function endsWith(s: string, end: string): boolean {
  const n = s.length;
  const m = end.length;
  if (n < m) return false;
  for (let k = 1; k <= m; k++) if (s.charCodeAt(n - k) !== end.charCodeAt(m - k)) return false;
  return true;
}

// ---------- what each distinct token text means, worked out once (the lexeme table) ----------
// Flags (C_*) of a lexeme, from its text alone: the token loop tests bits instead of running regexes
// and string tests on every token.
const C_CAP = 1 << 0, C_CARDINAL = 1 << 1, C_PAST = 1 << 2, C_EST = 1 << 3, C_LL = 1 << 4, C_ACRONYM = 1 << 5, C_ENDS_S = 1 << 6,
  C_PLAN = 1 << 7, C_YEAR = 1 << 8, C_DECADE = 1 << 9, C_ORDINAL = 1 << 10, C_DIGIT = 1 << 11, C_CURRENCY_SIGN = 1 << 12,
  C_PERCENT_SIGN = 1 << 13, C_BREAK = 1 << 14, C_TERMINAL = 1 << 15, C_CLOSER = 1 << 16;

/** A token text with its word-list bits (a: A_*, b: B_* and P_*; 0 for punctuation) and flags (c: C_*). */
interface Lex extends Lexeme {
  a: number;
  b: number;
  c: number;
}

function makeLex(raw: string, low: string, kind: Token['kind']): Lex {
  let a = 0;
  let b = 0;
  let c = 0;
  if (kind === 'punct') {
    if (CURRENCY_SIGN.has(raw)) c |= C_CURRENCY_SIGN;
    if (raw === '%') c |= C_PERCENT_SIGN;
    if (SENTENCE_BREAK.has(raw)) c |= C_BREAK;
    if (/^["'\u201d\u2019)\]\s]$/.test(raw)) c |= C_CLOSER;
    // (TERMINAL has punctuation only)
    if (TERMINAL.has(raw)) c |= C_TERMINAL;
  } else {
    const k = WORD_INDEX.get(low);
    if (k !== undefined) {
      a = BITS_A[k];
      b = BITS_B[k];
    }
  }
  if (kind === 'num') {
    const y = /^\d{4}s?$/.test(low) ? parseInt(low, 10) : NaN;
    if (y >= 1800 && y <= 2100) c |= C_YEAR;
    if (/^'?\d0s$/.test(low)) c |= C_DECADE;
    if (/^\d{1,2}(st|nd|rd|th)$/.test(low)) c |= C_ORDINAL;
    if (ONE_DIGIT.test(low)) c |= C_DIGIT;
  }
  if (kind === 'word') {
    if (isUpper(raw)) c |= C_CAP;
    if (cardinalWord(low, a)) c |= C_CARDINAL;
    if (isPastBits(low, a)) c |= C_PAST;
    if (low.length >= 6 && endsWith(low, 'est') && (a & A_EST_NOT) === 0 && ALPHA_LOWER.test(low)) c |= C_EST;
    if (endsWith(low, "'ll")) c |= C_LL;
    const c0 = raw.charCodeAt(0);
    if (c0 >= 0x41 && c0 <= 0x5a && raw.length >= 2 && raw === raw.toUpperCase() && raw !== 'I' && !raw.startsWith("I'")) c |= C_ACRONYM;
    if (low.endsWith("'s")) c |= C_ENDS_S;
    if (low.startsWith('plan')) c |= C_PLAN;
  }
  // every lexeme gets the same fields in the same order, so V8 sees one shape
  return { raw, low, kind, a, b, c };
}

/**
 * Lexemes of the token texts met so far (the first 16,384 distinct ones of up to 24 code units):
 * a word met again costs no slice, no lower-casing, no Map lookup and no flag tests. Forgotten with
 * the statement memo (clearLexemes).
 */
const LEXEMES = new LexTable<Lex>(10, 24, makeLex);
/** Forgets the lexeme table (with the statement memo: a benchmark run starts from nothing). */
export function clearLexemes(): void {
  LEXEMES.clear();
}

/** Scratch for extractFeatures: the statement's tokens and their word-list bits at index + 1 (reused; grown when a statement is longer). */
const TOKS = tokenBuffer<Lex>();
let bitsA = new Int32Array(256);
let bitsB = new Int32Array(256);

/**
 * The feature arrays of the extractFeatures call in progress, for the helpers below (module functions,
 * not closures made per call: V8 then sees one call target at every call site).
 */
let VALUES: number[] = [];
let EVIDENCE: (string | undefined)[] = [];

/** Fires feature k (value at least v) with evidence `ev` unless it already has evidence. */
function fire(k: number, ev: string, v = 1): void {
  if (VALUES[k] < v) VALUES[k] = v;
  if (EVIDENCE[k] === undefined) EVIDENCE[k] = ev;
}

/**
 * A feature keeps the evidence of its first firing, so its evidence string is made only when it has
 * none yet: need(k) fires k (value 1) and says false when it already has evidence, else says true
 * and the caller fires it with its evidence.
 */
function need(k: number): boolean {
  if (EVIDENCE[k] === undefined) return true;
  VALUES[k] = 1;
  return false;
}

/** Fires feature k with evidence `label` + token i as written. */
function fireTok(k: number, label: string, i: number): void {
  if (need(k)) fire(k, label + TOKS.lex[i].raw);
}

/** Extracts every named feature from one statement (`text`, or text[from, to)). Linear in the input length. */
export function extractFeatures(text: string, scratch?: Pick<Extracted, 'values' | 'evidence'>, from = 0, to = text.length): Extracted {
  // the statement is text[from, to): read in place, evidence sliced from `text` at the tokens' offsets
  scanTokens(text, LEXEMES, TOKS, from, to);
  const L = TOKS.lex;
  const N = TOKS.count;
  const n = FEATURE_IDS.length;
  // `scratch`: arrays to fill instead of new ones (the scorer's, read before its next call)
  const values = scratch ? scratch.values.fill(0, 0, n) : new Array<number>(n).fill(0);
  const evidence = scratch ? scratch.evidence.fill(undefined, 0, n) : new Array<string | undefined>(n).fill(undefined);
  VALUES = values;
  EVIDENCE = evidence;
  // Word-list bits of each token, at index + 1 (0 before the first token and after the last).
  if (bitsA.length < N + 3) {
    bitsA = new Int32Array(2 * N + 3);
    bitsB = new Int32Array(2 * N + 3);
  }
  const fa = bitsA;
  const fb = bitsB;
  fa[0] = fb[0] = 0;
  for (let i = 0; i < N; i++) {
    const l = L[i];
    fa[i + 1] = l.a;
    fb[i + 1] = l.b;
  }
  fa[N + 1] = fb[N + 1] = fa[N + 2] = fb[N + 2] = 0;

  let words = 0;
  let named = 0;
  let namedFirst: string | undefined;
  let capWords = 0;
  let longWords = 0;
  let firstWordSeen = false;
  let prevBreak = true; // at the start or right after a sentence-internal break
  for (let i = 0; i < N; i++) {
    const t = L[i];
    const c = t.c;
    const prev = i > 0 ? L[i - 1].low : '';
    const next = i + 1 < N ? L[i + 1].low : '';
    const a = fa[i + 1];
    const aPrev = fa[i];
    const aNext = fa[i + 2];
    if (t.kind === 'punct') {
      if ((c & C_CURRENCY_SIGN) !== 0 && next && L[i + 1].kind === 'num' && need(I.money)) {
        const scale = i + 2 < N && (fa[i + 3] & A_SCALE) !== 0 ? ` ${L[i + 2].raw}` : '';
        fire(I.money, `money: ${t.raw}${L[i + 1].raw}${scale}`);
      }
      if ((c & C_PERCENT_SIGN) !== 0 && need(I.percent)) fire(I.percent, `percentage: ${i > 0 ? L[i - 1].raw : ''}%`);
      prevBreak = (c & C_BREAK) !== 0 || (prevBreak && t.raw !== ',');
      continue;
    }
    words++;
    if (t.kind === 'num') {
      if ((c & C_YEAR) !== 0) fireTok(I.date, 'date: ', i);
      else if ((c & C_DECADE) !== 0) fireTok(I.date, 'date: ', i);
      else if ((c & C_ORDINAL) !== 0 && ((aPrev & A_MONTH) !== 0 || (aNext & A_MONTH) !== 0 || next === 'century' || (next === 'of' && i + 2 < N && (fa[i + 3] & A_MONTH) !== 0))) fireTok(I.date, 'date: ', i);
      else if ((c & C_DIGIT) !== 0 && prev !== 'number' && prev !== 'no' && need(I.number)) fire(I.number, `number: ${t.raw}${(aNext & A_SCALE) !== 0 ? ' ' + L[i + 1].raw : ''}`);
      if ((aNext & A_PERCENT) !== 0 && need(I.percent)) fire(I.percent, `percentage: ${t.raw} ${L[i + 1].raw}`);
      if (((aNext & A_CURRENCY) !== 0 || ((aNext & A_SCALE) !== 0 && i + 2 < N && (fa[i + 3] & A_CURRENCY) !== 0)) && need(I.money)) fire(I.money, `money: ${t.raw} ${L[i + 1].raw}`);
      prevBreak = false;
      firstWordSeen = true;
      continue;
    }
    // Words.
    const cap = (c & C_CAP) !== 0;
    if (t.raw.length >= 4) { longWords++; if (cap) capWords++; }
    if (cap && (a & (A_FIRST_SING | A_MONTH | A_WEEKDAY)) === 0) {
      const possessive = (next === "'s" || (c & C_ENDS_S) !== 0) && (a & A_CONTRACTION_S) === 0;
      if ((firstWordSeen && !prevBreak) || (c & C_ACRONYM) !== 0 || possessive) {
        named++;
        if (!namedFirst) namedFirst = t.raw;
      }
    }
    firstWordSeen = true;
    prevBreak = false;

    wordFires(text, i, N);
  }
  if (named > 0) fire(I.named, `named: ${namedFirst}`, Math.min(named, 3) / 3);

  // Question: ends with "?" (ignoring closing quotes/brackets).
  let last = N - 1;
  while (last >= 0 && (L[last].c & C_CLOSER) !== 0) last--;
  if (last >= 0 && L[last].raw === '?') fire(I.question, 'question');
  else if (N && QUESTION_START.has(L[0].low) && N > 1 && (FIRST_SING.has(L[1].low) || SECOND.has(L[1].low) || FIRST_PLUR.has(L[1].low)) && last >= 0 && L[last].raw !== '.') fire(I.question, 'question');

  // A sweeping generalisation stated flatly: no I/we/you, no opinion, prediction, hedge, condition or question.
  if (values[I.sweeping] > 0 && !NOT_FLAT.some((k) => values[k] > 0)) fire(I.voiceSweeping, 'sweeping claim stated as fact');
  if (words > 0 && words < 5) fire(I.short, 'short fragment');
  values[I.length] = Math.min(words, 40) / 40;

  // News-prose features (see README): page chrome and headline-style fragments.
  if (words > 0 && words <= 4 && CHROME_SET.has(wordLows(N))) fire(I.chrome, `page furniture: ${text.slice(from, to).trim().slice(0, 40)}`);
  const terminal = last >= 0 && (L[N - 1].c & C_TERMINAL) !== 0;
  if (words >= 2 && words <= 20 && !terminal && longWords > 0 && capWords / longWords >= 0.6) fire(I.headline, 'headline-style fragment');
  return { values, evidence, words };
}

/** The lower-case words and numbers of the statement's N tokens, joined by spaces. */
function wordLows(N: number): string {
  const L = TOKS.lex;
  let s: string | undefined;
  for (let i = 0; i < N; i++) if (L[i].kind !== 'punct') s = s === undefined ? L[i].low : s + ' ' + L[i].low;
  return s ?? '';
}

/**
 * The features a word token fires (token i of N, after the capitalisation count): a function of its
 * own, so V8 compiles the token loop and this part separately (a deopt in one does not recompile the other).
 */
function wordFires(text: string, i: number, N: number): void {
  const L = TOKS.lex;
  const S = TOKS.start;
  const fa = bitsA;
  const fb = bitsB;
  const t = L[i];
  const low = t.low;
  const c = t.c;
  const prev = i > 0 ? L[i - 1].low : '';
  const next = i + 1 < N ? L[i + 1].low : '';
  const prevKind = i > 0 ? L[i - 1].kind : undefined;
  const prevIsPunct = prevKind === 'punct';
  const a = fa[i + 1];
  const b = fb[i + 1];
  const aPrev = fa[i];
  const aNext = fa[i + 2];
  const cap = (c & C_CAP) !== 0;
  let ph = 0;
  if ((a & A_SCALE) !== 0 || ((c & C_CARDINAL) !== 0 && prev !== 'number')) fireTok(I.number, 'number: ', i);
  if ((a & A_PERCENT) !== 0) fireTok(I.percent, 'percentage: ', i);
  if ((a & A_CURRENCY) !== 0 && (prev === 'of' || (aPrev & A_SCALE) !== 0 || prevKind === 'num' || (aPrev & A_CARDINAL) !== 0)) fireTok(I.money, 'money: ', i);
  if ((a & A_MONTH) !== 0 && (low !== 'march' && low !== 'may' || cap)) fireTok(I.date, 'date: ', i);
  if ((a & A_WEEKDAY) !== 0) fireTok(I.date, 'date: ', i);
  if (low === 'last' && (aNext & A_AFTER_LAST) !== 0) fireTok(I.date, 'date: last ', i + 1);
  if ((a & A_STATISTIC) !== 0) fireTok(I.statistic, 'statistic: ', i);
  if ((a & A_TOPIC) !== 0) fireTok(I.topic, 'policy topic: ', i);
  if ((a & A_COMPARE) !== 0) fireTok(I.comparison, 'comparison: ', i);
  else if ((a & A_COMPARATIVE) !== 0 && (next === 'than' || (aPrev & A_SCALE) !== 0 || prevKind === 'num')) fireTok(I.comparison, 'comparison: ', i);
  ph = (b & P_COMPARISON) !== 0 ? phraseAt(COMPARISON_PHRASES, i) : 0;
  if (ph && need(I.comparison)) fire(I.comparison, `comparison: ${rawJoined(i, ph)}`);
  if ((a & A_SUPERLATIVE) !== 0 && !(low === 'first' && (next === 'of' || prev === 'at' || i === 0 || prevIsPunct || prev === 'but' || prev === 'and')) && !(low === 'most' && next === 'of')) fireTok(I.superlative, 'superlative: ', i);
  else if (low === 'record' && ((aNext & A_RECORD_LEVEL) !== 0 || prev === 'all-time')) {
    if (need(I.superlative)) fire(I.superlative, `superlative: record ${i + 1 < N ? L[i + 1].raw : ''}`.trim());
  } else if ((c & C_EST) !== 0) fireTok(I.superlative, 'superlative: ', i);
  if ((a & A_CHANGE) !== 0) fireTok(I.change, 'change: ', i);
  if ((a & A_CAUSAL) !== 0 && !(low === 'thanks' && (i === 0 || next === 'for'))) fireTok(I.causal, 'causal: ', i);
  ph = (b & P_CAUSAL) !== 0 ? phraseAt(CAUSAL_PHRASES, i) : 0;
  if (ph && need(I.causal)) fire(I.causal, `causal: ${rawJoined(i, ph)}`);
  if ((a & A_RECORD) !== 0) fireTok(I.record, 'record: ', i);
  if ((a & A_SWEEPING) !== 0 && !idiomatic(i)) fireTok(I.sweeping, 'sweeping: ', i);
  ph = (b & P_SWEEPING) !== 0 ? phraseAt(SWEEPING_PHRASES, i) : 0;
  if (ph && need(I.sweeping)) fire(I.sweeping, `sweeping: ${rawJoined(i, ph)}`);
  if ((a & A_REPORTED) !== 0) fireTok(I.reported, 'reported: ', i);
  ph = (b & P_REPORTED) !== 0 ? phraseAt(REPORTED_PHRASES, i) : 0;
  if (ph && need(I.reported)) fire(I.reported, `reported: ${rawJoined(i, ph)}`);
  ph = (b & P_EXISTENTIAL) !== 0 ? phraseAt(EXISTENTIAL_PHRASES, i) : 0;
  if (ph && need(I.existential)) fire(I.existential, `existential: ${rawJoined(i, ph)}`);
  if ((c & C_PAST) !== 0) fireTok(I.past, 'past event: ', i);
  if ((a & (A_FIRST_SING | A_FIRST_PLUR)) !== 0 && next) {
    // "I voted", "we cut", "I have supported", "we've never raised": the speaker's own record.
    let j = i + 1;
    const perfect = (fa[j + 1] & A_PERFECT_AUX) !== 0 && j + 1 < N;
    if (perfect) j++;
    if (j + 1 < N && (L[j].low === 'never' || L[j].low === 'also' || L[j].low === 'just')) j++;
    const v = L[j];
    if (((v.c & C_PAST) !== 0 || (perfect && (v.b & B_INVARIANT) !== 0)) && v.low !== 'had' && (v.a & A_OPINION_VERB) === 0 && need(I.ownRecord)) fire(I.ownRecord, `own record: ${text.slice(S[i], S[j] + v.raw.length)}`);
  }
  // (a capitalised word that is not the first token: the token loop has already counted this word as seen)
  if (((a & A_THIRD_SUBJ) !== 0 || (cap && !prevIsPunct && i > 0)) && next) {
    // "He voted", "They have cut", "Smith never paid": a third party's record.
    let j = i + 1;
    const perfect = (fa[j + 1] & A_PERFECT_AUX) !== 0 && j + 1 < N;
    if (perfect) j++;
    if (j + 1 < N && (L[j].low === 'never' || L[j].low === 'also' || L[j].low === 'just')) j++;
    const v = L[j];
    if (v.kind === 'word' && ((v.c & C_PAST) !== 0 || (perfect && (v.b & B_INVARIANT) !== 0)) && (v.a & A_OPINION_VERB) === 0 && (v.c & C_CAP) === 0 && need(I.theirRecord)) fire(I.theirRecord, `their record: ${text.slice(S[i], S[j] + v.raw.length)}`);
  }
  if ((a & A_THIRD) !== 0) fireTok(I.thirdPerson, 'about a third party: ', i);
  ph = (b & P_PAST) !== 0 ? phraseAt(PAST_PHRASES, i) : 0;
  if (ph && need(I.past)) fire(I.past, `past event: ${rawJoined(i, ph)}`);

  if ((a & A_OPINION_VERB) !== 0 && (aPrev & (A_FIRST_SING | A_FIRST_PLUR)) !== 0 && need(I.opinion)) fire(I.opinion, `opinion: ${L[i - 1].raw} ${t.raw}`);
  ph = (b & P_OPINION) !== 0 ? phraseAt(OPINION_PHRASES, i) : 0;
  if (ph && need(I.opinion)) fire(I.opinion, `opinion: ${rawJoined(i, ph)}`);
  if ((a & A_PRESCRIPTIVE) !== 0) fireTok(I.prescriptive, 'opinion: ', i);
  ph = (b & P_PRESCRIPTIVE) !== 0 ? phraseAt(PRESCRIPTIVE_PHRASES, i) : 0;
  if (ph && need(I.prescriptive)) fire(I.prescriptive, `opinion: ${rawJoined(i, ph)}`);
  if ((b & B_EVALUATIVE) !== 0) fireTok(I.evaluative, 'opinion: ', i);
  if ((b & B_FUTURE) !== 0 || (c & C_LL) !== 0) fireTok(I.prediction, 'prediction: ', i);
  if ((b & B_PREDICT_VERB) !== 0) fireTok(I.prediction, 'prediction: ', i);
  ph = (b & P_PREDICTION) !== 0 ? phraseAt(PREDICTION_PHRASES, i) : 0;
  if (ph && need(I.prediction)) fire(I.prediction, `prediction: ${rawJoined(i, ph)}`);
  if ((b & B_CONDITIONAL) !== 0) fireTok(I.conditional, 'conditional: ', i);
  if ((b & B_POSSIBILITY) !== 0) fireTok(I.possibility, 'possibility: ', i);
  if ((b & B_INTENTION) !== 0 && !((c & C_PLAN) !== 0 && prev === 'the')) fireTok(I.intention, 'intention: ', i);
  if ((b & B_HEDGE) !== 0 && !(low === 'may' && cap)) fireTok(I.hedge, 'hedge: ', i);
  if ((a & A_FIRST_SUBJ) !== 0) fire(I.firstSingular, 'first person: I');
  if ((a & A_FIRST_PLUR) !== 0) fire(I.firstPlural, 'first person plural');
  if ((a & A_SECOND) !== 0) fire(I.secondPerson, 'addresses the reader/listener');
  if ((b & B_PROCEDURAL) !== 0) fireTok(I.procedural, 'procedural: ', i);
  ph = (b & P_PROCEDURAL) !== 0 ? phraseAt(PROCEDURAL_PHRASES, i) : 0;
  if (ph && need(I.procedural)) fire(I.procedural, `procedural: ${rawJoined(i, ph)}`);
}

// Hand-designed, named features for the check-worthiness scorer. Every word list below is written
// from general knowledge of English (news and political language), not mined from any corpus.
// Each feature has a short human-readable evidence string that the hover shows ("number: 40,000").
import { tokenize, type Token } from './tokens';

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
/** A past or perfect verb after a subject: "voted", "have cut" (`perfect`: an auxiliary came first). */
const isRecordVerbBits = (low: string, a: number, b: number, perfect: boolean) => isPastBits(low, a) || (perfect && (b & B_INVARIANT) !== 0);
const cardinalWord = (low: string, a: number) => (a & A_CARDINAL) !== 0 || (low.includes('-') && low.split('-').every((p) => CARDINAL.has(p) || p === 'one'));

// Quantifier idioms that generalise nothing: "at all", "first of all", "most of all", "all about", "all the time",
// "every day" (habit), "all right".
const ALL_BEFORE = set('at after above');
const TIME_UNIT = set('day days week weeks month months year years time times morning night evening minute hour');
function idiomatic(toks: Token[], i: number): boolean {
  const low = toks[i].low;
  const prev = i > 0 ? toks[i - 1].low : '';
  const next = i + 1 < toks.length ? toks[i + 1].low : '';
  if (low === 'all') return ALL_BEFORE.has(prev) || (prev === 'of' && (toks[i - 2]?.low === 'first' || toks[i - 2]?.low === 'most')) || next === 'about' || next === 'right' || (next === 'the' && toks[i + 2]?.low === 'time');
  if (low === 'every') return TIME_UNIT.has(next);
  return false;
}

/** The phrase starting at token i, as written in the text (so evidence keeps the author's spelling). */
function matchPhrase(ps: Phrases, toks: Token[], i: number): string | undefined {
  const cands = ps.get(toks[i].low);
  if (!cands) return undefined;
  outer: for (const w of cands) {
    if (i + w.length > toks.length) continue;
    for (let k = 1; k < w.length; k++) if (toks[i + k].low !== w[k]) continue outer;
    return toks.slice(i, i + w.length).map((t) => t.raw).join(' ');
  }
  return undefined;
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

/** Scratch for extractFeatures: the tokens' word-list bits (reused; grown when a statement is longer). */
let bitsA = new Int32Array(256);
let bitsB = new Int32Array(256);
/** s ends with the ASCII string `end` (charCode compares: cheaper than endsWith in the token loop). */
function endsWith(s: string, end: string): boolean {
  const n = s.length;
  const m = end.length;
  if (n < m) return false;
  for (let k = 1; k <= m; k++) if (s.charCodeAt(n - k) !== end.charCodeAt(m - k)) return false;
  return true;
}

/** Extracts every named feature from one statement. Linear in the input length. */
export function extractFeatures(text: string, scratch?: Pick<Extracted, 'values' | 'evidence'>): Extracted {
  const toks = tokenize(text);
  const n = FEATURE_IDS.length;
  // `scratch`: arrays to fill instead of new ones (the scorer's, read before its next call)
  const values = scratch ? scratch.values.fill(0, 0, n) : new Array<number>(n).fill(0);
  const evidence = scratch ? scratch.evidence.fill(undefined, 0, n) : new Array<string | undefined>(n).fill(undefined);
  const fire = (k: number, ev: string, v = 1) => {
    if (values[k] < v) values[k] = v;
    if (evidence[k] === undefined) evidence[k] = ev;
  };
  // Word-list bits of each token, at index + 1 (0 before the first token and after the last).
  const N = toks.length;
  if (bitsA.length < N + 3) {
    bitsA = new Int32Array(2 * N + 3);
    bitsB = new Int32Array(2 * N + 3);
  } else {
    bitsA.fill(0, 0, N + 3);
    bitsB.fill(0, 0, N + 3);
  }
  const fa = bitsA;
  const fb = bitsB;
  for (let i = 0; i < N; i++) {
    if (toks[i].kind === 'punct') continue;
    const k = WORD_INDEX.get(toks[i].low);
    if (k !== undefined) {
      fa[i + 1] = BITS_A[k];
      fb[i + 1] = BITS_B[k];
    }
  }

  let words = 0;
  let named = 0;
  let namedFirst: string | undefined;
  let capWords = 0;
  let longWords = 0;
  let firstWordSeen = false;
  let prevBreak = true; // at the start or right after a sentence-internal break
  for (let i = 0; i < N; i++) {
    const t = toks[i];
    const low = t.low;
    const prev = i > 0 ? toks[i - 1].low : '';
    const next = i + 1 < N ? toks[i + 1].low : '';
    const prevIsPunct = i > 0 && toks[i - 1].kind === 'punct';
    const a = fa[i + 1];
    const b = fb[i + 1];
    const aPrev = fa[i];
    const aNext = fa[i + 2];
    if (t.kind === 'punct') {
      if (CURRENCY_SIGN.has(t.raw) && next && toks[i + 1].kind === 'num') {
        const scale = i + 2 < N && (fa[i + 3] & A_SCALE) !== 0 ? ` ${toks[i + 2].raw}` : '';
        fire(I.money, `money: ${t.raw}${toks[i + 1].raw}${scale}`);
      }
      if (t.raw === '%') fire(I.percent, `percentage: ${i > 0 ? toks[i - 1].raw : ''}%`);
      prevBreak = SENTENCE_BREAK.has(t.raw) || (prevBreak && t.raw !== ',');
      continue;
    }
    words++;
    if (t.kind === 'num') {
      const y = /^\d{4}s?$/.test(low) ? parseInt(low, 10) : NaN;
      if (y >= 1800 && y <= 2100) fire(I.date, `date: ${t.raw}`);
      else if (/^'?\d0s$/.test(low)) fire(I.date, `date: ${t.raw}`);
      else if (/^\d{1,2}(st|nd|rd|th)$/.test(low) && ((aPrev & A_MONTH) !== 0 || (aNext & A_MONTH) !== 0 || next === 'century' || (next === 'of' && i + 2 < N && (fa[i + 3] & A_MONTH) !== 0))) fire(I.date, `date: ${t.raw}`);
      else if (ONE_DIGIT.test(low) && prev !== 'number' && prev !== 'no') fire(I.number, `number: ${t.raw}${(aNext & A_SCALE) !== 0 ? ' ' + toks[i + 1].raw : ''}`);
      if ((aNext & A_PERCENT) !== 0) fire(I.percent, `percentage: ${t.raw} ${toks[i + 1].raw}`);
      if ((aNext & A_CURRENCY) !== 0 || ((aNext & A_SCALE) !== 0 && i + 2 < N && (fa[i + 3] & A_CURRENCY) !== 0)) fire(I.money, `money: ${t.raw} ${toks[i + 1].raw}`);
      prevBreak = false;
      firstWordSeen = true;
      continue;
    }
    // Words.
    const cap = isUpper(t.raw);
    if (t.raw.length >= 4) { longWords++; if (cap) capWords++; }
    if (cap && (a & (A_FIRST_SING | A_MONTH | A_WEEKDAY)) === 0) {
      const acronym = () => t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /^[A-Z]/.test(t.raw) && t.raw !== 'I' && !t.raw.startsWith("I'");
      const possessive = () => (next === "'s" || low.endsWith("'s")) && (a & A_CONTRACTION_S) === 0;
      if ((firstWordSeen && !prevBreak) || acronym() || possessive()) {
        named++;
        if (!namedFirst) namedFirst = t.raw;
      }
    }
    firstWordSeen = true;
    prevBreak = false;

    if ((a & A_SCALE) !== 0 || (cardinalWord(low, a) && prev !== 'number')) fire(I.number, `number: ${t.raw}`);
    if ((a & A_PERCENT) !== 0) fire(I.percent, `percentage: ${t.raw}`);
    if ((a & A_CURRENCY) !== 0 && (prev === 'of' || (aPrev & A_SCALE) !== 0 || toks[i - 1]?.kind === 'num' || (aPrev & A_CARDINAL) !== 0)) fire(I.money, `money: ${t.raw}`);
    if ((a & A_MONTH) !== 0 && (low !== 'march' && low !== 'may' || cap)) fire(I.date, `date: ${t.raw}`);
    if ((a & A_WEEKDAY) !== 0) fire(I.date, `date: ${t.raw}`);
    if (low === 'last' && (aNext & A_AFTER_LAST) !== 0) fire(I.date, `date: last ${toks[i + 1].raw}`);
    if ((a & A_STATISTIC) !== 0) fire(I.statistic, `statistic: ${t.raw}`);
    if ((a & A_TOPIC) !== 0) fire(I.topic, `policy topic: ${t.raw}`);
    if ((a & A_COMPARE) !== 0) fire(I.comparison, `comparison: ${t.raw}`);
    else if ((a & A_COMPARATIVE) !== 0 && (next === 'than' || (aPrev & A_SCALE) !== 0 || toks[i - 1]?.kind === 'num')) fire(I.comparison, `comparison: ${t.raw}`);
    let ph = (b & P_COMPARISON) !== 0 ? matchPhrase(COMPARISON_PHRASES, toks, i) : undefined;
    if (ph) fire(I.comparison, `comparison: ${ph}`);
    if ((a & A_SUPERLATIVE) !== 0 && !(low === 'first' && (next === 'of' || prev === 'at' || i === 0 || prevIsPunct || prev === 'but' || prev === 'and')) && !(low === 'most' && next === 'of')) fire(I.superlative, `superlative: ${t.raw}`);
    else if (low === 'record' && ((aNext & A_RECORD_LEVEL) !== 0 || prev === 'all-time')) fire(I.superlative, `superlative: record ${toks[i + 1]?.raw ?? ''}`.trim());
    else if (low.length >= 6 && endsWith(low, 'est') && (a & A_EST_NOT) === 0 && ALPHA_LOWER.test(low)) fire(I.superlative, `superlative: ${t.raw}`);
    if ((a & A_CHANGE) !== 0) fire(I.change, `change: ${t.raw}`);
    if ((a & A_CAUSAL) !== 0 && !(low === 'thanks' && (i === 0 || next === 'for'))) fire(I.causal, `causal: ${t.raw}`);
    ph = (b & P_CAUSAL) !== 0 ? matchPhrase(CAUSAL_PHRASES, toks, i) : undefined;
    if (ph) fire(I.causal, `causal: ${ph}`);
    if ((a & A_RECORD) !== 0) fire(I.record, `record: ${t.raw}`);
    if ((a & A_SWEEPING) !== 0 && !idiomatic(toks, i)) fire(I.sweeping, `sweeping: ${t.raw}`);
    ph = (b & P_SWEEPING) !== 0 ? matchPhrase(SWEEPING_PHRASES, toks, i) : undefined;
    if (ph) fire(I.sweeping, `sweeping: ${ph}`);
    if ((a & A_REPORTED) !== 0) fire(I.reported, `reported: ${t.raw}`);
    ph = (b & P_REPORTED) !== 0 ? matchPhrase(REPORTED_PHRASES, toks, i) : undefined;
    if (ph) fire(I.reported, `reported: ${ph}`);
    ph = (b & P_EXISTENTIAL) !== 0 ? matchPhrase(EXISTENTIAL_PHRASES, toks, i) : undefined;
    if (ph) fire(I.existential, `existential: ${ph}`);
    if (isPastBits(low, a)) fire(I.past, `past event: ${t.raw}`);
    if ((a & (A_FIRST_SING | A_FIRST_PLUR)) !== 0 && next) {
      // "I voted", "we cut", "I have supported", "we've never raised": the speaker's own record.
      let j = i + 1;
      const perfect = (fa[j + 1] & A_PERFECT_AUX) !== 0 && j + 1 < N;
      if (perfect) j++;
      if (j + 1 < N && (toks[j].low === 'never' || toks[j].low === 'also' || toks[j].low === 'just')) j++;
      if (isRecordVerbBits(toks[j].low, fa[j + 1], fb[j + 1], perfect) && toks[j].low !== 'had' && (fa[j + 1] & A_OPINION_VERB) === 0) fire(I.ownRecord, `own record: ${text.slice(t.start, toks[j].start + toks[j].raw.length)}`);
    }
    if (((a & A_THIRD_SUBJ) !== 0 || (cap && firstWordSeen && !prevIsPunct && i > 0)) && next) {
      // "He voted", "They have cut", "Smith never paid": a third party's record.
      let j = i + 1;
      const perfect = (fa[j + 1] & A_PERFECT_AUX) !== 0 && j + 1 < N;
      if (perfect) j++;
      if (j + 1 < N && (toks[j].low === 'never' || toks[j].low === 'also' || toks[j].low === 'just')) j++;
      if (toks[j].kind === 'word' && isRecordVerbBits(toks[j].low, fa[j + 1], fb[j + 1], perfect) && (fa[j + 1] & A_OPINION_VERB) === 0 && !isUpper(toks[j].raw)) fire(I.theirRecord, `their record: ${text.slice(t.start, toks[j].start + toks[j].raw.length)}`);
    }
    if ((a & A_THIRD) !== 0) fire(I.thirdPerson, `about a third party: ${t.raw}`);
    ph = (b & P_PAST) !== 0 ? matchPhrase(PAST_PHRASES, toks, i) : undefined;
    if (ph) fire(I.past, `past event: ${ph}`);

    if ((a & A_OPINION_VERB) !== 0 && (aPrev & (A_FIRST_SING | A_FIRST_PLUR)) !== 0) fire(I.opinion, `opinion: ${toks[i - 1].raw} ${t.raw}`);
    ph = (b & P_OPINION) !== 0 ? matchPhrase(OPINION_PHRASES, toks, i) : undefined;
    if (ph) fire(I.opinion, `opinion: ${ph}`);
    if ((a & A_PRESCRIPTIVE) !== 0) fire(I.prescriptive, `opinion: ${t.raw}`);
    ph = (b & P_PRESCRIPTIVE) !== 0 ? matchPhrase(PRESCRIPTIVE_PHRASES, toks, i) : undefined;
    if (ph) fire(I.prescriptive, `opinion: ${ph}`);
    if ((b & B_EVALUATIVE) !== 0) fire(I.evaluative, `opinion: ${t.raw}`);
    if ((b & B_FUTURE) !== 0 || endsWith(low, "'ll")) fire(I.prediction, `prediction: ${t.raw}`);
    if ((b & B_PREDICT_VERB) !== 0) fire(I.prediction, `prediction: ${t.raw}`);
    ph = (b & P_PREDICTION) !== 0 ? matchPhrase(PREDICTION_PHRASES, toks, i) : undefined;
    if (ph) fire(I.prediction, `prediction: ${ph}`);
    if ((b & B_CONDITIONAL) !== 0) fire(I.conditional, `conditional: ${t.raw}`);
    if ((b & B_POSSIBILITY) !== 0) fire(I.possibility, `possibility: ${t.raw}`);
    if ((b & B_INTENTION) !== 0 && !(low.startsWith('plan') && prev === 'the')) fire(I.intention, `intention: ${t.raw}`);
    if ((b & B_HEDGE) !== 0 && !(low === 'may' && cap)) fire(I.hedge, `hedge: ${t.raw}`);
    if ((a & A_FIRST_SUBJ) !== 0) fire(I.firstSingular, 'first person: I');
    if ((a & A_FIRST_PLUR) !== 0) fire(I.firstPlural, 'first person plural');
    if ((a & A_SECOND) !== 0) fire(I.secondPerson, 'addresses the reader/listener');
    if ((b & B_PROCEDURAL) !== 0) fire(I.procedural, `procedural: ${t.raw}`);
    ph = (b & P_PROCEDURAL) !== 0 ? matchPhrase(PROCEDURAL_PHRASES, toks, i) : undefined;
    if (ph) fire(I.procedural, `procedural: ${ph}`);
  }
  if (named > 0) fire(I.named, `named: ${namedFirst}`, Math.min(named, 3) / 3);

  // Question: ends with "?" (ignoring closing quotes/brackets).
  let last = toks.length - 1;
  while (last >= 0 && toks[last].kind === 'punct' && /^["'\u201d\u2019)\]\s]$/.test(toks[last].raw)) last--;
  if (last >= 0 && toks[last].raw === '?') fire(I.question, 'question');
  else if (toks.length && QUESTION_START.has(toks[0].low) && toks.length > 1 && (FIRST_SING.has(toks[1].low) || SECOND.has(toks[1].low) || FIRST_PLUR.has(toks[1].low)) && last >= 0 && toks[last].raw !== '.') fire(I.question, 'question');

  // A sweeping generalisation stated flatly: no I/we/you, no opinion, prediction, hedge, condition or question.
  if (values[I.sweeping] > 0 && !NOT_FLAT.some((k) => values[k] > 0)) fire(I.voiceSweeping, 'sweeping claim stated as fact');
  if (words > 0 && words < 5) fire(I.short, 'short fragment');
  values[I.length] = Math.min(words, 40) / 40;

  // News-prose features (see README): page chrome and headline-style fragments.
  if (words > 0 && words <= 4 && CHROME_SET.has(toks.filter((t) => t.kind !== 'punct').map((t) => t.low).join(' '))) fire(I.chrome, `page furniture: ${text.trim().slice(0, 40)}`);
  const terminal = last >= 0 && TERMINAL.has(toks[toks.length - 1].raw);
  if (words >= 2 && words <= 20 && !terminal && longWords > 0 && capWords / longWords >= 0.6) fire(I.headline, 'headline-style fragment');
  return { values, evidence, words };
}

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
/** A past or perfect verb after a subject: "voted", "have cut" (`perfect`: an auxiliary came first). */
const isRecordVerb = (low: string, perfect: boolean) => isPast(low) || (perfect && INVARIANT_PARTICIPLE.has(low));
const isPast = (low: string) => PAST_IRREGULAR.has(low) || (low.length >= 5 && low.endsWith('ed') && !ED_NOT_PAST.has(low) && /^[a-z]+$/.test(low));
const cardinalWord = (low: string) => CARDINAL.has(low) || (low.includes('-') && low.split('-').every((p) => CARDINAL.has(p) || p === 'one'));

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

const isUpper = (s: string) => s !== s.toLowerCase() && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase();
const SENTENCE_BREAK = new Set(['.', '!', '?', ':', ';', '"', '\u201c', '\u201d', '(', '[', '\u2014', '\u2013', '-', '\u2026']);
const TERMINAL = new Set(['.', '!', '?', '\u2026', '"', '\u201d', "'", '\u2019', ')', ':']);

const I = Object.fromEntries(FEATURE_IDS.map((id, k) => [id, k])) as Record<FeatureId, number>;

/** Extracts every named feature from one statement. Linear in the input length. */
export function extractFeatures(text: string): Extracted {
  const toks = tokenize(text);
  const n = FEATURE_IDS.length;
  const values = new Array<number>(n).fill(0);
  const evidence = new Array<string | undefined>(n).fill(undefined);
  const fire = (id: FeatureId, ev: string, v = 1) => {
    const k = I[id];
    if (values[k] < v) values[k] = v;
    if (evidence[k] === undefined) evidence[k] = ev;
  };

  let words = 0;
  let named = 0;
  let namedFirst: string | undefined;
  let capWords = 0;
  let longWords = 0;
  let firstWordSeen = false;
  let prevBreak = true; // at the start or right after a sentence-internal break
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const low = t.low;
    const prev = i > 0 ? toks[i - 1].low : '';
    const next = i + 1 < toks.length ? toks[i + 1].low : '';
    const prevIsPunct = i > 0 && toks[i - 1].kind === 'punct';
    if (t.kind === 'punct') {
      if (CURRENCY_SIGN.has(t.raw) && next && toks[i + 1].kind === 'num') {
        const scale = i + 2 < toks.length && SCALE.has(toks[i + 2].low) ? ` ${toks[i + 2].raw}` : '';
        fire('money', `money: ${t.raw}${toks[i + 1].raw}${scale}`);
      }
      if (t.raw === '%') fire('percent', `percentage: ${i > 0 ? toks[i - 1].raw : ''}%`);
      prevBreak = SENTENCE_BREAK.has(t.raw) || (prevBreak && t.raw !== ',');
      continue;
    }
    words++;
    if (t.kind === 'num') {
      const digits = low.replace(/[^0-9]/g, '');
      const y = /^\d{4}s?$/.test(low) ? parseInt(low, 10) : NaN;
      if (y >= 1800 && y <= 2100) fire('date', `date: ${t.raw}`);
      else if (/^'?\d0s$/.test(low)) fire('date', `date: ${t.raw}`);
      else if (/^\d{1,2}(st|nd|rd|th)$/.test(low) && (MONTH.has(prev) || MONTH.has(next) || next === 'century' || (next === 'of' && i + 2 < toks.length && MONTH.has(toks[i + 2].low)))) fire('date', `date: ${t.raw}`);
      else if (digits.length > 0 && prev !== 'number' && prev !== 'no') fire('number', `number: ${t.raw}${SCALE.has(next) ? ' ' + toks[i + 1].raw : ''}`);
      if (PERCENT.has(next)) fire('percent', `percentage: ${t.raw} ${toks[i + 1].raw}`);
      if (CURRENCY_WORD.has(next) || (SCALE.has(next) && CURRENCY_WORD.has(i + 2 < toks.length ? toks[i + 2].low : ''))) fire('money', `money: ${t.raw} ${toks[i + 1].raw}`);
      prevBreak = false;
      firstWordSeen = true;
      continue;
    }
    // Words.
    const cap = isUpper(t.raw);
    if (t.raw.length >= 4) { longWords++; if (cap) capWords++; }
    const acronym = t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /^[A-Z]/.test(t.raw) && t.raw !== 'I' && !t.raw.startsWith("I'");
    const possessive = (next === "'s" || low.endsWith("'s")) && !CONTRACTION_S.has(low);
    if (cap && (firstWordSeen && !prevBreak || acronym || possessive) && !FIRST_SING.has(low) && !MONTH.has(low) && !WEEKDAY.has(low)) {
      named++;
      if (!namedFirst) namedFirst = t.raw;
    }
    firstWordSeen = true;
    prevBreak = false;

    if (SCALE.has(low) || (cardinalWord(low) && prev !== 'number')) fire('number', `number: ${t.raw}`);
    if (PERCENT.has(low)) fire('percent', `percentage: ${t.raw}`);
    if (CURRENCY_WORD.has(low) && (prev === 'of' || SCALE.has(prev) || toks[i - 1]?.kind === 'num' || CARDINAL.has(prev))) fire('money', `money: ${t.raw}`);
    if (MONTH.has(low) && (low !== 'march' && low !== 'may' || cap)) fire('date', `date: ${t.raw}`);
    if (WEEKDAY.has(low)) fire('date', `date: ${t.raw}`);
    if (low === 'last' && DATE_NOUN_AFTER_LAST.has(next)) fire('date', `date: last ${toks[i + 1].raw}`);
    if (STATISTIC.has(low)) fire('statistic', `statistic: ${t.raw}`);
    if (TOPIC.has(low)) fire('topic', `policy topic: ${t.raw}`);
    if (COMPARE_WORD.has(low)) fire('comparison', `comparison: ${t.raw}`);
    else if (COMPARATIVE.has(low) && (next === 'than' || SCALE.has(prev) || toks[i - 1]?.kind === 'num')) fire('comparison', `comparison: ${t.raw}`);
    let ph = matchPhrase(COMPARISON_PHRASES, toks, i);
    if (ph) fire('comparison', `comparison: ${ph}`);
    if (SUPERLATIVE.has(low) && !(low === 'first' && (next === 'of' || prev === 'at' || i === 0 || prevIsPunct || prev === 'but' || prev === 'and')) && !(low === 'most' && next === 'of')) fire('superlative', `superlative: ${t.raw}`);
    else if (low === 'record' && (RECORD_LEVEL.has(next) || prev === 'all-time')) fire('superlative', `superlative: record ${toks[i + 1]?.raw ?? ''}`.trim());
    else if (low.length >= 6 && low.endsWith('est') && !EST_NOT_SUPERLATIVE.has(low) && /^[a-z]+$/.test(low)) fire('superlative', `superlative: ${t.raw}`);
    if (CHANGE.has(low)) fire('change', `change: ${t.raw}`);
    if (CAUSAL_WORD.has(low) && !(low === 'thanks' && (i === 0 || next === 'for'))) fire('causal', `causal: ${t.raw}`);
    ph = matchPhrase(CAUSAL_PHRASES, toks, i);
    if (ph) fire('causal', `causal: ${ph}`);
    if (RECORD.has(low)) fire('record', `record: ${t.raw}`);
    if (SWEEPING.has(low) && !idiomatic(toks, i)) fire('sweeping', `sweeping: ${t.raw}`);
    ph = matchPhrase(SWEEPING_PHRASES, toks, i);
    if (ph) fire('sweeping', `sweeping: ${ph}`);
    if (REPORTED.has(low)) fire('reported', `reported: ${t.raw}`);
    ph = matchPhrase(REPORTED_PHRASES, toks, i);
    if (ph) fire('reported', `reported: ${ph}`);
    ph = matchPhrase(EXISTENTIAL_PHRASES, toks, i);
    if (ph) fire('existential', `existential: ${ph}`);
    if (isPast(low)) fire('past', `past event: ${t.raw}`);
    if ((FIRST_SING.has(low) || FIRST_PLUR.has(low)) && next) {
      // "I voted", "we cut", "I have supported", "we've never raised": the speaker's own record.
      let j = i + 1;
      const perfect = PERFECT_AUX.has(toks[j].low) && j + 1 < toks.length;
      if (perfect) j++;
      if (j + 1 < toks.length && (toks[j].low === 'never' || toks[j].low === 'also' || toks[j].low === 'just')) j++;
      if (isRecordVerb(toks[j].low, perfect) && toks[j].low !== 'had' && !OPINION_VERB.has(toks[j].low)) fire('ownRecord', `own record: ${text.slice(t.start, toks[j].start + toks[j].raw.length)}`);
    }
    if ((THIRD_SUBJ.has(low) || (cap && firstWordSeen && !prevIsPunct && i > 0)) && next) {
      // "He voted", "They have cut", "Smith never paid": a third party's record.
      let j = i + 1;
      const perfect = PERFECT_AUX.has(toks[j].low) && j + 1 < toks.length;
      if (perfect) j++;
      if (j + 1 < toks.length && (toks[j].low === 'never' || toks[j].low === 'also' || toks[j].low === 'just')) j++;
      if (toks[j].kind === 'word' && isRecordVerb(toks[j].low, perfect) && !OPINION_VERB.has(toks[j].low) && !isUpper(toks[j].raw)) fire('theirRecord', `their record: ${text.slice(t.start, toks[j].start + toks[j].raw.length)}`);
    }
    if (THIRD.has(low)) fire('thirdPerson', `about a third party: ${t.raw}`);
    ph = matchPhrase(PAST_PHRASES, toks, i);
    if (ph) fire('past', `past event: ${ph}`);

    if (OPINION_VERB.has(low) && (FIRST_SING.has(prev) || FIRST_PLUR.has(prev))) fire('opinion', `opinion: ${toks[i - 1].raw} ${t.raw}`);
    ph = matchPhrase(OPINION_PHRASES, toks, i);
    if (ph) fire('opinion', `opinion: ${ph}`);
    if (PRESCRIPTIVE.has(low)) fire('prescriptive', `opinion: ${t.raw}`);
    ph = matchPhrase(PRESCRIPTIVE_PHRASES, toks, i);
    if (ph) fire('prescriptive', `opinion: ${ph}`);
    if (EVALUATIVE.has(low)) fire('evaluative', `opinion: ${t.raw}`);
    if (FUTURE.has(low) || low.endsWith("'ll")) fire('prediction', `prediction: ${t.raw}`);
    if (PREDICT_VERB.has(low)) fire('prediction', `prediction: ${t.raw}`);
    ph = matchPhrase(PREDICTION_PHRASES, toks, i);
    if (ph) fire('prediction', `prediction: ${ph}`);
    if (CONDITIONAL.has(low)) fire('conditional', `conditional: ${t.raw}`);
    if (POSSIBILITY.has(low)) fire('possibility', `possibility: ${t.raw}`);
    if (INTENTION.has(low) && !(low.startsWith('plan') && prev === 'the')) fire('intention', `intention: ${t.raw}`);
    if (HEDGE.has(low) && !(low === 'may' && cap)) fire('hedge', `hedge: ${t.raw}`);
    if (FIRST_SUBJ.has(low)) fire('firstSingular', 'first person: I');
    if (FIRST_PLUR.has(low)) fire('firstPlural', 'first person plural');
    if (SECOND.has(low)) fire('secondPerson', 'addresses the reader/listener');
    if (PROCEDURAL.has(low)) fire('procedural', `procedural: ${t.raw}`);
    ph = matchPhrase(PROCEDURAL_PHRASES, toks, i);
    if (ph) fire('procedural', `procedural: ${ph}`);
  }
  if (named > 0) fire('named', `named: ${namedFirst}`, Math.min(named, 3) / 3);

  // Question: ends with "?" (ignoring closing quotes/brackets).
  let last = toks.length - 1;
  while (last >= 0 && toks[last].kind === 'punct' && /^["'\u201d\u2019)\]\s]$/.test(toks[last].raw)) last--;
  if (last >= 0 && toks[last].raw === '?') fire('question', 'question');
  else if (toks.length && QUESTION_START.has(toks[0].low) && toks.length > 1 && (FIRST_SING.has(toks[1].low) || SECOND.has(toks[1].low) || FIRST_PLUR.has(toks[1].low)) && last >= 0 && toks[last].raw !== '.') fire('question', 'question');

  // A sweeping generalisation stated flatly: no I/we/you, no opinion, prediction, hedge, condition or question.
  if (values[I.sweeping] > 0 && !['firstSingular', 'firstPlural', 'secondPerson', 'opinion', 'prescriptive', 'prediction', 'conditional', 'hedge', 'question', 'possibility']
    .some((id) => values[I[id as FeatureId]] > 0)) fire('voiceSweeping', 'sweeping claim stated as fact');
  if (words > 0 && words < 5) fire('short', 'short fragment');
  values[I.length] = Math.min(words, 40) / 40;

  // News-prose features (see README): page chrome and headline-style fragments.
  if (words > 0 && words <= 4 && CHROME_SET.has(toks.filter((t) => t.kind !== 'punct').map((t) => t.low).join(' '))) fire('chrome', `page furniture: ${text.trim().slice(0, 40)}`);
  const terminal = last >= 0 && TERMINAL.has(toks[toks.length - 1].raw);
  if (words >= 2 && words <= 20 && !terminal && longWords > 0 && capWords / longWords >= 0.6) fire('headline', 'headline-style fragment');
  return { values, evidence, words };
}

// Sources of infinitive and participle cues read from the clause around them: "led Priebus to
// declare X" (the object of a control verb), "released an ad calling X" (the subject of the verb
// whose object the participle follows).
import { mkNP, type NP } from '../sources/np';
import { npBefore } from '../sources/np';
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

/** The noun phrase follows a verb of its clause ("released a new radio ad"): it is that verb's object. */
export function objectOfVerb(ctx: SentenceCtx, np: NP): boolean {
  const { tokens, lex } = ctx;
  const p = tokens[np.t0 - 1];
  if (!p || np.t0 - 1 < ctx.a || p.k !== K.Word || p.cap || lex.auxiliaries.has(p.w) || lex.prepositions.has(p.w) || lex.determiners.has(p.w) || lex.conjunctions.has(p.w) || lex.relatives.has(p.w)) return false;
  const v = lex.verbs.get(p.w);
  return (p.w.endsWith('ed') && p.w.length > 3) || lex.irregularPast.has(p.w) || lex.commonVerbs.has(p.w) || lex.lightVerbs.has(p.w) || (!!v && v.form !== 'base');
}

/** "led Priebus to declare", "forcing candidates to address": the object right before "to", after a verb. */
export function infinitiveController(ctx: SentenceCtx, to: number): NP | null {
  const { tokens, lex } = ctx;
  const np = npBefore(tokens, to, ctx.a, lex, false);
  if (!np || np.shape === 'relative' || np.shape === 'possessive') return null;
  // "his refusal to answer", "Jane Doe's failure to denounce": the possessor
  const owner = possessorOf(ctx, np);
  if (owner) return owner;
  const p = tokens[np.t0 - 1];
  // "for him to address": the subject of the infinitive clause
  if (p && p.w === 'for' && np.t0 - 1 >= ctx.a && (np.shape === 'pronoun' || np.shape === 'name')) return np;
  if (!p || np.t0 - 1 < ctx.a || p.k !== K.Word || p.cap || lex.auxiliaries.has(p.w) || lex.prepositions.has(p.w) || lex.determiners.has(p.w)) return null;
  return objectControl(p.w) ? np : null;
}

/** Verbs whose object does what the infinitive says: "urged Congress to act", "led him to declare". */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'force', 'allow', 'lead', 'led', 'prompt', 'encourage', 'tell', 'told', 'persuade', 'convince', 'push', 'press', 'pressure', 'invite', 'enable', 'help', 'order', 'require', 'cause', 'get', 'got', 'inspire', 'drive', 'drove', 'spur', 'compel', 'challenge', 'dare', 'beg', 'implore', 'call', 'instruct', 'direct', 'authorize', 'permit', 'warn', 'remind', 'advise', 'recruit', 'hire', 'pay', 'paid', 'motivate', 'empower', 'trigger', 'leave', 'left']);
function objectControl(w: string): boolean {
  if (OBJECT_CONTROL.has(w)) return true;
  for (const [suffix, add] of [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['d', ''], ['es', ''], ['s', ''], ['ied', 'y'], ['ies', 'y']] as const) {
    if (w.endsWith(suffix) && OBJECT_CONTROL.has(w.slice(0, -suffix.length) + add)) return true;
  }
  return false;
}


const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Nouns whose possessor does what the infinitive says: "his refusal to answer". */
const INTENT_NOUNS = new Set(['failure', 'refusal', 'decision', 'attempt', 'attempts', 'effort', 'efforts', 'bid', 'plan', 'plans', 'promise', 'pledge', 'vow', 'call', 'calls', 'push', 'campaign', 'willingness', 'unwillingness', 'reluctance', 'eagerness', 'desire', 'determination', 'intention', 'move', 'threat', 'offer', 'proposal', 'commitment', 'readiness', 'ability', 'inability', 'right', 'quest', 'drive']);

/** "Jane Doe's failure" / "his refusal": the possessor of an intent noun, as a noun phrase. */
function possessorOf(ctx: SentenceCtx, np: NP): NP | null {
  const { tokens, lex } = ctx;
  const head = tokens[np.t1 - 1];
  if (!head || !INTENT_NOUNS.has(head.w)) return null;
  for (let i = np.t0; i < np.t1 - 1; i++) {
    const t = tokens[i];
    if (t.w === "'s" && i > np.t0) return mkNP(np.t0, i + 1, np.t0, i, 'possessive');
    if (POSSESSIVE_PRONOUNS.has(t.w)) return mkNP(i, i + 1, i, i + 1, 'pronoun');
  }
  // the walk may stop at the possessor: "Jane Doe's" + "failure" -> look right before the phrase
  const p = tokens[np.t0 - 1];
  if (p && POSSESSIVE_PRONOUNS.has(p.w)) return mkNP(np.t0 - 1, np.t0, np.t0 - 1, np.t0, 'pronoun');
  if (p && p.w === "'s") {
    const o = npBefore(tokens, np.t0 - 1, ctx.a, lex, false);
    if (o) return mkNP(o.t0, np.t0, o.h0, o.h1, 'possessive');
  }
  return null;
}

/** "It's hard to imagine", "It is time to question": a dummy "it" before a form of "be" is no source. */
export function dummyItInfinitive(ctx: SentenceCtx, to: number): boolean {
  const { tokens } = ctx;
  for (let j = to - 1; j >= ctx.a && to - j <= 8; j--) {
    const t = tokens[j];
    if (t.k !== K.Word) return false;
    if (t.w === 'it' || t.w === "it's") {
      const n = tokens[j + 1];
      return t.w === "it's" || (!!n && (n.w === "'s" || n.w === 'is' || n.w === 'was' || n.w === 'would' || n.w === 'will' || n.w === 'may' || n.w === 'might' || n.w === 'seems' || n.w === 'seemed' || n.w === 'remains' || n.w === 'has' || n.w === 'had'));
    }
    if (t.w === 'that' || t.w === 'who' || t.w === 'which') return false;
  }
  return false;
}

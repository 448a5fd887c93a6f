// Sources of infinitive and participle cues read from the clause around them: "led Priebus to
// declare X" (the object of a control verb), "released an ad calling X" (the subject of the verb
// whose object the participle follows).
import type { NP } from '../sources/np';
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
  const p = tokens[np.t0 - 1];
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


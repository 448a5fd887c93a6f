// Error analysis for the PolNeAR eval (scripts/eval-polnear.mjs --analysis): where the content and
// end-to-end F1 are lost, in buckets with counts. Printed only; nothing from the corpus is written.
//
// Buckets:
//  - boundary: an unmatched prediction overlaps an unmatched gold content (Dice < 0.5): it costs a
//    false positive AND a miss. Split by shape (longer / shorter / shifted) and by why (runs into the
//    next sentence, includes the cue or source, stops at a comma, misses a second gold span ...).
//  - absorbed: an unmatched gold overlaps a prediction that matched another gold (one prediction
//    covering two gold contents, or a gold inside a matched one).
//  - missed: an unmatched gold with no overlapping prediction at all, by cue family, quoted/indirect,
//    source position (same sentence / before / none).
//  - source: matched content with the wrong source, by what went wrong.
//  - false positives with no overlapping gold, by construction (`how`).

// the scorer's matching (also used by eval-polnear.mjs)
export const EDGE = /[\s"'“”‘’«».,;:!?\-–—()[\]]/u;
export function trim(text, s, e) {
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return [s, e];
}
export function charSet(text, spans) {
  const set = new Set();
  for (const [s0, e0] of spans) {
    const [s, e] = trim(text, s0, e0);
    for (let i = s; i < e; i++) if (!/\s/.test(text[i])) set.add(i);
  }
  return set;
}
export const inter = (a, b) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};
const minOf = (set) => {
  let m = Infinity;
  for (const x of set) if (x < m) m = x;
  return m;
};
const maxOf = (set) => {
  let m = -Infinity;
  for (const x of set) if (x > m) m = x;
  return m;
};
const span = (x) => (x == null ? null : Array.isArray(x) ? x.map((s) => [s.start, s.end]) : [[x.start, x.end]]);
const spanText = (text, spans) => (spans ? spans.map(([s, e]) => text.slice(s, e)).join(' … ') : '');
const PRON = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'him', 'them']);

function cueFamily(text, g) {
  if (!g.cue) return 'none';
  const c = spanText(text, g.cue).toLowerCase().replace(/\s+/g, ' ').trim();
  if (g.noSource) return 'agentless';
  if (/^according to/.test(c)) return 'according';
  if (c === ':' || /:$/.test(c)) return 'colon';
  if (/^(in|on|at|for|from|to|by|with|about|of)\b/.test(c) && !/\b(said|says)\b/.test(c)) return 'prep-phrase';
  return 'lexical';
}

export function createAnalysis(known) {
  const B = new Map(); // bucket -> count
  const EX = new Map(); // bucket -> examples
  const add = (k, ex, n = 1) => {
    B.set(k, (B.get(k) || 0) + n);
    if (ex) {
      const l = EX.get(k) || [];
      l.push(ex);
      EX.set(k, l);
    }
  };
  let totals = { gold: 0, pred: 0, matched: 0, e2e: 0 };

  /**
   * doc: id; text; gold: [{content, cue, source, noSource, cset}]; preds: [{a, cset}] (a = JSON
   * attribution with _how); match: Map gold index -> {pi, dice}; sentences: [{start,end}].
   */
  function addDoc(doc, text, gold, preds, matchG, matchP, sentences, dropped = [], cueFails = []) {
    for (const d of dropped) d.cset = charSet(text, d.content);
    // nested frames: would the inner one have matched a gold content, did the outer one?
    const goldHit = (set) => gold.some((g) => { const n = inter(g.cset, set); return n && (2 * n) / (g.cset.size + set.size) >= 0.5; });
    const bestGold = (set) => { let b = -1, bd = 0; gold.forEach((g, gi) => { const n = inter(g.cset, set); const d = n ? (2 * n) / (g.cset.size + set.size) : 0; if (d > bd) { bd = d; b = gi; } }); return bd >= 0.5 ? b : -1; };
    for (const d of dropped) {
      if (d.kind !== 'nested' || !d.by) continue;
      const outerSet = charSet(text, d.by.content);
      const i = goldHit(d.cset), o = goldHit(outerSet);
      add(`nested (inner ok/outer ok): outer ${d.by.type.split('/')[0]} ${d.by.lemma} | inner ${d.type.split('/')[0]} ${d.lemma}`, null, 0);
      const k = `nested (inner ok/outer ok): outer ${d.by.type.split('/')[0]} ${d.by.lemma}`;
      add(`${k} | ${i ? 'inner' : '-'} ${o ? 'outer' : '-'}`);
      add(`nested by outer type: ${d.by.type} | ${i ? 'inner' : '-'} ${o ? 'outer' : '-'}`);
      if (i) {
        const gi = bestGold(d.cset), go = bestGold(outerSet);
        const innerMissed = !matchG.has(gi);
        const why = gi === go ? 'same gold as outer' : go < 0 ? 'outer matches nothing' : 'different golds';
        add(`nested inner matches a gold: ${why}${innerMissed ? ' (gold missed)' : ''}`, why === 'different golds' && innerMissed ? `${doc} outer ${d.by.type} ${d.by.lemma} inner ${d.type} ${d.lemma}\n     outer: ${spanText(text, d.by.content).slice(0, 200)}\n     inner: ${spanText(text, d.content).slice(0, 150)}` : null);
      }
    }
    totals.gold += gold.length;
    totals.pred += preds.length;
    const sentOf = (pos) => {
      let lo = 0, hi = sentences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid].start <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const ctx = (lo, hi) => JSON.stringify(text.slice(Math.max(0, lo), Math.min(text.length, hi)).slice(0, 600));
    // ---- matched: source errors
    for (const [gi, { pi }] of matchG) {
      totals.matched++;
      const g = gold[gi], p = preds[pi].a;
      const ps = span(p.source);
      const ok = g.source == null ? ps == null : ps != null && inter(charSet(text, g.source), charSet(text, ps)) > 0;
      const gsT = spanText(text, g.source).trim();
      if (ps && g.source) {
        const pT = spanText(text, ps).trim();
        if (/^(who|which|that|whom)$/i.test(pT)) add(`relative-source: pred relative, gold ${/^(who|which|that|whom)$/i.test(gsT) ? 'relative' : ok ? 'overlaps' : 'antecedent/other'}`);
      }
      if (p.cue && /ing$/i.test(text.slice(p.cue.start, p.cue.end)) && (p._how || '').startsWith('verb')) {
        const before = text.slice(Math.max(0, p.cue.start - 12), p.cue.start);
        const prev = /,\s*$/.test(before) ? 'comma' : (before.match(/(\w+)\s*$/)?.[1] || 'other').toLowerCase();
        const key = ['by', 'while', 'after', 'before', 'when', 'in', 'without', 'since', 'comma', 'and', 'of', 'for'].includes(prev) ? prev : p.cue.start <= sentences[sentOf(p.cue.start)].start + 1 ? 'sentence start' : 'other';
        add(`participle source: after ${key} | ${ok ? 'right' : 'wrong'}`);
      }
      if (ok) { totals.e2e++; continue; }
      let why;
      if (g.source == null) why = 'gold agentless, pred has source' + (p.inferred ? ' (inferred)' : '');
      else if (ps == null) why = 'pred no source' + (p.inferred ? ' (inferred continuation)' : p.cue ? '' : ' (no cue)');
      else {
        const gsPos = g.source[0][0], psPos = ps[0][0];
        const gSent = sentOf(gsPos), cSent = sentOf(minOf(g.cset)), pSent = sentOf(psPos);
        const kind = PRON.has(gsT.toLowerCase()) ? 'pronoun' : /^(who|which|that)$/i.test(gsT) ? 'relative' : 'np';
        if (gSent !== cSent && pSent === cSent) why = `gold source in another sentence (${kind})`;
        else if (Math.abs(gsPos - psPos) < 200 && gSent === pSent) why = `other NP in same sentence (gold ${kind})`;
        else why = `elsewhere (gold ${kind})`;
      }
      const kindOf = (t) => (!t ? 'none' : PRON.has(t.toLowerCase()) ? 'pronoun' : /^(who|which|that|whom)$/i.test(t) ? 'relative' : 'np');
      add(`source by kind: pred ${ps ? kindOf(spanText(text, ps).trim()) : 'none'} / gold ${kindOf(gsT)}`);
      const pc = p.cue ? [[p.cue.start, p.cue.end]] : null;
      const sameCue = g.cue && pc && inter(charSet(text, g.cue), charSet(text, pc)) > 0;
      const gCueT = spanText(text, g.cue).toLowerCase().trim();
      add(`source-ex ${sameCue ? 'same' : 'different'} cue`, `${doc} how=${p._how}\n     gold src: ${gsT || '-'} | pred src: ${ps ? spanText(text, ps) : '-'} | gold cue: ${spanText(text, g.cue)} | pred cue: ${p.cue ? text.slice(p.cue.start, p.cue.end) : '-'}\n     gold C: ${spanText(text, g.content).slice(0, 150)}\n     pred C: ${spanText(text, span(p.content)).slice(0, 150)}`);
      add(`source by cue: ${sameCue ? 'same cue' : /^according to/.test(gCueT) ? 'gold cue according to, pred other' : !pc ? 'pred no cue' : !g.cue ? 'gold no cue' : 'different cue'}` + (sameCue ? ` (${(p._how || '').split('/').slice(0, 2).join('/')}${(p._how || '').split('/')[3] ? '/' + p._how.split('/')[3] : ''})` : ''));
      add('source: ' + why, `${doc} how=${p._how}\n     gold src: ${gsT || '-'} | pred src: ${ps ? spanText(text, ps) : '-'} | gold cue: ${spanText(text, g.cue)} | pred cue: ${p.cue ? text.slice(p.cue.start, p.cue.end) : '-'}\n     ${ctx(Math.min(minOf(g.cset), ...(g.source || []).map((x) => x[0])) - 40, maxOf(g.cset) + 20)}`);
    }
    // ---- unmatched gold
    const upUsed = new Set();
    gold.forEach((g, gi) => {
      const firstLine = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
      if (minOf(g.cset) < firstLine) add(`headline gold: ${matchG.has(gi) ? 'matched' : 'missed'}`, matchG.has(gi) ? null : `${doc} S: ${spanText(text, g.source) || '-'} | V: ${spanText(text, g.cue)} | ${text.slice(0, firstLine).slice(0, 160)}`);
      if (matchG.has(gi)) return;
      // best overlapping prediction
      let best = -1, bestN = 0;
      preds.forEach((p, pi) => {
        const n = inter(g.cset, p.cset);
        if (n > bestN) { bestN = n; best = pi; }
      });
      const gText = spanText(text, g.content);
      const quoted = /[“”"]/.test(gText) ? 'quoted' : 'indirect';
      const gLo = minOf(g.cset), gHi = maxOf(g.cset) + 1;
      if (best < 0) {
        const fam = cueFamily(text, g);
        let srcPos = 'none';
        if (g.source) {
          const s0 = g.source[0][0];
          srcPos = sentOf(s0) === sentOf(gLo) ? 'same sentence' : 'other sentence';
        }
        const cueT = spanText(text, g.cue).toLowerCase().replace(/\s+/g, ' ').trim();
        add(`missed: ${quoted}`);
        // found and then dropped?
        let why = null;
        for (const d of dropped) {
          const n = inter(g.cset, d.cset);
          if (n && (2 * n) / (g.cset.size + d.cset.size) >= 0.5) { why = `frame dropped: ${d.reason} (${d.type})`; break; }
        }
        if (!why && g.cue) {
          const f = cueFails.find((c) => g.cue.some(([s, e]) => c.offset >= s && c.offset < e));
          if (f) why = `verb cue, no frame: ${f.reason}`;
        }
        if (!why) why = known && g.cue && known(spanText(text, g.cue)) ? 'cue word in lexicon, nothing found' : 'cue not in lexicon';
        add(`missed why: ${why}`, `${doc} S: ${spanText(text, g.source) || '-'} | V: ${spanText(text, g.cue)} | C: ${gText.slice(0, 140)}`);
        add(`missed by family: ${fam}`);
        add(`missed by source position: ${srcPos}`);
        add(`missed ${fam} ${quoted}`, `${doc} S: ${spanText(text, g.source) || '-'} | V: ${cueT} | C: ${gText.slice(0, 140)}\n     ${ctx(Math.min(gLo, ...(g.source || []).map((x) => x[0]), ...(g.cue || []).map((x) => x[0])) - 20, gHi + 20)}`);
        return;
      }
      const p = preds[best];
      if (matchP.has(best)) {
        // absorbed: this gold overlaps a prediction matched to another gold
        const other = gold[matchP.get(best)];
        const pHi = maxOf(p.cset) + 1, pLo = minOf(p.cset);
        const why = bestN === g.cset.size ? 'gold inside a matched prediction' : 'gold partly under a matched prediction';
        add(`absorbed: ${why}`, `${doc} how=${p.a._how}\n     gold: ${gText.slice(0, 160)}\n     other gold: ${spanText(text, other.content).slice(0, 160)}\n     pred: ${spanText(text, span(p.a.content)).slice(0, 300)}`);
        void pHi; void pLo;
        return;
      }
      upUsed.add(best);
      // boundary error
      const pSpans = span(p.a.content);
      const pText = spanText(text, pSpans);
      const pLo = minOf(p.cset), pHi = maxOf(p.cset) + 1;
      const covG = bestN / g.cset.size, covP = bestN / p.cset.size;
      const dice = (2 * bestN) / (g.cset.size + p.cset.size);
      let shape, why;
      if (covG >= 0.9) {
        shape = 'pred longer';
        const after = pHi > gHi + 1, before = pLo < gLo - 1;
        const reasons = [];
        const inSet = (sp) => sp && sp.some(([s, e]) => { for (let i = s; i < e; i++) if (p.cset.has(i)) return true; return false; });
        if (inSet(g.cue)) reasons.push('includes gold cue');
        if (inSet(g.source)) reasons.push('includes gold source');
        if (after && sentOf(pHi - 1) !== sentOf(gHi - 1)) reasons.push('runs into next sentence');
        else if (after) reasons.push('runs on in sentence');
        if (before && sentOf(pLo) !== sentOf(gLo)) reasons.push('starts in previous sentence');
        else if (before && !reasons.length) reasons.push('starts earlier in sentence');
        if (g.content.length > 1) reasons.push('gold discontiguous');
        why = reasons.join(' + ') || 'other';
      } else if (covP >= 0.9) {
        shape = 'pred shorter';
        const reasons = [];
        if (g.content.length > 1 && pSpans.length < g.content.length) reasons.push('misses a gold span (discontiguous)');
        else {
          if (gHi > pHi + 1) {
            const at = text.slice(pHi, Math.min(pHi + 3, text.length));
            const next = text.slice(pHi).match(/^\W*(\w+)/)?.[1] ?? '';
            if (sentOf(gHi - 1) !== sentOf(pHi - 1)) reasons.push('gold runs into next sentence');
            else if (/^[”"’']?\s*,/.test(at)) reasons.push(`stops at comma (then '${next}')`);
            else reasons.push(`stops before '${next}'`);
          }
          if (gLo < pLo - 1) reasons.push(sentOf(gLo) !== sentOf(pLo) ? 'gold starts in previous sentence' : 'starts later');
        }
        why = reasons.join(' + ') || 'other';
      } else {
        shape = 'shifted';
        why = pLo < gLo ? 'pred starts earlier, ends earlier' : 'pred starts later, ends later';
      }
      add(`boundary: ${shape}`);
      add(`boundary ${shape}: ${why.replace(/'[^']*'/, (m) => (/stops/.test(why) ? m : m))}`, `${doc} dice ${dice.toFixed(2)} how=${p.a._how}\n     gold: ${gText.slice(0, 220)}\n     pred: ${pText.slice(0, 220)}`);
      add(`boundary by how: ${p.a._how}`);
      add(`boundary-ex ${p.a._how} ${shape}`, `${doc} dice ${dice.toFixed(2)} ${why}\n     gold: ${gText.slice(0, 220)}\n     pred: ${pText.slice(0, 220)}`);
    });
    // ---- unmatched predictions
    preds.forEach((p, pi) => {
      if (matchP.has(pi) || upUsed.has(pi)) return;
      let overlapsGold = false;
      for (const g of gold) if (inter(g.cset, p.cset)) { overlapsGold = true; break; }
      if (overlapsGold) {
        add('fp: overlaps a gold used elsewhere');
        return;
      }
      const how = p.a._how ?? '?';
      const cue = p.a.cue ? text.slice(p.a.cue.start, p.a.cue.end).toLowerCase() : '-';
      const firstLine = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
      if (minOf(p.cset) < firstLine) add('headline fp', `${doc} ${how} | ${text.slice(0, firstLine)}`);
      add('fp: no gold overlap');
      add(`fp by how: ${how}`, `${doc} S: ${p.a.source ? text.slice(p.a.source.start, p.a.source.end) : '-'} | V: ${cue} | C: ${spanText(text, span(p.a.content)).slice(0, 160)}`);
      add(`fp by lemma: ${how.split('/')[0]} ${p.a._lemma ?? cue}`);
    });
  }

  function print(opts = {}) {
    const { examples = 0, only = '', min = 5 } = opts;
    const groups = new Map();
    for (const [k, n] of B) {
      const g = k.split(/[:]/)[0];
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push([k, n]);
    }
    console.log(`\n==== error analysis (${totals.gold} gold, ${totals.pred} predicted, ${totals.matched} matched, ${totals.e2e} end-to-end)`);
    for (const [g, rows] of groups) {
      rows.sort((a, b) => b[1] - a[1]);
      const shown = rows.filter(([, n]) => n >= min);
      const rest = rows.length - shown.length;
      console.log(`-- ${g}` + (rest ? ` (${rest} rows under ${min} not shown)` : ''));
      for (const [k, n] of shown) console.log(`   ${String(n).padStart(5)}  ${k.slice(g.length + 1).trim()}`);
    }
    if (examples) {
      for (const [k, l] of EX) {
        if (only && !k.includes(only)) continue;
        console.log(`\n--- ${k} (${l.length})`);
        // spread: every nth example
        const step = Math.max(1, Math.floor(l.length / examples));
        for (let i = 0, n = 0; i < l.length && n < examples; i += step, n++) console.log('  ' + l[i]);
      }
    }
  }
  return { addDoc, print };
}

// Word lists the sourcing rules use, as data (general English and newsroom style, written by hand).
// One entry per line; "#" starts a comment. Parsed once, on first use.

/**
 * Hedges in the article's own voice: the writer distances itself from a statement without saying
 * whose it is.  word | what to ask
 */
export const HEDGES = `
reportedly   | reported by whom? Name the outlet or person who reported it, or link the report
allegedly    | alleged by whom? Name who makes the allegation (police, prosecutors, a lawsuit)
purportedly  | purported by whom? Say who claims it, or check it and state it
supposedly   | supposed by whom? Say who claims it, or check it and state it
so-called    | called so by whom? Attribute the term to whoever uses it, or use a neutral description
`;

/**
 * Attribution verbs that editorialise (newsroom style: "said" is neutral). Lemmas; multi-word cues
 * ("boasted of") match on their first word.
 */
export const LOADED_CUES = `
claim
admit
insist
concede
confess
boast
reveal
`;

/**
 * Source head nouns that make an unnamed source anonymous rather than merely vague: a person or
 * people who could be named ("officials said", "aides said"), unlike a school of thought ("critics").
 */
export const ANONYMOUS_HEADS = `
source
sources
official
officials
aide
aides
insider
insiders
staffer
staffers
adviser
advisers
advisor
advisors
diplomat
diplomats
person
people
spokesman
spokeswoman
spokesperson
`;

/** Words in a source that mark it as anonymous whatever its head ("familiar with", "unnamed"). */
export const ANONYMITY_MARKERS = `
familiar
anonymity
anonymous
anonymously
unnamed
unidentified
`;

/** Source head nouns that are reports without an outlet ("reports say", "local media reported"). */
export const REPORT_HEADS = `
report
reports
reporting
media
press
rumor
rumors
rumour
rumours
`;

/**
 * Agentless cues by what the reader is left asking. First word of each line: the group;
 * the rest: cue lemmas as the engine's phrase list spells them (lexicon/data/phrases.ts), matched on
 * their words.
 */
export const AGENTLESS_GROUPS = `
belief      believed | thought | understood | said to | reported to | rumored to | alleged to
expectation expected
unclear     unclear | not clear | remains to be seen
judgement   considered | seen as
appearance  appears to | appeared to | appear to | seems to | seemed to | seem to
`;

/** Lines of a data block, without comments and blanks. */
export function dataLines(block: string): string[] {
  return block
    .split('\n')
    .map((l) => (l.indexOf('#') < 0 ? l : l.slice(0, l.indexOf('#'))).trim()) // not /#.*$/: quadratic on a line of many #
    .filter(Boolean);
}

/** Words of a data block as a set. */
export function dataSet(block: string): Set<string> {
  return new Set(dataLines(block).flatMap((l) => l.split(/\s+/)));
}

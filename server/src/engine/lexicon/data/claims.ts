// Sweeping-statement markers: phrases that make a sentence in the article's own voice a claim a
// reader would want sourced ("the rest of the world", "only one", "nobody"). Data, one per line.
// "never" and "always" are left out: in news narration they are mostly plain negation or habit ("the
// issue never came up"), and the check-worthiness scorer weighs them itself. Neither are discourse
// markers ("of course", "clearly", "obviously"): they assert nothing of their own.

export const SWEEPING = `
the rest of the world
the rest of the
the whole world
the entire world
all over the world
everyone
everybody
no one
nobody
only one
the only
every single
all of them
none of them
nothing but
without exception
unprecedented
for the first time ever
the biggest
the largest
the worst
the best
the most
the least
widely known
it is well known
it is no secret
there is no doubt
undeniably
`;

// Idioms that contain a marker but sweep nothing ("for the most part"): not matched.
export const SWEEPING_IDIOMS = `
for the most part
at the most
at the very most
the most part
make the most of
made the most of
the best part
the best way
the worst part
`;

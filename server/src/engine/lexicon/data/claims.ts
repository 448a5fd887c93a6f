// Sweeping-statement markers: phrases that make a sentence in the article's own voice a claim a
// reader would want sourced ("the rest of the world", "only one", "always"). Data, one per line.

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
always
never
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
clearly
obviously
of course
`;

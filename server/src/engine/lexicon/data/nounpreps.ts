// Reporting nouns with the prepositions that introduce what they are about: "his support for X",
// "Trump's attacks on X", "criticism of X from Y", "she voiced concern about X". Data, one noun per
// line:  noun  preposition...   (plural forms are listed as their own lines where they are common)

export const NOUN_PREPS = `
support       for of behind
opposition    to
criticism     of
criticisms    of
critique      of
attack        on against
attacks       on against
praise        for
call          for
calls         for
comment       about on
comments      about on
remark        about on
remarks       about on
claim         about of
claims        about of
concern       about over
concerns      about over
complaint     about of
complaints    about of
question      about over of
questions     about over
warning       about of against
warnings      about of against
endorsement   of
defense       of
defence       of
denunciation  of
condemnation  of
rejection     of
embrace       of
view          of on
views         of
assessment    of
description   of
portrayal     of
characterization of
plea          for
pleas         for
appeal        for
appeals       for
demand        for
demands       for
pledge        of
promise       of
promises      of
threat        of
threats       of against
fear          of about
fears         of about
hope          for
hopes         for
doubts        about over
skepticism    about of
scepticism    about of
enthusiasm    for about
admiration    for
disdain       for
contempt      for
distaste      for
disapproval   of
approval      of
dismissal     of
rebuke        of
thoughts      on about
opinion       on of about
opinions      on of about
insistence    on
reference     to
references    to
allusion      to
mention       of
discussion    of about
speculation   about
prediction    of about
predictions   of about
proposal      for
proposals     for
recommendation for
denial        of
denials       of
accusation    of against
accusations   of against
allegation    of against
allegations   of against
charges       of against
objection     to
objections    to
`;

/** Verbs that carry a reporting noun: "made comments about", "voiced support for", "threw her support behind". */
export const LIGHT_VERBS = `
make makes made making
voice voices voiced voicing
express expresses expressed expressing
offer offers offered offering
give gives gave given giving
lend lends lent lending
throw throws threw thrown throwing
issue issues issued issuing
deliver delivers delivered delivering
level levels leveled levelled leveling
launch launches launched launching
renew renews renewed renewing
repeat repeats repeated repeating
reiterate reiterates reiterated reiterating
share shares shared sharing
step stepped stepping
ramp ramped ramping
sharpen sharpened sharpening
intensify intensified intensifying
escalate escalated escalating
raise raises raised raising
pledge pledged pledging
signal signaled signalled signaling
`;

// Prepositional reporting verbs: the content is the object of a preposition ("talked about the
// plan", "voted against the bill", "warned of a crisis"). Data, one verb per line:
//   lemma  preposition...  [| extra forms...]
// Regular forms are generated as for verbs.ts. The cue is the verb up to its preposition; the
// content is what the preposition governs.

export const PREP_VERBS = `
talk        about of
speak       about of against | spoke spoken speaking
comment     on about
remark      on upon
reflect     on upon
focus       on | focused focusing focuses
dwell       on | dwelt
touch       on upon
elaborate   on
expound     on
insist      on upon
call        for
push        for
press       for
argue       for against about over
advocate    for against
lobby       for against | lobbied lobbies
plead       for | pled
ask         for
beg         for | begged begging
vote        for against on
rail        against
warn        of about against
caution     against about
complain    about of
worry       about over | worried worries
fret        about over | fretted fretting
care        about
joke        about
boast       about of
brag        about | bragged bragging
write       about of | wrote written writing
tweet       about
blog        about | blogged blogging
lie         about | lied lying lies
rave        about
gush        about over
muse        about on
think       about | thought
know        about of | knew known
hear        about of | heard
learn       about of | learnt
dream       of about | dreamt
approve     of
disapprove  of
point       to
refer       to | referred referring
allude      to
object      to
reply       to
respond     to
react       to
agree       with on
disagree    with on over
side        with against
sympathize  with
concur      with | concurred concurring
scoff       at
laugh       at
sneer       at
marvel      at | marveled marvelled
balk        at
bristle     at
hint        at
jab         at | jabbed jabbing
swipe       at
commit      to | committed committing
apologize   for
apologise   for
thank       for
praise      for
criticize   for
criticise   for
decide      on against
settle      on
count       on
bet         on | bet betting
opine       on about
report      on
expand      on
harp        on
testify     about to before | testified testifies
inquire     about
wonder      about
brief       on about
preach      about
rant        about against
rage        against about
fume        about over
grumble     about
gripe       about
obsess      over about
agonize     over about
speculate   about on
theorize    about
vent        about
dissent     from
protest     against
rally       behind around against | rallied rallies
attest      to
vouch       for
believe     in
crusade     for against
agitate     for against
weigh       in on
`;

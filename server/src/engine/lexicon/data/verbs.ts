// Reporting verbs: speech, writing, belief, intention, stance and findings. Data, one verb per line:
//   lemma  frames  [extra forms...]
// Frames (what may follow or precede the verb as the reported content):
//   c  a clause: "said (that) ...", a quote, or a colon
//   b  content before the cue: "..., she said." / "\"...,\" said Smith"
//   a  an addressee may come first: "told reporters (that) ...", "warned them that ..."
//   t  a to-infinitive: "plans to ...", "urged Congress to ..."
//   o  a noun-phrase object is the content: "praised the plan", "denied the report"
//   w  a wh-clause: "asked whether ...", "wondered why ..."
// Regular forms (-s, -ed, -ing) are generated; list irregular or consonant-doubling forms after the frames.
// Lines starting with # are comments. Extend through options.lexicon.speechVerbs (frames "cb").

export const VERBS = `
# --- speech and writing -------------------------------------------------------
# A "!" in the frames means: only the listed forms ("state" and "states" are nouns too often).
say          cbw    said says saying
tell         cabtw  told
add          cb     added adding
state        cb!    stated stating
claim        cbo
assert       cb
argue        cbw
insist       cb
explain      cbwo
note         cbo
observe      cb
remark       cb
comment      cb
mention      cbo
report       cbo
announce     cbo
declare      cbo
proclaim     cb
write        cbw    wrote written writing
tweet        cbo
retweet      o
email        cab!   emailed
post         co
testify      cb
acknowledge  cbo
admit        cbo    admitted admitting
concede      cb
confess      cb
confirm      cbo
deny         cbo
reply        cb
respond      cb
answer       cb
retort       cb
counter      cb
contend      cb
maintain     cb
allege       cb
charge       cb
suggest      cbo
hint         cb
imply        cb
indicate     cbo
predict      cbo
forecast     cb     forecast
warn         cabt
caution      cab
complain     cb
boast        cb
brag         cb     bragged bragging
joke         cb
quip         cb     quipped quipping
recall       cbo
recount      cb
reveal       cbo
disclose     cbo
emphasize    cb
emphasise    cb
stress       cb
underscore   cb
conclude     cb
continue     b
agree        cbt
disagree     cb
promise      cabto
pledge       cbt
vow          cbt
swear        cbt    swore sworn
assure       ca
reassure     ca
remind       ca
inform       ca
notify       ca
advise       cat
urge         cabto
ask          cabtw
wonder       cbw
question     cbow
demand       cbo
describe     o
characterize o
estimate     cbo
guess        cb
muse         cb
lament       cbo
scoff        cb
shout        cb
yell         cb
scream       cb
whisper      cb
mutter       cb
exclaim      cb
plead        cb     pled
beg          cat    begged begging
concur       cb     concurred concurring
theorize     cb
speculate    cb
surmise      cb
opine        cb
posit        cb
calculate    cb
reckon       cb
affirm       cb
reaffirm     cbo
reiterate    cbo
repeat       cbo
echo         cbo
summarize    cb
elaborate    b
clarify      cb
specify      cb
signal       cbo    signaled signalled signaling signalling
relate       b
chant        cb
read         cb     read
counsel      cat
instruct     at
recommend    cbo
propose      cbot
request      cb
decry        cbo
lament       cbo
grumble      cb
gripe        cb
fume         cb
rant         cb
rail         cb
tout         cbo
trumpet      cbo
crow         cb
gush         cb
marvel       cb
concede      cb
confide      cb
divulge      cbo
stipulate    cb
vouch        b
attest       cb
certify      cb
assert       cb
# --- belief, knowledge, feeling ------------------------------------------------
believe      cbt
think        cb     thought
feel         cb     felt
know         cb     knew
suspect      cb
doubt        cbo
assume       cb
presume      cb
suppose      cb
expect       cbto
anticipate   cbo
fear         cbo
worry        cb     worried worries worrying
hope         cbt
wish         ct
consider     co
regard       o
view         o
understand   cb     understood
realize      cb
realise      cb
recognize    cb
recognise    cb
learn        c
discover     c
find         cb    found
determine    cbt
decide       ct
judge        c
trust        c
imagine      c
sense        c
remember     cb
forget       c      forgot forgotten forgetting
notice       c
bet          cb     bet betting
figure       cb
accept       co
see          co     saw seen
foresee      co     foresaw foreseen
envision     co
deem         o
# --- talking about something: the object is what was said ------------------------
discuss      o
address      o
raise        b
voice        o
portray      o
depict       o
compare      o
list         o
identify     o
invoke       o
reference    o
quote        o
highlight    o
tout         o
dismiss      o
downplay     o
acknowledge  o
apologize    o
encourage    ot
order        t
insist       c
# --- more attitude and communication verbs ---------------------------------------
admire       o
advocate     cbo
approve      o
assess       o
confess      cb
contest      b
convince     at
debate       bwo!   debated debating
detail       o
express      o
guarantee    cbo
insinuate    cb
justify      o
outline      o
protest      cbo
refute       o
rebut        o      rebutted rebutting
tease        cbo
lobby        ot     lobbied lobbies lobbying
press        at
regret       cbo    regretted regretting
resent       o
relish       o
dread        o
mull         o
ponder       o
weigh        b
honor        o
salute       o
chastise     o
castigate    o
reprimand    o
disavow      o
disown       o
renounce     o
repudiate    o
retract      o
nickname     o
predict      cbo
# --- findings: polls, studies, records -------------------------------------------
show         cbo    showed shown
demonstrate  cb
project      cb
document     co
# --- intention -----------------------------------------------------------------
want         ot
plan         t      planned planning
intend       t
aim          t
seek         to     sought
threaten     t
refuse       t
decline      t
offer        to
prefer       to     preferred preferring
choose       b      chose chosen
vote         t
mean         t      meant
# --- stance: the object is what is attributed ------------------------------------
praise       o
criticize    o
criticise    o
condemn      o
denounce     o
slam         o      slammed slamming
blast        o
lambaste     o
attack       o
support      o
back         o
endorse      o
oppose       o
reject       o
dismiss      o
defend       o
blame        o
accuse       o
applaud      o
welcome      o
hail         o
laud         o
commend      o
challenge    o
dispute      cbo
mock         o
ridicule     o
deride       o
disparage    o
fault        o
chide        o
rebuke       o
scold        o
berate       o
excoriate    o
assail       o
bash         o
champion     o
favor        b
favour       b
embrace      o
celebrate    b
thank        o
congratulate o
cite         o
# judging and speaking verbs added in round 3 (FrameNet Judgment_communication, Statement,
# Request); forms that are common nouns or other senses ("knock on doors", "insults") left out
belittle     o
denigrate    o
vilify       o
malign       o
lampoon      o
pillory      o      pilloried pillorying
skewer       o
savage       o!     savaged
trash        o!     trashed
extol        o      extolled extolling extols
demonize     o
demonise     o
smear        o!     smeared
rebuff       o
contradict   o
compliment   o!     complimented
censure      o!     censured
reproach     o!     reproached
upbraid      o
taunt        o!     taunted
knock        o!     knocked
rip          o!     ripped rips
insult       o!     insulted
bemoan       cbo
gloat        cb
avow         cb
aver         cb     averred
hypothesize  cb
implore      cat
exhort       at
admonish     cat
liken        o
rule         c!     ruled
name         o!     named
call         cao
label        o      labeled labelled labeling labelling
dub          o      dubbed dubbing
brand        o
decry        o
`;

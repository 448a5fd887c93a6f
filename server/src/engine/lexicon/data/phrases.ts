// Multi-word cues and chain markers. Data, one phrase per line:  words... | kind [relation]
// Words are matched case-insensitively on tokens; "*" matches one word of a noun phrase slot is not
// supported on purpose: keep phrases literal.
// Kinds:
//   source-after   the source follows the phrase: "according to X", "in the words of X"
//   relay-after    an intermediary follows: "quoted by X", "citing X"
//   medium         how/where it was said, attached to a nearby cue: "in a statement"
//   verb           a multi-word reporting verb, frames as in verbs.ts: "point out"
//   agentless      an attribution with no source: "it is believed", "is expected to"
//   report         hearsay with no source (rule unsourced-report): "previously reported"

export const PHRASES = `
according to            | source-after according_to
in the words of         | source-after said
as quoted by            | relay-after quoted_by
quoted by               | relay-after quoted_by
citing                  | relay-after citing
per                     | source-after according_to

in a statement          | medium statement
in statements           | medium statement
in a written statement  | medium statement
in a joint statement    | medium statement
in a press release      | medium statement
in a news release       | medium statement
in a release            | medium statement
in an interview         | medium interview
in interviews           | medium interview
in a phone interview    | medium interview
in a telephone interview | medium interview
in a radio interview    | medium interview
in a television interview | medium interview
in a tv interview       | medium interview
in an email             | medium letter
in an e-mail            | medium letter
in a letter             | medium letter
in an open letter       | medium letter
in a farewell letter    | medium letter
in a memo               | medium document
in a report             | medium document
in a filing             | medium document
in court documents      | medium document
in a court filing       | medium document
in a speech             | medium broadcast
in remarks              | medium broadcast
in his remarks          | medium broadcast
in her remarks          | medium broadcast
in a tweet              | medium post
in a series of tweets   | medium post
in a post               | medium post
in a facebook post      | medium post
in a blog post          | medium post
on twitter              | medium post
on facebook             | medium post
on instagram            | medium post
in an op-ed             | medium document
in an editorial         | medium document
in a video              | medium broadcast
in an ad                | medium broadcast
at a press conference   | medium broadcast
at a news conference    | medium broadcast
at a briefing           | medium broadcast
at a rally              | medium broadcast
during a rally          | medium broadcast
during an interview     | medium interview
during a speech         | medium broadcast
during a press conference | medium broadcast
during a news conference | medium broadcast
during the debate       | medium broadcast
on television           | medium broadcast
on the radio            | medium broadcast

issued a statement      | verb c
issues a statement      | verb c
released a statement    | verb c
put out a statement     | verb c
issued a statement saying | verb c
released a statement saying | verb c
posted on twitter       | verb c
posted on facebook      | verb c
wrote on twitter        | verb c
wrote on facebook       | verb c
took to twitter         | verb c
point out               | verb cb
points out              | verb cb
pointed out             | verb cb
pointing out            | verb cb
call for                | verb o
calls for               | verb o
called for              | verb o
calling for             | verb o
call on                 | verb at
calls on                | verb at
called on               | verb at
calling on              | verb at
called upon             | verb at
weigh in                | verb cb
weighed in              | verb cb
speak out               | verb o
spoke out               | verb o
lash out at             | verb o
lashed out at           | verb o
hit back                | verb cb
hit out at              | verb o
fire back               | verb cb
fired back              | verb cb
shot back               | verb cb
push back               | verb cb
pushed back             | verb cb
chime in                | verb cb
chimed in               | verb cb
went on to say          | verb c
went on                 | verb b
goes on                 | verb b
go on to say            | verb c
make clear              | verb c
made clear              | verb c
makes clear             | verb c
making clear            | verb c
made the case           | verb c
make the case           | verb c
spoke of                | verb o
spoke about             | verb o
talked about            | verb o
talks about             | verb o
apologized for          | verb o
apologised for          | verb o
distanced himself from  | verb o
distanced herself from  | verb o
distanced themselves from | verb o
sided with              | verb o
laid out                | verb o
lays out                | verb o
weighed in on           | verb o
took aim at             | verb o
takes aim at            | verb o
railed against          | verb o
lashed out against      | verb o
shrugged off            | verb o
brushed off             | verb o
looked forward to       | verb o
walked back             | verb o
walks back              | verb o
backed away from        | verb o
pushed for              | verb o
pushes for              | verb o
pushing for             | verb o
pushed to               | verb c
objected to             | verb o
objects to              | verb o
appealed to             | verb o
appeals to              | verb o
made it clear           | verb c
makes it clear          | verb c
took issue with         | verb o
takes issue with        | verb o
spoke out against       | verb o
spoke out about         | verb o
came out against        | verb o
came out in favor of    | verb o
came out for            | verb o
looks forward to        | verb o
talk about              | verb o
talking about           | verb o
warned of               | verb o
warned against          | verb o
warns of                | verb o
complained about        | verb o
complained of           | verb o
boasted of              | verb o
boasted about           | verb o
bragged about           | verb o
worried about           | verb o
worry about             | verb o
worries about           | verb o
pointed to              | verb o
points to               | verb o
pointing to             | verb o
referred to             | verb o
referring to            | verb o
refers to               | verb o
expressed concern       | verb c
expressed doubt         | verb c
expressed skepticism    | verb c
expressed confidence    | verb c
expressed hope          | verb c
is quoted as saying     | verb b
was quoted as saying    | verb b
were quoted as saying   | verb b
has been quoted as saying | verb b
would not say           | verb w
wouldn't say            | verb w
declined to say         | verb w
refused to say          | verb w
did not respond         | verb o
didn't respond          | verb o
did not return          | verb o

it is believed          | agentless
it was believed         | agentless
it is thought           | agentless
it is understood        | agentless
it was understood       | agentless
it is not clear         | agentless
it was not clear        | agentless
it is unclear           | agentless
it was unclear          | agentless
it's unclear            | agentless
it’s unclear            | agentless
it's not clear          | agentless
it’s not clear          | agentless
it remains unclear      | agentless
it remains to be seen   | agentless
was asked               | agentless
were asked              | agentless
is asked                | agentless
are asked               | agentless
been asked              | agentless
was asked about         | agentless
were asked about        | agentless
is expected to          | agentless
are expected to         | agentless
was expected to         | agentless
were expected to        | agentless
is widely expected to   | agentless
are widely expected to  | agentless
is believed to          | agentless
are believed to         | agentless
was believed to         | agentless
is thought to           | agentless
are thought to          | agentless
is said to              | agentless
are said to             | agentless
was said to             | agentless
is reported to          | agentless
was reported to         | agentless
is rumored to           | agentless
is alleged to           | agentless
is considered           | agentless
is seen as              | agentless
are seen as             | agentless
is widely seen as       | agentless
is widely considered    | agentless
is widely believed      | agentless
appears to              | agentless
appeared to             | agentless
appear to               | agentless
seems to                | agentless
seemed to               | agentless
seem to                 | agentless

previously reported     | report
it was reported         | report
it has been reported    | report
it is reported          | report
reportedly              | report
it is rumored           | report
it is rumoured          | report
rumors say              | report
rumours say             | report
word is                 | report
allegedly               | report
`;

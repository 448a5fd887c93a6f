// Closed-class English words the engine uses to find phrase boundaries without a tagger.
// Data, whitespace-separated; matched on lowercased tokens.

export const DETERMINERS = `
the a an this that these those his her its their our my your some any no every each either neither
another other such all both several many few much more most own
one two three four five six seven eight nine ten dozens hundreds thousands millions
`;

export const PERSONAL_PRONOUNS = `
he she they it i we you him her them us me
`;

export const RELATIVE_PRONOUNS = `
who which that whom whose
`;

/** Subject pronouns and their type when they are a source. */
export const SUBJECT_PRONOUNS = `
he:person she:person they:group it:organization i:person we:group you:person
`;

export const PREPOSITIONS = `
of in on at by for with from to about after before during since as into onto over under between
among amid against without within through throughout across toward towards upon despite via per
than like unlike near behind beyond around along alongside amongst versus vs
`;

export const CONJUNCTIONS = `
and or but nor yet so because although though while whereas if unless until when whenever where
wherever whether since once after before as than
`;

/** Auxiliaries and copulas: part of a verb group ("has said", "was quoted"). */
export const AUXILIARIES = `
is are was were be been being am 's 're 'm
has have had having 've 'd
do does did doing
will would shall should can could may might must 'll
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't cannot couldn't
shouldn't mustn't mightn't
isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t doesn’t don’t didn’t won’t wouldn’t can’t couldn’t
shouldn’t
not never
`;

/** Adverbs that sit inside a verb group ("also said", "has repeatedly said"). */
export const VERB_ADVERBS = `
also later then previously recently repeatedly often once again even never reportedly publicly
privately still already first further just long initially earlier subsequently separately similarly
frequently sometimes always usually generally quickly immediately flatly angrily bluntly simply
openly firmly strongly quietly loudly clearly explicitly specifically directly finally eventually
ultimately apparently allegedly reportedly reluctantly famously memorably notably pointedly tersely
curtly sharply correctly falsely wrongly rightly accurately mistakenly consistently certainly
definitely actually really indeed now today yesterday tonight recently lately personally herself
himself themselves itself myself ourselves yourself
`;

/** Adverbs and discourse words that are never part of a noun phrase. */
export const NON_NOMINAL = `
thus therefore instead however meanwhile indeed perhaps maybe already again soon often ever never always
sometimes later earlier once twice rather quite very too so hence otherwise nonetheless nevertheless
moreover furthermore besides anyway else almost nearly only just even still yet here there now then
also though although essentially basically finally eventually ultimately actually apparently clearly
obviously certainly surely notably importantly similarly likewise conversely instead additionally
specifically particularly especially increasingly largely mostly mainly partly fully widely
`;

/** Abbreviations that end with a period but do not end a sentence. */
export const ABBREVIATIONS = `
mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cmdr adm st jr sr rev hon pres supt insp
messrs mmes mme mlle
inc co corp ltd llc bros dept univ assn
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
no nos vol vols fig figs pp p approx est vs etc al ca cf e.g i.e
u.s u.k u.n u.s.a d.c e.u n.y l.a
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex va vt wash wis wyo
`;

/** Time expressions that may sit between a cue and its content ("said Tuesday that"). */
export const TIME_WORDS = `
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
morning afternoon evening night week month year weekend earlier later recently last this next
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`;

/** Words that open a clause: a noun phrase walking left stops before them. */
export const CLAUSE_OPENERS = `
that which who whom whose when where while because although though if unless since after before
as whether until once so but and or nor yet then however meanwhile moreover furthermore also
`;

/** Frequent non-reporting verbs and verb forms: a noun phrase does not run across them. */
export const COMMON_VERBS = `
is are was were be been being am has have had do does did will would shall should can could may
might must get gets got make makes made go goes went gone take takes took taken come comes came give
gives gave given put puts keep keeps kept let lets seem seems seemed become becomes became leave left
run runs ran win wins won lose loses lost hold holds held bring brings brought begin begins began
begun pay pays paid meet meets met lead leads led set sets stand stands stood
`;

/** Irregular past tenses: a finite verb ends a noun phrase ("a group backing X spent millions"). */
export const IRREGULAR_PAST = `
spent sent built bought brought caught fought felt found heard kept left lost meant met paid sold
sought taught thought told understood won wrote drew grew threw knew rose fell ran began chose drove
gave took saw came became ate hit cut shut struck stuck swung hung led fled bled fed held read
`;

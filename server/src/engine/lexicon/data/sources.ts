// Words that describe who speaks. Data, one entry per line; matched case-insensitively.

/** News outlets and agencies (multi-word names allowed). Extend through options.lexicon.outlets. */
export const OUTLETS = `
TASS
Interfax
RIA Novosti
RIA
Sputnik
RT
Xinhua
Kyodo
Yonhap
AFP
Agence France-Presse
Reuters
Associated Press
AP
Bloomberg
Bloomberg News
Dow Jones
BBC
BBC News
CNN
CNBC
MSNBC
Fox News
Fox Business
Fox
ABC
ABC News
CBS
CBS News
NBC
NBC News
NPR
PBS
C-SPAN
Univision
Telemundo
Al Jazeera
Al Arabiya
Sky News
Euronews
Deutsche Welle
DW
France 24
The Guardian
Guardian
The Times
The Sunday Times
The Telegraph
Telegraph
The Independent
Financial Times
The Economist
Economist
Daily Mail
The Sun
The Mirror
Le Monde
Le Figaro
Der Spiegel
Spiegel
Bild
Die Zeit
El País
El Pais
Corriere della Sera
La Repubblica
Haaretz
The Jerusalem Post
Jerusalem Post
Times of Israel
The New York Times
New York Times
The Times
The Washington Post
Washington Post
The Wall Street Journal
Wall Street Journal
USA Today
USA TODAY
Los Angeles Times
Chicago Tribune
Boston Globe
The Boston Globe
New York Post
The New York Post
New York Daily News
Daily News
The Post
Politico
POLITICO
Axios
The Hill
Roll Call
The Atlantic
The New Yorker
New Yorker
Time
Newsweek
Vox
BuzzFeed
BuzzFeed News
HuffPost
Huffington Post
The Huffington Post
Breitbart
Breitbart News
The Daily Beast
Daily Beast
Slate
Salon
Mother Jones
National Review
The Weekly Standard
Weekly Standard
The Daily Caller
Daily Caller
The Intercept
ProPublica
McClatchy
Gannett
Vice
Vice News
Yahoo News
Business Insider
Forbes
Fortune
The Federalist
Drudge Report
The Blaze
TheBlaze
Western Journalism
Newsmax
Kommersant
Izvestia
Vedomosti
Novaya Gazeta
Pravda
Meduza
Ukrainska Pravda
Kyiv Independent
Kyiv Post
Ukrinform
UNIAN
Anadolu
Ynet
Channel 4
Channel 4 News
ITV
ITV News
Radio Free Europe
RFE/RL
Voice of America
VOA
Caixin
Global Times
South China Morning Post
Nikkei
Asahi
NHK
Le Parisien
Süddeutsche Zeitung
Frankfurter Allgemeine
`;

/** Titles and roles that precede or stand for a name ("President", "the prime minister"). */
export const TITLES = `
president
vice president
prime minister
pm
premier
chancellor
king
queen
prince
princess
pope
governor
gov
lieutenant governor
lt. gov
mayor
senator
sen
representative
rep
congressman
congresswoman
lawmaker
speaker
leader
majority leader
minority leader
secretary
secretary of state
secretary general
secretary-general
minister
foreign minister
defense minister
defence minister
finance minister
ambassador
envoy
spokesman
spokeswoman
spokesperson
press secretary
aide
adviser
advisor
counselor
chief of staff
director
chairman
chairwoman
chair
chief
chief executive
ceo
founder
president-elect
nominee
candidate
frontrunner
front-runner
judge
justice
chief justice
attorney general
attorney
lawyer
prosecutor
general
gen
admiral
colonel
col
lieutenant
captain
sergeant
officer
commander
sheriff
chief of police
professor
prof
dr
doctor
analyst
economist
pollster
strategist
consultant
official
officer
commissioner
delegate
councilman
councilwoman
council member
treasurer
manager
campaign manager
chairman
host
anchor
correspondent
reporter
editor
columnist
author
historian
scientist
researcher
expert
activist
organizer
donor
pastor
reverend
rev
rabbi
imam
bishop
cardinal
mr
mrs
ms
miss
sir
dame
lord
lady
`;

/** Heads of vague or anonymous sources ("critics", "a source"). Extend through options.lexicon.vagueSources. */
export const VAGUE_SOURCES = `
critics
some
many
others
experts
analysts
observers
officials
sources
insiders
people
observers
commentators
pundits
supporters
opponents
detractors
skeptics
sceptics
those
most
several
few
residents
voters
americans
conservatives
liberals
progressives
neoconservatives
neocons
activists
diplomats
economists
scientists
researchers
historians
investors
aides
advisers
advisors
allies
rivals
members
lawmakers
legislators
some people
many people
a source
a person
an official
a senior official
an aide
a spokesman
a spokeswoman
a spokesperson
one official
one source
another source
the source
the sources
`;

/** Words that mark an unnamed source as anonymous rather than merely vague. */
export const ANONYMOUS_MARKERS = `
source
sources
official
officials
person
people
insider
insiders
aide
aides
familiar
anonymity
anonymous
unnamed
`;

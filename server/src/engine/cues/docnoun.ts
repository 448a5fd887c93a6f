// Nouns for what carries a message: "published a story detailing X", "issued a statement
// apologizing for Y", "emailed an article reporting Z". A participle after one is a report whose
// source is whoever made the document (the clause subject), not a reduced relative like "people
// reading this".
const DOCUMENT_NOUNS = new Set([
  'statement', 'statements', 'letter', 'letters', 'report', 'reports', 'story', 'stories', 'article', 'articles',
  'paper', 'papers', 'study', 'studies', 'memo', 'memos', 'note', 'notes', 'message', 'messages', 'email', 'emails',
  'e-mail', 'e-mails', 'tweet', 'tweets', 'post', 'posts', 'video', 'videos', 'ad', 'ads', 'advertisement',
  'advertisements', 'commercial', 'commercials', 'op-ed', 'column', 'editorial', 'book', 'petition', 'petitions',
  'banner', 'banners', 'sign', 'signs', 'poster', 'posters', 'flier', 'fliers', 'flyer', 'flyers', 'pitch', 'pitches',
  'release', 'releases', 'filing', 'filings', 'speech', 'speeches', 'remarks', 'comment', 'comments',
  'document', 'documents', 'transcript', 'analysis', 'piece', 'essay', 'blog', 'podcast', 'interview',
]);

export function isDocumentNoun(w: string): boolean {
  return DOCUMENT_NOUNS.has(w);
}

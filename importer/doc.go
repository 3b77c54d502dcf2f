// Package importer turns the text of a proposal, as a newsroom gets it
// (plain text, Markdown or HTML: a numbered list in an article, a PDF
// turned to text, a mark-up with the changes in bold), into a draft
// proposal file that peacediff can validate, format and compare.
//
// [Import] splits the text into points by its own numbering, at every
// depth ("1.", "1)", "(a)", "ii.", "Point 3:", "Article 4", "10.a"),
// suggests a topic for each point by ranking the points of a corpus and
// the topic catalogue against it with BM25 ([Ranker]), pulls out figures
// (personnel caps in any common spelling, days, years, money), regions and
// parties, and drafts the typed terms whose pattern is clear. With a text
// to align with ([Options].From), points whose wording matches are kept,
// struck points deleted, and in a mark-up the bold or inserted spans tell
// changed wording from kept.
//
// What the import infers is marked: every point has confidence inferred
// and every guess a "# review:" comment. What it cannot know, the sources
// above all, is left as a to-do ([proposals.TodoPrefix]) that
// peacediff validate --draft lists. The import reads nothing but its
// input and the corpus it is given: it never touches the network.
package importer

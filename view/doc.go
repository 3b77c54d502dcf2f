// Package view decides what a reader is told: it turns a comparison
// ([compare.Report]) or a red-line check ([redlines.Report]) into rows of
// cells whose words are final, each piece marked with what it is (a value,
// an inserted or deleted word, a point label, a state, the sources, a
// change). The renderers in package render only lay those pieces out and
// map each kind of piece to their markup, so that text, Markdown and HTML
// say the same thing: the words of a value, of a change, of "What moved",
// of the summary and of a source are decided here, once.
//
// A view runs no engine: it reads reports, and numbers the sources it
// shows in the order a reader meets them.
package view

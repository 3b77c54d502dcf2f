package gen

import (
	"math/rand/v2"
	"strings"
)

// The vocabulary of the prose: who acts, how, what they do by domain of
// the topic catalogue, and the qualifiers that lengthen a sentence. No
// phrase holds ": " or " #", so every text is a plain YAML scalar.
var (
	subjects = []string{
		"Ukraine", "Russia", "the United States", "the European states", "the parties",
		"the guarantor states", "NATO", "the European Union", "the joint commission",
		"the monitoring mission", "the Russian Federation", "the government of Ukraine",
		"both sides", "the signatories", "the Security Council",
	}
	modals = []string{"shall", "will", "may", "must", "should", "can", "would"}
	// actions are verb phrases by domain slug; general covers the rest.
	actions = map[string][]string{
		"territory": {
			"recognise the status of the occupied regions", "freeze the line of contact",
			"withdraw its forces from the agreed area", "respect the administrative borders",
			"demarcate the new line under international supervision",
			"set up a demilitarised buffer zone along the line", "restore control of the state border",
			"refrain from changing the borders by force", "grant special status to the districts",
		},
		"military": {
			"cap the personnel of its armed forces", "limit the range of its missiles",
			"reduce its heavy artillery and tanks", "keep no long-range strike weapons",
			"allow no foreign troops on its territory", "station a reassurance force in the rear",
			"end the supply of arms and intelligence", "base fighter aircraft in a neighbouring state",
		},
		"nato": {
			"renounce membership of the alliance", "enshrine non-alignment in its constitution",
			"halt any further enlargement of the alliance", "station no alliance forces in Ukraine",
			"open a dialogue on European security", "keep the door of the alliance open",
		},
		"guarantees": {
			"provide security guarantees to Ukraine", "respond jointly to a renewed attack",
			"reinstate all sanctions in case of a breach", "conclude a pact of non-aggression",
			"assist Ukraine by every means at its disposal", "consult within three days of an attack",
		},
		"ceasefire": {
			"observe a full and unconditional ceasefire", "pull back heavy weapons from the line",
			"allow the mission to verify the ceasefire", "exchange maps of the minefields",
			"begin the withdrawal within thirty days", "report every violation to the commission",
		},
		"political": {
			"hold presidential and parliamentary elections", "amend the constitution accordingly",
			"submit the agreement to a referendum", "affirm the sovereignty of Ukraine",
			"open the path to membership of the Union", "recognise the legitimacy of the government",
		},
		"humanitarian": {
			"exchange all prisoners of war", "return the deported children to their families",
			"release every civilian detainee", "allow humanitarian access to the affected areas",
			"facilitate the return of displaced persons", "hand over the remains of the dead",
		},
		"justice": {
			"grant a full amnesty for acts committed in the war", "establish a special tribunal",
			"set up a claims commission for war damage", "waive all claims for compensation",
			"prosecute the crimes committed in the war",
		},
		"economy": {
			"lift the sanctions in stages", "unfreeze the immobilised Russian assets",
			"invest in the reconstruction of Ukraine", "create a development fund for Ukraine",
			"restore trade in energy and grain", "invite Russia back to the Group of Eight",
		},
		"nuclear": {
			"remain a non-nuclear state under the treaty", "return the nuclear plant to Ukrainian control",
			"share the output of the nuclear plant", "extend the treaty on strategic arms",
		},
		"society": {
			"protect the rights of national minorities", "guarantee freedom of religion",
			"adopt programmes of tolerance in schools", "lift the restrictions on the Russian language",
		},
		"implementation": {
			"establish a peace council to oversee the agreement", "verify compliance with every provision",
			"sign the agreement within one month", "report to the Security Council every quarter",
		},
		"general": {
			"implement the agreement in good faith", "settle all disputes by negotiation",
			"meet at the level of heads of state", "consult one another on every step",
		},
	}
	qualifiers = []string{
		"within thirty days of signature", "under international supervision",
		"in accordance with the UN Charter", "without prejudice to the final settlement",
		"as agreed by the parties", "subject to verification by the OSCE mission",
		"on the basis of the Istanbul communique", "for a period of ten years",
		"pending a comprehensive agreement", "in full and in good faith",
		"after the ceasefire takes effect", "in close coordination with the European partners",
		"with the consent of the Verkhovna Rada", "in line with the resolutions of the Security Council",
		"on a reciprocal basis", "within the framework of the joint commission",
		"and report on its progress every month", "in stages over three years",
		"unless the parties agree otherwise", "once both sides have pulled back their forces",
		"to the extent of 600,000 personnel", "on the line of 23 February 2022",
	}
	// swaps are the words a rewording puts in place of another.
	swaps   = []string{"shall", "will", "may", "must", "promptly", "fully", "jointly", "gradually", "all", "each", "further", "new", "existing", "agreed", "final", "temporary"}
	adverbs = []string{"fully", "promptly", "jointly", "gradually", "immediately", "duly", "irrevocably"}
)

// sentence returns one sentence of 15 to 40 words on a topic of domain:
// a clause, then more clauses and qualifiers while they fit.
func sentence(r *rand.Rand, domain string) string {
	acts := actions[domain]
	if acts == nil {
		acts = actions["general"]
	}
	want := 15 + r.IntN(26)
	words := strings.Fields(pick(r, subjects) + " " + pick(r, modals) + " " + pick(r, acts))
	for len(words) < want {
		more := pick(r, qualifiers)
		if r.IntN(4) == 0 {
			more = "and " + pick(r, subjects) + " " + pick(r, modals) + " " + pick(r, acts)
		}
		add := strings.Fields(more)
		if len(words)+len(add) > 40 {
			if len(words) >= 15 {
				break
			}
			add = add[:40-len(words)]
		}
		words = append(words, add...)
	}
	s := strings.Join(words, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// paragraph returns one or two sentences, about 40 words: the length of
// a point of the corpus.
func paragraph(r *rand.Rand, domain string) string {
	n := 1 + r.IntN(2)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = sentence(r, domain)
	}
	return strings.Join(parts, " ")
}

// reword changes a few words of text (1 to 3 replacements, insertions or
// deletions), never giving back the same text.
func reword(r *rand.Rand, text string, edits int) string {
	words := strings.Fields(text)
	for range edits {
		words = edit(r, words)
	}
	out := strings.Join(words, " ")
	if out == text {
		return text + " In full."
	}
	return out
}

// edit makes one change to words: a swap, an insertion or a deletion of a
// word that is not the first or carries no punctuation.
func edit(r *rand.Rand, words []string) []string {
	if len(words) < 3 {
		return append(words, pick(r, adverbs))
	}
	i := 1 + r.IntN(len(words)-2) // keep the capitalised first and the final word
	switch k := r.IntN(10); {
	case k < 5:
		if isWord(words[i]) {
			w := pick(r, swaps)
			if w == words[i] {
				w = pick(r, adverbs)
			}
			words[i] = w
			return words
		}
		fallthrough
	case k < 8:
		return insertAt(words, i, pick(r, adverbs))
	default:
		if len(words) > 15 && isWord(words[i]) {
			return append(words[:i], words[i+1:]...)
		}
		return insertAt(words, i, pick(r, adverbs))
	}
}

func insertAt(words []string, i int, w string) []string {
	words = append(words, "")
	copy(words[i+1:], words[i:])
	words[i] = w
	return words
}

// isWord reports whether s is a lowercase word without punctuation.
func isWord(s string) bool {
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// Prose returns a text of about words words (whole sentences, at least
// words), deterministic for the seed: the long texts of a word diff.
func Prose(seed uint64, words int) string {
	r := rand.New(rand.NewPCG(seed, 0x70726f7365))
	domains := []string{"territory", "military", "nato", "guarantees", "ceasefire", "political", "humanitarian", "justice", "economy", "nuclear", "society", "implementation", "general"}
	var b strings.Builder
	n := 0
	for n < words {
		s := sentence(r, pick(r, domains))
		n += strings.Count(s, " ") + 1
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

// Reword returns text with edits words changed, inserted or deleted at
// places spread over the text, deterministic for the seed: the revised
// side of a word diff.
func Reword(seed uint64, text string, edits int) string {
	r := rand.New(rand.NewPCG(seed, 0x7265776f7264))
	return reword(r, text, edits)
}

package gen

import (
	"bytes"
	"fmt"
	"strconv"
)

// yaml writes the text in the layout of peacediff fmt.
func (d *doc) yaml() []byte {
	var b bytes.Buffer
	b.WriteString("# Synthetic text made by peacediff's internal/gen for benchmarks: not a real proposal.\n\n")
	m := &mapping{b: &b}
	m.str("id", d.id)
	m.str("title", d.title)
	m.str("short", d.short)
	m.flow("proposers", d.proposers)
	m.flow("parties", []string{"UA", "RU", "US", "EUROPE", "NATO"})
	m.raw("date", d.date)
	m.str("status", "leaked-draft")
	if d.supersedes != "" {
		s := m.seq("supersedes").item()
		s.str("id", d.supersedes)
		s.str("relation", "revises")
	}
	m.str("language", "en")
	m.raw("point_count", strconv.Itoa(len(d.provs)))
	m.str("summary", d.summary)
	m.str("notes", fmt.Sprintf("Made by internal/gen with seed %d from plausible words; no real text.", d.seed))
	b.WriteString("\n")
	srcs := m.seq("sources")
	for _, s := range d.sources {
		sm := srcs.item()
		sm.str("id", s.id)
		sm.str("publisher", s.publisher)
		sm.str("relays", s.relays)
		sm.str("title", s.title)
		sm.str("url", s.url)
		sm.raw("date", s.date)
		sm.str("kind", s.kind)
		sm.str("language", "en")
	}
	anchor := make(map[string]string)
	for _, t := range termTopics() {
		anchor[t] = d.anchor(t)
	}
	writeTerms(m, d.terms, anchor)
	b.WriteString("\n")
	ps := m.seq("provisions")
	for _, p := range d.provs {
		pm := ps.item()
		pm.str("point", p.label)
		pm.str("topic", p.topic)
		pm.str("heading", p.heading)
		pm.str("state", p.state)
		pm.str("text", p.text)
		pm.flow("sources", p.sources)
		pm.str("confidence", p.confidence)
		pm.str("note", p.note)
	}
	return b.Bytes()
}

// writeTerms writes the terms whose anchor point the text has.
func writeTerms(root *mapping, t terms, anchor map[string]string) {
	pts := func(topic string) []string { return []string{anchor[topic]} }
	has := func(topic string) bool { return anchor[topic] != "" }
	if has(topicLine) || has(topicRegions) || has(topicZone) || has(topicNonUse) {
		root.b.WriteString("\n")
		ter := root.sub("territory")
		if has(topicLine) {
			l := ter.sub("line_of_contact")
			l.str("rule", t.line)
			l.flow("points", pts(topicLine))
		}
		if has(topicRegions) {
			regs := ter.seq("regions")
			for _, rt := range t.regions {
				m := regs.item()
				m.str("region", rt.code)
				m.str("status", rt.status)
				m.flow("recognized_by", rt.recognizedBy)
				m.flow("points", pts(topicRegions))
			}
		}
		if has(topicZone) {
			z := ter.seq("zones").item()
			z.str("kind", "demilitarized")
			z.flow("regions", []string{t.zone})
			z.str("sovereign", "RU")
			z.flow("points", pts(topicZone))
		}
		if has(topicNonUse) {
			c := ter.sub("non_use_of_force")
			c.raw("value", strconv.FormatBool(t.nonUse))
			c.flow("points", pts(topicNonUse))
		}
	}
	if has(topicCaps) || has(topicWeapons) || has(topicForeign) {
		root.b.WriteString("\n")
		mil := root.sub("military")
		if has(topicCaps) {
			caps := mil.seq("caps")
			for _, c := range t.caps {
				m := caps.item()
				m.str("party", c.party)
				m.raw("personnel", strconv.Itoa(c.personnel))
				m.str("applies", c.applies)
				m.flow("points", pts(topicCaps))
			}
		}
		if has(topicWeapons) {
			ws := mil.seq("weapons")
			for _, w := range t.weapons {
				m := ws.item()
				m.str("party", w.party)
				m.str("kind", w.kind)
				if w.value > 0 {
					m.raw("value", strconv.Itoa(w.value))
					m.str("unit", w.unit)
				}
				m.flow("points", pts(topicWeapons))
			}
		}
		if has(topicForeign) {
			fs := mil.seq("foreign_troops")
			for _, f := range t.foreign {
				m := fs.item()
				m.str("who", f.who)
				m.str("in", f.in)
				m.str("rule", f.rule)
				m.flow("points", pts(topicForeign))
			}
		}
	}
	if has(topicMembership) || has(topicEnlargement) || has(topicStationing) {
		root.b.WriteString("\n")
		nato := root.sub("nato")
		if has(topicMembership) {
			m := nato.sub("ukraine_membership")
			m.str("rule", t.membership)
			m.flow("barred_by", t.barredBy)
			m.flow("points", pts(topicMembership))
		}
		if has(topicEnlargement) {
			m := nato.sub("enlargement")
			m.str("rule", t.enlargement)
			m.flow("points", pts(topicEnlargement))
		}
		if has(topicStationing) {
			m := nato.sub("stationing")
			m.str("rule", t.stationing)
			m.flow("points", pts(topicStationing))
		}
	}
	if has(topicGuarantees) {
		root.b.WriteString("\n")
		gs := root.seq("security_guarantees")
		for _, gu := range t.guarantees {
			m := gs.item()
			m.str("guarantor", gu.guarantor)
			m.str("kind", gu.kind)
			if gu.compensated {
				m.raw("compensated", "true")
			}
			m.flow("triggers", gu.triggers)
			m.flow("responses", gu.responses)
			m.flow("void_if", gu.voidIf)
			m.raw("duration_years", strconv.Itoa(gu.years))
			m.flow("points", pts(topicGuarantees))
		}
	}
}

package browsertest

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Setting is how a page is looked at: the width of the window in CSS
// pixels, the colour scheme the reader prefers ("light" or "dark") and
// the media ("screen" or "print").
type Setting struct {
	Width  int64
	Scheme string
	Media  string
}

// Layout is how a page laid out in one Setting.
type Layout struct {
	// ScrollWidth is the width of the document, InnerWidth that of the
	// window; a page wider than its window has ScrollWidth > InnerWidth.
	ScrollWidth int64 `json:"scrollWidth"`
	InnerWidth  int64 `json:"innerWidth"`
	// Broken are the words (up to twenty) that the layout broke across
	// lines inside themselves, each with the words around it.
	Broken []string `json:"broken"`
	// Wide are, when the page is wider than its window, the first
	// elements (outside a scrolling box) that reach past its edge.
	Wide []string `json:"wide"`
	// Scrolled are the boxes that scroll sideways (class "scroll") whose
	// content is wider than they are, each named by the id it is
	// labelled by.
	Scrolled []string `json:"scrolled"`
	// Words is how many words were measured.
	Words int64 `json:"words"`
}

// layoutJS measures the page: the widths, and every word of every text
// node (a run of letters and digits, with the apostrophes, points and
// commas inside it, as in "Ukraine's" or "600,000") whose boxes lie on
// more than one line.
const layoutJS = `(() => {
  const out = {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, broken: [], scrolled: [], words: 0};
  for (const e of document.querySelectorAll(".scroll")) {
    if (e.scrollWidth > e.clientWidth + 1) out.scrolled.push((e.getAttribute("aria-labelledby") || e.tagName.toLowerCase()) + " (" + e.scrollWidth + " px in " + e.clientWidth + ")");
  }
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const word = /[\p{L}\p{N}\p{M}]+(?:['’.,][\p{L}\p{N}\p{M}]+)*/gu;
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n.parentElement && n.parentElement.closest("svg")) continue;
    for (const m of n.data.matchAll(word)) {
      if (m[0].length < 2) continue;
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const rects = range.getClientRects();
      if (rects.length < 2) { if (rects.length) out.words++; continue; }
      out.words++;
      const lines = new Set();
      for (const r of rects) if (r.width > 0) lines.add(Math.round(r.top));
      if (lines.size > 1 && out.broken.length < 20) {
        const at = Math.max(0, m.index - 20);
        out.broken.push(m[0] + " (in \"" + n.data.slice(at, m.index + m[0].length + 20).replace(/\s+/g, " ") + "\", " + n.parentElement.tagName.toLowerCase() + ")");
      }
    }
  }
  if (out.scrollWidth > out.innerWidth) {
    out.wide = [];
    for (const e of document.body.querySelectorAll("*")) {
      if (e.closest(".scroll") && e.closest(".scroll") !== e) continue;
      if (e.getBoundingClientRect().right > out.innerWidth + 1 && out.wide.length < 5) {
        out.wide.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.replace(/ /g, ".") : ""));
      }
    }
  }
  return out;
})()`

// Measure loads url in a window of the setting and measures its layout.
func (b *Browser) Measure(t *testing.T, url string, s Setting) Layout {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	defer cancel()
	ctx, cancelPage := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelPage()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: s.Width, Height: 900, DeviceScaleFactor: 1}); err != nil {
		t.Fatalf("set the width %d: %v", s.Width, err)
	}
	media := emulation.SetEmulatedMediaParams{Media: s.Media, Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: s.Scheme}}}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, media); err != nil {
		t.Fatalf("emulate %s %s: %v", s.Media, s.Scheme, err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	l, err := chromedp.Run(ctx, chromedp.Evaluate[Layout](layoutJS))
	if err != nil {
		t.Fatalf("measure %s: %v", url, err)
	}
	return l
}

// Type loads url, types text into the element that selector (a CSS
// selector) finds, and returns what the expression read evaluates to
// then, with what happened on the page.
func (b *Browser) Type(t *testing.T, url, selector, text, read string) (string, Visit) {
	t.Helper()
	var got string
	v := b.Open(t, url, "",
		chromedp.SendKeys(selector, text),
		chromedp.Sleep(300*time.Millisecond),
		func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			s, err := chromedp.Evaluate[string](read)(ctx, tg)
			got = s
			return chromedp.Void{}, err
		},
	)
	return got, v
}

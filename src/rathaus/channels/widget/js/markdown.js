// A small, safe Markdown subset: paragraphs, lists, tables, quotes, **bold**, [text](url), bare URLs, [n] citations.
const INLINE = /\*\*([^*\n]+)\*\*|\[(\d{1,2})\]|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()]*[^\s<>().,;:!?"'])/g;
function inline(text, cite) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1]) out.push(h("strong", { text: m[1] }));
    else if (m[2]) out.push(cite(+m[2]) || m[0]);
    else {
      const href = safeUrl(m[4] || m[5]);
      out.push(href ? h("a", { href, target: "_blank", rel: "noopener noreferrer", text: m[3] || m[5] }) : m[0]);
    }
  }
  out.push(text.slice(last));
  return out;
}
// langOf(n, title?): the language of source n (of its title, when `title` is given and is
// its title), or null. A quoted passage ends with its source's [n] and is in that language
// (German in an English answer): marked so, screen readers read it with the right voice
// (WCAG 3.1.2), like the titles of further pages listed as "- Title [n]".
function markdown(text, cite, langOf = () => null) {
  const frag = document.createDocumentFragment();
  for (const block of text.trim().split(/\n\s*\n/)) {
    const lines = blockLines(block);
    if (!lines.length) continue;
    const quote = quoted(lines);
    if (quote) {
      frag.append(h("blockquote", { dir: "auto", lang: quote.n ? langOf(quote.n) : null },
        markdown(lines.map((l) => l.replace(/^>\s?/, "")).join("\n"), cite)));
      continue;
    }
    if (lines.every((l) => BULLET.test(l))) { frag.append(part(lines, cite, true, langOf)); continue; }
    // Runs of items become lists, other lines paragraphs: "Öffnungszeiten:" then the days.
    // Numbered lines make a list only two or more in a row: a lone "15. März: …" stays text;
    // so do table rows ("Leistung | Gebühr", then the fees).
    const raw = lines.map((l) => (DASH.test(l) ? "ul" : NUMBERED.test(l) ? "ol" : isRow(l) ? "table" : "p"));
    const kinds = raw.map((k, i) => ((k === "ol" || k === "table") && raw[i - 1] !== k && raw[i + 1] !== k ? "p" : k));
    let run = [];
    lines.forEach((l, i) => {
      run.push(l);
      if (i === lines.length - 1 || kinds[i + 1] !== kinds[i]) {
        frag.append(kinds[i] === "table" ? table(run, cite) : part(run, cite, kinds[i] !== "p", langOf));
        run = [];
      }
    });
  }
  return frag;
}
function blockLines(block) { return block.split("\n").map((l) => l.trim()).filter(Boolean); }
// A passage quoted from the town's pages: every line starts with ">", the last ends with its
// source's [n]. { n } (n null when no source ends it) for such lines, null for any other.
// The widget's rendering and its reading aloud both ask this, so they never disagree.
function quoted(lines) {
  if (!lines.length || !lines.every((l) => l.startsWith(">"))) return null;
  const source = /\[(\d{1,2})\]\s*$/.exec(lines[lines.length - 1]);
  return { n: source ? +source[1] : null };
}
const BULLET = /^([-*•]|\d+[.)])\s+/;
const DASH = /^[-*•]\s+/;
const NUMBERED = /^\d+[.)]\s+/;
// Table rows as the answers quote them ("a | b") or as a model writes them ("| a | b |",
// with a "|---|---|" rule under the header).
const RULE = /^[|:\s-]*---[|:\s-]*$/;
const cells = (l) => l.replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
const isRow = (l) => l.includes("|");
// The first row is the header when a rule follows it, or when it has no figure and the rows below do
// ("Leistung | Gebühr" over the fees); a screen reader then names each cell's column.
// Cells wrap (.msg's overflow-wrap): no sideways scrolling on a phone.
function table(lines, cite) {
  const rows = lines.filter((l) => !RULE.test(l)).map(cells);
  const head = RULE.test(lines[1] || "") || (!/\d/.test(rows[0]) && /\d/.test(rows.slice(1)));
  const row = (r, tag) => h("tr", null, r.map((c) => h(tag, { scope: tag === "th" ? "col" : null, dir: "auto" }, inline(c, cite))));
  return h("table", null, head && h("thead", null, row(rows[0], "th")), h("tbody", null, rows.slice(head ? 1 : 0).map((r) => row(r, "td"))));
}
function part(lines, cite, isList, langOf) {
  if (isList) {
    // A numbered list keeps the page's numbers ("3. Termin buchen" stays step 3), not a count from 1.
    const numbered = /^\d/.test(lines[0]);
    const list = h(numbered ? "ol" : "ul", numbered ? { start: parseInt(lines[0], 10) } : null);
    for (const l of lines) {
      const value = numbered && /^\d/.test(l) ? parseInt(l, 10) : null;
      const item = l.replace(BULLET, "");
      const titled = /^(.+?)\s*\[(\d{1,2})\]$/.exec(item); // "- Personalausweis beantragen [4]"
      const lang = titled ? langOf(+titled[2], titled[1]) : null;
      list.append(h("li", { dir: "auto", value, lang }, inline(item, cite)));
    }
    return list;
  }
  const p = h("p", { dir: "auto" }); // German quotes stay left-to-right inside an Arabic answer
  lines.forEach((l, i) => { if (i) p.append(h("br")); p.append(...inline(l.replace(/^#{1,6}\s+/, ""), cite)); });
  return p;
}

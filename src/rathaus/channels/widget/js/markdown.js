// A small, safe Markdown subset: paragraphs, lists, quotes, **bold**, [text](url), bare URLs, [n] citations.
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
function markdown(text, cite) {
  const frag = document.createDocumentFragment();
  for (const block of text.trim().split(/\n\s*\n/)) {
    const lines = block.split("\n").map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => l.startsWith(">"))) { // a quoted passage from the town's pages
      frag.append(h("blockquote", { dir: "auto" }, markdown(lines.map((l) => l.replace(/^>\s?/, "")).join("\n"), cite)));
      continue;
    }
    if (lines.every((l) => BULLET.test(l))) { frag.append(part(lines, cite, true)); continue; }
    // Runs of items become lists, other lines paragraphs: "Öffnungszeiten:" then the days.
    // Numbered lines make a list only two or more in a row: a lone "15. März: …" stays text.
    const raw = lines.map((l) => (DASH.test(l) ? "ul" : NUMBERED.test(l) ? "ol" : "p"));
    const kinds = raw.map((k, i) => (k === "ol" && raw[i - 1] !== "ol" && raw[i + 1] !== "ol" ? "p" : k));
    let run = [];
    lines.forEach((l, i) => {
      run.push(l);
      if (i === lines.length - 1 || kinds[i + 1] !== kinds[i]) { frag.append(part(run, cite, kinds[i] !== "p")); run = []; }
    });
  }
  return frag;
}
const BULLET = /^([-*•]|\d+[.)])\s+/;
const DASH = /^[-*•]\s+/;
const NUMBERED = /^\d+[.)]\s+/;
function part(lines, cite, isList) {
  if (isList) {
    // A numbered list keeps the page's numbers ("3. Termin buchen" stays step 3), not a count from 1.
    const numbered = /^\d/.test(lines[0]);
    const list = h(numbered ? "ol" : "ul", numbered ? { start: parseInt(lines[0], 10) } : null);
    for (const l of lines) {
      const value = numbered && /^\d/.test(l) ? parseInt(l, 10) : null;
      list.append(h("li", { dir: "auto", value }, inline(l.replace(BULLET, ""), cite)));
    }
    return list;
  }
  const p = h("p", { dir: "auto" }); // German quotes stay left-to-right inside an Arabic answer
  lines.forEach((l, i) => { if (i) p.append(h("br")); p.append(...inline(l.replace(/^#{1,6}\s+/, ""), cite)); });
  return p;
}

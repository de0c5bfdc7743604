/*! rathaus citizen chat widget · EUPL-1.2 */
/** One file, no dependencies, no cookies.
 *
 *   <script src="https://SERVER/widget.js" data-tenant="musterstadt" defer></script>
 *     adds a launcher button and a chat panel to the page.
 *   <rathaus-chat data-tenant="musterstadt" inline></rathaus-chat>  (plus the script)
 *     fills that element instead (for a dedicated "Chat" page).
 *
 * Optional script/element attributes: data-server (default: where widget.js came
 * from), data-timeout (seconds without a byte from the server before the widget
 * gives up and offers a retry; default 45).
 *
 * Accessibility notes (why the code looks the way it does):
 * - the message list is role=log; a streaming answer is aria-hidden and the log
 *   aria-busy, and the finished answer is inserted as one new node, so screen
 *   readers announce it once instead of every token;
 * - the panel is a non-modal dialog: no focus trap, Esc closes it, focus returns
 *   to the launcher;
 * - text is built with textContent only (never innerHTML), so no markup from an
 *   answer can run or style anything.
 */
"use strict";
const TAG = "rathaus-chat";
if (customElements.get(TAG)) return; // the script was included twice: one widget
const script = document.currentScript;
const attr = (el, name) => (el && el.dataset ? el.dataset[name] : undefined);
const SERVER = (attr(script, "server") || (script && script.src ? new URL(script.src, location.href).origin : location.origin)).replace(/\/$/, "");
const SIZES = [0.875, 1, 1.25, 1.5, 1.75, 2];
const MAX_MESSAGE = 4000;
// Shown when the server cannot be reached at all, before any catalogue arrived.
const FALLBACK = {
  launcher: "Fragen Sie uns", title: "Chat", close: "Chat schließen", retry: "Erneut versuchen",
  error_offline: "Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.",
};


const ICONS = {
  chat: "M4 4h16v11H8l-4 4z",
  close: "M6 6l12 12M18 6L6 18",
  gear: "M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM4 12h2M18 12h2M12 4v2M12 18v2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4",
  up: "M7 11v9H4v-9zM7 11l4-7a2 2 0 0 1 2 2v4h5a2 2 0 0 1 2 2l-2 6a2 2 0 0 1-2 2H7",
  down: "M7 13V4H4v9zM7 13l4 7a2 2 0 0 0 2-2v-4h5a2 2 0 0 0 2-2l-2-6a2 2 0 0 0-2-2H7",
  copy: "M8 8h11v12H8zM5 16V4h11",
  speak: "M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11",
};
const NS = "http://www.w3.org/2000/svg";
function icon(name) {
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = document.createElementNS(NS, "path");
  path.setAttribute("d", ICONS[name]);
  for (const [k, v] of [["fill", "none"], ["stroke", "currentColor"], ["stroke-width", "2"], ["stroke-linecap", "round"], ["stroke-linejoin", "round"]]) path.setAttribute(k, v);
  svg.append(path);
  return svg;
}

/** h("button", {class: "x", onclick: f, text: "…"}, ...children) — DOM without innerHTML. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c);
  return el;
}
const safeUrl = (u) => { try { const url = new URL(u, SERVER); return /^(https?|mailto|tel):$/.test(url.protocol) ? url.href : null; } catch { return null; } };


const storage = {
  load(key) { try { return JSON.parse(sessionStorage.getItem(key)) || {}; } catch { return {}; } },
  save(key, value) { try { sessionStorage.setItem(key, JSON.stringify(value)); } catch { /* private mode: keep in memory */ } },
};
// Whatever sessionStorage holds (an older widget version, a hand-edited value)
// must never stop the widget from rendering.
function cleanState(raw) {
  const s = raw && typeof raw === "object" ? raw : {};
  const str = (v) => (typeof v === "string" ? v : null);
  const messages = (Array.isArray(s.messages) ? s.messages : [])
    .filter((m) => m && typeof m.text === "string" && ["user", "assistant", "staff", "system"].includes(m.role))
    .map((m) => m.role === "user" ? { role: "user", text: m.text }
      : m.role !== "assistant" ? { role: m.role, text: m.text, author: str(m.author), id: Number.isInteger(m.id) ? m.id : null }
      : {
        role: "assistant", text: m.text, language: str(m.language), direction: m.direction === "rtl" ? "rtl" : "ltr",
        handoff: !!m.handoff, message_id: Number.isInteger(m.message_id) ? m.message_id : null,
        conversation_id: str(m.conversation_id), feedback: str(m.feedback),
        options: (Array.isArray(m.options) ? m.options : []).filter((o) => o === "message" || o === "callback"),
        citations: (Array.isArray(m.citations) ? m.citations : []).filter((c) => c && Number.isInteger(c.n) && typeof c.title === "string"),
      });
  return { messages, conversation_id: str(s.conversation_id), open: s.open === true, plain: s.plain === true,
    size: SIZES.includes(s.size) ? s.size : 1, lang: str(s.lang), tools: s.tools === true, live: str(s.live) };
}

/** Server-sent events from a fetch body: onEvent(name, data) per event (comments and
 * keep-alives skipped) until it returns true; onChunk() for every read. CRLF or CR may
 * be split across reads, so the whole buffer is normalised, keeping a trailing CR. */
async function readEvents(body, onEvent, onChunk) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return false;
      if (onChunk) onChunk();
      buffer = (buffer + decoder.decode(value, { stream: true })).replace(/\r\n|\r(?!$)/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let event = "message", data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) event = line.slice(6).trim();
          else if (line.startsWith("data:")) data += (data ? "\n" : "") + line.slice(5).replace(/^ /, "");
        }
        if (data && onEvent(event, JSON.parse(data))) return true;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

const timed = (ms, init = {}) => {
  const ctrl = new AbortController();
  let timer;
  const arm = () => { clearTimeout(timer); timer = setTimeout(() => ctrl.abort(), ms); };
  arm();
  return { init: { ...init, signal: ctrl.signal, credentials: "omit" }, arm, stop: () => clearTimeout(timer), cancel: () => ctrl.abort() };
};

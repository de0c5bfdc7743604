/*! rathaus citizen chat widget · EUPL-1.2 · one file, no dependencies, no cookies.
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
(() => {
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

  const CSS = `
.root{font:400 calc(16px*var(--rh-scale,1))/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
 letter-spacing:normal;word-spacing:normal;text-align:start;text-transform:none;text-indent:0;white-space:normal;
 font-style:normal;visibility:visible;text-shadow:none;
 --fg:#1a1a1a;--bg:#fff;--muted:#4d4d4d;--bot:#eef1f4;--line:#767676;--link:var(--primary);--focus:#1a1a1a;--err:#a4000f}
@media (prefers-color-scheme:dark){.root{--fg:#f2f2f2;--bg:#16181b;--muted:#c8c8c8;--bot:#262a30;--line:#9a9a9a;--link:#9fcdff;--focus:#ffd866;--err:#ff9b9b}}
.root[dir=rtl]{direction:rtl}.root[dir=ltr]{direction:ltr}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button,select,textarea{font:inherit;color:inherit;letter-spacing:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
a{color:var(--link);text-decoration:underline}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.launcher{position:fixed;inset-block-end:20px;inset-inline-end:20px;z-index:2147483000;display:flex;align-items:center;gap:.5em;
 min-height:48px;padding:.6em 1.1em;border:2px solid #fff;border-radius:2em;background:var(--primary);color:#fff;font-weight:600;
 box-shadow:0 2px 10px rgba(0,0,0,.35)}
.launcher svg{width:1.4em;height:1.4em;flex:none}
.panel{position:fixed;inset-block-end:88px;inset-inline-end:20px;z-index:2147483001;width:min(26em,calc(100vw - 40px));
 height:min(42em,calc(100vh - 110px));display:flex;flex-direction:column;background:var(--bg);color:var(--fg);
 border:1px solid var(--line);border-radius:12px;box-shadow:0 6px 30px rgba(0,0,0,.3);overflow:hidden}
.root.full .panel{inset:auto 0 auto 0;top:var(--rh-vv-top,0);width:100%;height:var(--rh-vv-h,100vh);border-radius:0;border:0}
.root.inline .panel{position:relative;inset:auto;width:100%;height:100%;min-height:26em;z-index:auto;box-shadow:none}
header{display:flex;align-items:center;gap:.5em;padding:.5em .75em;background:var(--primary);color:#fff}
header img{height:2em;width:auto;max-width:5em;flex:none}
h2{flex:1;margin:0;font-size:1.05em;line-height:1.3;font-weight:700;overflow-wrap:anywhere}
.icon{display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;padding:.25em;border:0;
 border-radius:6px;background:transparent;color:inherit}
header .icon:focus-visible{outline-color:#fff}
.icon svg{width:1.3em;height:1.3em}
.tools{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;padding:.5em .75em;border-bottom:1px solid var(--line);background:var(--bg)}
.tools label{display:flex;align-items:center;gap:.4em}
.tools select,.btn{min-height:44px;padding:.3em .7em;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.btn[aria-pressed=true]{background:var(--primary);color:#fff;border-color:var(--primary)}
.log{flex:1;overflow-y:auto;overflow-x:hidden;padding:.75em;display:flex;flex-direction:column;gap:.75em}
.msg{max-width:92%;padding:.6em .85em;border-radius:12px;overflow-wrap:anywhere}
blockquote{margin:0 0 .5em;padding-inline-start:.7em;border-inline-start:3px solid var(--line)}
.msg p{margin:0 0 .5em}.msg p:last-child{margin-bottom:0}.msg ul,.msg ol{margin:.25em 0 .5em;padding-inline-start:1.4em}
.user{align-self:flex-end;background:var(--primary);color:#fff;white-space:pre-wrap}
.bot{align-self:flex-start;background:var(--bot)}
.bot.streaming .txt{white-space:pre-wrap}
.dots::after{content:"…";display:inline-block;animation:rh-blink 1s steps(2) infinite}
@keyframes rh-blink{50%{opacity:.2}}
.cite{font-size:.85em;vertical-align:super;line-height:0;text-decoration:none;font-weight:700;padding:0 .1em}
.srcs{margin-top:.5em;padding-top:.4em;border-top:1px solid var(--line);font-size:.95em}
.srcs ol{margin:.2em 0 0}
.contact{margin-top:.5em}.contact ul{list-style:none;padding:0;margin:.2em 0 0}
.actions{display:flex;flex-wrap:wrap;gap:.25em;margin-top:.4em}
.actions .icon{border:1px solid var(--line);min-width:44px;background:var(--bg);color:var(--fg)}
.actions .icon[aria-pressed=true]{background:var(--primary);color:#fff;border-color:var(--primary)}
.error{align-self:stretch;border:2px solid var(--err);background:var(--bg)}
.suggest{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.4em}
.suggest .btn{text-align:start;width:100%}
.muted{color:var(--muted);font-size:.9em;margin:0}
form{display:flex;gap:.5em;align-items:flex-end;padding:.6em .75em;border-top:1px solid var(--line);background:var(--bg)}
textarea{flex:1;min-height:44px;max-height:8em;resize:none;padding:.55em .7em;border:1px solid var(--line);border-radius:8px;background:var(--bg);color:var(--fg)}
.send{min-height:44px;padding:.4em 1em;border:0;border-radius:8px;background:var(--primary);color:#fff;font-weight:600}
.send:disabled{opacity:.6;cursor:wait}
.foot{padding:0 .75em .5em;background:var(--bg)}
.hint-err{color:var(--err);margin:0 .75em .4em;font-size:.9em}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important}}
@media (forced-colors:active){.launcher,.send,.btn,.icon,.msg{border:1px solid CanvasText}}
`;
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

  // --- a small, safe Markdown subset: paragraphs, lists, **bold**, [text](url), bare URLs, [n] citations
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
      const bullets = lines.every((l) => /^([-*•]|\d+[.)])\s+/.test(l));
      if (bullets) {
        const list = h(/^\d/.test(lines[0]) ? "ol" : "ul");
        for (const l of lines) list.append(h("li", { dir: "auto" }, inline(l.replace(/^([-*•]|\d+[.)])\s+/, ""), cite)));
        frag.append(list);
      } else {
        const p = h("p", { dir: "auto" }); // German quotes stay left-to-right inside an Arabic answer
        lines.forEach((l, i) => { if (i) p.append(h("br")); p.append(...inline(l.replace(/^#{1,6}\s+/, ""), cite)); });
        frag.append(p);
      }
    }
    return frag;
  }

  const storage = {
    load(key) { try { return JSON.parse(sessionStorage.getItem(key)) || {}; } catch { return {}; } },
    save(key, value) { try { sessionStorage.setItem(key, JSON.stringify(value)); } catch { /* private mode: keep in memory */ } },
  };
  const timed = (ms, init = {}) => {
    const ctrl = new AbortController();
    let timer;
    const arm = () => { clearTimeout(timer); timer = setTimeout(() => ctrl.abort(), ms); };
    arm();
    return { init: { ...init, signal: ctrl.signal, credentials: "omit" }, arm, stop: () => clearTimeout(timer) };
  };

  class RathausChat extends HTMLElement {
    connectedCallback() {
      if (this.shadow) return;
      this.tenant = attr(this, "tenant") || attr(script, "tenant");
      if (!this.tenant) { console.error("rathaus: data-tenant is missing; the chat widget is not shown."); return; }
      this.inline = this.hasAttribute("inline");
      this.timeout = 1000 * (+(attr(this, "timeout") || attr(script, "timeout")) || 45);
      this.key = "rathaus:" + this.tenant;
      this.state = { messages: [], open: false, size: 1, plain: false, ...storage.load(this.key) };
      this.shadow = this.attachShadow({ mode: "open" });
      if ("adoptedStyleSheets" in Document.prototype) {
        const sheet = new CSSStyleSheet(); // not subject to the host page's CSP style-src
        sheet.replaceSync(CSS);
        this.shadow.adoptedStyleSheets = [sheet];
      } else this.shadow.append(h("style", { text: CSS }));
      this.loadConfig(false);
    }

    t(key, vars = {}) {
      const text = (this.config && this.config.strings && this.config.strings[key]) || FALLBACK[key] || "";
      return text.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ""));
    }
    save() { storage.save(this.key, this.state); }

    async loadConfig(focusAfter) {
      const wanted = [this.state.lang, document.documentElement.lang, ...(navigator.languages || [])]
        .filter(Boolean).map((l) => l.toLowerCase().split("-")[0]);
      const req = timed(10000);
      let res = null;
      try { res = await fetch(`${SERVER}/api/v1/tenants/${encodeURIComponent(this.tenant)}/widget?lang=${encodeURIComponent(wanted.join(","))}`, req.init); } catch { res = null; }
      req.stop();
      if (res && res.status === 404) {
        console.error(`rathaus: unknown tenant "${this.tenant}" on ${SERVER}; the chat widget is not shown.`);
        this.remove();
        return;
      }
      try { this.config = res && res.ok ? await res.json() : null; } catch { this.config = null; }
      if (!this.config) console.warn(`rathaus: ${SERVER} cannot be reached; the widget offers a retry.`);
      this.render(focusAfter);
    }

    render(focusAfter) {
      const c = this.config || { strings: {}, primary_color: "#0b5394", direction: "ltr", language: "de" };
      const root = h("div", { class: "root" + (this.inline ? " inline" : ""), dir: c.direction, lang: c.language });
      root.style.setProperty("--primary", c.primary_color);
      root.style.setProperty("--rh-scale", String(this.state.size));
      this.root = root;
      const title = this.config ? this.t("title", { town: c.name }) : this.t("title");
      const wrap = h(this.inline ? "section" : "aside", { "aria-label": title });
      if (!this.inline) {
        this.launcher = h("button", { class: "launcher", type: "button", "aria-expanded": "false", "aria-controls": "rh-panel", onclick: () => this.toggle() },
          icon("chat"), h("span", { text: this.t("launcher") }));
        wrap.append(this.launcher);
      }
      this.panel = h("div", { id: "rh-panel", class: "panel", role: this.inline ? null : "dialog", "aria-labelledby": "rh-title", hidden: !this.inline, onkeydown: (e) => this.onKey(e) });
      const header = h("header", null,
        c.logo_url && safeUrl(c.logo_url) ? h("img", { src: safeUrl(c.logo_url), alt: "" }) : null,
        h("h2", { id: "rh-title", text: title }));
      this.panel.append(header);
      if (this.config) this.renderChat(header, c, title);
      else this.panel.append(h("div", { class: "log" }, h("div", { class: "msg error" },
        h("p", { text: this.t("error_offline") }),
        h("button", { class: "btn", type: "button", text: this.t("retry"), onclick: () => this.loadConfig(true) }))));
      if (!this.inline) header.append(h("button", { class: "icon", type: "button", "aria-label": this.t("close"), title: this.t("close"), onclick: () => this.close() }, icon("close")));
      wrap.append(this.panel);
      root.append(wrap);
      for (const old of this.shadow.querySelectorAll(".root")) old.remove();
      this.shadow.append(root);
      this.watchViewport();
      if (this.state.open || this.inline) this.open(focusAfter);
    }

    renderChat(header, c, title) {
      const toolsId = "rh-tools";
      const gear = h("button", { class: "icon", type: "button", "aria-expanded": "false", "aria-controls": toolsId, "aria-label": this.t("settings"), title: this.t("settings") }, icon("gear"));
      const tools = h("div", { id: toolsId, class: "tools", hidden: true });
      gear.addEventListener("click", () => { tools.hidden = !tools.hidden; gear.setAttribute("aria-expanded", String(!tools.hidden)); });
      header.append(gear);
      const select = h("select", { id: "rh-lang", onchange: (e) => { this.state.lang = e.target.value; this.save(); this.loadConfig("rh-lang"); } },
        (c.languages || []).map((l) => h("option", { value: l.code, lang: l.code, selected: l.code === c.language, text: l.name })));
      const plain = h("button", { class: "btn", type: "button", "aria-pressed": String(!!this.state.plain), text: this.t("plain_language"),
        onclick: () => { this.state.plain = !this.state.plain; plain.setAttribute("aria-pressed", String(this.state.plain)); this.save(); } });
      const size = (step) => () => {
        const i = Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(this.state.size) + step));
        this.state.size = SIZES[i < 0 ? 1 : i];
        this.root.style.setProperty("--rh-scale", String(this.state.size));
        this.save();
      };
      tools.append(
        h("label", null, h("span", { text: this.t("language") }), select),
        h("button", { class: "btn", type: "button", title: this.t("text_smaller"), onclick: size(-1) },
          h("span", { "aria-hidden": "true", text: "A−" }), h("span", { class: "sr", text: this.t("text_smaller") })),
        h("button", { class: "btn", type: "button", title: this.t("text_larger"), onclick: size(1) },
          h("span", { "aria-hidden": "true", text: "A+" }), h("span", { class: "sr", text: this.t("text_larger") })),
        plain,
        h("button", { class: "btn", type: "button", text: this.t("restart"), onclick: () => this.restart() }));
      this.log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": title, tabindex: "0" });
      this.status = h("div", { class: "sr", role: "status" });
      this.input = h("textarea", { id: "rh-input", rows: "1", maxlength: String(MAX_MESSAGE), "aria-describedby": "rh-hint", autocomplete: "off",
        onkeydown: (e) => { if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); this.submit(); } },
        oninput: () => { this.input.style.height = "auto"; this.input.style.height = this.input.scrollHeight + "px"; this.hintErr.hidden = true; } });
      this.sendBtn = h("button", { class: "send", type: "submit", text: this.t("send") });
      this.hintErr = h("p", { class: "hint-err", id: "rh-err", role: "alert", hidden: true });
      const form = h("form", { onsubmit: (e) => { e.preventDefault(); this.submit(); } },
        h("label", { class: "sr", for: "rh-input", text: this.t("input_label") }), this.input, this.sendBtn);
      this.panel.append(tools, this.log, this.status, this.hintErr, form,
        h("div", { class: "foot" }, h("p", { id: "rh-hint", class: "muted", text: `${this.t("input_hint")} ${this.t("disclaimer")}` })));
      this.input.setAttribute("placeholder", this.t("input_label") + " …");
      this.renderLog();
    }

    renderLog() {
      const c = this.config;
      this.log.replaceChildren(h("div", { class: "msg bot" }, h("p", { text: c.greeting })));
      if (!this.state.messages.length && (c.suggestions || []).length) {
        this.log.append(h("div", null, h("p", { class: "muted", id: "rh-sugg", text: this.t("suggestions") }),
          h("ul", { class: "suggest", "aria-labelledby": "rh-sugg" }, c.suggestions.map((q) => h("li", null,
            h("button", { class: "btn", type: "button", text: q, onclick: () => this.ask(q) }))))));
      }
      for (const m of this.state.messages) this.log.append(m.role === "user" ? this.userNode(m.text) : this.answerNode(m));
      this.scroll();
    }

    userNode(text) {
      return h("div", { class: "msg user" }, h("span", { class: "sr", text: this.t("you") + ": " }), text);
    }

    answerNode(m) {
      const byN = new Map((m.citations || []).map((c) => [c.n, c]));
      const cite = (n) => {
        const c = byN.get(n);
        const href = c && safeUrl(c.url);
        return href ? h("a", { class: "cite", href, target: "_blank", rel: "noopener noreferrer", "aria-label": `${this.t("source_n", { n })}: ${c.title} ${this.t("new_window")}`, text: `[${n}]` }) : null;
      };
      const node = h("div", { class: "msg bot", lang: m.language, dir: m.direction || "auto" },
        h("span", { class: "sr", text: this.t("assistant") + ": " }), markdown(m.text, cite));
      if ((m.citations || []).length) {
        node.append(h("div", { class: "srcs" }, h("p", { class: "muted", text: this.t("sources") }),
          h("ol", null, m.citations.map((c) => {
            const href = safeUrl(c.url);
            return h("li", { value: String(c.n), dir: "auto" }, href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, c.title, h("span", { class: "sr", text: " " + this.t("new_window") })) : c.title);
          }))));
      }
      if (m.handoff) node.append(this.contactNode());
      node.append(this.actionsNode(m));
      return node;
    }

    contactNode() {
      const k = this.config.contact || {};
      const items = [];
      if (k.phone) items.push(h("li", null, `${this.t("contact_phone")}: `, h("a", { href: "tel:" + k.phone.replace(/[^+\d]/g, ""), text: k.phone })));
      if (k.email) items.push(h("li", null, `${this.t("contact_email")}: `, h("a", { href: "mailto:" + k.email, text: k.email })));
      if (k.url && safeUrl(k.url)) items.push(h("li", null, h("a", { href: safeUrl(k.url), target: "_blank", rel: "noopener noreferrer", text: this.t("contact_url") })));
      if (k.hours) items.push(h("li", { text: `${this.t("contact_hours")}: ${k.hours}` }));
      return items.length ? h("div", { class: "contact" }, h("p", { text: this.t("contact_intro") }), h("ul", null, items)) : null;
    }

    actionsNode(m) {
      const bar = h("div", { class: "actions" });
      if (m.message_id) {
        const rate = (value, btn, other) => () => {
          m.feedback = m.feedback === value ? "none" : value;
          btn.setAttribute("aria-pressed", String(m.feedback === value));
          other.setAttribute("aria-pressed", "false");
          this.save();
          this.say(this.t("feedback_thanks"));
          fetch(`${SERVER}/api/v1/feedback`, { method: "POST", credentials: "omit", headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ tenant: this.tenant, conversation_id: this.state.conversation_id, message_id: m.message_id, rating: m.feedback }) }).catch(() => {});
        };
        const up = h("button", { class: "icon", type: "button", "aria-label": this.t("helpful"), title: this.t("helpful"), "aria-pressed": String(m.feedback === "up") }, icon("up"));
        const down = h("button", { class: "icon", type: "button", "aria-label": this.t("not_helpful"), title: this.t("not_helpful"), "aria-pressed": String(m.feedback === "down") }, icon("down"));
        up.addEventListener("click", rate("up", up, down));
        down.addEventListener("click", rate("down", down, up));
        bar.append(up, down);
      }
      bar.append(h("button", { class: "icon", type: "button", "aria-label": this.t("copy"), title: this.t("copy"), onclick: () => this.copy(m) }, icon("copy")));
      if ("speechSynthesis" in window) {
        const speak = h("button", { class: "icon", type: "button", "aria-label": this.t("read_aloud"), title: this.t("read_aloud"), "aria-pressed": "false" }, icon("speak"));
        speak.addEventListener("click", () => this.readAloud(m, speak));
        bar.append(speak);
      }
      return bar;
    }

    plainText(m) {
      const sources = (m.citations || []).map((c) => `[${c.n}] ${c.title}${c.url ? " – " + c.url : ""}`);
      return m.text + (sources.length ? `\n\n${this.t("sources")}:\n${sources.join("\n")}` : "");
    }
    async copy(m) {
      try { await navigator.clipboard.writeText(this.plainText(m)); this.say(this.t("copied")); } catch { this.say(this.t("error_generic")); }
    }
    readAloud(m, btn) {
      const synth = window.speechSynthesis;
      const speaking = btn.getAttribute("aria-pressed") === "true";
      synth.cancel();
      for (const b of this.shadow.querySelectorAll(".actions [aria-pressed=true][aria-label]")) if (b !== btn && b.dataset.speak) b.setAttribute("aria-pressed", "false");
      if (speaking) { btn.setAttribute("aria-pressed", "false"); btn.setAttribute("aria-label", this.t("read_aloud")); return; }
      const u = new SpeechSynthesisUtterance(m.text.replace(/\[\d+\]/g, ""));
      u.lang = m.language || "de";
      const reset = () => { btn.setAttribute("aria-pressed", "false"); btn.setAttribute("aria-label", this.t("read_aloud")); };
      u.onend = reset;
      u.onerror = reset;
      btn.dataset.speak = "1";
      btn.setAttribute("aria-pressed", "true");
      btn.setAttribute("aria-label", this.t("stop_reading"));
      synth.speak(u);
    }

    say(text) { // polite status message; cleared first so a repeat is announced again
      this.status.textContent = "";
      setTimeout(() => { this.status.textContent = text; }, 50);
    }
    scroll() {
      const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
      this.log.scrollTo({ top: this.log.scrollHeight, behavior: smooth ? "smooth" : "auto" });
    }

    toggle() { if (this.panel.hidden) this.open(true); else this.close(); }
    open(focus) {
      this.panel.hidden = false;
      if (this.launcher) this.launcher.setAttribute("aria-expanded", "true");
      if (!this.inline) { this.state.open = true; this.save(); }
      this.fit();
      if (focus) {
        const target = (typeof focus === "string" && this.shadow.getElementById(focus)) || this.input || this.panel.querySelector("button");
        if (target) target.focus();
      }
      if (this.log) this.scroll();
    }
    close() {
      if (this.inline) return;
      this.panel.hidden = true;
      this.launcher.setAttribute("aria-expanded", "false");
      this.state.open = false;
      this.save();
      if ("speechSynthesis" in window) speechSynthesis.cancel();
      this.launcher.focus();
    }
    onKey(e) { if (e.key === "Escape" && !this.inline) { e.stopPropagation(); this.close(); } }

    // Phones: the panel fills the visual viewport, so the on-screen keyboard never covers the input.
    watchViewport() {
      if (this.watching) return;
      this.watching = true;
      const vv = window.visualViewport;
      const update = () => this.fit();
      addEventListener("resize", update);
      if (vv) { vv.addEventListener("resize", update); vv.addEventListener("scroll", update); }
    }
    fit() {
      if (!this.root || this.inline) return;
      const small = innerWidth <= 480 || innerHeight <= 500;
      this.root.classList.toggle("full", small);
      const vv = window.visualViewport;
      if (small && vv) {
        this.root.style.setProperty("--rh-vv-h", vv.height + "px");
        this.root.style.setProperty("--rh-vv-top", vv.offsetTop + "px");
      }
    }

    restart() {
      if ("speechSynthesis" in window) speechSynthesis.cancel();
      this.state.messages = [];
      this.state.conversation_id = null;
      this.save();
      this.renderLog();
      this.input.focus();
    }

    submit() {
      const text = this.input.value.trim();
      if (!text || this.busy) return;
      if (text.length > MAX_MESSAGE) {
        this.hintErr.textContent = this.t("error_too_long", { max: MAX_MESSAGE });
        this.hintErr.hidden = false;
        return;
      }
      this.input.value = "";
      this.input.style.height = "auto";
      this.ask(text);
    }

    async ask(text, retry = false) {
      if (this.busy) return;
      this.busy = true;
      this.sendBtn.disabled = true;
      const sugg = this.log.querySelector(".suggest");
      if (sugg) sugg.parentElement.remove();
      if (!retry) {
        this.state.messages.push({ role: "user", text });
        this.save();
        this.log.append(this.userNode(text));
      }
      const live = h("div", { class: "msg bot streaming", "aria-hidden": "true" }, h("span", { class: "txt" }), h("span", { class: "dots" }));
      this.log.append(live);
      this.log.setAttribute("aria-busy", "true");
      this.say(this.t("writing"));
      this.scroll();
      let result = null;
      try {
        result = await this.stream(text, live.firstChild);
      } catch (err) {
        console.warn("rathaus: the answer could not be loaded", err);
      } finally {
        live.remove();
        this.log.removeAttribute("aria-busy");
        this.busy = false;
        this.sendBtn.disabled = false;
      }
      if (result) {
        const m = { role: "assistant", text: result.answer, citations: result.citations, language: result.language,
          direction: result.direction, handoff: result.handoff_offered, message_id: result.message_id };
        this.state.conversation_id = result.conversation_id;
        this.state.messages.push(m);
        this.save();
        const node = this.answerNode(m);
        this.log.append(node);
        this.status.textContent = "";
        // show the answer from its start, not its end
        this.log.scrollTop += node.getBoundingClientRect().top - this.log.getBoundingClientRect().top - 8;
        return;
      }
      const box = h("div", { class: "msg error" }, h("p", { text: this.offline ? this.t("error_offline") : this.t("error_generic") }));
      box.append(h("button", { class: "btn", type: "button", text: this.t("retry"), onclick: () => { box.remove(); this.ask(text, true); } }));
      this.log.append(box);
      box.querySelector("button").focus();
      this.scroll();
    }

    /** POST the question, render tokens as they arrive, return the `done` object (or throw). */
    async stream(text, out) {
      const req = timed(this.timeout, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify({ tenant: this.tenant, message: text, conversation_id: this.state.conversation_id || null, plain_language: !!this.state.plain }),
      });
      this.offline = false;
      let res;
      try { res = await fetch(`${SERVER}/api/v1/chat`, req.init); } catch (err) { this.offline = true; req.stop(); throw err; }
      if (res.status === 404 && this.state.conversation_id) { // the server forgot the conversation: start a new one
        req.stop();
        this.state.conversation_id = null;
        return this.stream(text, out);
      }
      if (!res.ok || !res.body) { req.stop(); throw new Error("HTTP " + res.status); }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          req.arm();
          buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
          let cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let event = "message", data = "";
            for (const line of block.split("\n")) {
              if (line.startsWith("event:")) event = line.slice(6).trim();
              else if (line.startsWith("data:")) data += (data ? "\n" : "") + line.slice(5).replace(/^ /, "");
            }
            const payload = data ? JSON.parse(data) : null;
            if (event === "token") { out.textContent += payload.text; if (out.textContent.length % 80 < payload.text.length) this.scroll(); }
            else if (event === "reset") out.textContent = "";
            else if (event === "error") throw new Error("server: " + (payload && payload.detail));
            else if (event === "done") return payload;
          }
        }
      } finally {
        req.stop();
        reader.cancel().catch(() => {});
      }
      throw new Error("the answer stream ended early");
    }
  }

  customElements.define(TAG, RathausChat);
  const mount = () => {
    if (document.querySelector(TAG) || !attr(script, "tenant")) return; // inline element on the page, or no tenant given
    document.body.append(document.createElement(TAG));
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();

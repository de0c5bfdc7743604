// The <rathaus-chat> element: rendering, the conversation, streaming answers.
class RathausChat extends HTMLElement {
  connectedCallback() {
    if (this.shadow) return;
    this.tenant = attr(this, "tenant") || attr(script, "tenant");
    if (!this.tenant) { console.error("rathaus: data-tenant is missing; the chat widget is not shown."); return; }
    this.inline = this.hasAttribute("inline");
    this.timeout = 1000 * (+(attr(this, "timeout") || attr(script, "timeout")) || 45);
    this.key = "rathaus:" + this.tenant;
    this.state = cleanState(storage.load(this.key));
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
    const ticket = (this.configTicket = (this.configTicket || 0) + 1);
    let res = null, config = null;
    try {
      res = await fetch(`${SERVER}/api/v1/tenants/${encodeURIComponent(this.tenant)}/widget?lang=${encodeURIComponent(wanted.join(","))}`, req.init);
      if (res.ok) config = await res.json();
    } catch { config = null; }
    req.stop();
    if (ticket !== this.configTicket) return; // a newer request (another language) wins
    if (res && res.status === 404) {
      console.error(`rathaus: unknown tenant "${this.tenant}" on ${SERVER}; the chat widget is not shown.`);
      this.remove();
      return;
    }
    this.config = config && typeof config.strings === "object" ? config : null;
    if (!this.config) console.warn(`rathaus: ${SERVER} cannot be reached; the widget offers a retry.`);
    if (this.busy) { this.pendingRender = focusAfter || true; return; } // re-render after the answer
    this.render(focusAfter);
  }

  render(focusAfter) {
    this.stopSpeaking();
    const draft = this.input ? this.input.value : "";
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
    else {
      this.input = null;
      this.panel.append(h("div", { class: "log" }, h("div", { class: "msg error", role: "alert" },
        h("p", { text: this.t("error_offline") }),
        h("button", { id: "rh-retry", class: "btn", type: "button", text: this.t("retry"), onclick: () => this.loadConfig("rh-retry") }))));
    }
    if (!this.inline) header.append(h("button", { class: "icon", type: "button", "aria-label": this.t("close"), title: this.t("close"), onclick: () => this.close() }, icon("close")));
    wrap.append(this.panel);
    root.append(wrap);
    for (const old of this.shadow.querySelectorAll(".root")) old.remove();
    this.shadow.append(root);
    if (this.input) this.input.value = draft;
    this.watchViewport();
    if (this.config) this.resumeLive();
    if (this.state.open || this.inline) this.open(focusAfter);
  }

  renderChat(header, c, title) {
    const toolsId = "rh-tools";
    const gear = h("button", { class: "icon", type: "button", "aria-expanded": "false", "aria-controls": toolsId, "aria-label": this.t("settings"), title: this.t("settings") }, icon("gear"));
    const tools = h("div", { id: toolsId, class: "tools", hidden: !this.state.tools });
    gear.setAttribute("aria-expanded", String(!!this.state.tools));
    gear.addEventListener("click", () => {
      tools.hidden = !tools.hidden;
      this.state.tools = !tools.hidden;
      gear.setAttribute("aria-expanded", String(this.state.tools));
      this.save();
    });
    header.append(gear);
    const select = h("select", { id: "rh-lang", onchange: (e) => {
      this.state.lang = e.target.value;
      this.save();
      clearTimeout(this.langTimer); // arrowing through a closed list fires "change" on every key
      this.langTimer = setTimeout(() => this.loadConfig("rh-lang"), 700);
    } },
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
      h("button", { class: "btn", type: "button", text: this.t("talk_to_person"), onclick: () => this.talkToPerson() }),
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
          h("button", { class: "btn", type: "button", text: q, onclick: () => { this.input.focus(); this.ask(q); } }))))));
    }
    for (const m of this.state.messages) {
      this.log.append(m.role === "user" ? this.userNode(m.text) : m.role === "assistant" ? this.answerNode(m) : this.staffNode(m));
    }
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
    const langOf = this.sourceLang(m);
    const node = h("div", { class: "msg bot", lang: m.language, dir: m.direction || "auto" },
      h("span", { class: "sr", text: this.t("assistant") + ": " }), markdown(m.text, cite, langOf));
    if ((m.citations || []).length) {
      node.append(h("div", { class: "srcs" }, h("p", { class: "muted", text: this.t("sources") }),
        h("ol", null, m.citations.map((c) => {
          const href = safeUrl(c.url);
          return h("li", { value: String(c.n), dir: "auto", lang: langOf(c.n, c.title) }, href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, c.title, h("span", { class: "sr", text: " " + this.t("new_window") })) : c.title);
        }))));
    }
    if (m.handoff) node.append(this.contactNode(), this.handoffButtons(m));
    node.append(this.actionsNode(m));
    return node;
  }

  contactNode() {
    const k = this.config.contact || {};
    const items = [];
    if (k.phone) items.push(h("li", null, `${this.t("contact_phone")}: `, h("a", { href: "tel:" + k.phone.replace(/[^+\d]/g, ""), text: k.phone })));
    if (k.email) items.push(h("li", null, `${this.t("contact_email")}: `, h("a", { href: "mailto:" + encodeURI(k.email.replace(/[?#&]/g, "")), text: k.email })));
    if (k.url && safeUrl(k.url)) items.push(h("li", null, h("a", { href: safeUrl(k.url), target: "_blank", rel: "noopener noreferrer", text: this.t("contact_url") })));
    if (k.hours) items.push(h("li", { text: `${this.t("contact_hours")}: ${k.hours}` }));
    return items.length ? h("div", { class: "contact" }, h("p", { text: this.t("contact_intro") }), h("ul", null, items)) : null;
  }

  actionsNode(m) {
    const bar = h("div", { class: "actions" });
    if (m.message_id) {
      const rate = (value, btn, other) => async () => {
        const rating = m.feedback === value ? "none" : value;
        let data = null;
        try {
          const res = await fetch(`${SERVER}/api/v1/feedback`, { method: "POST", credentials: "omit", headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ tenant: this.tenant, conversation_id: m.conversation_id || this.state.conversation_id, message_id: m.message_id, rating }) });
          if (res.ok) data = await res.json();
        } catch { data = null; }
        if (!data) { this.say(this.t("error_generic")); return; }
        m.feedback = rating;
        btn.setAttribute("aria-pressed", String(rating === value));
        other.setAttribute("aria-pressed", "false");
        this.save();
        if (rating !== "none") this.say(this.t("feedback_thanks"));
        if (data.handoff_offered && data.text) { // answers keep not helping: offer a person
          const offer = this.remember({ conversation_id: this.state.conversation_id, answer: data.text, citations: [],
            language: data.language, direction: data.direction, handoff_offered: true });
          this.log.append(this.answerNode(offer));
          this.scroll();
        }
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
  // (n, title?) => the language of source n (of its title, when `title` is given and is its title), or null
  sourceLang(m) {
    const byN = new Map((m.citations || []).map((c) => [c.n, c]));
    return (n, title) => {
      const c = byN.get(n);
      return c && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(c.language || "") && (title === undefined || title === c.title) ? c.language : null;
    };
  }
  readAloud(m, btn) {
    const synth = window.speechSynthesis;
    const wasSpeaking = this.speaking && this.speaking.btn === btn;
    this.stopSpeaking();
    if (wasSpeaking) return;
    // A German quote in an English answer is read with a German voice: one utterance per run of
    // paragraphs in one language (a quote ends with its source's [n]).
    const langOf = this.sourceLang(m), parts = [];
    for (const block of m.text.split(/\n\s*\n/)) {
      const quote = quoted(blockLines(block));
      const lang = (quote && quote.n && langOf(quote.n)) || m.language || "de";
      // table cells read with a pause between them, a Markdown table's rule (markdown.js) not at all
      const text = block.replace(/\[\d+\]/g, "").replace(/^\s*>\s?/gm, "")
        .replace(new RegExp(RULE.source, "gm"), "").replace(/\s*\|\s*/g, ", ").trim();
      if (!text) continue;
      if (parts.length && parts[parts.length - 1].lang === lang) parts[parts.length - 1].text += "\n\n" + text;
      else parts.push({ text, lang });
    }
    const us = parts.map((part) => Object.assign(new SpeechSynthesisUtterance(part.text), { lang: part.lang }));
    const u = us[us.length - 1];
    if (!u) return;
    const done = () => { if (this.speaking && this.speaking.u === u) this.stopSpeaking(); };
    u.onend = done;
    for (const each of us) each.onerror = done;
    this.speaking = { u, btn };
    btn.setAttribute("aria-pressed", "true");
    btn.title = this.t("stop_reading");
    for (const each of us) synth.speak(each);
  }
  stopSpeaking() {
    if ("speechSynthesis" in window) speechSynthesis.cancel();
    if (this.speaking) {
      this.speaking.btn.setAttribute("aria-pressed", "false");
      this.speaking.btn.title = this.t("read_aloud");
    }
    this.speaking = null;
  }

  say(text) { // polite status message; cleared first so a repeat is announced again
    clearTimeout(this.sayTimer);
    this.status.textContent = "";
    if (text) this.sayTimer = setTimeout(() => { this.status.textContent = text; }, 50);
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
  close(returnFocus = true) {
    if (this.inline) return;
    this.panel.hidden = true;
    this.launcher.setAttribute("aria-expanded", "false");
    this.state.open = false;
    this.save();
    this.stopSpeaking();
    if (returnFocus) this.launcher.focus();
  }
  onKey(e) { if (e.key === "Escape" && !this.inline) { e.stopPropagation(); this.close(); } }
  // A full-screen panel hides the page: when focus moves to the page (Tab past
  // the last control), close it so that the focused element is visible. No focus trap.
  onPageFocus(e) {
    if (e.target !== this && this.panel && !this.panel.hidden && this.root.classList.contains("full")) this.close(false);
  }

  // Phones: the panel fills the visual viewport, so the on-screen keyboard never covers the input.
  watchViewport() {
    if (this.watching) return;
    this.watching = true;
    document.addEventListener("focusin", (e) => this.onPageFocus(e)); // inside the shadow root, e.target is this element
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
    this.stopSpeaking();
    this.stopLive();
    this.state.live = null;
    if (this.inflight) this.inflight.abort(); // an answer still arriving belongs to the old conversation
    this.turn = (this.turn || 0) + 1;
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

  setBusy(busy) {
    this.busy = busy;
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus
    this.sendBtn.setAttribute("aria-disabled", String(busy));
    if (busy) this.log.setAttribute("aria-busy", "true");
    else this.log.removeAttribute("aria-busy");
  }

  async ask(text, retry = false) {
    if (this.busy) return;
    const turn = (this.turn = (this.turn || 0) + 1);
    this.setBusy(true);
    const sugg = this.log.querySelector(".suggest");
    if (sugg) sugg.parentElement.remove();
    if (!retry) {
      this.state.messages.push({ role: "user", text });
      this.save();
      this.log.append(this.userNode(text));
    }
    const live = h("div", { class: "msg bot streaming", "aria-hidden": "true" }, h("span", { class: "txt" }), h("span", { class: "dots" }));
    this.log.append(live);
    this.say(this.t("writing"));
    this.scroll();
    let result = null;
    try {
      result = await this.stream(text, live.firstChild);
      if (typeof result.answer !== "string" || typeof result.conversation_id !== "string") throw new Error("incomplete answer");
    } catch (err) {
      result = null;
      if (turn === this.turn) console.warn("rathaus: the answer could not be loaded", err);
    } finally {
      live.remove();
      this.inflight = null;
      this.setBusy(false);
      this.say("");
    }
    if (turn !== this.turn) return; // the citizen started a new conversation meanwhile
    if (this.pendingRender) { // the language changed while the answer arrived
      const focus = this.pendingRender;
      this.pendingRender = null;
      if (result) { this.remember(result); this.afterAnswer(result); }
      this.render(focus);
      if (result) return;
    }
    if (result) {
      const m = this.remember(result);
      this.afterAnswer(result);
      if (!m) return; // a person answers now: the message went to them, the bot says nothing
      const node = this.answerNode(m);
      this.log.append(node);
      // show the answer from its start, not its end
      this.log.scrollTop += node.getBoundingClientRect().top - this.log.getBoundingClientRect().top - 8;
      return;
    }
    const box = h("div", { class: "msg error" }, h("p", { text: this.offline ? this.t("error_offline") : this.t("error_generic") }));
    box.append(h("button", { class: "btn", type: "button", text: this.t("retry"), onclick: () => { this.input.focus(); box.remove(); this.ask(text, true); } }));
    this.log.append(box);
    box.querySelector("button").focus();
    this.scroll();
  }

  remember(result) {
    this.state.conversation_id = result.conversation_id;
    if (!result.answer) { this.save(); return null; }
    const m = cleanState({ messages: [{ role: "assistant", text: result.answer, citations: result.citations, language: result.language,
      direction: result.direction, handoff: result.handoff_offered, conversation_id: result.conversation_id,
      message_id: result.answer_mode === "small_talk" ? null : result.message_id, // "Gern geschehen!" needs no rating
      options: result.handoff && result.handoff.options }] }).messages[0];
    this.state.messages.push(m);
    this.save();
    return m;
  }

  /** POST the question, render tokens as they arrive, return the `done` object (or throw). */
  async stream(text, out) {
    const req = timed(this.timeout, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ tenant: this.tenant, message: text, conversation_id: this.state.conversation_id || null, plain_language: !!this.state.plain }),
    });
    this.inflight = { abort: () => { req.stop(); req.cancel(); } };
    this.offline = false;
    let res;
    try { res = await fetch(`${SERVER}/api/v1/chat`, req.init); } catch (err) { this.offline = true; req.stop(); throw err; }
    if (res.status === 404 && this.state.conversation_id) { // the server forgot the conversation: start a new one
      req.stop();
      this.state.conversation_id = null;
      return this.stream(text, out);
    }
    if (!res.ok || !res.body) { req.stop(); throw new Error("HTTP " + res.status); }
    if (!(res.headers.get("content-type") || "").startsWith("text/event-stream")) { // a proxy that ignored Accept
      try { return await res.json(); } finally { req.stop(); }
    }
    let final = null;
    try {
      await readEvents(res.body, (event, payload) => {
        if (event === "token") { out.textContent += payload.text; if (out.textContent.length % 80 < payload.text.length) this.scroll(); }
        else if (event === "reset") out.textContent = "";
        else if (event === "error") throw new Error("server: " + (payload && payload.detail));
        else if (event === "done") { final = payload; return true; }
        return false;
      }, () => req.arm());
    } finally {
      req.stop();
    }
    if (final) return final;
    throw new Error("the answer stream ended early");
  }
}

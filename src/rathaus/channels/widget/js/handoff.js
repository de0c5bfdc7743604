// Human handoff in the widget: ask for a person, leave a message or ask for a call
// back, and see staff replies live. The live stream only says "something is new";
// after every (re)connect the transcript is reloaded, so no reply is missed.
const LIVE_STATES = ["waiting_for_staff", "with_staff", "ticket_open"];

Object.assign(RathausChat.prototype, {
  // The request goes through the chat like any message: the server recognises it in
  // every language, stores it in the transcript, and answers with the handoff.
  talkToPerson() {
    this.input.focus();
    this.ask(this.t("talk_to_person"));
  },

  // The language of the conversation (its last answer's), else the widget's: a citizen who
  // writes Arabic on a German page gets the confirmation mail and the handoff's words in Arabic.
  conversationLanguage() {
    const last = [...this.state.messages].reverse().find((m) => m.role === "assistant" && m.language);
    return (last && last.language) || (this.config && this.config.language) || "de";
  },

  handoffButtons(m) {
    const box = h("div", { class: "actions handoff" });
    const options = m.options || [];
    const choose = (kind, label) => h("button", { class: "btn", type: "button", text: this.t(label),
      onclick: (e) => this.ticketForm(kind, e.currentTarget) });
    if (options.includes("message")) box.append(choose("message", "leave_message"));
    if (options.includes("callback")) box.append(choose("callback", "request_callback"));
    if (!options.length) box.append(h("button", { class: "btn", type: "button", text: this.t("talk_to_person"), onclick: () => this.talkToPerson() }));
    return box;
  },

  ticketForm(kind, opener) {
    const old = this.log.querySelector(".ticket");
    if (old) old.remove();
    const field = (name, label, attrs) => [h("label", { for: `rh-t-${name}`, text: this.t(label) }),
      h(attrs.rows ? "textarea" : "input", { id: `rh-t-${name}`, "aria-describedby": "rh-t-err", ...attrs })];
    const contact = kind === "message"
      ? field("email", "your_email", { type: "email", autocomplete: "email", required: true })
      : [...field("phone", "your_phone", { type: "tel", autocomplete: "tel", required: true }),
        ...field("window", "callback_window", { type: "text", maxlength: "100" })];
    const err = h("p", { id: "rh-t-err", class: "hint-err", role: "alert", hidden: true });
    const form = h("form", { class: "msg ticket", novalidate: true, "aria-label": this.t(kind === "message" ? "leave_message" : "request_callback"),
      onsubmit: (e) => { e.preventDefault(); this.sendTicket(kind, form, err); } },
      ...contact, ...field("msg", "your_message", { rows: "3", maxlength: "4000" }), err,
      h("div", { class: "actions" },
        h("button", { class: "send", type: "submit", text: this.t("submit_ticket") }),
        h("button", { class: "btn", type: "button", text: this.t("cancel"), onclick: () => { form.remove(); (opener || this.input).focus(); } })));
    this.log.append(form);
    form.querySelector("input").focus();
    this.scroll();
  },

  async sendTicket(kind, form, err) {
    const value = (name) => { const el = form.querySelector(`#rh-t-${name}`); return el ? el.value.trim() || null : null; };
    const body = { tenant: this.tenant, conversation_id: this.state.conversation_id, kind, message: value("msg") || "",
      email: value("email"), phone: value("phone"), callback_window: value("window"), language: this.conversationLanguage() };
    let res = null, data = null;
    try {
      res = await fetch(`${SERVER}/api/v1/tickets`, { method: "POST", credentials: "omit", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      data = await res.json();
    } catch { res = null; }
    if (!res || (!res.ok && res.status !== 422)) return this.formError(form, err, null, this.t("error_offline"));
    if (res.status === 422) {
      const bad = data && data.detail && data.detail.field;
      return this.formError(form, err, bad, this.t(bad === "phone" ? "error_phone" : bad === "email" ? "error_email" : "error_generic"));
    }
    form.remove();
    this.addStaffMessage({ role: "system", text: data.text });
    this.input.focus();
    this.setLive(data.state);
  },

  formError(form, err, field, text) {
    for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    const input = field && form.querySelector(`#rh-t-${field}`);
    if (input) { input.setAttribute("aria-invalid", "true"); input.focus(); }
    err.textContent = text;
    err.hidden = false;
  },

  staffNode(m) {
    const staff = m.role === "staff";
    return h("div", { class: "msg bot " + (staff ? "staff" : "system"), dir: "auto" },
      staff ? h("p", { class: "muted", text: m.author || this.t("staff") }) : null, markdown(m.text, () => null));
  },

  showTyping(queue) { // "Bürgerbüro schreibt …" for a few seconds, announced once
    clearTimeout(this.typingTimer);
    if (!this.typing) this.say(this.t("staff_typing", { queue: queue || this.t("staff") }));
    this.typing = this.typing || h("p", { class: "muted typing", "aria-hidden": "true" });
    this.typing.textContent = this.t("staff_typing", { queue: queue || this.t("staff") });
    this.log.append(this.typing);
    this.typingTimer = setTimeout(() => { this.typing.remove(); this.typing = null; }, 6000);
  },

  addStaffMessage(m) {
    if (this.typing) { clearTimeout(this.typingTimer); this.typing.remove(); this.typing = null; }
    if (m.id && this.state.messages.some((x) => x.id === m.id)) return; // seen live and in the reload: once
    this.state.messages.push(m);
    this.save();
    if (this.log) { this.log.append(this.staffNode(m)); this.scroll(); }
  },

  afterAnswer(result) { if (result.state) this.setLive(result.state); },

  setLive(state) {
    const was = this.state.live;
    if (state === was) return;
    this.state.live = state;
    this.save();
    if (state === "with_staff") this.say(this.t("staff_joined"));
    if (state === "resolved" && LIVE_STATES.includes(was)) this.addStaffMessage({ role: "system", text: this.t("conversation_resolved") });
    clearTimeout(this.waitTimer);
    if (state === "waiting_for_staff") { // nobody takes it within the town's timeout: offer a message or call back
      const seconds = (this.config && this.config.handoff_timeout_s) || 180;
      this.waitTimer = setTimeout(() => this.waitedTooLong(), seconds * 1000);
    }
    if (LIVE_STATES.includes(state)) this.resumeLive(); // leaving: the stream loop ends itself after a last reload
  },

  async waitedTooLong() {
    if (this.state.live !== "waiting_for_staff") return;
    try {
      const res = await fetch(`${SERVER}/api/v1/handoff`, { method: "POST", credentials: "omit", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ tenant: this.tenant, conversation_id: this.state.conversation_id, reason: "timeout",
          language: this.conversationLanguage() }) });
      const data = await res.json();
      if (!res.ok || !data.options.length) return; // someone took over meanwhile
      const m = { role: "assistant", text: data.text, citations: [], handoff: true, options: data.options, language: this.conversationLanguage() };
      this.state.messages.push(m);
      this.save();
      this.log.append(this.answerNode(m));
      this.scroll();
    } catch { /* the citizen can still use the contact details */ }
  },

  stopLive() {
    clearTimeout(this.waitTimer);
    if (this.liveCtrl) this.liveCtrl.abort();
    this.liveCtrl = null;
  },

  async resumeLive() {
    const cid = this.state.conversation_id;
    if (this.liveCtrl || !cid || !LIVE_STATES.includes(this.state.live)) return;
    const ctrl = (this.liveCtrl = new AbortController());
    const query = `tenant=${encodeURIComponent(this.tenant)}`;
    const base = `${SERVER}/api/v1/conversations/${encodeURIComponent(cid)}`;
    let delay = 1000;
    const live = () => !ctrl.signal.aborted && cid === this.state.conversation_id && LIVE_STATES.includes(this.state.live);
    while (live()) {
      try {
        const res = await fetch(`${base}/events?${query}`, { credentials: "omit", signal: ctrl.signal });
        if (res.status === 404) break;
        if (!res.ok || !res.body) throw new Error("HTTP " + res.status);
        await this.catchUp(`${base}/messages?${query}`, ctrl.signal); // after subscribing: nothing falls in between
        delay = 1000;
        await readEvents(res.body, (event, data) => {
          if (event === "message" && data.role === "staff") this.addStaffMessage({ role: "staff", id: data.id, author: data.author, text: data.text });
          else if (event === "state" && data.state) this.setLive(data.state);
          else if (event === "typing") this.showTyping(data.queue_name);
          return !live();
        });
      } catch { if (ctrl.signal.aborted) break; }
      if (!live()) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30000);
    }
    if (!ctrl.signal.aborted && cid === this.state.conversation_id) { // e.g. answered: show the reply that came with it
      try { await this.catchUp(`${base}/messages?${query}`, ctrl.signal); } catch { /* shown after the next reload */ }
    }
    if (this.liveCtrl === ctrl) this.liveCtrl = null;
  },

  async catchUp(url, signal) {
    const seen = Math.max(0, ...this.state.messages.map((m) => m.id || 0));
    const res = await fetch(`${url}&after=${seen}`, { credentials: "omit", signal });
    if (!res.ok) return;
    const data = await res.json();
    for (const m of data.messages) if (m.role === "staff") this.addStaffMessage({ role: "staff", id: m.id, author: m.author, text: m.text });
    this.setLive(data.state);
  },
});

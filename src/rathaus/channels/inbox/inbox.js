// The staff inbox: queue list, transcript, reply, notes, state changes, live updates.
// Talks only to /api/v1/staff/… (session cookie + the session's CSRF token) and the public search API.
"use strict";
(() => {
  const $ = (selector) => document.querySelector(selector);
  const STATES = { waiting_for_staff: "wartet", with_staff: "in Bearbeitung", ticket_open: "Nachricht/Rückruf",
    answered: "beantwortet", resolved: "erledigt", bot: "Chat-Assistent" };
  const ROLES = { user: "Bürger/in", assistant: "Chat-Assistent", staff: "Mitarbeiter/in", note: "Interne Notiz", system: "System" };
  const staff = JSON.parse(document.body.dataset.staff); // {name, csrf, tenants: [{slug, name}]}, from the server
  const slugs = staff.tenants.map((t) => t.slug);
  const remembered = sessionStorage.getItem("rathaus:inbox-tenant");
  let auth = staff.tenants.length ? { name: staff.name, tenant: slugs.includes(remembered) ? remembered : slugs[0] } : null;
  let current = null;
  let known = new Set();

  function h(tag, attrs, ...children) { // DOM without innerHTML: nothing a citizen writes can run here
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c != null) el.append(c);
    return el;
  }
  const announce = (text) => { $("#announce").textContent = ""; setTimeout(() => { $("#announce").textContent = text; }, 50); };

  async function api(path, options = {}) {
    const res = await fetch(`/api/v1/staff/${encodeURIComponent(auth.tenant)}${path}`, {
      ...options, credentials: "same-origin", headers: { "X-CSRF-Token": staff.csrf, "Content-Type": "application/json" } });
    if (res.status === 401) { location.assign("/login?next=/inbox"); throw new Error("auth"); } // the session ended
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  }

  const tenantSwitch = $("#tenant-switch");
  tenantSwitch.replaceChildren(...staff.tenants.map((t) => h("option", { value: t.slug, text: t.name, selected: auth && t.slug === auth.tenant })));
  tenantSwitch.hidden = $("#tenant-label").hidden = staff.tenants.length < 2;
  tenantSwitch.addEventListener("change", () => { sessionStorage.setItem("rathaus:inbox-tenant", tenantSwitch.value); location.reload(); });

  function start() {
    $("#who").textContent = auth.name;
    const beat = () => api("/presence", { method: "POST", body: JSON.stringify({}) }).catch(() => {});
    beat();
    setInterval(beat, 20000); // an open inbox is what makes live handoff possible
    api("/queues").then((queues) => $("#transfer").replaceChildren(...queues.map((q) => h("option", { value: q.id, text: q.name })))).catch(() => {});
    loadQueue(true);
    listen();
    $("#queue-title").focus?.();
  }

  async function loadQueue(first) {
    const items = await api("/conversations");
    const fresh = items.filter((c) => !known.has(c.id) && c.state !== "with_staff");
    if (!first && fresh.length) notify(fresh.length);
    known = new Set(items.map((c) => c.id));
    $("#empty").hidden = items.length > 0;
    $("#queue ol").replaceChildren(...items.map((c) => h("li", null, h("button", {
      type: "button", "aria-current": String(c.id === current),
      onclick: () => loadDetail(c.id, true) },
      `${STATES[c.state] || c.state} · ${c.queue || "–"} · seit ${Math.max(0, Math.round(c.waiting_s / 60))} min`,
      h("br"), h("span", { class: "meta", text: (c.last_message || "").slice(0, 80) })))));
  }

  function notify(count) { // sound, desktop notification, and a screen-reader announcement
    const text = count === 1 ? "Ein neues Gespräch wartet." : `${count} neue Gespräche warten.`;
    announce(text);
    try {
      const ctx = new AudioContext();
      const tone = ctx.createOscillator();
      tone.connect(ctx.destination);
      tone.start();
      tone.stop(ctx.currentTime + 0.15);
    } catch { /* no sound available */ }
    if ("Notification" in window && Notification.permission === "granted") new Notification("rathaus", { body: text });
    else if ("Notification" in window && Notification.permission === "default") Notification.requestPermission().catch(() => {});
  }

  async function loadDetail(id, focus) {
    current = id;
    const c = await api(`/conversations/${encodeURIComponent(id)}`);
    $("#detail-state").textContent = `Status: ${STATES[c.state] || c.state} · Warteschlange: ${c.queue || "–"}` +
      (c.tickets.length ? ` · Vorgang ${c.tickets[0].reference} (${c.tickets[0].kind === "callback" ? `Rückruf ${c.tickets[0].phone} ${c.tickets[0].callback_window || ""}` : c.tickets[0].email})` : "") +
      (c.mails.some((m) => m.status === "pending") ? " · Mail ausstehend" : "") +
      (c.webhooks.some((w) => w.status !== "sent") ? " · Übergabe ans Ticketsystem ausstehend" : "");
    $("#transcript").replaceChildren(...c.messages.map((m) => h("div", { class: `msg ${m.role}` },
      h("p", { class: "meta", text: `${ROLES[m.role] || m.role}${m.author ? ` (${m.author})` : ""} · ${new Date(m.created_at).toLocaleString("de-DE")}` }),
      // the citizen's language (and the bot's answer to it), so screen readers switch voice (WCAG 3.1.2)
      h("p", { text: m.text, dir: "auto", lang: /^[a-z]{2,3}$/.test(m.language || "") ? m.language : null }),
      (m.citations || []).length ? h("ul", null, m.citations.map((s) => h("li", null, s.url ? h("a", { href: s.url, target: "_blank", rel: "noopener noreferrer", text: `[${s.n}] ${s.title}` }) : `[${s.n}] ${s.title}`))) : null)));
    $("#actions").hidden = false;
    $("#reply").hidden = false;
    for (const b of document.querySelectorAll("#queue li button")) b.setAttribute("aria-current", "false");
    const lastQuestion = [...c.messages].reverse().find((m) => m.role === "user");
    if (lastQuestion) suggest(lastQuestion.text);
    if (focus) $("#reply-text").focus();
    loadQueue(true).catch(() => {});
  }

  async function suggest(question) { // passages of the town's own pages to answer with
    const res = await fetch(`/api/v1/tenants/${encodeURIComponent(auth.tenant)}/search?k=3&q=${encodeURIComponent(question.slice(0, 500))}`);
    if (!res.ok) return;
    const { hits } = await res.json();
    $("#suggest").hidden = !hits.length;
    $("#suggestions").replaceChildren(...hits.map((hit) => h("li", null,
      h("p", { class: "meta", text: hit.title }), h("p", { text: hit.text.slice(0, 300) }),
      h("button", { type: "button", class: "secondary", text: "In die Antwort übernehmen",
        onclick: () => { const box = $("#reply-text"); box.value += `${box.value ? "\n\n" : ""}${hit.text.slice(0, 600)}${hit.url ? `\n${hit.url}` : ""}`; box.focus(); } }))));
  }

  $("#actions").addEventListener("click", async (e) => {
    const to = e.target.dataset && e.target.dataset.to;
    if (!to || !current) return;
    try { await api(`/conversations/${encodeURIComponent(current)}/state`, { method: "POST", body: JSON.stringify({ to }) }); announce("Status geändert."); }
    catch { announce("Das ging gerade nicht (der Status hat sich vielleicht schon geändert)."); }
    loadDetail(current);
  });
  $("#transfer-go").addEventListener("click", async () => {
    if (!current) return;
    try { await api(`/conversations/${encodeURIComponent(current)}/state`, { method: "POST", body: JSON.stringify({ to: "waiting_for_staff", queue: $("#transfer").value }) }); announce("Weitergeleitet."); }
    catch { announce("Weiterleiten ging gerade nicht."); }
    loadDetail(current);
  });
  let typedAt = 0;
  $("#reply-text").addEventListener("input", () => { // the citizen sees "… schreibt" (at most every 3 s)
    if (!current || $("#internal").checked || Date.now() - typedAt < 3000) return;
    typedAt = Date.now();
    api(`/conversations/${encodeURIComponent(current)}/typing`, { method: "POST" }).catch(() => {});
  });
  $("#reply").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("#reply-text").value.trim();
    if (!text || !current) return;
    await api(`/conversations/${encodeURIComponent(current)}/messages`, { method: "POST",
      body: JSON.stringify({ text, internal: $("#internal").checked }) });
    $("#reply-text").value = "";
    announce("Gesendet.");
    loadDetail(current);
  });

  async function listen() { // live inbox events; after a reconnect everything is reloaded anyway
    while (auth) {
      try {
        const res = await fetch(`/api/v1/staff/${encodeURIComponent(auth.tenant)}/events`, { credentials: "same-origin" });
        if (res.status === 401) { location.assign("/login?next=/inbox"); return; }
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const events = buffer.split("\n\n");
          buffer = events.pop();
          const data = events.filter((e) => e.includes("data:"));
          if (!data.length) continue;
          loadQueue(false).catch(() => {});
          if (current && data.some((e) => e.includes(current))) loadDetail(current).catch(() => {});
        }
      } catch { /* reconnect below */ }
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }

  if (auth) start(); else { $("#inbox").hidden = true; $("#no-tenant").hidden = false; }
})();

// The widget's styles, adopted into its shadow root (see element.js).
const CSS = `
.root{font:400 calc(16px*var(--rh-scale,1))/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
 letter-spacing:normal;word-spacing:normal;text-align:start;text-transform:none;text-indent:0;white-space:normal;
 font-style:normal;visibility:visible;text-shadow:none;
 --fg:#1a1a1a;--bg:#fff;--muted:#4d4d4d;--bot:#eef1f4;--line:#767676;--link:var(--primary);--focus:#1a1a1a;--err:#a4000f}
@media (prefers-color-scheme:dark){.root{--fg:#f2f2f2;--bg:#16181b;--muted:#c8c8c8;--bot:#262a30;--line:#9a9a9a;--link:#9fcdff;--focus:#ffd866;--err:#ff9b9b}}
:host{display:block!important;transform:none!important;filter:none!important;contain:none!important;
 perspective:none!important;backdrop-filter:none!important;opacity:1!important;visibility:visible!important}
.root{color-scheme:light dark}
:host([inline]){height:100%}
::placeholder{color:var(--muted);opacity:1}
.root.full .launcher[aria-expanded=true]{display:none}
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
table{border-collapse:collapse;margin:.25em 0 .5em;width:100%}th,td{border:1px solid var(--line);padding:.2em .45em;text-align:start;vertical-align:top}
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
.staff{border-inline-start:4px solid var(--primary)}
.system{font-style:italic}
.ticket{align-self:stretch;background:var(--bot)}
.ticket label{display:block;margin:.4em 0 .15em;font-weight:600}
.ticket input,.ticket textarea{width:100%;min-height:44px;padding:.45em .6em;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.ticket [aria-invalid=true]{border:2px solid var(--err)}
.error{align-self:stretch;border:2px solid var(--err);background:var(--bg)}
.suggest{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.4em}
.suggest .btn{text-align:start;width:100%}
.muted{color:var(--muted);font-size:.9em;margin:0}
form{display:flex;gap:.5em;align-items:flex-end;padding:.6em .75em;border-top:1px solid var(--line);background:var(--bg)}
textarea{flex:1;min-height:44px;max-height:8em;resize:none;padding:.55em .7em;border:1px solid var(--line);border-radius:8px;background:var(--bg);color:var(--fg)}
.send{min-height:44px;padding:.4em 1em;border:0;border-radius:8px;background:var(--primary);color:#fff;font-weight:600}
.send[aria-disabled=true]{opacity:.75;cursor:wait}
.foot{padding:0 .75em .5em;background:var(--bg)}
.hint-err{color:var(--err);margin:0 .75em .4em;font-size:.9em}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important}}
@media (forced-colors:active){.launcher,.send,.btn,.icon,.msg{border:1px solid CanvasText}}
`;

#!/usr/bin/env python3
"""Citizen widget size: rathaus' widget.js next to published chat widgets.

    python bench/widget_size.py [--fetch] [--widget PATH] [--locales DIR] [--json]
                                [--version PKG=VERSION ...]

Target (issue): the citizen widget `widget.js` ≤ 30 KB gzipped in total, and the
loader that runs on every page view ≤ 14 KB gzipped (about the first TCP round
trip). widget.js is one self-contained file — the loader AND the whole widget,
no chunks — so every page view loads all of it and both targets apply to it.

1. rathaus: the served /widget.js (built from src/rathaus/channels/widget/js/; or --widget PATH): raw size,
   gzip (Python's gzip, level 9) and brotli (quality 11, only if the `brotli`
   module is importable). The UI strings are not in the JS: the server sends
   them with the widget config, one JSON file per language in
   src/rathaus/channels/widget/locales/; the largest one (gzipped) is printed,
   and "first open total" = widget.js + largest locale, both gzipped.
2. Peers, in the same run with --fetch: `npm pack` downloads each package's
   published tarball into bench/.cache/npm (npm's registry is the only network
   used), Python's tarfile unpacks it, and the file a browser loads is measured
   the same way. Which file that is, per package, is explained at PEERS below.
   Without --fetch, or when npm fails, the figures measured earlier are printed,
   labelled "published figure, not measured in this run":
   @nlux/core 44 KB, deep-chat 108 KB, Botpress 229 KB + React (gzipped).
3. The last line: each peer's gzip size ÷ rathaus widget.js gzip size.

KB here is KiB (1024 bytes), as in the earlier peer figures (nlux 43.6, deep-chat
108.1, Botpress 228.6 KiB gzipped). Exit code 0 even when a target is missed;
"TARGET MISSED" is then printed. 2 when a --widget file does not exist.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tarfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

try:  # optional: printed only where installed
    import brotli  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the machine
    brotli = None

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WIDGET_DIR = ROOT / "src" / "rathaus" / "channels" / "widget"
NPM_CACHE = HERE / ".cache" / "npm"
KIB = 1024
TARGET_TOTAL_KB = 30.0   # widget.js, gzipped, in total
TARGET_LOADER_KB = 14.0  # what runs on every page view, gzipped (= widget.js, see above)
# Measured earlier (gzip, KiB), printed when this run does not measure the peers.
PUBLISHED_KB = {"@nlux/core": 44.0, "deep-chat": 108.0, "@botpress/webchat": 229.0}


# --- sizes ------------------------------------------------------------------------


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def brotli_size(data: bytes) -> int | None:
    return len(brotli.compress(data, quality=11)) if brotli is not None else None


@dataclass
class Row:
    label: str
    raw: int | None = None        # bytes
    gzip: int | None = None       # bytes
    brotli: int | None = None     # bytes
    source: str = "measured"      # measured | published | n/a
    target: str = ""
    note: str = ""
    peer: str | None = None       # package name for peers (ratio line)
    version: str | None = None
    files: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, label: str, data: bytes, **kw) -> Row:
        return cls(label, len(data), gzip_size(data), brotli_size(data), **kw)


def kb(n: int | None) -> str:
    return "—" if n is None else f"{n / KIB:.1f}"


# --- rathaus --------------------------------------------------------------------


def rathaus_rows(data: bytes, source: str, locales_dir: Path) -> tuple[list[Row], dict]:
    js = Row.of("rathaus widget.js", data, target=f"≤ {TARGET_TOTAL_KB:g} (total), loader ≤ {TARGET_LOADER_KB:g}",
                files=[source])
    rows = [js]
    checks = {
        "widget_total": {"target_kb": TARGET_TOTAL_KB, "gzip_kb": js.gzip / KIB, "met": js.gzip <= TARGET_TOTAL_KB * KIB},
        # one self-contained file: the loader is the whole widget.js
        "loader": {"target_kb": TARGET_LOADER_KB, "gzip_kb": js.gzip / KIB, "met": js.gzip <= TARGET_LOADER_KB * KIB},
    }
    text = data.decode("utf-8", "replace")
    # one self-contained file: code that loads more script would not be counted here
    if re.search(r"""\bimport\s*\(|importScripts\s*\(|createElement\(\s*['"`]script['"`]""", text):
        js.note = "WARNING: loads more script (import()/<script>): that code is not counted here"

    locales = sorted(locales_dir.glob("*.json")) if locales_dir.is_dir() else []
    if locales:
        measured = [Row.of(f"rathaus largest locale ({p.name})", p.read_bytes(), files=[str(p)]) for p in locales]
        largest = max(measured, key=lambda r: (r.gzip, r.raw))
        largest.note = f"largest of {len(locales)}: " + ", ".join(p.stem for p in locales)
        rows.append(largest)
        first = Row(
            "rathaus first open total", js.raw + largest.raw, js.gzip + largest.gzip,
            None if js.brotli is None else js.brotli + largest.brotli,
            note="widget.js + largest locale (separate responses)",
        )
    else:
        rows.append(Row("rathaus largest locale", source="n/a", note=f"no *.json in {locales_dir}"))
        first = Row("rathaus first open total", js.raw, js.gzip, js.brotli, note="widget.js only (no locale files)")
    rows.append(first)
    # The targets are on widget.js; the locale strings come with the config.
    # Reported, not a target: whether the first open still fits into 30 KB.
    checks["first_open_within_30_kb"] = {"gzip_kb": first.gzip / KIB, "within": first.gzip <= TARGET_TOTAL_KB * KIB}
    status = []
    status.append("ok" if checks["widget_total"]["met"] else "TARGET MISSED (total)")
    status.append("ok" if checks["loader"]["met"] else "TARGET MISSED (loader)")
    js.target += f"  [{', '.join(dict.fromkeys(status))}]"
    return rows, checks


# --- peers via npm ----------------------------------------------------------------


class Unavailable(Exception):
    """A peer that cannot be measured in this run (printed as n/a with the reason)."""


class NpmFailed(Unavailable):
    """npm itself did not work (missing, offline, ...): fall back to the published figures."""


@dataclass
class Package:
    name: str
    version: str
    root: Path

    @property
    def manifest(self) -> dict:
        return json.loads((self.root / "package.json").read_text(encoding="utf-8"))

    def read(self, rel: str) -> bytes:
        path = (self.root / rel).resolve()
        if not path.is_file() or self.root.resolve() not in path.parents:
            raise Unavailable(f"{self.name}@{self.version}: {rel} is not in the package")
        return path.read_bytes()


def npm_pack(spec: str) -> Package:
    """`npm pack SPEC` into bench/.cache/npm, unpacked next to the tarball."""
    tarballs = NPM_CACHE / "tarballs"
    tarballs.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            ["npm", "pack", spec, "--pack-destination", str(tarballs), "--json"],
            capture_output=True, text=True, timeout=180, cwd=NPM_CACHE,
        )
    except FileNotFoundError:
        raise NpmFailed("npm is not installed") from None
    except subprocess.TimeoutExpired:
        raise NpmFailed(f"npm pack {spec} timed out") from None
    if done.returncode != 0:
        # with --json, npm prints {"error": {"code": ..., "summary": ...}} on stdout
        try:
            error = json.loads(done.stdout)["error"]
            code, summary = error.get("code", "?"), error.get("summary", "").strip()
        except (ValueError, LookupError, TypeError, AttributeError):
            lines = (done.stderr or done.stdout).strip().splitlines()
            code, summary = "?", lines[-1] if lines else f"exit {done.returncode}"
        if code in ("E404", "ETARGET"):  # the registry answered: no such package/version
            raise Unavailable(f"{spec}: not on npm ({code}: {summary})")
        raise NpmFailed(f"npm pack {spec} failed ({code}: {summary})")
    try:
        info = json.loads(done.stdout)[0]
        tgz = tarballs / info["filename"]
    except (ValueError, LookupError, TypeError):
        raise NpmFailed(f"npm pack {spec}: unexpected output {done.stdout[:200]!r}") from None
    dest = NPM_CACHE / tgz.name.removesuffix(".tgz")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(tgz, "r:gz") as tar:
        try:
            tar.extractall(dest, filter="data")
        except TypeError:  # Python without extraction filters
            tar.extractall(dest)
    # npm tarballs hold one top folder, nearly always "package/"
    roots = [p.parent for p in dest.glob("*/package.json")]
    if len(roots) != 1:
        raise Unavailable(f"{spec}: no single package.json in {tgz.name}")
    return Package(info.get("name", spec), info.get("version", "?"), roots[0])


def export_target(entry, conditions=("browser", "import", "module", "default")) -> str | None:
    """The file a browser bundler resolves for one `exports` entry."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        for key in conditions:
            if key in entry:
                found = export_target(entry[key], conditions)
                if found:
                    return found
    return None


def browser_entry(pkg: Package) -> str:
    """Generic resolution, as a browser bundler does: exports["."] (browser/import),
    then a string `browser`, then `module`, then `main`."""
    return _browser_entry(pkg.manifest).removeprefix("./")


def _browser_entry(m: dict) -> str:
    exports = m.get("exports")
    if isinstance(exports, dict):
        found = export_target(exports.get(".", exports if not any(k.startswith(".") for k in exports) else None))
        if found:
            return found
    elif isinstance(exports, str):
        return exports
    for key in ("browser", "module", "main"):
        if isinstance(m.get(key), str):
            return m[key]
    return "index.js"


# PEERS: which file is "the bundle a browser loads". Explored in the published
# tarballs (@nlux/core 2.17.1, deep-chat 2.4.2, @botpress/webchat 4.5.2, react 19.3.1):
#
# @nlux/core   package.json: main index.js (a 3-line CJS shim → cjs/), module
#              esm/nlux-core.js, browser umd/nlux-core.js. All three builds are the
#              same minified, dependency-free code (gzip within 0.1 KB). We take
#              `module` (esm/nlux-core.js): what a bundler or <script type=module>
#              uses. The theme CSS is a separate package (@nlux/themes), not counted.
# deep-chat    main = module = dist/deepChat.js: self-contained ESM but babel-
#              transpiled and not minified (~146 KiB gz). The project's docs load
#              dist/deepChat.bundle.js from a CDN (<script type="module">): the same
#              web component, self-contained (remarkable etc. inlined, no imports),
#              minified — the file a browser actually loads. We take the bundle
#              and print the `module` file's size in the note.
# Botpress     @botpress/webchat: exports["."].import = dist/index.js, an ESM
#              bundle that imports ./style.css, react, react/jsx-runtime and
#              react-dom (everything else inlined); published unminified (its own
#              check-bundle-size.js checks this file's gzip size). dist/index.umd.cjs
#              is the minified CJS/UMD twin (size in the note). Counted on top: its
#              style.css, and React at the version npm installs for its `react`
#              dependency: React 19 ships no UMD/min files any more, so the cjs
#              production files a bundler includes (react, react/jsx-runtime,
#              react-dom, react-dom/client, scheduler) concatenated as one vendor
#              chunk. React 19's production files are not minified either, so
#              this React figure is an upper bound for a minifying bundler. For
#              React ≤ 18 the umd/*.production.min.js files are used instead.


def peer_nlux(spec: str) -> list[Row]:
    pkg = npm_pack(spec)
    rel = (pkg.manifest.get("module") or browser_entry(pkg)).removeprefix("./")
    return [Row.of(f"@nlux/core {pkg.version}", pkg.read(rel), peer="@nlux/core", version=pkg.version,
                   files=[rel], note=f"{rel} (module, ESM, minified)")]


def peer_deep_chat(spec: str) -> list[Row]:
    pkg = npm_pack(spec)
    module = (pkg.manifest.get("module") or browser_entry(pkg)).removeprefix("./")
    rel = "dist/deepChat.bundle.js"
    if not (pkg.root / rel).is_file():  # layout changed: fall back to the declared entry
        rel, note = module, f"{module} (module; dist/deepChat.bundle.js not in this version)"
    else:
        module_gz = gzip_size(pkg.read(module)) if (pkg.root / module).is_file() else None
        note = f"{rel} (CDN bundle, minified); `module` {module}: {kb(module_gz)} KB gz"
    return [Row.of(f"deep-chat {pkg.version}", pkg.read(rel), peer="deep-chat", version=pkg.version,
                   files=[rel], note=note)]


def react_bundle(react_spec: str) -> tuple[bytes, str, list[str]]:
    react = npm_pack(react_spec)
    dom = npm_pack(f"react-dom@{react.version}")
    umd = [(react, "umd/react.production.min.js"), (dom, "umd/react-dom.production.min.js")]
    if all((p.root / rel).is_file() for p, rel in umd):
        parts = umd  # React <= 18: minified UMD builds, scheduler included
        kind = "react + react-dom UMD production.min, scheduler inside"
    else:
        sched_range = (dom.manifest.get("dependencies") or {}).get("scheduler")
        if not sched_range:
            raise Unavailable(f"react-dom@{dom.version}: neither UMD files nor a scheduler dependency")
        sched = npm_pack(f"scheduler@{sched_range}")
        parts = [
            (react, "cjs/react.production.js"),
            (react, "cjs/react-jsx-runtime.production.js"),
            (dom, "cjs/react-dom.production.js"),
            (dom, "cjs/react-dom-client.production.js"),
            (sched, "cjs/scheduler.production.js"),
        ]
        kind = (f"react (+ jsx-runtime), react-dom (+ client), scheduler {sched.version}: "
                "cjs production, not minified")
    data = b"\n".join(p.read(rel) for p, rel in parts)
    files = [f"{p.name}/{rel}" for p, rel in parts]
    return data, f"{react.version} ({kind})", files


def peer_botpress(spec: str, react_spec: str | None) -> list[Row]:
    pkg = npm_pack(spec)
    m = pkg.manifest
    rel = browser_entry(pkg)
    data = pkg.read(rel)
    notes = [f"{rel} (exports import, ESM, not minified)"]
    main = m.get("main")
    main = main.removeprefix("./") if isinstance(main, str) else None
    if main and main != rel and (pkg.root / main).is_file():
        notes.append(f"minified {main}: {kb(gzip_size(pkg.read(main)))} KB gz")
    rows = [Row.of(f"@botpress/webchat {pkg.version}", data, peer="@botpress/webchat", version=pkg.version,
                   files=[rel], note="; ".join(notes))]
    total = [data]
    css = re.findall(rb"""^import\s+['"](\./[^'"]+\.css)['"]""", data, re.M)
    for c in css:
        css_rel = str(Path(rel).parent / c.decode())
        css_data = pkg.read(css_rel)
        rows.append(Row.of(f"  + its {Path(css_rel).name}", css_data, files=[css_rel], note="imported by the bundle"))
        total.append(css_data)
    if react_spec is None:  # the range npm installs for the package's react dependency
        deps = {**(m.get("peerDependencies") or {}), **(m.get("dependencies") or {})}
        react_spec = f"react@{deps.get('react', 'latest')}"
    try:
        react_data, react_desc, react_files = react_bundle(react_spec)
    except Unavailable as exc:
        rows.append(Row("  + React", source="n/a", note=str(exc)))
    else:
        rows.append(Row.of(f"  + React {react_desc.split(' ')[0]}", react_data, files=react_files,
                           note=react_desc.split(" ", 1)[1].strip("()")))
        total.append(react_data)
        rows.append(Row(f"Botpress total ({len(total)} parts)", sum(map(len, total)),
                        sum(r.gzip for r in rows), None if brotli is None else sum(r.brotli for r in rows),
                        peer="Botpress + CSS + React", note="bundle + CSS + React, each gzipped"))
    return rows


PEERS = {
    "@nlux/core": peer_nlux,
    "deep-chat": peer_deep_chat,
    "@botpress/webchat": peer_botpress,
}


def published_rows(reason: str) -> list[Row]:
    return [
        Row(name + (" (without React)" if name == "@botpress/webchat" else ""), gzip=round(kb_ * KIB),
            source="published", peer=name, note=f"published figure, not measured in this run ({reason})")
        for name, kb_ in PUBLISHED_KB.items()
    ]


def peer_rows(fetch: bool, versions: dict[str, str]) -> list[Row]:
    if not fetch:
        return published_rows("no --fetch")
    rows: list[Row] = []
    for name, measure in PEERS.items():
        spec = f"{name}@{versions.get(name, 'latest')}"
        print(f"fetching {spec} ...", file=sys.stderr)
        try:
            if name == "@botpress/webchat":
                react = versions.get("react")
                rows += measure(spec, None if react is None else f"react@{react}")
            else:
                rows += measure(spec)
        except NpmFailed as exc:
            print(f"npm: {exc}", file=sys.stderr)
            return published_rows(f"npm failed: {exc}")
        except Unavailable as exc:
            rows.append(Row(name, source="n/a", peer=None, note=str(exc)))
        except (OSError, ValueError, tarfile.TarError) as exc:
            rows.append(Row(name, source="n/a", peer=None, note=f"{type(exc).__name__}: {exc}"))
    return rows


# --- output ---------------------------------------------------------------------------


def ratios(rows: list[Row], widget_gzip: int) -> list[tuple[str, float]]:
    return [(r.peer, r.gzip / widget_gzip) for r in rows if r.peer and r.gzip and widget_gzip]


def print_table(rathaus: list[Row], peers: list[Row], checks: dict) -> None:
    with_br = brotli is not None
    head = f"{'bundle':<36} {'raw KB':>8} {'gzip KB':>8}" + (f" {'br KB':>7}" if with_br else "") + "   target / note"
    print(head)
    print("-" * len(head))
    for r in rathaus + [None] + peers:
        if r is None:
            print()
            continue
        if r.source == "n/a":
            print(f"{r.label:<36} {'n/a':>8} {'n/a':>8}" + (f" {'n/a':>7}" if with_br else "") + f"   {r.note}")
            continue
        line = f"{r.label:<36} {kb(r.raw):>8} {kb(r.gzip):>8}" + (f" {kb(r.brotli):>7}" if with_br else "")
        print(line + "   " + "  ".join(x for x in (r.target, r.note) if x))
    print("\ngzip: Python gzip level 9" + ("; br: brotli quality 11" if with_br else "") + "; KB = 1024 bytes")
    missed = [k for k in ("widget_total", "loader") if not checks[k]["met"]]
    for k in missed:
        c = checks[k]
        what = "widget.js total" if k == "widget_total" else "loader (= widget.js, every page view)"
        print(f"TARGET MISSED: {what}: {c['gzip_kb']:.1f} KB gzipped > {c['target_kb']:g} KB")
    if not missed:
        print(f"targets met: widget.js {checks['widget_total']['gzip_kb']:.1f} KB gzipped "
              f"(≤ {TARGET_TOTAL_KB:g} total, ≤ {TARGET_LOADER_KB:g} loader)")
    first = checks["first_open_within_30_kb"]
    if not first["within"]:
        print(f"note: first open (widget.js + largest locale) is {first['gzip_kb']:.1f} KB gzipped, over "
              f"{TARGET_TOTAL_KB:g} KB (the issue's target is on widget.js; the strings come with the config)")
    widget_gzip = rathaus[0].gzip
    parts = [f"{name} {ratio:.1f}×" for name, ratio in ratios(peers, widget_gzip)]
    print(f"peer ÷ rathaus widget.js (gzip, {kb(widget_gzip)} KB): " + ("; ".join(parts) if parts else "n/a"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--widget", type=Path, default=None,
                        help="a widget.js file to measure (default: the bundle rathaus serves, built from js/*.js)")
    parser.add_argument("--locales", type=Path, default=WIDGET_DIR / "locales",
                        help="folder of per-language *.json UI strings (default: %(default)s)")
    parser.add_argument("--fetch", action="store_true",
                        help="npm pack the peers into bench/.cache/npm and measure them in this run")
    parser.add_argument("--version", action="append", default=[], metavar="PKG=VERSION",
                        help="peer version instead of latest, e.g. deep-chat=2.4.2, react=19.2.0 (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON (progress on stderr)")
    args = parser.parse_args()

    versions = {}
    for item in args.version:
        name, sep, version = item.rpartition("=")
        if not sep or not name or not version:
            parser.error(f"--version wants PKG=VERSION, got {item!r}")
        versions[name] = version

    if args.widget is None:
        from rathaus.channels.widget.bundle import widget_js

        data, source = widget_js().encode("utf-8"), "rathaus.channels.widget.bundle (served /widget.js)"
    elif args.widget.is_file():
        data, source = args.widget.read_bytes(), str(args.widget)
    else:
        print(f"error: no file at {args.widget}", file=sys.stderr)
        sys.exit(2)

    rathaus, checks = rathaus_rows(data, source, args.locales)
    peers = peer_rows(args.fetch, versions)
    if args.json:
        missed = not (checks["widget_total"]["met"] and checks["loader"]["met"])
        out = {
            "unit": "bytes; KB = 1024 bytes", "gzip": "python gzip level 9",
            "brotli": "quality 11" if brotli is not None else None,
            "targets_kb": {"widget_total": TARGET_TOTAL_KB, "loader": TARGET_LOADER_KB},
            "checks": checks, "target_missed": missed,
            "rathaus": [asdict(r) for r in rathaus],
            "peers": [asdict(r) for r in peers],
            "peer_to_rathaus_gzip": dict(ratios(peers, rathaus[0].gzip)),
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        if missed:
            print("TARGET MISSED", file=sys.stderr)
        return
    print_table(rathaus, peers, checks)


if __name__ == "__main__":
    main()

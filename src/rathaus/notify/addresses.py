"""Checking e-mail addresses and phone numbers a citizen types in.

Deliberately simple: delivery is the real test of an address; these checks
catch typos and junk early enough to show an inline error next to the field.
"""

from __future__ import annotations

import re
import unicodedata
from email.headerregistry import Address
from email.utils import parseaddr

import idna

_LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL_RE = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
# What people put between the digits of a phone number (incl. Unicode dashes and no-break spaces).
_PHONE_SEPARATORS = frozenset(" -/().\u00a0\u2010\u2011\u2012\u2013\u2014\u202f")


def _ascii_domain(domain: str) -> str | None:
    """The domain in ASCII (punycode) form, or None when it is not a domain.
    IDNA 2008 via `idna`: the stdlib codec (IDNA 2003) turns straße.de into
    strasse.de, which is someone else's domain."""
    if domain.isascii():
        return domain.lower()
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return None


def addr_spec(addr: str, *, require_dot: bool = True) -> str | None:
    """`local@domain` with an ASCII domain when `addr` is a plausible address, else None.
    Non-ASCII local parts are refused: few servers accept them (SMTPUTF8)."""
    if len(addr) > 254 or addr.count("@") != 1:
        return None
    local, _, domain = addr.partition("@")
    if not local or len(local) > 64 or not _LOCAL_RE.match(local):
        return None
    domain = _ascii_domain(domain.rstrip("."))
    if not domain or len(domain) > 253:
        return None
    labels = domain.split(".")
    if not all(_LABEL_RE.match(label) for label in labels):
        return None
    if require_dot and (len(labels) < 2 or labels[-1].isdigit()):
        return None  # "name@localhost" or "name@10.0.0.1" is not what a citizen means
    return f"{local}@{domain}"


def parse_address(value: str, what: str, *, require_dot: bool = True) -> Address:
    """`value` ("a@b.de" or "Name <a@b.de>") as a header Address; ValueError when it is
    not exactly one valid address. `what` names the field in the error message."""
    if not isinstance(value, str) or CONTROL_RE.search(value):
        raise ValueError(f"invalid e-mail address for {what}: line breaks and control characters are not allowed")
    value = value.strip()
    name, addr = parseaddr(value)
    # parseaddr quietly takes the first of "a@b.de, c@d.de"; one address means the value ends with it.
    whole = addr and (value == addr or value.endswith(f"<{addr}>"))
    spec = addr_spec(addr, require_dot=require_dot) if whole else None
    if spec is None:
        raise ValueError(f"invalid e-mail address for {what}: {value!r}")
    return Address(display_name=name, addr_spec=spec)


def is_valid_email(address: str) -> bool:
    """True for a plain address as a citizen types it ("name@example.de"; surrounding spaces allowed)."""
    if not isinstance(address, str):
        return False
    address = address.strip()
    if CONTROL_RE.search(address):
        return False
    name, addr = parseaddr(address)
    return not name and addr == address and addr_spec(addr) is not None


def normalize_phone(number: str) -> str:
    """The number with digits of any script as ASCII digits (a citizen may type
    Arabic-Indic ones, which staff cannot dial) and whitespace runs as one space."""
    number = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in number)
    return " ".join(number.split())


def is_valid_phone(number: str) -> bool:
    """German or international numbers: "+49 3641 49-0", "03641 490", "(03641) 49 0",
    "0049 3641/490". Spaces, dashes, slashes, dots and parentheses are ignored; then an
    optional leading "+" and 6 to 20 digits must remain."""
    if not isinstance(number, str):
        return False
    text = normalize_phone(number)
    international = text.startswith("+")
    digits = "".join(c for c in (text[1:] if international else text) if c not in _PHONE_SEPARATORS)
    if not (digits.isascii() and digits.isdigit() and 6 <= len(digits) <= 20):
        return False
    return not (international and digits.startswith("0"))  # no country code starts with 0

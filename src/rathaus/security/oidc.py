"""OpenID Connect sign-in for staff (Keycloak, Azure AD / Entra ID, any
standard provider): authorization code flow with PKCE, state and nonce.

All requests to the provider go through the guarded HTTP client (its host is
configured by the operator, so it may be on the local network); the ID token
is verified with joserfc against the provider's published keys: signature,
issuer, audience, expiry and nonce. Who may do what stays in rathaus (roles
per town): the provider only proves who someone is.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from rathaus.security.http import GuardedClient, OutboundBlocked

ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"]
METADATA_TTL_S = 3600


class OidcError(Exception):
    """Sign-in with the provider failed; the message is for the log, staff see a plain sentence."""


@dataclass(frozen=True)
class OidcProvider:
    id: str
    name: str
    issuer: str
    client_id: str
    client_secret: str
    scopes: str = "openid email profile"

    @classmethod
    def parse(cls, raw: dict) -> OidcProvider:
        missing = [k for k in ("id", "name", "issuer", "client_id", "client_secret") if not raw.get(k)]
        if missing:
            raise ValueError(f"RATHAUS_OIDC_PROVIDERS: an entry lacks {', '.join(missing)}")
        if urlsplit(raw["issuer"]).scheme not in ("http", "https"):
            raise ValueError(f"RATHAUS_OIDC_PROVIDERS: issuer must be an http(s) URL, got {raw['issuer']!r}")
        return cls(str(raw["id"]), str(raw["name"]), str(raw["issuer"]).rstrip("/"), str(raw["client_id"]),
                   str(raw["client_secret"]), str(raw.get("scopes") or cls.scopes))


def providers(settings) -> dict[str, OidcProvider]:
    return {p.id: p for p in (OidcProvider.parse(raw) for raw in settings.oidc_providers)}


@dataclass(frozen=True)
class Login:
    """What the browser carries from the start of a sign-in to the callback (a cookie)."""

    state: str
    nonce: str
    verifier: str
    next_path: str

    @classmethod
    def new(cls, next_path: str) -> Login:
        return cls(secrets.token_urlsafe(24), secrets.token_urlsafe(24), secrets.token_urlsafe(48), next_path)

    def dump(self) -> str:
        return base64.urlsafe_b64encode(json.dumps(self.__dict__).encode()).decode()

    @classmethod
    def load(cls, text: str | None) -> Login | None:
        try:
            data = json.loads(base64.urlsafe_b64decode((text or "").encode()))
            return cls(str(data["state"]), str(data["nonce"]), str(data["verifier"]), str(data["next_path"]))
        except (ValueError, KeyError, TypeError):
            return None

    @property
    def challenge(self) -> str:
        digest = hashlib.sha256(self.verifier.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


class OidcClient:
    def __init__(self, provider: OidcProvider, http: GuardedClient | None = None):
        self.provider = provider
        self.http = http or GuardedClient(allow_hosts={urlsplit(provider.issuer).hostname or ""}, timeout=10,
                                          max_bytes=1024 * 1024)
        self._metadata: dict | None = None
        self._keys: KeySet | None = None
        self._fetched_at = 0.0
        self._lock = threading.Lock()

    def _get_json(self, url: str) -> dict:
        try:
            response = self.http.get(url, headers={"Accept": "application/json"})
        except (OutboundBlocked, OSError) as exc:
            raise OidcError(f"{url}: {exc}") from None
        except Exception as exc:  # httpx errors: timeouts, refused connections
            raise OidcError(f"{url}: {type(exc).__name__}: {exc}") from None
        if response.status_code != 200:
            raise OidcError(f"{url}: HTTP {response.status_code}")
        try:
            return json.loads(response.content)
        except ValueError:
            raise OidcError(f"{url}: not JSON") from None

    def metadata(self, refresh: bool = False) -> dict:
        with self._lock:
            if refresh or self._metadata is None or time.monotonic() - self._fetched_at > METADATA_TTL_S:
                meta = self._get_json(self.provider.issuer + "/.well-known/openid-configuration")
                if meta.get("issuer", "").rstrip("/") != self.provider.issuer:
                    raise OidcError(f"discovery names issuer {meta.get('issuer')!r}, expected {self.provider.issuer!r}")
                for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                    if not isinstance(meta.get(key), str):
                        raise OidcError(f"discovery document lacks {key}")
                self._metadata, self._keys, self._fetched_at = meta, None, time.monotonic()
            return self._metadata

    def _key_set(self, refresh: bool = False) -> KeySet:
        if self._keys is None or refresh:
            try:
                self._keys = KeySet.import_key_set(self._get_json(self.metadata()["jwks_uri"]))
            except (JoseError, ValueError, TypeError) as exc:
                raise OidcError(f"unusable signing keys: {exc}") from None
        return self._keys

    def authorization_url(self, login: Login, redirect_uri: str) -> str:
        query = {"response_type": "code", "client_id": self.provider.client_id, "redirect_uri": redirect_uri,
                 "scope": self.provider.scopes, "state": login.state, "nonce": login.nonce,
                 "code_challenge": login.challenge, "code_challenge_method": "S256"}
        return self.metadata()["authorization_endpoint"] + "?" + urlencode(query)

    def finish(self, login: Login, code: str, redirect_uri: str) -> dict:
        """Exchange the code and return the verified ID token's claims."""
        basic = base64.b64encode(f"{self.provider.client_id}:{self.provider.client_secret}".encode()).decode()
        try:
            response = self.http.request(
                "POST", self.metadata()["token_endpoint"], follow_redirects=False,
                data={"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
                      "code_verifier": login.verifier},
                headers={"Authorization": f"Basic {basic}", "Accept": "application/json"})
        except OutboundBlocked as exc:
            raise OidcError(str(exc)) from None
        except Exception as exc:
            raise OidcError(f"token endpoint: {type(exc).__name__}: {exc}") from None
        if response.status_code != 200:
            raise OidcError(f"token endpoint: HTTP {response.status_code}: {response.content[:200]!r}")
        try:
            tokens = json.loads(response.content)
            id_token = tokens["id_token"]
        except (ValueError, KeyError, TypeError):
            raise OidcError("token endpoint returned no id_token") from None
        claims = self.verify(id_token, login.nonce)
        if "email" not in claims and tokens.get("access_token") and self.metadata().get("userinfo_endpoint"):
            claims.update(self._userinfo(tokens["access_token"], claims["sub"]))
        return claims

    def _userinfo(self, access_token: str, subject: str) -> dict:
        """Many providers put e-mail and name only here, not in the ID token."""
        try:
            response = self.http.get(self.metadata()["userinfo_endpoint"],
                                     headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"})
            info = json.loads(response.content) if response.status_code == 200 else {}
        except Exception as exc:
            raise OidcError(f"userinfo: {type(exc).__name__}: {exc}") from None
        if info.get("sub") != subject:  # OIDC Core 5.3.2: must be the same person
            raise OidcError("userinfo is about another subject")
        return {k: info[k] for k in ("email", "email_verified", "name") if k in info}

    def verify(self, id_token: str, nonce: str) -> dict:
        try:
            try:
                token = jwt.decode(id_token, self._key_set(), algorithms=ALGORITHMS)
            except JoseError:  # the provider may have rotated its keys since we fetched them
                token = jwt.decode(id_token, self._key_set(refresh=True), algorithms=ALGORITHMS)
            jwt.JWTClaimsRegistry(
                leeway=60,
                iss={"essential": True, "value": self.metadata()["issuer"]},
                aud={"essential": True, "value": self.provider.client_id},
                sub={"essential": True},
                exp={"essential": True},
                nonce={"essential": True, "value": nonce},
            ).validate(token.claims)
        except (JoseError, ValueError) as exc:
            raise OidcError(f"ID token rejected: {exc}") from None
        return dict(token.claims)

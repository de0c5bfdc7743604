"""Process settings from the environment (`RATHAUS_*`).

Only what the operator sets for the whole installation lives here; anything a
municipality configures for itself is a tenant setting stored in the database.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RATHAUS_", env_file=None, extra="ignore")

    data_dir: Path = Field(Path("./data"), description="Where the SQLite database and caches live.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default is SQLite in data_dir (rathaus.db)."
    )
    embedder: str = Field("e5-use", description="Default embedder plugin name for new tenants.")
    embedder_url: str | None = Field(None, description="Base URL for the 'openai' embedder.")
    embedder_model: str | None = Field(
        None, description="Model name ('openai') or local model path ('sentence-transformers')."
    )
    embedder_api_key: str | None = Field(None, description="API key for the 'openai' embedder.")
    llm_backend: str | None = Field(
        None, description="Chat model plugin for generative answers: 'openai' or 'gguf'; none = extractive only."
    )
    llm_url: str | None = Field(None, description="Base URL of an OpenAI-compatible server ('openai').")
    llm_model: str | None = Field(None, description="Model name ('openai') or GGUF file path ('gguf').")
    llm_api_key: str | None = Field(None, description="API key for the 'openai' chat backend.")
    llm_timeout: float = Field(
        60.0,
        description="Seconds of silence after which the chat model counts as failed "
        "(raise it for 'gguf' on a CPU: the first token waits for the whole prompt).",
    )
    cors_origins: list[str] = Field(
        ["*"],
        description='Websites allowed to embed the widget, as JSON: \'["https://www.jena.de"]\'. '
        "The default allows any (the API uses no cookies).",
    )
    redis_url: str | None = Field(
        None, description="redis://… for live handoff messages across several server processes; "
        "without it, one process delivers them in memory."
    )
    broker: str | None = Field(None, description="Live-event broker plugin; default 'redis' with redis_url, else 'memory'.")
    staff_token: str | None = Field(
        None, description="Shared secret for the staff API (Authorization: Bearer …) until staff accounts exist; "
        "unset switches the staff API off."
    )
    smtp_host: str | None = Field(None, description="Mail server for ticket confirmations and staff replies; unset: no mail.")
    smtp_port: int | None = Field(None, description="Default: 465 with smtp_ssl, 587 with smtp_starttls, else 25.")
    smtp_username: str | None = None
    smtp_password: str | None = Field(None, repr=False)
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_timeout: float = 10.0
    mail_from: str | None = Field(None, description='Sender, e.g. "Stadt Jena <noreply@jena.de>".')
    secret_key: str | None = Field(
        None, repr=False, description="Seals secrets kept in tenant settings (webhook tokens); any long random "
        "string. Without it such secrets cannot be stored."
    )
    outbound_allow_hosts: list[str] = Field(
        [], description='Hosts on the local network that webhooks may reach, as JSON: \'["zammad.intern"]\'. '
        "Everything else must resolve to a public address (SSRF protection)."
    )
    public_url: str | None = Field(
        None, description="The address citizens and staff use, e.g. https://chat.jena.de (links in mails and the "
        "first-run setup link); default: the address of the request."
    )
    oidc_providers: list[dict] = Field(
        [], description='Single sign-on for staff, as JSON: \'[{"id": "keycloak", "name": "Stadt-Konto", '
        '"issuer": "https://sso.jena.de/realms/stadt", "client_id": "rathaus", "client_secret": "…"}]\'. '
        "Accounts still need an invitation; the provider proves who someone is."
    )
    host: str = "127.0.0.1"
    port: int = 8000
    demo: bool = Field(True, description="Create and ingest the demo municipality on first start.")
    announce_setup_link: bool = Field(
        True, description="Print the first-admin setup link at start-up while no staff account exists "
        "(rathaus serve --workers prints it once itself and switches it off for its worker processes)."
    )
    max_file_mb: int = Field(50, description="Files larger than this are refused at ingest.")

    @property
    def broker_name(self) -> str:
        """The live-event broker plugin to load."""
        return self.broker or ("redis" if self.redis_url else "memory")

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'rathaus.db').resolve()}"

"""The wired-up core: database, embedders and search index for one process.

Both the CLI and the web app build exactly one `Runtime` from `Settings`;
nothing is created at import time.
"""

from __future__ import annotations

import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property

from rathaus.cores import usable_cores
from rathaus.db import repository as repo
from rathaus.db.engine import Database
from rathaus.index.hybrid import HybridIndex
from rathaus.llm.embedders import Embedder, get_embedder
from rathaus.settings import Settings


log = logging.getLogger(__name__)
TENANT_MODEL_TTL_S = 600  # a town's model server address is checked again after this


class Runtime:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.db = Database(settings.sqlalchemy_url)
        self.db.migrate()
        # tenant id -> embedder name. Changing a tenant's embedder means
        # re-embedding its documents and restarting the server (no admin UI yet).
        self._tenant_embedders: dict[int, str] = {}
        self._chat_model = None
        self._chat_model_error: str | None = None
        self._tenant_models: dict[str, tuple[object, float]] = {}  # settings JSON -> (model or None, built at)

    @cached_property
    def broker(self):
        """Live events between server processes: Redis when RATHAUS_REDIS_URL
        is set, else in this process's memory (one worker)."""
        from rathaus import plugins

        name = self.settings.broker_name
        return plugins.load("broker", name).from_settings(self.settings)

    @cached_property
    def mail_config(self):
        """SMTP settings, or None when mail is off (no RATHAUS_SMTP_HOST)."""
        from rathaus.notify.mail import MailConfig

        return MailConfig.from_settings(self.settings)

    async def publish(self, tenant_id: int, events) -> None:
        """Announce committed changes. A broker failure is logged, not raised:
        the transcript in the database is the truth and widgets reload it."""
        from rathaus.live.base import BrokerError

        for event in events:
            try:
                await self.broker.publish(tenant_id, event.topic, event.payload)
            except BrokerError as exc:
                log.warning("live event not delivered (%s): %s", exc, event.payload.get("type"))

    async def aclose(self) -> None:
        if "broker" in self.__dict__:
            await self.broker.close()
        self.close()

    def embedder(self, name: str) -> Embedder:
        return get_embedder(name, self.settings)

    def embedder_for_tenant(self, tenant_id: int) -> Embedder:
        name = self._tenant_embedders.get(tenant_id)
        if name is None:
            with self.db.session() as session:
                tenant = session.get(repo.Tenant, tenant_id)
                name = tenant.embedder if tenant else self.settings.embedder
            self._tenant_embedders[tenant_id] = name
        return self.embedder(name)

    def chat_model(self):
        """The configured chat model for generative answers, or None (extractive
        only). A misconfiguration is logged once and answers stay extractive."""
        if not self.settings.llm_backend:
            return None
        if self._chat_model is None and self._chat_model_error is None:
            from rathaus import plugins

            try:
                cls = plugins.load("chat_model", self.settings.llm_backend)
                self._chat_model = cls.from_settings(self.settings)
            # Any failure (ChatModelError, unknown plugin, a broken third-party
            # plugin) is logged once and answers stay extractive.
            except Exception as exc:
                self._chat_model_error = str(exc)
                log.error("chat model unavailable, answers stay extractive: %s", exc)
        return self._chat_model

    def chat_model_for(self, tenant_settings: dict):
        """The town's own model server (tenant setting `llm`) if it has one,
        else the installation's. A town's server address is checked like any
        outbound URL (public addresses, or hosts the operator allowed); a
        broken configuration is logged and that town's answers stay extractive."""
        raw = tenant_settings.get("llm")
        if not raw:
            return self.chat_model()
        key = json.dumps(raw, sort_keys=True)
        cached = self._tenant_models.get(key)
        if cached is not None and time.monotonic() - cached[1] < TENANT_MODEL_TTL_S:
            return cached[0]
        model = None
        try:
            from rathaus import plugins
            from rathaus.security.http import GuardedClient
            from rathaus.security.secrets import SecretBox, is_sealed

            backend = plugins.load("chat_model", raw["backend"])
            fields = {k: v for k, v in raw.items() if k != "backend"}
            if is_sealed(fields.get("api_key")):
                box = SecretBox.from_settings(self.settings)
                fields["api_key"] = box.open(fields["api_key"]) if box else None
            config = backend.config_model.model_validate(fields)
            with GuardedClient(allow_hosts=set(self.settings.outbound_allow_hosts)) as guard:
                guard.check_url(config.base_url)
            model = backend.from_config(config)
        except Exception as exc:
            log.error("a town's chat model is unavailable, its answers stay extractive: %s", exc)
        self._tenant_models[key] = (model, time.monotonic())
        return model

    @cached_property
    def index(self) -> HybridIndex:
        return HybridIndex(self.db, self.embedder_for_tenant)

    @cached_property
    def chat_threads(self) -> ThreadPoolExecutor:
        """Threads for the work before a chat answer (database reads, search),
        one per core. Their own: long jobs (a source sync, a mail send) run in
        the event loop's default pool and never hold up a citizen's answer.
        Not more than the cores: more threads only take turns at Python's
        lock (~1 ms of CPU per question at 10 concurrent chats, bench/chat_latency.py)."""
        return ThreadPoolExecutor(max_workers=max(2, usable_cores()), thread_name_prefix="rathaus-chat")

    @cached_property
    def store_thread(self) -> ThreadPoolExecutor:
        """One thread that stores finished chat turns, apart from `chat_threads`:
        storing an answer must not delay the next citizen's first token, and
        SQLite takes one writer at a time anyway."""
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="rathaus-store")

    def close(self) -> None:
        for threads in ("chat_threads", "store_thread"):
            if threads in self.__dict__:  # lets a question being stored finish first
                self.__dict__[threads].shutdown(wait=True)
        close_model = getattr(self._chat_model, "close", None)
        if callable(close_model):  # e.g. GgufChatModel stops its llama.cpp server
            close_model()
        self.db.dispose()

"""The app: Gradio chat UI at /, REST API at /api, OpenAI-compatible API at /v1 (docs at /docs)."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from fastapi import FastAPI

    from assistant.services import Services

log = logging.getLogger("assistant")


def create_app(services: Services | None = None) -> FastAPI:
    """Wire services into one FastAPI app. Models load at start-up, each stage logged with its time."""
    import gradio as gr
    from fastapi import FastAPI

    from assistant import v1
    from assistant.api import documents_router, install_error_handlers, rest_router, unknown_routes
    from assistant.guard import Guard, key_matches
    from assistant.services import Services
    from assistant.ui import CSS, build_ui
    from eval import api as eval_api

    services = services or Services()

    app = FastAPI(
        title="News assistant",
        version="0.1.0",
        description="Answers about news articles with verified, quoted citations.",
        lifespan=_lifespan(services),
    )
    app.state.services = services
    upload_limit = int(services.settings.max_upload_mb * 1e6) + 64_000  # a file and its multipart framing
    # Outermost: the key and the body limits are checked before any route, Gradio's included, reads a byte.
    app.add_middleware(Guard, api_key=services.settings.api_key, upload_limit=upload_limit)
    install_error_handlers(app)
    app.include_router(rest_router(services))
    app.include_router(documents_router(services))
    app.include_router(v1.router(services))
    app.include_router(eval_api.router(services))
    unknown_routes(app)
    key = services.settings.api_key
    auth = (lambda _user, password: key_matches(password, key)) if key else None
    return gr.mount_gradio_app(
        app,
        build_ui(services),
        path="/",
        auth=auth,
        auth_message="Sign in with any user name and the API key as password." if key else None,
        css=CSS,
        footer_links=["api"],
        max_file_size=int(services.settings.max_upload_mb * 1e6),
    )


def _lifespan(services: Services):  # type: ignore[no-untyped-def]
    import anyio

    from assistant.remote import announce

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # The app writes its embedded index (uploads, deletes) for as long as it runs: it holds the one
        # writer's lock; a second app on the same folder is refused with a message.
        with services.writer_lock(wait=False):
            await anyio.to_thread.run_sync(services.ensure_corpus)
            await anyio.to_thread.run_sync(services.warm_up)
            s = services.settings
            local = "127.0.0.1" if s.host in ("0.0.0.0", "::") else s.host
            # Ready: the CLI on this machine finds the app here and asks it (assistant/remote.py).
            model_url = getattr(services.llm, "url", None)  # the local backend's model process
            model = {"url": model_url, "name": services.llm.model} if model_url else None
            port_file = announce(s.data_dir, f"http://{local}:{s.port}", model)
            log.info("ready on http://%s:%s", s.host, s.port)
            try:
                yield
            finally:
                port_file.unlink(missing_ok=True)

    return lifespan


def main() -> None:
    import sys

    import uvicorn

    from assistant.services import Services
    from index.lock import FolderBusy, FolderUnwritable

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    services = Services()
    try:  # a clear line, not a start-up traceback, when another app serves this data folder
        with services.writer_lock(wait=False):
            pass
    except (FolderBusy, FolderUnwritable) as exc:
        log.error("cannot start: %s", exc)
        sys.exit(1)
    uvicorn.run(create_app(services), host=services.settings.host, port=services.settings.port, log_level="warning")


if __name__ == "__main__":
    main()

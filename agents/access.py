"""Who may read what on the worker's web port: bearer tokens with roles.

``/customers/{id}``, the attendant's page and ``/models`` hold customer data and model internals, so
they require a token (``Authorization: Bearer TOKEN``, or the ``vigia_token`` cookie the attendant's
page sets). ``/metrics`` and ``/healthz`` stay open for scrapers and probes. Tokens come from
``VIGIA_API_TOKEN`` (every role) or ``VIGIA_API_TOKENS`` (``token:role,token:role``; roles
``attendant`` and ``ops``). With no token configured the protected pages answer 401 to everyone.
Refusals are counted in ``vigia_http_unauthorized_total{page}``, never logged with the token.
"""

from __future__ import annotations

import functools
import hmac
import logging
from collections.abc import Awaitable, Callable

from faust import web

from streams import metrics
from streams.app import settings

log = logging.getLogger(__name__)
TOKENS = settings.api_roles
if not TOKENS:
    log.warning("no VIGIA_API_TOKEN or VIGIA_API_TOKENS: /customers, the attendant page and /models refuse everyone")


def roles_of(request: web.Request) -> set[str]:
    """The roles of the token a request carries (empty: none, or not a valid one)."""
    header = request.headers.get("Authorization", "")
    given = (header[7:].strip() if header.startswith("Bearer ")
             else request.cookies.get("vigia_token") or request.query.get("token", ""))  # fmt: skip
    for token, roles in TOKENS.items():
        if given and hmac.compare_digest(given.encode(), token.encode()):
            return roles
    return set()


def require(page: str, *allowed: str) -> Callable:
    """Refuse with 401 a request whose token has none of ``allowed`` roles; count it under ``page``."""

    def wrap(view: Callable[..., Awaitable[web.Response]]) -> Callable[..., Awaitable[web.Response]]:
        @functools.wraps(view)
        async def guarded(self: web.View, request: web.Request, **kwargs) -> web.Response:
            if not roles_of(request) & set(allowed):
                metrics.UNAUTHORIZED.labels(page).inc()
                return self.json({"error": "a valid token is required: Authorization: Bearer TOKEN "
                                  "(VIGIA_API_TOKEN or VIGIA_API_TOKENS on the worker)"}, status=401)  # fmt: skip
            return await view(self, request, **kwargs)

        return guarded

    return wrap

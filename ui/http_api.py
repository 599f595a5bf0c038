"""The JSON API: a Starlette (ASGI) app served by uvicorn, for scripts and other lab tools.

    hkg serve --port 8600
    curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8600/api/analogs?q=MgH2%2B10%20wt%25%20Ni&top=5'
    curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/pdf' --data-binary @paper.pdf \
         'http://127.0.0.1:8600/api/ingest?name=paper.pdf'

Endpoints (GET): ``/api/health``, ``/api/stats``, ``/api/analogs?q=…&top=…&filter=…&weight=facet=w``,
``/api/report/gaps?application=…&host_family=…&property=…&format=json|md|html&lab=N|all`` and
``/api/openapi.json`` (this API's OpenAPI 3.1 description). The one write (POST): ``/api/ingest``, a
paper (PDF up to 50 MB, Markdown or text up to 5 MB) as the request body, ingested by the literature
service for a signed-in user (a token; a server without sign-in takes no writes); the answer is the
paper's summary (status, source id, measurements, pages, seconds per stage).

* **Sign-in**: when the pages need sign-in (a password file or OIDC, see ``ui/auth.py``) every endpoint
  but ``/api/health`` needs ``Authorization: Bearer <token>``, a token made with ``hkg user token``.
* **Limits**: a token bucket per user (or per client address without sign-in), the query string's
  length, ``top``; a request that does not finish sending its headers in ``HEADER_TIMEOUT`` seconds is
  closed; uvicorn's backlog is 2048 and it sends no ``Server`` banner.
* **Errors** are JSON ``{"error": …}``: 400 bad input, 401 no or unknown token, 403 a write on a server
  without sign-in, 404 no such endpoint, 405 a method the endpoint does not take, 413 an upload
  beyond its limit, 414 query too long, 429 too many requests (with ``Retry-After``), 503 the store
  refused (locked, read-only), 500 a bug (the message only, never a traceback).

Gap reports are cached per filters and graph change token, and computed once when many users ask at
the same time.
"""
from __future__ import annotations

import asyncio
import functools
import json
import threading
import time
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kg.paper_ingest import MAX_PDF_BYTES, PaperTooLarge
from ontology.errors import Conflict, HydrideKGError, NotFound, UserError
from ontology.vocabulary import UnknownTermError
from ui.report.render import LAB_ROWS_SHOWN, lab_rows_shown

_REPORT_FIELDS = ("application", "host_family", "property", "project", "source", "confirmed_only")
_YEAR_FIELDS = ("year_from", "year_to")
_ORIGINS = ("all", "literature", "lab")
_FORMATS = {"json": "application/json", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}
# The graph change token costs a count per label; under load it is re-read at most this often
# (seconds). A read-only server shows a new load at most this much later.
TOKEN_TTL = 1.0
MAX_QUERY_STRING = 4096     # bytes of ?… a request may carry
MAX_TOP = 100               # analogs per request
HEADER_TIMEOUT = 10.0       # seconds a client may take to send a request's headers
WRITES = {"/api/ingest": "POST"}    # the endpoints that change the graph, and their method
# an upload without a name is named by its type
_UPLOAD_NAMES = {"application/pdf": "upload.pdf", "text/markdown": "upload.md", "text/plain": "upload.txt"}
MAX_HEADER_BYTES = 16384    # an incomplete request head larger than this is refused by h11


@dataclass(frozen=True)
class Limits:
    rate: float = 50.0      # requests per second per user (or client address), sustained
    burst: int = 200        # requests a user may send at once before the rate applies


class ApiCore:
    """What the endpoints compute, with the report cache; no HTTP here (tests and benches use it)."""

    def __init__(self, api):
        self.api = api
        self._cache: dict = {}
        self._flights: dict = {}
        self._tok = None
        self._lock = threading.Lock()

    def _token(self):
        from kg.analogs.reader import change_token

        now = time.monotonic()
        with self._lock:
            if self._tok is not None and now - self._tok[0] < TOKEN_TTL:
                return self._tok[1]
        token = change_token(self.api.store)
        with self._lock:
            self._tok = (now, token)
        return token

    def _once(self, key, compute):
        """The cached value for ``key``, computed once even when many users ask at the same time."""
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                return hit
            # Users asking for the same thing meanwhile wait for this computation instead of each
            # computing it again (which would multiply the work under load).
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:
            with self._lock:
                hit = self._cache.get(key)
            if hit is None:
                hit = compute()
                with self._lock:
                    self._cache = {key: hit, **{k: v for k, v in list(self._cache.items())[:31]}}
                    self._flights.pop(key, None)
        return hit

    def report(self, filters: dict):
        from kg.gaps import read_filters

        key = ("report", json.dumps(filters, sort_keys=True), self._token())
        return self._once(key, lambda: self.api.gap_report(read_filters(filters, lambda f: f"parameter '{f}'")))

    def rendered(self, filters: dict, fmt: str, lab: int | None = LAB_ROWS_SHOWN) -> bytes:
        """The report as response bytes; encoded once per report, format and lab limit (a whole
        lab-heavy report is tens of MB of JSON, too costly to serialise per request)."""
        key = ("bytes", fmt, json.dumps(filters, sort_keys=True), lab if fmt == "json" else None,
               self._token())

        def encode() -> bytes:
            report = self.report(filters)
            if fmt != "json":
                return self.api.render(report, fmt).encode()
            if lab is None:
                body = report.model_dump(mode="json")
            else:
                shown, note = lab_rows_shown(report, lab)
                body = report.model_dump(mode="json", exclude={"lab"})
                body.update(lab=[c.model_dump(mode="json") for c in shown], lab_note=note)
            body["lab_total"] = len(report.lab)
            return json.dumps(body, default=str).encode()
        return self._once(key, encode)

    def analogs(self, params) -> bytes:
        """The analogs answer as response bytes, computed once per query, options and graph version
        (many users ask for the same systems; scoring and explaining cost tens of ms each time)."""
        from kg.analogs import parse_weight_args

        q = (params.get("q") or "").strip()
        if not q:
            raise ValueError("parameter 'q' is required: a system name, lab entry id or system text")
        top_text = (params.get("top") or "10").strip()
        if not top_text.isdigit() or not 1 <= int(top_text) <= MAX_TOP:
            raise ValueError(f"parameter 'top' must be a whole number from 1 to {MAX_TOP}")
        filters, weights = params.getlist("filter") or None, parse_weight_args(params.getlist("weight"))
        confirmed = _flag(params.get("confirmed_only"))
        origin = (params.get("origin") or "all").strip().lower()
        if origin not in _ORIGINS:
            raise ValueError(f"parameter 'origin' must be {', '.join(_ORIGINS[:-1])} or {_ORIGINS[-1]}, "
                             f"not '{origin[:40]}'")
        key = ("analogs", q, int(top_text), json.dumps(filters), json.dumps(weights, sort_keys=True), confirmed,
               origin, self._token())

        def answer() -> bytes:
            result = self.api.analog_search(q, top=int(top_text), filters=filters, weights=weights,
                                            confirmed_only=confirmed, origin=origin)
            return json.dumps(result.to_dict(), default=str).encode()
        return self._once(key, answer)

    def gaps(self, params) -> tuple[bytes, str]:
        fmt = params.get("format") or "json"
        if fmt not in _FORMATS:
            raise ValueError("parameter 'format' must be json, md or html")
        filters: dict = {k: params[k] for k in _REPORT_FIELDS if params.get(k)}
        for k in _YEAR_FIELDS:
            if params.get(k):
                text = params[k].strip()
                if not (text.isdigit() and len(text) == 4):
                    raise ValueError(f"parameter '{k}' must be a year such as 2020, not '{text[:40]}'")
                filters[k] = int(text)
        if "confirmed_only" in filters:
            filters["confirmed_only"] = _flag(filters["confirmed_only"])
        lab = (params.get("lab") or str(LAB_ROWS_SHOWN)).strip().lower()
        if lab != "all" and not (lab.isdigit() and int(lab) >= 0):
            raise ValueError("parameter 'lab' must be a number of lab values or 'all'")
        return self.rendered(filters, fmt, None if lab == "all" else int(lab)), _FORMATS[fmt]


def _flag(value: str | None, name: str = "confirmed_only") -> bool:
    if value is None or value.strip().lower() in ("", "0", "false", "no"):
        return False
    if value.strip().lower() in ("1", "true", "yes"):
        return True
    raise ValueError(f"parameter '{name}' must be true or false, not '{value}'")


async def _body(request: Request, name: str, limit: int) -> bytes:
    """The request body, read no further than ``limit`` bytes (a client that says nothing of its
    length, or lies about it, is stopped at the limit, not after it)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PaperTooLarge(f"{name}: {int(declared) / 1e6:.1f} MB is more than a paper "
                            f"({limit / 1e6:.0f} MB at most); split it or export only the article", field="file")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PaperTooLarge(f"{name}: more than {limit / 1e6:.0f} MB, more than a paper; split it or "
                                "export only the article", field="file")
        chunks.append(chunk)
    return b"".join(chunks)


# ------------------------------------------------------------------------------ sign-in and limits
@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class Gate:
    """Who may call (API tokens when sign-in is on) and how often (a token bucket per caller)."""

    tokens: dict[str, str] | None          # sha256 of a token -> user; None: no sign-in needed
    limits: Limits = field(default_factory=Limits)
    _buckets: dict = field(default_factory=dict)

    def caller(self, request: Request) -> str:
        """The user the request's token names (or the client address without sign-in)."""
        from ui.auth import token_digest

        if self.tokens is None:
            return request.client.host if request.client else "?"
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise PermissionError("this API needs a token: send 'Authorization: Bearer <token>' "
                                  "(make one with `hkg user token <username>`)")
        user = self.tokens.get(token_digest(value.strip()))
        if user is None:
            raise PermissionError("unknown or revoked API token; make a new one with `hkg user token <username>`")
        return f"user:{user}"

    def admit(self, caller: str) -> float:
        """0 if the caller may go on, else the seconds to wait."""
        now = time.monotonic()
        bucket = self._buckets.get(caller)
        if bucket is None:
            if len(self._buckets) > 10_000:       # forget idle callers: the table stays bounded
                self._buckets.clear()
            bucket = self._buckets[caller] = _Bucket(float(self.limits.burst), now)
        bucket.tokens = min(self.limits.burst, bucket.tokens + (now - bucket.stamp) * self.limits.rate)
        bucket.stamp = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0.0
        return (1 - bucket.tokens) / self.limits.rate


def _error(status: int, message: str, **headers) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


def create_app(api, *, tokens: dict[str, str] | None = None, limits: Limits | None = None) -> Starlette:
    """The ASGI app over a ``ui.api.HydrideKG`` (or anything with its read methods)."""
    core = ApiCore(api)
    gate = Gate(tokens, limits or Limits())

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def openapi(request: Request) -> Response:
        return JSONResponse(OPENAPI)

    @_mapped_errors
    def stats(request: Request) -> Response:
        return JSONResponse(json.loads(json.dumps(api.stats(), default=str)))

    @_mapped_errors
    def analogs(request: Request) -> Response:
        return Response(core.analogs(request.query_params), media_type="application/json")

    @_mapped_errors
    def facts(request: Request) -> Response:
        q = request.query_params
        rows = api.facts(source=q.get("source"), prop=q.get("property"), host=q.get("host"),
                         status=q.get("status"), table=q.get("table"), section=q.get("section"))
        limit = (q.get("limit") or "200").strip()
        if not limit.isdigit() or not 1 <= int(limit) <= 5000:
            raise ValueError("parameter 'limit' must be a whole number from 1 to 5000")
        return JSONResponse(json.loads(json.dumps({"total": len(rows), "facts": rows[:int(limit)]}, default=str)))

    @_mapped_errors
    def gaps(request: Request) -> Response:
        body, media = core.gaps(request.query_params)
        return Response(body, media_type=media)

    async def ingest(request: Request) -> Response:
        """A paper in the body, ingested as the token's user (the Python API's write rule)."""
        try:
            q = request.query_params
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            name = (q.get("name") or _UPLOAD_NAMES.get(media) or "").strip()
            if not name:
                raise UserError("name the paper: ?name=paper.pdf (or send Content-Type application/pdf, "
                                "text/markdown or text/plain)", field="name")
            data = await _body(request, name, MAX_PDF_BYTES)
            writer = api.as_user(request.scope["hkg.user"])
            out = await run_in_threadpool(writer.ingest_upload, name, data, source_id=q.get("source_id") or None,
                                          force=_flag(q.get("force"), "force"))
        except Exception as exc:  # noqa: BLE001 - the client gets a message, never a traceback
            return _error_response(exc)
        return JSONResponse(json.loads(json.dumps(out.to_dict(), default=str)),
                            status_code=201 if out.status == "ingested" else 200)

    routes = [Route("/api/health", health), Route("/api/openapi.json", openapi), Route("/api/stats", stats),
              Route("/api/analogs", analogs), Route("/api/facts", facts), Route("/api/report/gaps", gaps),
              Route("/api/ingest", ingest, methods=["POST"])]
    app = Starlette(routes=routes)
    app.state.core = core
    paths = {r.path for r in routes}

    async def guarded(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        response = _refusal(Request(scope), paths, gate)
        if response is None:
            return await app(scope, receive, _secured(send))
        await response(scope, receive, _secured(send))

    guarded.core = core  # type: ignore[attr-defined]
    return guarded


def _refusal(request: Request, paths: set[str], gate: Gate) -> Response | None:
    """The response that stops a request before any work, or None when it may go on."""
    if len(request.scope.get("query_string", b"")) > MAX_QUERY_STRING:
        return _error(414, f"the query string is longer than {MAX_QUERY_STRING} bytes")
    if request.url.path not in paths:
        return _error(404, f"no endpoint {request.url.path}; see /api/openapi.json")
    write = WRITES.get(request.url.path)
    if write is not None and request.method != write:
        return _error(405, f"{request.url.path} takes {write}", Allow=write)
    if write is None and request.method not in ("GET", "HEAD"):
        return _error(405, "this endpoint only reads: use GET", Allow="GET")
    if request.url.path == "/api/health":
        return None
    if write is not None and gate.tokens is None:
        return _error(403, "this server takes no writes: it has no sign-in, so nobody is signed in; set "
                           "HKG_AUTH_FILE (see `hkg user hash`), make a token with `hkg user token <username>` "
                           "and restart `hkg serve`")
    try:
        caller = gate.caller(request)
    except PermissionError as exc:
        return _error(401, str(exc), **{"WWW-Authenticate": "Bearer"})
    if caller.startswith("user:"):
        request.scope["hkg.user"] = caller[len("user:"):]   # who writes: the token's user
    wait = gate.admit(caller)
    if wait:
        return _error(429, "too many requests; slow down", **{"Retry-After": str(max(1, round(wait)))})
    return _unknown_parameter(request)


def _unknown_parameter(request: Request) -> Response | None:
    """400 for a query parameter the endpoint does not take (its OpenAPI parameters): ignored, a
    misspelt filter ('aplication=') or one the endpoint lacks gave an unfiltered answer as if filtered."""
    ops = OPENAPI["paths"].get(request.url.path, {})
    op = ops.get(request.method.lower()) or ops.get("get") or {}
    known = {p["name"] for p in op.get("parameters", [])}
    unknown = sorted(set(request.query_params.keys()) - known)
    if not unknown:
        return None
    takes = f"it takes {', '.join(sorted(known))}" if known else "it takes none"
    return _error(400, f"unknown parameter '{unknown[0][:60]}' for {request.url.path}: {takes} "
                       "(see /api/openapi.json)")


def _mapped_errors(endpoint):
    """The one place this API turns exceptions into responses (endpoints run in worker threads)."""
    @functools.wraps(endpoint)
    def run(request: Request) -> Response:
        try:
            return endpoint(request)
        except Exception as exc:  # noqa: BLE001 - the client gets a message, never a traceback
            return _error_response(exc)
    return run


def status_for(exc: BaseException) -> int:
    """The HTTP status of an error: the one place the error hierarchy meets HTTP."""
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409
    if isinstance(exc, PaperTooLarge):
        return 413
    if isinstance(exc, (UserError, UnknownTermError, ValueError, OverflowError)):
        return 400             # ValueError/OverflowError: parsers, units and pydantic's validation
    if isinstance(exc, HydrideKGError):            # the store is locked, unreachable …
        return 503
    return 500


def _error_response(exc: Exception) -> JSONResponse:
    status = status_for(exc)
    if status == 500:
        return _error(500, f"{type(exc).__name__}: {exc}")
    if isinstance(exc, UnknownTermError) and exc.args:
        return _error(status, str(exc.args[0]))
    response = _error(status, str(exc))
    if isinstance(exc, UserError) and (exc.field or exc.fix):
        body = json.loads(response.body)
        body.update(field=exc.field, fix=exc.fix)
        response = JSONResponse(body, status_code=status)
    return response


def _secured(send):
    """Adds the headers every response carries."""
    async def wrapped(message):
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
            headers += [(b"x-content-type-options", b"nosniff"), (b"cache-control", b"no-store")]
            message = {**message, "headers": headers}
        await send(message)
    return wrapped


# ------------------------------------------------------------------------------------- serving
def _protocol_class():
    """uvicorn's h11 protocol, closing connections whose request head does not arrive in time
    (uvicorn itself waits for a half-sent request forever)."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeaderTimeoutProtocol(H11Protocol):
        def connection_made(self, transport):
            super().connection_made(transport)
            self._arm_header_timer()

        def _arm_header_timer(self):
            self._header_timer = self.loop.call_later(HEADER_TIMEOUT, self._header_timeout)

        def _header_timeout(self):
            waiting_for_head = self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and (
                self.cycle is None or self.cycle.response_complete)
            if waiting_for_head and not self.transport.is_closing():
                self.transport.close()

        def on_response_complete(self):
            super().on_response_complete()
            self._header_timer.cancel()
            self._arm_header_timer()

        def connection_lost(self, exc):
            self._header_timer.cancel()
            super().connection_lost(exc)

    return HeaderTimeoutProtocol


def uvicorn_config(app, host: str, port: int):
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, http=_protocol_class(), server_header=False,
                          backlog=2048, timeout_keep_alive=5, h11_max_incomplete_event_size=MAX_HEADER_BYTES,
                          log_level="warning", access_log=False, lifespan="off")


class ApiServer:
    """A uvicorn server on its own thread (for tests, benches and ``hkg serve``)."""

    def __init__(self, api, host: str = "127.0.0.1", port: int = 0, *, tokens=None, limits=None):
        import socket

        import uvicorn

        self.app = create_app(api, tokens=tokens, limits=limits)
        self.core: ApiCore = self.app.core
        self._sock = socket.create_server((host, port), backlog=2048)
        self.server_address = self._sock.getsockname()
        self._server = uvicorn.Server(uvicorn_config(self.app, host, self.server_address[1]))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def serve_forever(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def start(self) -> ApiServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True, name="hkg-api")
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started and time.monotonic() < deadline and self._thread.is_alive():
            time.sleep(0.01)
        return self

    def shutdown(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=30)

    def server_close(self) -> None:
        self._sock.close()


def serve_in_thread(api, host: str = "127.0.0.1", port: int = 0, **kw) -> ApiServer:
    return ApiServer(api, host, port, **kw).start()


# ------------------------------------------------------------------------------------ OpenAPI
def _param(name: str, description: str, *, required: bool = False, schema: dict | None = None,
           many: bool = False) -> dict:
    schema = schema or {"type": "string"}
    if many:
        schema = {"type": "array", "items": schema}
    return {"name": name, "in": "query", "required": required, "description": description, "schema": schema,
            **({"style": "form", "explode": True} if many else {})}


_ERROR_BODY = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
_ERRORS = {str(code): {"description": text, "content": _ERROR_BODY}
           for code, text in ((400, "bad input: the message names the parameter and the fix"),
                              (401, "no or unknown API token"), (429, "too many requests (see Retry-After)"),
                              (503, "the store refused (locked, unreachable, opened read-only)"),
                              (500, "a bug; the message only"))}
_JSON_OK = {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}

OPENAPI = {
    "openapi": "3.1.0",
    "info": {"title": "HydrideKG JSON API", "version": "1",
             "description": "The hydride knowledge graph: analogous systems, facts and gap reports; "
                            "signed-in users add papers."},
    "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer",
                                      "description": "made with `hkg user token <username>`; "
                                                     "needed when sign-in is configured"}},
        "schemas": {
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
            "IngestOutcome": {"type": "object", "required": ["path", "status", "source_id"], "properties": {
                "path": {"type": "string", "description": "the name the paper was sent with"},
                "status": {"type": "string", "enum": ["ingested", "skipped"]},
                "source_id": {"type": ["string", "null"]}, "reason": {"type": "string"},
                "measurements": {"type": "integer"}, "pages": {"type": ["integer", "null"]},
                "seconds": {"type": "object", "description": "per stage: parse, extract, load"},
                "loaded": {"type": "object", "description": "rows written by the load"}}}},
    },
    "security": [{"token": []}],
    "paths": {
        "/api/health": {"get": {"summary": "liveness", "security": [], "responses": {"200": _JSON_OK}}},
        "/api/openapi.json": {"get": {"summary": "this description", "responses": {"200": _JSON_OK}}},
        "/api/stats": {"get": {"summary": "node counts, sources and the store's last update",
                               "responses": {"200": _JSON_OK, **_ERRORS}}},
        "/api/analogs": {"get": {
            "summary": "analogous systems of a graph system, a lab entry id or typed text, with the reasons",
            "parameters": [
                _param("q", "system name, lab entry id or system text, e.g. 'MgH2 + 10 wt% Ni'", required=True),
                _param("top", f"number of analogs, 1–{MAX_TOP}", schema={"type": "integer", "minimum": 1,
                                                                         "maximum": MAX_TOP, "default": 10}),
                _param("filter", "value filter, e.g. 'Ea < 70 kJ/mol'", many=True),
                _param("weight", "facet weight, e.g. 'composition=2'", many=True),
                _param("confirmed_only", "true: literature values count only once a curator confirmed "
                                         "or corrected them", schema={"type": "boolean", "default": False}),
                _param("origin", "analogs from the literature, the lab's own entries, or both",
                       schema={"type": "string", "enum": list(_ORIGINS), "default": "all"})],
            "responses": {"200": _JSON_OK, **_ERRORS}}},
        "/api/facts": {"get": {
            "summary": "literature facts with their curation status and confidence, least confident first",
            "parameters": [_param(k, f"only facts of this {k}") for k in ("source", "property", "host", "table",
                                                                          "section")]
            + [_param("status", "extracted, confirmed or corrected"),
               _param("limit", "at most this many (1–5000, default 200)", schema={"type": "integer"})],
            "responses": {"200": _JSON_OK, **_ERRORS}}},
        "/api/ingest": {"post": {
            "summary": "ingest a paper (PDF up to 50 MB, Markdown or text up to 5 MB) for the token's user",
            "description": "The body is the file. Needs sign-in (a bearer token); a server without sign-in "
                           "answers 403. A paper whose content was ingested before (and is still in the "
                           "graph) is skipped unless force=true.",
            "parameters": [
                _param("name", "the file's name; its suffix (.pdf, .md, .markdown, .txt) says its type "
                               "(default: from Content-Type)"),
                _param("source_id", "source id (default: from the paper's DOI)"),
                _param("force", "true: ingest again a paper ingested before unchanged",
                       schema={"type": "boolean", "default": False})],
            "requestBody": {"required": True, "content": {
                "application/pdf": {"schema": {"type": "string", "format": "binary", "maxLength": MAX_PDF_BYTES}},
                "text/markdown": {"schema": {"type": "string"}},
                "text/plain": {"schema": {"type": "string"}},
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
            "responses": {
                "201": {"description": "ingested: the paper's summary",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestOutcome"}}}},
                "200": {"description": "skipped: this content was ingested before",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestOutcome"}}}},
                **_ERRORS,
                "403": {"description": "the server has no sign-in, so it takes no writes", "content": _ERROR_BODY},
                "413": {"description": "the upload is larger than its limit", "content": _ERROR_BODY}}}},
        "/api/report/gaps": {"get": {
            "summary": "the literature gap report (JSON, Markdown or HTML)",
            "parameters": [
                *[_param(k, f"filter by {k.replace('_', ' ')} (term id, label or synonym)")
                  for k in _REPORT_FIELDS if k != "confirmed_only"],
                *[_param(k, f"literature published {'from' if k == 'year_from' else 'up to'} this year "
                            "(lab values are kept)", schema={"type": "integer"}) for k in _YEAR_FIELDS],
                _param("confirmed_only", "true: only literature facts a curator confirmed or corrected",
                       schema={"type": "boolean", "default": False}),
                _param("format", "json, md or html",
                       schema={"type": "string", "enum": list(_FORMATS), "default": "json"}),
                _param("lab", f"lab values listed (default {LAB_ROWS_SHOWN}) or 'all'")],
            "responses": {"200": {"description": "OK",
                                  "content": {k: {"schema": {"type": "string" if k != "application/json" else "object"}}
                                              for k in ("application/json", "text/markdown", "text/html")}},
                          **_ERRORS}}},
    },
}

"""A read-only JSON API over HTTP (loopback by default) for scripts, other lab tools and load runs.

    hkg serve --port 8600
    curl 'http://127.0.0.1:8600/api/analogs?q=MgH2%2B10%20wt%25%20Ni&top=5'

Endpoints (GET only): ``/api/stats``, ``/api/analogs?q=…&top=…&filter=…&weight=facet=w``,
``/api/report/gaps?application=…&host_family=…&property=…&format=json|md|html&lab=N|all``,
``/api/health``. A JSON report lists the ``lab`` (default 300) most notable lab values, with
``lab_total`` and ``lab_note``; ``lab=all`` gives every one (tens of MB for a lab of thousands).
Errors are JSON ``{"error": …}`` (``status_for``): 400 for bad input, 404 for what does not exist, 409
for a conflict, 503 when the store cannot answer, 500 for a bug; no traceback is sent.
Gap reports are cached per filters and graph change token, because many users ask the same report.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from ontology.errors import Conflict, HydrideKGError, NotFound, UserError
from ui.api import HydrideKG
from ui.report.render import LAB_ROWS_SHOWN, lab_rows_shown

_REPORT_FIELDS = ("application", "host_family", "property", "project", "source")
_FORMATS = {"json": "application/json", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}
# The graph change token costs a count per label; under load it is re-read at most this often
# (seconds). A read-only server shows a new load at most this much later.
TOKEN_TTL = 1.0


def status_for(exc: BaseException) -> int:
    """The HTTP status of an error: the one place the error hierarchy meets HTTP."""
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409
    if isinstance(exc, (UserError, ValueError)):   # ValueError: pydantic's validation of parameters
        return 400
    if isinstance(exc, HydrideKGError):            # the store is locked, unreachable …
        return 503
    return 500


class _Handler(BaseHTTPRequestHandler):
    server: "ApiServer"

    def log_message(self, fmt, *args):  # quiet: the load runs would flood stderr
        pass

    def _send(self, status: int, body, content_type: str = "application/json") -> None:
        data = body if isinstance(body, bytes) else (
            body.encode() if isinstance(body, str) else json.dumps(body, default=str).encode())
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urlparse(self.path)
        params = parse_qs(url.query)
        try:
            route = {"/api/health": self._health, "/api/stats": self._stats,
                     "/api/analogs": self._analogs, "/api/report/gaps": self._gaps}.get(url.path)
            if route is None:
                self._send(404, {"error": f"no endpoint {url.path}"})
                return
            route(params)
        except Exception as exc:  # noqa: BLE001 - the client gets a message, never a traceback
            status = status_for(exc)
            body = {"error": str(exc) if status != 500 else f"{type(exc).__name__}: {exc}"}
            if isinstance(exc, UserError) and (exc.field or exc.fix):
                body.update(field=exc.field, fix=exc.fix)
            self._send(status, body)

    def _health(self, params) -> None:
        self._send(200, {"ok": True})

    def _stats(self, params) -> None:
        self._send(200, self.server.api.stats())

    def _analogs(self, params) -> None:
        from kg.analogs import parse_weight_args

        q = (params.get("q") or [""])[0].strip()
        if not q:
            raise ValueError("parameter 'q' is required: a system name, lab entry id or system text")
        top = int((params.get("top") or ["10"])[0])
        result = self.server.api.analog_search(
            q, top=top, filters=params.get("filter"), weights=parse_weight_args(params.get("weight")))
        self._send(200, result.to_dict())

    def _gaps(self, params) -> None:
        fmt = (params.get("format") or ["json"])[0]
        if fmt not in _FORMATS:
            raise ValueError("parameter 'format' must be json, md or html")
        filters = {k: params[k][0] for k in _REPORT_FIELDS if params.get(k)}
        lab = (params.get("lab") or [str(LAB_ROWS_SHOWN)])[0].strip().lower()
        if lab != "all" and not (lab.isdigit() and int(lab) >= 0):
            raise ValueError("parameter 'lab' must be a number of lab values or 'all'")
        self._send(200, self.server.rendered(filters, fmt, None if lab == "all" else int(lab)),
                   _FORMATS[fmt])


class ApiServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, api: HydrideKG, host: str = "127.0.0.1", port: int = 0):
        super().__init__((host, port), _Handler)
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
        from kg.gaps import ReportFilters

        key = ("report", json.dumps(filters, sort_keys=True), self._token())
        return self._once(key, lambda: self.api.gap_report(ReportFilters(**filters)))

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

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


def serve_in_thread(api: HydrideKG, host: str = "127.0.0.1", port: int = 0) -> ApiServer:
    server = ApiServer(api, host, port)
    threading.Thread(target=server.serve_forever, daemon=True, name="hkg-api").start()
    return server

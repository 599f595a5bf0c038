"""`hkg serve` (the JSON API on loopback) and `hkg bench load` (concurrent simulated users)."""
from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import quote

from .common import CliError, add_store_args, group, open_store_from_args, print_json

# What simulated users ask: analog searches by text and gap reports with common filters.
_ANALOG_TEXTS = ("MgH2 + 10 wt% Ni", "LiBH4–LiI", "MgH2–5 wt% Nb2O5", "2LiBH4–MgH2", "MgH2@Ti3C2",
                 "LiAlH4 + TiCl3", "Mg(BH4)2")
_REPORT_QUERIES = ("", "application=HydrogenStorage", "application=SolidElectrolyte")


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the JSON API (uvicorn; loopback by default)",
                       description="Serves the JSON API described at /api/openapi.json. When the pages need "
                                   "sign-in (HKG_AUTH_FILE or OIDC), every request needs a token from "
                                   "`hkg user token`, and signed-in users may add papers (POST /api/ingest); "
                                   "without sign-in the API only reads.")
    add_store_args(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8600, help="TCP port (default 8600)")
    p.set_defaults(func=cmd_serve)

    bench = group(sub, "bench", "timings")
    b = bench.add_parser("load", help="concurrent simulated users on the analog and gap queries")
    b.add_argument("--users", type=int, default=200, help="concurrent simulated users (default 200)")
    b.add_argument("--requests", type=int, default=5, help="requests per user (bounded run)")
    b.add_argument("--lab-entries", type=int, default=10000, help="synthetic lab entries added")
    b.add_argument("--timeout", type=float, default=60.0, help="per-request timeout, seconds")
    b.add_argument("--data-dir", default=None,
                   help="scratch store, kept afterwards (default: a temporary folder, deleted at the end)")
    b.add_argument("--json", action="store_true", help="print the result as JSON")
    b.set_defaults(func=cmd_bench_load)


def cmd_serve(args) -> int:
    from ui.api import HydrideKG
    from ui.auth import api_token_users
    from ui.http_api import ApiServer

    tokens = api_token_users()
    if tokens is None and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: no sign-in is configured, so anyone who reaches {args.host}:{args.port} reads the "
              "graph and lab values; set HKG_AUTH_FILE (see `hkg user hash`) to require API tokens",
              file=sys.stderr)
    # writes (POST /api/ingest) only for signed-in users: without sign-in the store is opened read-only
    with open_store_from_args(args, read_only=tokens is None, literature=True) as store:
        try:
            server = ApiServer(HydrideKG(store=store), args.host, args.port, tokens=tokens)
        except OSError as exc:
            raise CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
        how = "no sign-in (single user)" if tokens is None else f"API tokens ({len(set(tokens.values()))} users)"
        print(f"HydrideKG API: {server.url}/api/stats  ({how}; description at {server.url}/api/openapi.json)",
              file=sys.stderr)
        try:
            server.serve_forever()
        finally:
            server.server_close()
    return 0


def _prepare(data_dir: str, lab_entries: int, log) -> None:
    from kg.literature import Literature
    from kg.store import open_store
    from kg.synth import generate

    with open_store("ladybug", data_dir=data_dir) as store:
        Literature(store).build()
        n = 0
        for batch in generate(lab_entries, seed=7, lab_share=1.0, batch_systems=5000):
            store.load(batch)
            n += len(batch.reports)
            log(f"  {n:,} synthetic lab-entry systems loaded")


def _user(base: str, n: int, seed: int, timeout: float, out: list, lock: threading.Lock, token: str) -> None:
    rng = random.Random(seed)
    for _ in range(n):
        if rng.random() < 0.7:
            kind, url = "analogs", f"{base}/api/analogs?top=10&q={quote(rng.choice(_ANALOG_TEXTS))}"
        else:
            kind, url = "gaps", f"{base}/api/report/gaps?format=json&{rng.choice(_REPORT_QUERIES)}"
        t0 = time.perf_counter()
        try:
            request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(request, timeout=timeout) as resp:
                resp.read()
                ok = resp.status == 200
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            ok = False
        with lock:
            out.append((kind, (time.perf_counter() - t0) * 1e3, ok))


def _summary(rows: list) -> dict:
    lat = sorted(ms for _, ms, _ in rows)
    p95 = lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))] if lat else None
    return {"requests": len(rows), "errors": sum(1 for *_, ok in rows if not ok),
            "p50_ms": round(statistics.median(lat), 1) if lat else None,
            "p95_ms": round(p95, 1) if p95 is not None else None,
            "max_ms": round(lat[-1], 1) if lat else None}


def cmd_bench_load(args) -> int:
    if args.users < 1 or args.requests < 1:
        raise CliError("--users and --requests must be at least 1")
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    if args.data_dir:
        return _bench_load(args, args.data_dir, log)
    # A temporary store is deleted however the run ends (done, an error, Ctrl-C): it is large.
    scratch = tempfile.mkdtemp(prefix="hkg-load-")
    try:
        return _bench_load(args, scratch, log)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        log(f"removed the scratch store {scratch}")


def _bench_load(args, data_dir: str, log) -> int:
    from kg.store import open_store
    from ui.api import HydrideKG
    from ui.auth import token_digest
    from ui.http_api import serve_in_thread

    log(f"preparing store in {data_dir}: literature snapshot + {args.lab_entries:,} lab entries")
    _prepare(data_dir, args.lab_entries, log)
    # Each simulated user signs in with a token of its own, as a lab's scripts would.
    user_tokens = [f"hkg_bench_{i}_{random.random()}" for i in range(args.users)]
    with open_store("ladybug", data_dir=data_dir, read_only=True) as store:
        server = serve_in_thread(HydrideKG(store=store),
                                 tokens={token_digest(t): f"bench{i}" for i, t in enumerate(user_tokens)})
        try:
            # Warm the caches once (feature index, the reports users ask for): a server does this at
            # start. The cold times are reported apart: they are compute cost, not serving latency.
            cold = {}
            for name, url in [("analogs", f"{server.url}/api/analogs?q=MgH2")] + [
                    (f"gaps?{q}", f"{server.url}/api/report/gaps?format=json&{q}") for q in _REPORT_QUERIES]:
                t_cold = time.perf_counter()
                warm = urllib.request.Request(url, headers={"Authorization": f"Bearer {user_tokens[0]}"})
                urllib.request.urlopen(warm, timeout=max(args.timeout, 600)).read()
                cold[name] = round(time.perf_counter() - t_cold, 2)
            log("cold (first) request, s: " + ", ".join(f"{k} {v}" for k, v in cold.items()))
            rows: list = []
            lock = threading.Lock()
            threads = [threading.Thread(target=_user, args=(server.url, args.requests, i, args.timeout,
                                                            rows, lock, user_tokens[i])) for i in range(args.users)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
        finally:
            server.shutdown()
            server.server_close()
    result = {"users": args.users, "lab_entries": args.lab_entries, "wall_s": round(wall, 2), "cold_s": cold,
              "all": _summary(rows),
              "analogs": _summary([r for r in rows if r[0] == "analogs"]),
              "gaps": _summary([r for r in rows if r[0] == "gaps"])}
    result["target"] = {"errors": 0, "p95_ms": 1000,
                        "met": result["all"]["errors"] == 0 and (result["all"]["p95_ms"] or 1e9) < 1000}
    if args.json:
        print_json(result)
    else:
        for k in ("all", "analogs", "gaps"):
            s = result[k]
            print(f"{k:8} requests {s['requests']:4}  errors {s['errors']:3}  p50 {s['p50_ms']} ms  "
                  f"p95 {s['p95_ms']} ms  max {s['max_ms']} ms")
        print(f"{args.users} users, {wall:.1f} s wall; target (no errors, p95 < 1 s): "
              f"{'met' if result['target']['met'] else 'NOT met'}")
    return 0

"""``hkg elabftw …``: experiments from an eLabFTW server in, the graph link and a summary back.

    hkg elabftw pull --url URL --api-key-env VAR [--since DATE] [--dry-run]
    hkg elabftw push ENTRY_ID --url URL --api-key-env VAR [--experiment N]

The API key is read from the environment variable named by ``--api-key-env`` (never from the command
line, where it would land in shell history and process lists).  ``pull`` maps experiments exactly as
``hkg eln import`` maps records (typed ``extra_fields`` included) and is all or nothing; ``push``
merges a 'HydrideKG entry' link and the entry's measurements (value, unit, conditions, ranges; one group
of fields per measurement) into the experiment's extra fields and adds a comment summarising the entry.
The experiment of a pulled entry is remembered in its ``eln-record.json`` attachment.
"""
from __future__ import annotations

import argparse
import json
import os

from .common import CliError, add_store_args
from .entry import notebook


def _client(args):
    from ingest.eln.elabftw import ElabClient

    key = os.environ.get(args.api_key_env, "")     # the variable the user named (not a setting)
    if not key:
        raise CliError(f"the environment variable {args.api_key_env} holds no API key; "
                       f"export {args.api_key_env}=<key from eLabFTW's user panel>")
    return ElabClient(args.url, key, verify_ssl=not args.insecure, timeout=args.timeout)


def cmd_pull(args) -> int:
    from .eln import store_plan

    nb = notebook(args)
    plan = nb.plan_elabftw(_client(args), since=args.since, default_system=args.sample)
    return store_plan(args, nb, plan)


def _experiment_of(nb, doc: dict) -> int | None:
    """The eLabFTW experiment a pulled entry came from (its eln-record.json attachment)."""
    for f in doc.get("files", []):
        if f.get("kind") == "eln-record":
            try:
                data = json.loads(nb.read_file(f["sha256"]))
                rid = str(data["record"]["id"])
                return int(rid.rsplit("/", 1)[-1])
            except (KeyError, ValueError, TypeError):
                return None
    return None


def cmd_push(args) -> int:
    from ingest.eln.elabftw import experiment_metadata, push_payload

    nb = notebook(args)
    rev = nb.get(args.id)
    exp_id = args.experiment or _experiment_of(nb, rev.document)
    if exp_id is None:
        raise CliError(f"entry '{args.id}' did not come from eLabFTW; say which experiment: --experiment N")
    client = _client(args)
    link = f"{args.link_base.rstrip('/')}/{args.id}" if args.link_base else f"hkg:entry/{args.id}/r{rev.revision}"
    exp = client.experiment(exp_id)           # it exists (a clear 404 before anything is written)
    # (its fields now: a measurement they already hold is not written twice)
    existing = experiment_metadata(exp).get("extra_fields")
    body, comment = push_payload(args.id, rev.document, link, existing if isinstance(existing, dict) else {})
    client.patch(exp_id, body)
    client.comment(exp_id, comment)
    print(f"experiment {exp_id}: linked to {link} and commented")
    return 0


def _server_args(p) -> None:
    p.add_argument("--url", required=True, help="eLabFTW address, e.g. https://elab.example.org")
    p.add_argument("--api-key-env", required=True, metavar="VAR", help="environment variable holding the API key")
    p.add_argument("--insecure", action="store_true", help="do not verify TLS certificates (test servers)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="give up on a request the server does not answer within this time (default 30)")
    add_store_args(p)


def register(sub) -> None:
    p = sub.add_parser("elabftw", help="eLabFTW (REST API v2): pull experiments, push links back")
    es = p.add_subparsers(dest="elabftw_what", metavar="WHAT", required=True)
    pl = es.add_parser("pull", help="import experiments (with their extra_fields) as lab entries")
    _server_args(pl)
    pl.add_argument("--since", help="only experiments modified on or after this date (YYYY-MM-DD)")
    pl.add_argument("--sample", metavar="SYSTEM", help=argparse.SUPPRESS)   # moved: see kg.notebook.SAMPLE_MOVED
    pl.add_argument("--dry-run", action="store_true", help="check and show what would be imported; write nothing")
    pl.add_argument("--json", action="store_true", help="print the result as JSON")
    pl.add_argument("--user", help="who imports (default: $HKG_USER or the login name)")
    pl.add_argument("--no-graph", action="store_true", help="store entries only; load later with 'hkg entry sync'")
    pl.set_defaults(func=cmd_pull)
    ps = es.add_parser("push", help="write the HydrideKG link and a summary back to the experiment")
    ps.add_argument("id", help="HydrideKG entry id")
    ps.add_argument("--experiment", type=int, help="eLabFTW experiment id (default: the one it was pulled from)")
    ps.add_argument("--link-base", help="address of the HydrideKG app's entry pages (default: an hkg: link)")
    _server_args(ps)
    ps.set_defaults(func=cmd_push)

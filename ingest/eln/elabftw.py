"""eLabFTW through its REST API v2 (official ``elabapi-python`` client): experiments in, links out.

* ``ElabClient`` wraps the client: the API key comes from the caller (the CLI reads it from an
  environment variable, never from a file in the repo or the command line); responses are read as
  JSON (``_preload_content=False``) so fields the generated models do not know survive.
* ``experiment_to_record`` turns an experiment (``id``, ``title``, ``body`` HTML, ``date``,
  ``created_at``, ``modified_at``, ``fullname``, ``tags`` 'a|b', ``metadata`` JSON string with
  ``extra_fields`` {name: {type, value, unit, units}}, ``comments``, ``steps``) into the same neutral
  ``ElnRecord`` an ``.eln`` archive gives, so ``ingest.eln.to_entry`` maps both the same way.
* A condition *range* ('at 2–4 MPa'): an eLabFTW number field holds one number, so a range is one
  extra field of type ``text`` whose value is 'low–high' (or 'low to high', 'low-high') with the
  unit in the field's ``unit`` ({"Pressure": {"type": "text", "value": "2–4", "unit": "MPa"}}) or
  written in the value ('250 to 300 °C'); ``ingest.entries.entry_fields`` reads it into the entry's
  conditions as value, value_max and unit. A range that runs backwards, gives two units or none
  stays a field, and the import preview says why. In an ``.eln`` archive a PropertyValue carries a
  range as schema.org does (``minValue``/``maxValue``; ``ingest.eln.crate``), and our own export
  keeps the entry document itself, so a round trip keeps the range.
* ``push_payload`` is what goes back: a metadata merge adding the HydrideKG link and the entry's
  measurements as extra fields (existing fields kept; one group of fields per measurement, 'HydrideKG
  measurement 2 → hydrogen capacity' with its conditions '… 2 → temperature', which the import reads
  back as that measurement with its own conditions; ``measurement_fields``) and a comment with the
  entry's summary (plain text).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ingest.eln.crate import (
    ElnComment,
    ElnFile,
    ElnRecord,
    MetadataError,
    check_digest,
    elabftw_metadata,
    extra_fields,
    plain_text,
)
from ingest.entries import bounded_json
from ontology.errors import HydrideKGError
from ontology.limits import MAX_JSON_BYTES

LINK_FIELD = "HydrideKG entry"
MAX_UPLOAD_BYTES = 512 * 1024 ** 2   # the same cap as one member of an .eln archive


class ElabError(HydrideKGError, RuntimeError):
    """A call to eLabFTW failed; the message names the call and the status."""


def server_json(text: str | bytes, what: str) -> Any:
    """JSON a server sent, bounded like an archive's (size, nesting), NaN and 1e400 kept as text;
    ElabError naming the call when it is over a limit (a RecursionError traceback before)."""
    try:
        return bounded_json.loads(text, what=f"{what}: the answer", odd_numbers_as_text=True)
    except bounded_json.JsonLimitError as exc:
        raise ElabError(str(exc)) from None


def experiment_metadata(exp: dict) -> dict:
    """An experiment's metadata (``ingest.eln.crate.elabftw_metadata``, the archive's reader too); ElabError
    naming the experiment when it cannot be read."""
    try:
        return elabftw_metadata(exp.get("metadata"), f"experiment {exp.get('id')}: its metadata")
    except MetadataError as exc:
        raise ElabError(str(exc)) from None


def experiment_to_record(exp: dict, *, base_url: str = "") -> ElnRecord:
    """An API v2 experiment as an ``ElnRecord`` (its JSON kept verbatim in ``node``)."""
    meta = experiment_metadata(exp)
    tags = exp.get("tags") or ""
    keywords = [t.strip() for t in (tags.split("|") if isinstance(tags, str) else tags) if str(t).strip()]
    rec = ElnRecord(id=f"experiments/{exp.get('id')}", name=str(exp.get("title") or f"experiment {exp.get('id')}"),
                    types=["Dataset"], genre="experiment",
                    created=str(exp.get("created_at") or exp.get("date") or ""),
                    modified=str(exp.get("modified_at") or ""), keywords=keywords,
                    body=plain_text(str(exp.get("body") or "")), node=exp)
    if exp.get("fullname"):
        rec.authors.append(str(exp["fullname"]))
    if isinstance(meta.get("extra_fields"), dict):
        rec.metadata = extra_fields(meta["extra_fields"])
    for c in exp.get("comments") or []:
        if isinstance(c, dict) and c.get("comment"):
            rec.comments.append(ElnComment(text=plain_text(str(c["comment"])), author=str(c.get("fullname") or ""),
                                           created=str(c.get("created_at") or "")))
    for s in exp.get("steps") or []:
        if isinstance(s, dict) and s.get("body"):
            rec.comments.append(ElnComment(text=f"step: {plain_text(str(s['body']))}"))
    for key, kind in (("experiments_links", "experiments"), ("items_links", "items")):
        for link in exp.get(key) or []:     # links to other experiments and to resources (items)
            if isinstance(link, dict) and link.get("entityid") is not None:
                rec.links.append(("mentions", f"{kind}/{link['entityid']}"))
    if base_url:
        rec.links.append(("url", f"{base_url.rstrip('/')}/experiments/{exp.get('id')}"))
    return rec


def attach_uploads(rec: ElnRecord, exp: dict, fetch: Callable[[int], bytes]) -> None:
    """Download the experiment's uploads into the record, checked against size and digest.

    The digest is checked like an .eln file's (``check_digest``: the algorithm its length shows);
    one that does not match keeps the experiment but not that upload (``rec.files_refused``).
    """
    for up in exp.get("uploads") or []:
        if not isinstance(up, dict) or up.get("id") is None:
            continue
        name = str(up.get("real_name") or f"upload-{up['id']}")
        declared = up.get("filesize")
        if isinstance(declared, int) and declared > MAX_UPLOAD_BYTES:
            raise ElabError(f"experiment {exp.get('id')}: upload '{name}' is {declared} bytes "
                            f"(limit {MAX_UPLOAD_BYTES})")
        data = fetch(int(up["id"]))
        if len(data) > MAX_UPLOAD_BYTES:
            raise ElabError(f"experiment {exp.get('id')}: upload '{name}' is larger than {MAX_UPLOAD_BYTES} bytes")
        digest = hashlib.sha256(data).hexdigest()
        refused, note = check_digest(data, str(up.get("hash") or ""), digest)
        if refused:
            rec.files_refused.append((name, refused))
            continue
        rec.files.append(ElnFile(path=f"uploads/{up['id']}", name=name, size=len(data), sha256=digest, data=data,
                                 media_type=str(up.get("type") or "application/octet-stream"),
                                 description=plain_text(str(up.get("comment") or "")), digest_note=note))


def modified_since(exp: dict, since: str | None) -> bool:
    if not since:
        return True
    stamp = str(exp.get("modified_at") or exp.get("created_at") or exp.get("date") or "")
    try:
        return datetime.fromisoformat(stamp.replace(" ", "T")[:19]) >= datetime.fromisoformat(since[:19])
    except ValueError:
        return True  # an unreadable date: keep it rather than lose it silently


def push_payload(entry_id: str, document: dict, link: str, existing: dict | None = None) -> tuple[dict, str]:
    """(PATCH body adding the link and the entry's measurements as extra fields, comment text
    summarising the entry).

    The fields go in ``metadatamerge`` (API v2): the server merges them into the experiment's metadata,
    so the lab's own extra fields are never rewritten from a copy that may be stale. ``existing``: the
    experiment's extra fields now (``metadata.extra_fields``); a measurement they already give (the
    import would read it from them) is not written again (see ``measurement_fields``).
    """
    field = {"type": "url", "value": link, "description": "this experiment in HydrideKG"}
    measured = measurement_fields(entry_id, document, existing or {})
    lines = [f"HydrideKG entry {entry_id}: {link}"]
    for s in document.get("samples", []):
        system = s.get("system") or "–".join(
            c.get("formula", "") for c in [s.get("host") or {}, *s.get("additives", [])])
        lines.append(f"sample {s['id']}: {system}")
        for m in s.get("measurements", []):
            rng = f"–{m['value_max']:g}" if m.get("value_max") is not None else ""
            lines.append(f"  {m['property']}: {m['value']:g}{rng} {m['unit']}")
    if not document.get("samples"):
        lines.append("no sample assigned yet")
    return {"metadatamerge": {"extra_fields": {LINK_FIELD: field, **measured}}}, "\n".join(lines)


def measurement_fields(entry_id: str, document: dict, existing: dict) -> dict[str, dict]:
    """The entry's measurements as eLabFTW extra fields the import reads back as the same measurements:
    one group of fields per measurement ('HydrideKG measurement 2 → hydrogen capacity', '… 2 → temperature';
    ``ingest.entries.entry_fields.MEASUREMENT_GROUP``), so that each keeps its own conditions in a notebook's flat
    fields. A value is a number field with its unit; a range a text field 'low–high' with its unit (a
    number field holds one number); a categorical condition a text field naming its term. Measurements the
    ``existing`` fields already give are left out, and new groups are numbered after the existing ones."""
    from ingest.eln.to_entry import _field
    from ingest.entries.entry_fields import measurement_group, measurements_from_fields

    present = [_same_key(m) for m in measurements_from_fields([_field(x) for x in extra_fields(existing)])[0]]
    number = max([g for g in map(measurement_group, existing) if g is not None], default=0)
    out: dict[str, dict] = {}
    for sample in document.get("samples", []):
        for m in sample.get("measurements", []):
            key = _same_key(m)
            if key in present:
                present.remove(key)        # (two equal values in the entry need two in the experiment)
                continue
            number += 1
            about = f"measurement {number} of HydrideKG entry {entry_id}, sample {sample.get('id')}"
            out.update(_group_fields(number, m, about))
    return out


def _group_fields(number: int, m: dict, about: str) -> dict[str, dict]:
    from ingest.entries.entry import resolve_property
    from ingest.entries.entry_fields import MEASUREMENT_GROUP
    from ontology.models import condition_value
    from ontology.vocabulary import vocabulary

    vocab = vocabulary()
    prefix = f"{MEASUREMENT_GROUP} {number} → "
    prop = resolve_property(m["property"])
    fields = {prefix + vocab.property(prop).label: _quantity_field(m["value"], m.get("value_max"), m["unit"], about)}
    categorical = set(vocab.categorical_condition_keys())
    for key, val in (m.get("conditions") or {}).items():
        name = prefix + vocab.property(key).label
        if key in categorical:
            term = vocab.condition_value(key, str(val))
            fields[name] = {"type": "text", "value": term.label if term else str(val), "description": about}
            continue
        read = condition_value(key, val)
        fields[name] = _quantity_field(read.value, read.value_max, read.unit, about)
    return fields


def _quantity_field(value: float, value_max: float | None, unit: str, about: str) -> dict:
    """A number field, or for a range a text field 'low–high' (the unit in the field's unit either way)."""
    if value_max is None:
        return {"type": "number", "value": f"{value:.12g}", "unit": unit, "units": [unit], "description": about}
    return {"type": "text", "value": f"{value:.12g}–{value_max:.12g}", "unit": unit, "description": about}


def _same_key(m: dict) -> tuple:
    """A measurement as the graph would hold it (property, canonical values and conditions), to tell one
    already written in the experiment's fields from a new one."""
    from ingest.entries.entry import PLACEHOLDER_SYSTEM, resolve_property
    from ontology.models import Measurement

    try:
        held = Measurement.model_validate({
            "property": resolve_property(m["property"]), "value": m["value"], "value_max": m.get("value_max"),
            "unit": m["unit"], "conditions": m.get("conditions") or {}, "system": PLACEHOLDER_SYSTEM,
            "source": {"source_id": "push"}})
    except (ValueError, KeyError):
        return ("unreadable", json.dumps(m, sort_keys=True, default=str))
    return (held.property, round(held.value, 9), held.value_max and round(held.value_max, 9),
            json.dumps(held.all_conditions, sort_keys=True), json.dumps(held.condition_max, sort_keys=True))


class _NoReadRetries:
    """The client's pool without urllib3's default read retries: a server that does not answer within
    the timeout is reported after one timeout, not after four (connection refusals are still retried).

    Nor does it follow redirects: urllib3 followed one to any host, so a pull read another server's
    experiments as the lab's and a push sent the entry's values there (only the API key was held back),
    each reported as done. A redirect, and a 429/503 asking to wait, come back as the answer the
    client refuses, and ``ElabClient._call`` says what to do."""

    def __init__(self, pool):
        self._pool = pool

    def request(self, *args, **kwargs):
        from urllib3.util.retry import Retry

        kwargs.setdefault("retries", Retry(total=3, connect=2, read=0, status=0, redirect=0, raise_on_redirect=False,
                                           raise_on_status=False, respect_retry_after_header=False))
        return self._pool.request(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._pool, name)


def _reason(exc) -> str:
    """The server's own words on a refused request (eLabFTW's 'description', or a validator's)."""
    try:
        body = json.loads(exc.body or b"{}")
    except (TypeError, ValueError):
        return ""
    if not isinstance(body, dict):
        return ""
    text = body.get("description") or body.get("detail") or body.get("message") or ""
    return f" ({str(text)[:300]})" if text else ""


def _what_to_do(exc) -> str:
    """The fix for a redirect (never followed) or a request to wait (429/503 with Retry-After)."""
    headers = getattr(exc, "headers", None) or {}
    status = getattr(exc, "status", None) or 0
    if 300 <= status < 400:
        where = str(headers.get("Location") or "elsewhere")[:300]
        return (f"; the server redirects to {where}, and HydrideKG follows no redirect (another server would "
                "answer the pull or receive the push): give the eLabFTW address itself with --url")
    wait = headers.get("Retry-After")
    if status in (429, 503) and wait:
        return f"; the server asks to wait ({str(wait)[:40]} s, Retry-After): run the command again then"
    return ""


def _body(resp: Any, cap: int, what: str) -> bytes:
    """The answer's bytes, reading at most ``cap`` + 1 of them: a server that sends more than it
    declared (or than any upload may hold) is refused without its bytes filling memory first."""
    raw = resp[0] if isinstance(resp, tuple) else resp
    if not hasattr(raw, "read"):        # an answer the client already read
        return bytes(raw.data or b"")
    data = raw.read(cap + 1)
    if len(data) > cap:
        raw.close()                      # drop the connection instead of reading the rest
        raise ElabError(f"{what}: the answer is larger than {cap:,} bytes (the limit); nothing of it was kept")
    return bytes(data or b"")


class ElabClient:
    """The few API v2 calls HydrideKG needs, through the official client."""

    def __init__(self, url: str, api_key: str, *, verify_ssl: bool = True, timeout: float = 30.0):
        try:
            import elabapi_python
        except ImportError as exc:  # pragma: no cover - dependency missing
            raise ElabError("the eLabFTW client is not installed: pip install elabapi-python") from exc
        if not api_key:
            raise ElabError("no API key: set it in the environment variable named by --api-key-env")
        config = elabapi_python.Configuration()
        base = url.rstrip("/")
        config.host = base if base.endswith("/api/v2") else f"{base}/api/v2"
        config.api_key["Authorization"] = api_key
        config.verify_ssl = verify_ssl
        self.base = config.host
        self.timeout = timeout        # seconds per request: a stalled server is an error, not a hang
        self._lib = elabapi_python
        self._client = elabapi_python.ApiClient(config)
        rest = self._client.rest_client
        rest.pool_manager = _NoReadRetries(rest.pool_manager)
        self.experiments_api = elabapi_python.ExperimentsApi(self._client)
        self.comments_api = elabapi_python.CommentsApi(self._client)

    def _call(self, what: str, call, *args, **kwargs):
        try:
            return call(*args, _preload_content=False, _request_timeout=self.timeout, **kwargs)
        except self._lib.rest.ApiException as exc:
            raise ElabError(f"{what}: HTTP {exc.status} {exc.reason}{_reason(exc)}{_what_to_do(exc)}") from None
        except Exception as exc:  # connection refused, TLS, DNS, timeouts: name the call
            if "timed out" in str(exc).lower() or "timeout" in type(exc).__name__.lower():
                raise ElabError(f"{what}: no answer within {self.timeout:g} s (timed out); "
                                "check the server or try again later") from None
            raise ElabError(f"{what}: {exc}") from None

    def _json(self, what: str, call, *args, **kwargs):
        data = _body(self._call(what, call, *args, **kwargs), MAX_JSON_BYTES, what)
        if not data:
            return None
        try:
            return server_json(data, what)
        except json.JSONDecodeError:
            page = " but a web page (a sign-in page or a proxy's?): check --url" if data.lstrip()[:1] == b"<" else ""
            raise ElabError(f"{what}: the server did not answer JSON{page}") from None

    def experiments(self, *, page: int = 50, max_pages: int = 10_000) -> list[dict]:
        """Every readable experiment (paged with limit/offset).

        Stops at a short page, and also at a page that brings no experiment not seen yet: a server
        (or proxy) that ignores ``offset`` would otherwise be paged forever.
        """
        out, seen, offset = [], set(), 0
        for _ in range(max_pages):
            batch = self._json(f"GET /experiments?limit={page}&offset={offset}",
                               self.experiments_api.read_experiments_with_http_info,
                               limit=page, offset=offset) or []
            if not isinstance(batch, list):
                raise ElabError("GET /experiments: the server did not answer a list of experiments")
            fresh = [e for e in batch if isinstance(e, dict) and e.get("id") not in seen]
            seen.update(e.get("id") for e in fresh)
            out.extend(fresh)
            if len(batch) < page or not fresh:
                return out
            offset += page
        raise ElabError(f"GET /experiments: more than {max_pages} pages; narrow the pull with --since")

    def experiment(self, exp_id: int) -> dict:
        return self._json(f"GET /experiments/{exp_id}", self.experiments_api.get_experiment_with_http_info, exp_id)

    def upload(self, exp_id: int, upload_id: int) -> bytes:
        """The bytes of one upload (``format=binary``)."""
        uploads = self._lib.UploadsApi(self._client)
        resp = self._call(f"GET /experiments/{exp_id}/uploads/{upload_id}", uploads.read_upload_with_http_info,
                          "experiments", exp_id, upload_id, format="binary")
        return _body(resp, MAX_UPLOAD_BYTES, f"GET /experiments/{exp_id}/uploads/{upload_id}")

    def patch(self, exp_id: int, body: dict) -> dict | None:
        return self._json(f"PATCH /experiments/{exp_id}", self.experiments_api.patch_experiment_with_http_info,
                          body, exp_id)

    def comment(self, exp_id: int, text: str) -> None:
        self._json(f"POST /experiments/{exp_id}/comments", self.comments_api.post_entity_comments_with_http_info,
                   "experiments", exp_id, body={"comment": text})

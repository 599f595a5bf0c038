"""eLabFTW through its REST API v2 (official ``elabapi-python`` client): experiments in, links out.

* ``ElabClient`` wraps the client: the API key comes from the caller (the CLI reads it from an
  environment variable, never from a file in the repo or the command line); responses are read as
  JSON (``_preload_content=False``) so fields the generated models do not know survive.
* ``experiment_to_record`` turns an experiment (``id``, ``title``, ``body`` HTML, ``date``,
  ``created_at``, ``modified_at``, ``fullname``, ``tags`` 'a|b', ``metadata`` JSON string with
  ``extra_fields`` {name: {type, value, unit, units}}, ``comments``, ``steps``) into the same neutral
  ``ElnRecord`` an ``.eln`` archive gives, so ``ingest.eln.to_entry`` maps both the same way.
* ``push_payload`` is what goes back: a metadata merge adding the HydrideKG link as an extra field
  (existing fields kept) and a comment with the entry's summary (plain text).
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import hashlib
from typing import Callable

from ingest.eln.crate import ElnFile, ElnRecord, extra_fields, plain_text
from ontology.errors import HydrideKGError

LINK_FIELD = "HydrideKG entry"
MAX_UPLOAD_BYTES = 512 * 1024 ** 2   # the same cap as one member of an .eln archive


class ElabError(HydrideKGError, RuntimeError):
    """A call to eLabFTW failed; the message names the call and the status."""


def _parse_metadata(raw: Any) -> dict:
    if isinstance(raw, dict):
        return raw
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (TypeError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def experiment_to_record(exp: dict, *, base_url: str = "") -> ElnRecord:
    """An API v2 experiment as an ``ElnRecord`` (its JSON kept verbatim in ``node``)."""
    meta = _parse_metadata(exp.get("metadata"))
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
            who = " ".join(str(c.get(k)) for k in ("fullname", "created_at") if c.get(k))
            rec.comments.append(f"comment ({who}): {plain_text(str(c['comment']))}")
    for s in exp.get("steps") or []:
        if isinstance(s, dict) and s.get("body"):
            rec.comments.append(f"step: {plain_text(str(s['body']))}")
    if base_url:
        rec.links.append(("url", f"{base_url.rstrip('/')}/experiments/{exp.get('id')}"))
    return rec


def attach_uploads(rec: ElnRecord, exp: dict, fetch: Callable[[int], bytes]) -> None:
    """Download the experiment's uploads into the record, checked against size and sha256."""
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
        if str(up.get("hash_algorithm") or "").lower() == "sha256" and up.get("hash") and up["hash"] != digest:
            raise ElabError(f"experiment {exp.get('id')}: upload '{name}' does not match its sha256 "
                            f"(got {digest}, the server says {up['hash']})")
        rec.files.append(ElnFile(path=f"uploads/{up['id']}", name=name, size=len(data), sha256=digest, data=data,
                                 media_type=str(up.get("type") or "application/octet-stream"),
                                 description=plain_text(str(up.get("comment") or ""))))


def modified_since(exp: dict, since: str | None) -> bool:
    if not since:
        return True
    stamp = str(exp.get("modified_at") or exp.get("created_at") or exp.get("date") or "")
    try:
        return datetime.fromisoformat(stamp.replace(" ", "T")[:19]) >= datetime.fromisoformat(since[:19])
    except ValueError:
        return True  # an unreadable date: keep it rather than lose it silently


def push_payload(entry_id: str, document: dict, link: str, current_metadata: Any) -> tuple[dict, str]:
    """(PATCH body merging the link into the metadata, comment text summarising the entry)."""
    meta = _parse_metadata(current_metadata)
    fields = dict(meta.get("extra_fields") or {})
    fields[LINK_FIELD] = {"type": "url", "value": link, "description": "this experiment in HydrideKG"}
    meta["extra_fields"] = fields
    lines = [f"HydrideKG entry {entry_id}: {link}"]
    for s in document.get("samples", []):
        system = s.get("system") or "–".join(
            c.get("formula", "") for c in [s.get("host") or {}, *s.get("additives", [])])
        lines.append(f"sample {s['id']}: {system}")
        for m in s.get("measurements", []):
            rng = f"–{m['value_max']:g}" if m.get("value_max") is not None else ""
            lines.append(f"  {m['property']}: {m['value']:g}{rng} {m['unit']}")
    return {"metadata": json.dumps(meta, ensure_ascii=False)}, "\n".join(lines)


class ElabClient:
    """The few API v2 calls HydrideKG needs, through the official client."""

    def __init__(self, url: str, api_key: str, *, verify_ssl: bool = True):
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
        self._lib = elabapi_python
        self._client = elabapi_python.ApiClient(config)
        self.experiments_api = elabapi_python.ExperimentsApi(self._client)
        self.comments_api = elabapi_python.CommentsApi(self._client)

    def _json(self, what: str, call, *args, **kwargs):
        try:
            resp = call(*args, _preload_content=False, **kwargs)
        except self._lib.rest.ApiException as exc:
            raise ElabError(f"{what}: HTTP {exc.status} {exc.reason}") from None
        except Exception as exc:  # connection refused, TLS, DNS: name the call
            raise ElabError(f"{what}: {exc}") from None
        data = resp.data if hasattr(resp, "data") else resp[0].data
        if not data:
            return None
        try:
            return json.loads(data)
        except json.JSONDecodeError:
            raise ElabError(f"{what}: the server did not answer JSON") from None

    def experiments(self, *, page: int = 50) -> list[dict]:
        """Every readable experiment (paged with limit/offset), each read in full."""
        out, offset = [], 0
        while True:
            batch = self._json("GET /experiments", self.experiments_api.read_experiments_with_http_info,
                               limit=page, offset=offset) or []
            out.extend(batch)
            if len(batch) < page:
                return out
            offset += page

    def experiment(self, exp_id: int) -> dict:
        return self._json(f"GET /experiments/{exp_id}", self.experiments_api.get_experiment_with_http_info, exp_id)

    def upload(self, exp_id: int, upload_id: int) -> bytes:
        """The bytes of one upload (``format=binary``)."""
        uploads = self._lib.UploadsApi(self._client)
        try:
            resp = uploads.read_upload_with_http_info("experiments", exp_id, upload_id, format="binary",
                                                      _preload_content=False)
        except self._lib.rest.ApiException as exc:
            raise ElabError(f"GET /experiments/{exp_id}/uploads/{upload_id}: HTTP {exc.status} {exc.reason}") from None
        except Exception as exc:
            raise ElabError(f"GET /experiments/{exp_id}/uploads/{upload_id}: {exc}") from None
        return (resp.data if hasattr(resp, "data") else resp[0].data) or b""

    def patch(self, exp_id: int, body: dict) -> dict | None:
        return self._json(f"PATCH /experiments/{exp_id}", self.experiments_api.patch_experiment_with_http_info,
                          body, exp_id)

    def comment(self, exp_id: int, text: str) -> None:
        self._json(f"POST /experiments/{exp_id}/comments", self.comments_api.post_entity_comments_with_http_info,
                   "experiments", exp_id, body={"comment": text})

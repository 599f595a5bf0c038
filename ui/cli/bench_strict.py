"""The strict half of `hkg bench extract` (issue 10, item 7): the review's prose facts and the
other-styles dev set (tests/devset/styles/*.md + styles.jsonl), scored by ``ingest.evaluation.scoring`` with
the whole system required, next to the lenient figures.

Rows are exactly what `hkg extract --jsonl` prints for the document (the command is run in-process
and its output parsed), so the bench scores the public contract, whatever fields it carries today.
"""
from __future__ import annotations

import io
import json
import sys
from argparse import Namespace
from contextlib import redirect_stdout
from pathlib import Path

from .common import CliError


def jsonl_rows(path: Path) -> list[dict]:
    """The records `hkg extract PATH --jsonl` prints, parsed."""
    from .extract import cmd_extract

    out = io.StringIO()
    with redirect_stdout(out):
        cmd_extract(Namespace(path=str(path), jsonl=True, source_id=None, no_progress=True))
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def styles_figures(devset: Path, docs: list[str] | None = None, listing: list | None = None) -> dict | None:
    """Strict and lenient figures per style of the other-styles dev set (None when it is absent).
    ``listing``: gets (document, its text, facts, rows) of every document, for ``print_claim_misses``."""
    from ingest.evaluation.scoring import defined_names, score_groups, with_defined_names

    from .extract import load_devset  # one reader of JSON-lines dev sets (extract imports this module)

    facts_file, folder = devset / "styles.jsonl", devset / "styles"
    if not facts_file.is_file() or not folder.is_dir():
        return None
    by_doc: dict[str, list[dict]] = {}
    for f in load_devset(facts_file):
        by_doc.setdefault(f["doc"], []).append(f)
    names = sorted(by_doc) if docs is None else list(docs)
    unknown = [d for d in names if d not in by_doc or not (folder / f"{d}.md").is_file()]
    if unknown:
        raise CliError(f"dev-set documents not found: {', '.join(unknown)}; "
                       f"each needs {folder}/NAME.md and facts with \"doc\": NAME in {facts_file}")
    scored = []
    for name in names:
        text = (folder / f"{name}.md").read_text(encoding="utf-8")
        # (a material the document names two ways, defining one as the short form of the other, is one material)
        defined = defined_names(text)
        rows = with_defined_names(jsonl_rows(folder / f"{name}.md"), defined)
        facts = with_defined_names(by_doc[name], defined)
        if listing is not None:
            listing.append((name, text, facts, rows))
        scored.append((by_doc[name][0]["style"], facts, rows))
    result = score_groups(scored)
    result["documents"] = len(names)
    return result


def review_figures(corpus: Path, devset: Path, listing: list | None = None) -> dict | None:
    """Strict and lenient figures on the review: its prose facts (tests/devset/prose.jsonl) and
    mechanism claims (review_mechanisms.jsonl) against the prose records, and its table facts
    (tables.jsonl, which annotates every value of the rows it lists) against the records of those rows only."""
    from ingest.evaluation.scoring import score_groups

    from .extract import load_devset

    docs = []
    rows = None
    for name, tables in (("prose", False), ("tables", True)):
        facts_file = devset / f"{name}.jsonl"
        if not facts_file.is_file():
            continue
        if rows is None:
            rows = jsonl_rows(corpus)
        facts = load_devset(facts_file)
        claims_file = devset / "review_mechanisms.jsonl"
        if not tables and claims_file.is_file():  # the mechanism claims of the review's prose
            facts += load_devset(claims_file)
        if tables:
            annotated = {(f["table"], f["row"]) for f in facts}
            mine = [r for r in rows if ((r.get("source") or {}).get("table"), (r.get("source") or {}).get("row"))
                    in annotated]
        else:
            mine = [r for r in rows if r.get("kind") == "mechanism" or (r.get("source") or {}).get("table") is None]
        docs.append((f"review {name}", facts, mine))
        if listing is not None:
            listing.append(("review" if not tables else "review tables", corpus.read_text(encoding="utf-8"),
                            facts, mine))
    return score_groups(docs, section=True) if docs else None


# ------------------------------------------------------------------------------------ report
def _pct(x) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}"


def _line(name: str, f: dict) -> str:
    acc = f["accuracy"]
    return (f"  {name:22s} {f['facts']:5d} {f['extracted']:5d}  {_pct(f['lenient']['precision'])} "
            f"{_pct(f['lenient']['recall'])}  {_pct(f['strict']['precision'])} {_pct(f['strict']['recall'])}  "
            f"{_pct(f['complete']['recall'])}  {_pct(acc['roles']['accuracy'])} "
            f"{_pct(acc['strategies']['accuracy'])} {_pct(acc['basis']['accuracy'])} "
            f"{_pct(acc['qualifier']['accuracy'])} {_pct(acc['uncertainty']['accuracy'])} "
            f"{_pct(acc['section']['accuracy'])}  {_pct(f['mechanisms']['recall'])} "
            f"{_pct(f['mechanisms']['precision'])}\n")


def print_strict(result: dict) -> None:
    out = sys.stdout
    out.write("\nstrict scoring (whole system: host and every additive; % figures; see ingest/evaluation/scoring.py)\n"
              "  lenient = property, value and host; strict = also canonical unit and every additive;\n"
              "  complete = strict with roles, amounts, strategies, basis, application, qualifier,\n"
              "  uncertainty and section right; roles over strict matches, the other accuracies over\n"
              "  lenient matches; mech R / mech P = mechanism-claim recall / precision\n")
    out.write(f"  {'group':22s} {'facts':>5s} {'rows':>5s}  {'len P':>5s} {'len R':>5s}  {'str P':>5s} "
              f"{'str R':>5s}  {'compl':>5s}  {'roles':>5s} {'strat':>5s} {'basis':>5s} {'qual':>5s} "
              f"{'unc':>5s} {'sect':>5s}  {'mechR':>5s} {'mechP':>5s}\n")
    review = result.get("strict_review")
    if review:
        for name, f in review["groups"].items():
            out.write(_line(name, f))
    styles = result.get("strict_styles")
    if styles:
        for name, f in styles["groups"].items():
            out.write(_line(name, f))
        out.write(_line(f"ALL STYLES ({styles['documents']} docs)", styles["all"]))


def _claim_text(c: dict) -> str:
    phase = f" (in situ {c['in_situ_phase']})" if c.get("in_situ_phase") else ""
    return (f"{c.get('mechanism')}  host={c.get('host')}  additive={c.get('additive')}{phase}  "
            f"strategy={c.get('strategy')}")


def print_claim_misses(listing: list) -> None:
    """The annotated mechanism claims no row matches and the claim rows no annotation matches, with
    the evidence sentence of each row (what `--show-claims` prints, to group errors by cause)."""
    from ingest.evaluation.scoring import mechanism_misses

    out = sys.stdout
    for name, text, facts, rows in listing:
        missed, wrong = mechanism_misses(facts, rows, section=name == "review")
        if not missed and not wrong:
            continue
        out.write(f"\nmechanism claims of {name}: {len(missed)} missed, {len(wrong)} not annotated\n")
        for c in missed:
            where = f" [{c['section']}]" if c.get("section") else ""
            out.write(f"  MISSED{where} {_claim_text(c)}\n")
        for r in wrong:
            src = r.get("source") or {}
            where = f" [{src.get('section')}]" if src.get("section") else ""
            out.write(f"  FALSE{where} {_claim_text(r)}\n")
            _write_evidence(out, text, src, None)


def _write_evidence(out, text: str, src: dict, limit: int | None = 400) -> None:
    """The row's evidence sentence (its source span of ``text``, white space folded, cut at ``limit`` characters)."""
    if src.get("start") is not None and src.get("end") is not None:
        out.write(f"      | {' '.join(text[src['start']:src['end']].split())[:limit]}\n")


def _system_text(components: list[dict] | None) -> str:
    return " + ".join(f"{c.get('material')}[{c.get('role') or '?'}]" for c in components or []) or "-"


def print_strategy_misses(listing: list) -> None:
    """Every fact found (leniently) whose strategies are wrong: the annotated and the found strategies,
    both systems and the evidence text (what `--show-strategies` prints, to group errors by cause)."""
    from ingest.evaluation.scoring import strategy_misses

    out = sys.stdout
    for name, text, facts, rows in listing:
        wrong = strategy_misses(facts, rows, section=name == "review")
        if not wrong:
            continue
        out.write(f"\nstrategies of {name}: {len(wrong)} facts with wrong strategies\n")
        for fact, row in wrong:
            src = row.get("source") or {}
            where = src.get("section") or (f"{src.get('table')} row {src.get('row')}" if src.get("table") else "")
            out.write(f"  [{where}] {fact['property']} {fact['value']:g} {fact.get('unit')}: "
                      f"expected {sorted(fact.get('strategies') or [])} found {sorted(row.get('strategies') or [])}\n"
                      f"      fact system: {_system_text(fact.get('components'))}\n"
                      f"      row system:  {row.get('system')} = {_system_text(row.get('components'))}\n")
            _write_evidence(out, text, src)


def print_incomplete(listing: list) -> None:
    """Every fact that is not complete, with the checks it fails, both systems and the evidence text (what
    `--show-incomplete` prints, to tabulate the causes by field: issue 10, item 1)."""
    from ingest.evaluation.scoring import incomplete_pairs

    out = sys.stdout
    for name, text, facts, rows in listing:
        listed = incomplete_pairs(facts, rows, section=name == "review")
        if not listed:
            continue
        out.write(f"\nnot complete in {name}: {len(listed)} facts\n")
        for fact, row, fails in listed:
            where = fact.get("section") if fact.get("table") is None else f"{fact['table']} row {fact.get('row')}"
            out.write(f"  [{where}] {fact['property']} {fact['value']:g} {fact.get('unit')}: fails {', '.join(fails)}\n"
                      f"      fact system: {_system_text(fact.get('components'))} "
                      f"{sorted(fact.get('strategies') or [])} {fact.get('basis')}\n")
            if row is None:
                continue
            src = row.get("source") or {}
            out.write(f"      row system:  {row.get('system')} = {_system_text(row.get('components'))} "
                      f"{sorted(row.get('strategies') or [])} {row.get('basis')}\n")
            _write_evidence(out, text, src)

"""JSON API parameters: one the endpoint does not take is refused, not ignored.

Ignored, a misspelt filter ('aplication=anode') or one the endpoint lacked ('year_from=2020' on the gap
report, 'origin=lab' on analogs, which the command line has) gave the unfiltered answer with 200, as if
filtered. The endpoint's parameters are its OpenAPI description's."""
from __future__ import annotations

import json

import pytest

from tests.test_api_server import get, serve, store  # noqa: F401  (fixtures)


@pytest.mark.parametrize("path,name", [("/api/report/gaps?format=json&aplication=anode", "aplication"),
                                       ("/api/facts?hostt=MgH2", "hostt"),
                                       ("/api/analogs?q=MgH2&toop=3", "toop"),
                                       ("/api/stats?verbose=1", "verbose")])
def test_a_parameter_the_endpoint_does_not_take_is_refused_naming_it(serve, path, name):  # noqa: F811
    server = serve()
    status, _, body = get(server.url + path)
    error = json.loads(body)["error"]
    assert status == 400 and f"unknown parameter '{name}'" in error and "openapi.json" in error


def test_near_miss_the_parameters_an_endpoint_describes_are_taken(serve):  # noqa: F811
    server = serve()
    for path in ("/api/report/gaps?format=md&confirmed_only=false&lab=all", "/api/facts?host=MgH2&limit=5",
                 "/api/analogs?q=MgH2&top=3&confirmed_only=false", "/api/health?probe=1"):
        assert get(server.url + path)[0] == 200, path


def test_the_gap_report_takes_publication_years(serve):  # noqa: F811
    server = serve()
    status, _, body = get(server.url + "/api/report/gaps?format=json&year_from=2020&year_to=2022")
    assert status == 200 and json.loads(body)["filters"]["year_from"] == 2020
    assert json.loads(body)["filters"]["year_to"] == 2022
    status, _, body = get(server.url + "/api/report/gaps?format=json&year_from=last")
    assert status == 400 and "parameter 'year_from' must be a year" in json.loads(body)["error"]


def test_analogs_take_the_origin_the_command_line_takes(serve):  # noqa: F811
    server = serve()
    url = server.url + "/api/analogs?q=MgH2%20%2B%205%20mol%25%20Nb2O5&top=5"
    both = json.loads(get(url)[2])["results"]
    lab = json.loads(get(url + "&origin=lab")[2])["results"]
    assert both and lab == []                              # the test graph holds literature only
    assert json.loads(get(url + "&origin=literature")[2])["results"] == both
    status, _, body = get(url + "&origin=mine")
    assert status == 400 and "parameter 'origin' must be all, literature or lab" in json.loads(body)["error"]


@pytest.mark.parametrize("query,words", [("application=%3Cscript%3E", "parameter 'application': '<script>' is not a"),
                                         ("application=anod", "(did you mean: anode")])
def test_a_filter_the_ontology_lacks_is_named_without_pydantics_report(serve, query, words):  # noqa: F811
    """The answer was pydantic's '1 validation error for ReportFilters … [type=value_error, input_value=…]',
    and a term with no near name got 'did you mean: see the ontology'."""
    server = serve()
    status, _, body = get(server.url + "/api/report/gaps?format=json&" + query)
    error = json.loads(body)["error"]
    assert status == 400 and words in error
    assert "validation error" not in error and "type=value_error" not in error and "see the ontology" not in error


def test_the_command_line_names_a_bad_filter_by_its_option(tmp_path, capsys):
    from ui.cli import main

    assert main(["report", "gaps", "--data-dir", str(tmp_path), "--application", "<script>"]) == 2
    err = capsys.readouterr().err
    assert "--application: '<script>' is not a" in err and "e.g. anode" in err and "see the ontology" not in err

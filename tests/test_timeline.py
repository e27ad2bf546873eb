"""Time: one statement per article, posts' timelines, holders, succession, and the 2025
reorganisation's links from old units to the units that took them over."""
from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import gazetteer
from kg.article import make_article
from kg.canned import canned
from kg.cli import main
from kg.facts import extract
from kg.query import select
from kg.rdf import build_graph
from kg.resolve.timeline import Statement, timeline
from kg.serialize import to_oxigraph, write_turtle
from kg.store import GraphStore

from .conftest import SHARED

VINEWS = SHARED / "corpus" / "vi-news" / "vietnews_gov.jsonl.gz"


def article(text: str, name: str):
    return extract(make_article(text, name, language="en"))


def graph_file(tmp_path: Path, extractions) -> Path:
    path = tmp_path / "graph.ttl"
    write_turtle(to_oxigraph(build_graph(extractions)), path)
    return path


def holders(path: Path, body: str, *options: str) -> list[list[str]]:
    result = CliRunner().invoke(main, ["query", str(path), "holders", body, "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# Two articles about one man, three years apart (the example of issue 7).
QUYET_2015 = ("date 2015-05-10\nKien An news\nThe meeting was attended by former Chairman of the People's "
              "Committee of Kien An District Nguyen Van Quyet.\n")
QUYET_2018 = ("date 2018-03-12\nKien An news\nChairman of the People's Committee of Kien An District "
              "Nguyen Van Quyet chaired the meeting.\n")


def test_one_articles_former_does_not_change_anothers_statement(tmp_path):
    path = graph_file(tmp_path, [article(QUYET_2015, "2015.txt"), article(QUYET_2018, "2018.txt")])
    rows = holders(path, "People's Committee of Kien An", "--role", "chair")
    assert [(r["holder"], r["date"], r["status"], r["article"]) for r in rows] == [
        ("Nguyen Van Quyet", "2015-05-10", "former", "2015.txt"),
        ("Nguyen Van Quyet", "2018-03-12", "current", "2018.txt")]
    assert {(r["firstSeen"], r["lastSeen"], r["current"]) for r in rows} == {("2015-05-10", "2018-03-12", "current")}
    # no article's status or date sits on the shared post
    store = GraphStore(path)
    assert not bool(store.query("ASK { ?p govkg:former|govkg:observedOn ?x }"))


def test_the_graph_does_not_depend_on_the_order_articles_are_read(tmp_path):
    a, b = article(QUYET_2015, "2015.txt"), article(QUYET_2018, "2018.txt")
    assert isomorphic(build_graph([a, b]), build_graph([b, a]))


def test_only_the_latest_statement_makes_a_holder_current(tmp_path):
    later_former = QUYET_2015.replace("2015-05-10", "2019-01-01")
    path = graph_file(tmp_path, [article(QUYET_2018, "2018.txt"), article(later_former, "2019.txt")])
    rows = holders(path, "People's Committee of Kien An")
    assert [(r["date"], r["status"]) for r in rows] == [("2018-03-12", "current"), ("2019-01-01", "former")]
    assert {r["current"] for r in rows} == {""}


def test_succession_read_from_dated_statements(tmp_path):
    held = ("date 2016-04-02\nA\nChairman of the People's Committee of Kien An District Le Van Tam "
            "opened the meeting.\n")
    left = ("date 2017-06-20\nB\nThe meeting heard former Chairman of the People's Committee of Kien An District "
            "Le Van Tam.\n")
    new = ("date 2018-01-15\nC\nChairman of the People's Committee of Kien An District Pham Van Son "
           "opened the meeting.\n")
    path = graph_file(tmp_path, [article(held, "a.txt"), article(left, "b.txt"), article(new, "c.txt")])
    rows = holders(path, "People's Committee of Kien An District", "--role", "chair")
    assert [(r["holder"], r["date"], r["current"], r["succeeded"]) for r in rows] == [
        ("Le Van Tam", "2016-04-02", "", ""), ("Le Van Tam", "2017-06-20", "", ""),
        ("Pham Van Son", "2018-01-15", "current", "Le Van Tam")]
    # without a statement that Tam left, a gap in the news is no change of holder
    path = graph_file(tmp_path, [article(held, "a.txt"), article(new, "c.txt")])
    assert {r["succeeded"] for r in holders(path, "People's Committee of Kien An District")} == {""}


def test_overlapping_holders_are_not_ordered():
    s = lambda post, day, status="current": Statement(post, post, "chair", "307/peoples-committee", f"{post}{day}",
                                                      date.fromisoformat(day), status)
    t = timeline([s("a", "2016-01-01"), s("b", "2017-01-01"), s("a", "2018-01-01"), s("a", "2018-06-01", "former")])
    assert t.successions == []


def vinews(record_id: str):
    """A vi-news record, read in place, as an article (title, summary and body, as vinews_files.py writes)."""
    with gzip.open(VINEWS, "rt", encoding="utf-8") as f:
        for line in f:
            if f'"{record_id}"' in line:
                a = json.loads(line)
                if a["id"] == record_id:
                    text = f"{a['title']}\n\n{a['summary']}\n\n{a['body']}\n"
                    return extract(make_article(text, record_id.replace("/", "_") + ".txt"))
    raise LookupError(record_id)


@pytest.mark.skipif(not VINEWS.is_file(), reason="the vi-news corpus is not in ../shared")
def test_succession_stated_by_thay_on_a_real_article(tmp_path):
    # "... Lê Thị Thuỷ được điều động về giữ chức vụ Bí thư Tỉnh uỷ Hà Nam thay cho ông Nguyễn Đình Khang."
    path = graph_file(tmp_path, [vinews("test/014649")])
    rows = holders(path, "Party Committee of Ha Nam", "--role", "secretary")
    by_holder = {r["holder"]: r for r in rows}
    assert by_holder["Lê Thị Thuỷ"]["succeeded"] == "Nguyễn Đình Khang"
    assert by_holder["Lê Thị Thuỷ"]["current"] == "current" and by_holder["Nguyễn Đình Khang"]["current"] == ""
    assert by_holder["Lê Thị Thuỷ"]["date"] == "2019-07-21"  # no date line: the date its text states


def test_an_article_without_a_date_line_takes_a_date_its_text_states():
    a = make_article("Hội nghị\nNgày 12/3/2017, Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu dự họp.", "a.txt", language="vi")
    assert (a.date, a.stated_date, a.statement_date) == (None, date(2017, 3, 12), date(2017, 3, 12))
    b = make_article("Meeting\nThe meeting was held on March 12, 2017 in Hanoi.", "b.txt", language="en")
    assert b.statement_date == date(2017, 3, 12)
    c = make_article("Hội nghị\nChủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu dự họp chiều 7/12.", "c.txt", language="vi")
    assert c.statement_date is None  # no year: undated, never guessed
    d = make_article("date 2020-01-02\nMeeting\nOn March 12, 2017 it began.", "d.txt", language="en")
    assert (d.statement_date, d.stated_date) == (date(2020, 1, 2), None)


def test_old_units_link_to_the_units_that_took_them_over():
    gaz = gazetteer.load()
    assert set(gaz.successors("307")) == {"11443-2025", "11446-2025"}  # Kiến An district: Kiến An and Phù Liễn wards
    assert {gaz.get(s, "2025").name for s in gaz.successors("307")} == {"Kiến An", "Phù Liễn"}
    assert gaz.successors("30") == ("31",)                       # Hải Dương province went to Hải Phòng
    assert gaz.successors("31") == ()                            # Hải Phòng goes on as itself


def test_officials_of_an_old_city_reach_its_successors_bodies_across_eras(tmp_path):
    # ../shared/corpus/pages/038.txt: "... Tam Ky City, Quang Nam (old) was appointed as Secretary of
    # the Party Committee of Ban Thach Ward, Da Nang City"
    path = tmp_path / "graph.ttl"
    write_turtle(to_oxigraph(build_graph([extract(make_article(
        (SHARED / "corpus" / "pages" / "038.txt").read_text(encoding="utf-8"), "038.txt"))])), path)
    store = GraphStore(path)
    # the old city's own bodies hold only the posts he had there ('was once Deputy Secretary of the City Party
    # Committee, Chairman of the People's Committee of the old Tam Ky City'); the ward's is reached across eras
    plain = [r[:4] for r in select(store, canned("officials-of").render(["Tam Ky"]))]
    assert {r[3] for r in plain} == {"Tam Ky City"} and {r[1] for r in plain} == {"deputy-secretary", "chair"}
    across = select(store, canned("officials-of-across-eras").render(["Tam Ky"]))
    assert ("Nguyen Duy An", "secretary", "Party Committee of Ban Thach Ward", "Ban Thach Ward") in [r[:4] for r in across]
    result = CliRunner().invoke(main, ["query", str(path), "officials-of", "Tam Ky", "--across-eras", "--format", "csv"])
    assert result.exit_code == 0 and "Nguyen Duy An,secretary" in result.output
    assert bool(store.query("ASK { <https://w3id.org/govkg/id/place/502> dcterms:isReplacedBy "
                            "<https://w3id.org/govkg/id/place/20335-2025> }"))


def test_the_rdflib_graph_holds_what_kg_build_writes(tmp_path):
    """`kg build` makes plain terms, not rdflib ones; build_graph, the rdflib Graph for
    users, holds exactly the triples of the Turtle written (literals' datatypes and
    languages included), on articles whose posts, places and timelines overlap."""
    from kg.rdf import build_triples

    extractions = [article(QUYET_2015, "2015.txt"), article(QUYET_2018, "2018.txt")]
    graph = build_graph(extractions)
    write_turtle(build_triples(extractions), tmp_path / "graph.ttl")
    written = set(Graph().parse(tmp_path / "graph.ttl", format="turtle"))
    assert len(graph) > 50 and any(o.datatype for _, _, o in written if hasattr(o, "datatype"))
    assert set(graph) == written


def test_a_district_that_ended_before_the_reform_keeps_its_node_and_source(tmp_path):
    """Lộc Hà district (merged into Thạch Hà in 2024, from the early-2020 list) is a legacy
    district of Hà Tĩnh replaced by the 2025 units of its communes, with no claim that it
    lasted until 1 July 2025."""
    path = tmp_path / "graph.ttl"
    text = "date 2019-05-02\nHọp báo\nChủ tịch UBND huyện Lộc Hà, tỉnh Hà Tĩnh Nguyễn Văn A phát biểu."
    write_turtle(to_oxigraph(build_graph([extract(make_article(text, "a.txt", language="vi"))])), path)
    store = GraphStore(path)
    node = "<https://w3id.org/govkg/id/place/448>"
    assert bool(store.query(f"ASK {{ {node} schema:containedInPlace <https://w3id.org/govkg/id/place/42> ; "
                            "govkg:level/skos:notation 'district' ; dcterms:isReplacedBy ?s ; "
                            "prov:wasDerivedFrom/schema:name 'vietnam-provinces 0.2' }"))
    assert not bool(store.query(f"ASK {{ {node} govkg:validUntil ?d }}"))

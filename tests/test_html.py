"""graph.html opens offline and shows article text as text."""
import re

from kg.build import build

from .conftest import SEEDS


def test_no_remote_references(dev_graph_dir):
    html = (dev_graph_dir / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "cdn." not in html and "cdnjs" not in html and "jsdelivr" not in html
    assert "new vis.Network" in html


def test_written_as_utf8_with_vietnamese_names(dev_graph_dir):
    html = (dev_graph_dir / "graph.html").read_bytes().decode("utf-8")
    assert "Trần Quang Tuấn" in html or "Tr\\u1ea7n Quang Tu\\u1ea5n" in html


def test_article_text_is_escaped(tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text("URL: https://example.vn/x\nChairman of the People's Committee of Hai Phong City "
                    "Le Ngoc Chau met </script><img src=x onerror=alert(1)> delegates.\n", encoding="utf-8")
    (tmp_path / "<script>alert(1)<b>.txt").write_text(
        (SEEDS / "000_1fa14f03317c0e6a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    build([tmp_path], tmp_path / "out")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    data = html[html.index("new vis.DataSet"):]
    assert "<script>alert" not in data and "<b>" not in data and "<img" not in data
    assert "\\u003cscript\\u003ealert(1)" in data  # the file name is there, as text

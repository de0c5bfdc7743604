import pytest

from rathaus.answer.citations import CitationFilter, clean


@pytest.mark.parametrize(
    "text, expected, used",
    [
        ("Im Bürgerbüro [1].", "Im Bürgerbüro [1].", [1]),
        ("Kostet 46 Euro [2] und dauert [7].", "Kostet 46 Euro [2] und dauert.", [2]),
        ("Beides [1, 3] und [2][9].", "Beides [1][3] und [2].", [1, 3, 2]),
        ("Erfunden [0] [4]", "Erfunden ", []),
        ("Keine Marker", "Keine Marker", []),
        ("Liste [a] bleibt", "Liste [a] bleibt", []),
    ],
)
def test_clean(text, expected, used):
    assert clean(text, 3) == (expected, used)


def test_filter_streams_text_and_holds_only_open_markers():
    f = CitationFilter(2)
    out = [f.feed(x) for x in ["Sie gehen ", "ins Bürger", "büro [", "1", "] und ", "zahlen [", "5]. Fertig [2", "]"]]
    out.append(f.flush())
    assert out[0] == "Sie gehen" and out[1] == " ins Bürger"
    assert out[2] == "büro"  # " [" held back until the marker is complete
    assert "".join(out) == "Sie gehen ins Bürgerbüro [1] und zahlen. Fertig [2]"
    assert f.used == [1, 2]


def test_filter_releases_brackets_that_are_not_markers():
    f = CitationFilter(2)
    text = f.feed("Formular [siehe Anlage A, Seite zwei und drei] weiter")
    assert text + f.flush() == "Formular [siehe Anlage A, Seite zwei und drei] weiter"

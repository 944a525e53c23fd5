"""IMPLEMENTS on sentences of our own: a body named in a person's post (恒拓集团董事长) does not
act; the person does."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_post_holder_is_no_acting_body():
    found = edges(extract("张明作为岚州市委书记、恒拓集团董事长率代表团到岚州出席岚州竹博会成立"
                          "庆祝活动，这在岚州尚属首次。"))
    assert not any(r == "IMPLEMENTS" and s == "恒拓集团" for s, r, _t in found)

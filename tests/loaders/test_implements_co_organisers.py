"""News reports: co-organisers in the clause after X由A主办 carry out X too, and a short
subject after 本届 may abbreviate the programme named before (科创周 for 科技创新周)."""

from conceptkg.graph.io_json import graph_to_dict
from conceptkg.loaders import load_document, process_text


def _edges(tmp_path, text):
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    g = graph_to_dict(process_text(load_document(str(p))))
    names = {n["id"]: n["name"] for n in g["nodes"]}
    def bare(n):
        return n.replace("“", "").replace("”", "")
    return {(bare(names[e["source"]]), e["type"], bare(names[e["target"]])) for e in g["edges"]}


def test_co_organisers_after_host_clause(tmp_path):
    text = ("新闻标题\n\n5月2日，为期五天的2025禾川科技创新周在禾川会展中心闭幕。"
            "本届科创周由禾川市人民政府主办，市科学技术局、禾川高新区管委会承办，涵盖三大板块。\n")
    edges = _edges(tmp_path, text)
    for body in ("禾川市人民政府", "市科学技术局", "禾川高新区管委会"):
        assert (body, "IMPLEMENTS", "2025禾川科技创新周") in edges
    assert not any(t == "本届科创周" for _, _, t in edges)


def test_partners_after_lead_clause(tmp_path):
    text = ("新闻标题\n\n“甘霖北线”氢能示范线今日开通。该示范线由远屿交通投资集团有限公司牵头，"
            "联合东屿氢能科技股份有限公司、岚峪港务集团有限公司共同建设运营。\n")
    edges = _edges(tmp_path, text)
    for body in ("东屿氢能科技股份有限公司", "岚峪港务集团有限公司"):
        assert (body, "IMPLEMENTS", "甘霖北线氢能示范线") in edges


def test_clause_with_object_is_no_co_organiser(tmp_path):
    # the second clause has an object of its own: its body does not organise the first X
    text = ("新闻标题\n\n2025禾川科技创新周由禾川市人民政府主办，市科学技术局推出“禾创贷”产品。\n")
    edges = _edges(tmp_path, text)
    assert ("禾川市人民政府", "IMPLEMENTS", "2025禾川科技创新周") in edges
    assert ("市科学技术局", "IMPLEMENTS", "2025禾川科技创新周") not in edges


def test_abbreviation_needs_characters_in_order(tmp_path):
    # 科展周 does not abbreviate 科技创新周 (展 is not in it): the words stay as they are
    text = ("新闻标题\n\n2025禾川科技创新周今日闭幕。本届科展周由禾川市人民政府主办。\n")
    edges = _edges(tmp_path, text)
    assert ("禾川市人民政府", "IMPLEMENTS", "2025禾川科技创新周") not in edges

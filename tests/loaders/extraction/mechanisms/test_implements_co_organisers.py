"""News reports: co-organisers in the clause after X由A主办 carry out X too, and a short
subject after 本届 may abbreviate the programme named before (农博会 for 农业博览会)."""

from tests.loaders.extraction_helpers import file_edges


def _edges(tmp_path, text):
    def bare(n):
        return n.replace("“", "").replace("”", "")
    return {(bare(a), r, bare(b)) for a, r, b in file_edges(tmp_path, text)}


def test_co_organisers_after_host_clause(tmp_path):
    text = ("新闻标题\n\n9月8日，为期四天的2026澄屿农业博览会在澄屿会展中心闭幕。"
            "本届农博会由澄屿市人民政府主办，市农业农村局、澄屿高新区管委会承办，涵盖三大板块。\n")
    edges = _edges(tmp_path, text)
    for body in ("澄屿市人民政府", "市农业农村局", "澄屿高新区管委会"):
        assert (body, "IMPLEMENTS", "2026澄屿农业博览会") in edges
    assert not any(t == "本届农博会" for _, _, t in edges)


def test_partners_after_lead_clause(tmp_path):
    text = ("新闻标题\n\n“甘霖北线”氢能示范线今日开通。该示范线由远屿交通投资集团有限公司牵头，"
            "联合东屿氢能科技股份有限公司、岚峪港务集团有限公司共同建设运营。\n")
    edges = _edges(tmp_path, text)
    for body in ("东屿氢能科技股份有限公司", "岚峪港务集团有限公司"):
        assert (body, "IMPLEMENTS", "甘霖北线氢能示范线") in edges


def test_clause_with_object_is_no_co_organiser(tmp_path):
    # the second clause has an object of its own: its body does not organise the first X
    text = ("新闻标题\n\n2026澄屿农业博览会由澄屿市人民政府主办，市农业农村局推出“禾创贷”产品。\n")
    edges = _edges(tmp_path, text)
    assert ("澄屿市人民政府", "IMPLEMENTS", "2026澄屿农业博览会") in edges
    assert ("市农业农村局", "IMPLEMENTS", "2026澄屿农业博览会") not in edges


def test_abbreviation_needs_characters_in_order(tmp_path):
    # 农展会 does not abbreviate 农业博览会 (展 is not in it either): the words stay as they are
    text = ("新闻标题\n\n2026澄屿农业博览会今日闭幕。本届农展会由澄屿市人民政府主办。\n")
    edges = _edges(tmp_path, text)
    assert ("澄屿市人民政府", "IMPLEMENTS", "2026澄屿农业博览会") not in edges

"""News reports: a programme's organiser verbs open the sentence to reading (首趟班列由A承运),
and a bare 集团 acting stands for the group named just before it."""

from tests.loaders.extraction_helpers import file_edges


def _edges(tmp_path, text):
    return file_edges(tmp_path, text)


def test_subject_organiser_verb_alone_is_read(tmp_path):
    # 承运 is the sentence's only cue: the line named before is carried by the firm
    text = ("新闻标题\n\n4月2日，满载30个集装箱的首趟“甘霖北线”冷链班列今日发车。"
            "首趟班列由岚峪铁路货运有限公司承运，货值约800万元。\n")
    edges = _edges(tmp_path, text)
    assert ("岚峪铁路货运有限公司", "IMPLEMENTS", "甘霖北线冷链班列") in edges


def test_bare_group_takes_up_group_named_before(tmp_path):
    text = ("新闻标题\n\n4月2日，首趟“甘霖北线”冷链班列今日发车。"
            "据远屿陆港集团董事长介绍，冷链班列由集团联合东屿海关共同开行。\n")
    edges = _edges(tmp_path, text)
    assert ("远屿陆港集团", "IMPLEMENTS", "甘霖北线冷链班列") in edges
    assert ("东屿海关", "IMPLEMENTS", "甘霖北线冷链班列") in edges


def test_bare_group_without_named_group_is_no_actor(tmp_path):
    # no group is named before: the bare word stands for nobody, and no body named
    # elsewhere (a customs office, not a group) takes its place
    text = ("新闻标题\n\n4月2日，首趟“甘霖北线”冷链班列今日发车。"
            "冷链班列由集团联合东屿海关共同开行。\n")
    edges = _edges(tmp_path, text)
    assert not any(s.endswith("集团") for s, r, _ in edges if r == "IMPLEMENTS")
    assert ("东屿海关", "IMPLEMENTS", "甘霖北线冷链班列") in edges


def test_bare_group_after_other_firms_is_no_actor(tmp_path):
    # a group and then two companies are named: 集团 may be any of them
    text = ("新闻标题\n\n远屿陆港集团发布年度数据。远屿储运公司完成码头扩建，远屿数科公司上线"
            "调度系统。冷链班列由集团联合东屿海关共同开行。\n")
    edges = _edges(tmp_path, text)
    assert not any(s == "远屿陆港集团" for s, r, _ in edges if r == "IMPLEMENTS")

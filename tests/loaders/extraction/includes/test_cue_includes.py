"""INCLUDES around list cues, with list heads and items the lexicon does not know."""

import pytest

from ...extraction_helpers import edges, extract


@pytest.mark.parametrize("text, expected", [
    ("首批试点项目包括滨江栈道、古镇书房、湿地步道。",
     {("首批试点项目", "INCLUDES", x) for x in ("滨江栈道", "古镇书房", "湿地步道")}),
    # the list closes with 等 and its head
    ("推进茶叶、竹笋、菌菇等特色农产品加工。",
     {("特色农产品", "INCLUDES", x) for x in ("茶叶", "竹笋", "菌菇")}),
    # 以…为代表的
    ("以智能网联为代表的汽车新技术不断涌现。", {("汽车新技术", "INCLUDES", "智能网联")}),
    # a head that closes the clause before: …X，包括A、B
    ("全市启动了三类惠民服务，包括上门体检、助餐配送。",
     {("三类惠民服务", "INCLUDES", "上门体检"), ("三类惠民服务", "INCLUDES", "助餐配送")}),
])
def test_includes_with_unknown_heads_and_items(text, expected):
    got = edges(extract(text))
    assert expected <= got or {(s, t, o) for s, t, o in got if t == "INCLUDES"} >= {
        (s.replace("三类", ""), t, o) for s, t, o in expected}


@pytest.mark.parametrize("text", [
    "加强教育、医疗、养老等方面的保障。",        # a vague head (方面) owns no list
    "园区集聚企业120余家，包括甲乙公司、丙丁公司。",  # a figure is no list head
    "为包括本地和外地游客在内的各类人群服务。",     # 包括…在内 lists no parts
])
def test_no_includes_under_vague_heads_or_figures(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_quantities_are_not_items():
    got = edges(extract("新建设施包括3座泵站、2条管廊。"))
    assert not any(o[0].isdigit() for _, t, o in got if t == "INCLUDES")


@pytest.mark.parametrize("text, expected", [
    # a list's own head may be generic (新功能, 新业态) when it is no vague word (方面) and
    # no bare word of sort (业态: test_includes_antecedents.py)
    ("预计年底，语音挂号、床旁结算等新功能就将上线。",
     {("新功能", "INCLUDES", x) for x in ("语音挂号", "床旁结算")}),
    ("明年，山城将发展星空观测、溯溪露营等新业态。",
     {("新业态", "INCLUDES", x) for x in ("星空观测", "溯溪露营")}),
    # a verb before the first item closes the list (提供 is no part of 全日托)
    ("街道养老驿站提供助餐、助浴等多样化服务。",
     {("多样化服务", "INCLUDES", x) for x in ("助餐", "助浴")}),
    # a word the dictionary tags as a name (养老) is a person only with a surname (便民服务
    # would be a generic kind of provision: generic_kind_heads)
    ("家政、养老、托育等社区服务进入新建小区。",
     {("社区服务", "INCLUDES", x) for x in ("家政", "养老", "托育")}),
])
def test_includes_generic_list_heads(text, expected):
    assert expected <= edges(extract(text))


@pytest.mark.parametrize("text", [
    "开通了东城、西城等国际及地区航线。",   # the head goes on after 及: no bare 国际
    "深化“山海协作”等品牌。",             # one item under a bare two-character head
])
def test_no_includes_under_cut_heads(text):
    got = edges(extract(text))
    assert not {e for e in got if e[1] == "INCLUDES" and len(e[0]) <= 2}


def test_technology_names_with_digits_are_list_items():
    # 5G is a name, not a quantity (45家 would be)
    got = edges(extract("鼓励建设5G、光纤宽带等新型网络设施。"))
    assert {("新型网络设施", "INCLUDES", "5G"), ("新型网络设施", "INCLUDES", "光纤宽带")} <= got


def test_box_title_numbering_is_no_part_of_the_programme():
    from conceptkg.graph.models import Document
    from conceptkg.loaders.pipeline import process_text

    text = "一、总体要求\n推进数据共享。\n专栏2  城乡数据共享提升工程\n建设共享平台。\n"
    names = {n.name for n in process_text(Document.from_text(text, path="x.txt")).nodes()}
    assert "城乡数据共享提升工程" in names
    assert not any(n.startswith("专栏") for n in names)


def test_composed_of_parts():
    got = edges(extract("《白皮书》由政策框架、案例分析、保障体系三部分构成。"))
    assert {("《白皮书》", "INCLUDES", x) for x in ("政策框架", "案例分析", "保障体系")} <= got
    # 由A组成 without a list names no parts
    assert not {e for e in edges(extract("评审组由专家组成。")) if e[1] == "INCLUDES"}


def test_measure_after_a_list_head_is_left_out():
    got = edges(extract("推进茶叶、竹笋、菌菇等特色农产品产量提升。"))
    assert {("特色农产品", "INCLUDES", x) for x in ("茶叶", "竹笋", "菌菇")} <= got
    # a bare head left after the measure (等产品产量) gives no edge
    assert not {e for e in edges(extract("带动扫地机器人、电动牙刷等产品产量增长。"))
                if e[1] == "INCLUDES"}


def test_lists_of_people_are_no_parts():
    assert not edges(extract("事故造成多人受伤，伤者包括游客和工作人员。"))
    assert not edges(extract("参会嘉宾包括专家学者、企业代表。"))


def test_action_words_before_the_first_item_are_no_part_of_it():
    got = edges(extract("创新发展高山茶园、林下菌菇等山区产业。"))
    assert {("山区产业", "INCLUDES", "高山茶园"), ("山区产业", "INCLUDES", "林下菌菇")} <= got


def test_what_a_composed_thing_covers_is_its_part_too():
    got = edges(extract("《年报》由行业概览、案例分析两部分构成，涵盖绿色金融、普惠金融等议题。"))
    assert {("《年报》", "INCLUDES", x) for x in ("绿色金融", "普惠金融")} <= got
    # without a 由…构成 clause before, the list belongs to its own head only
    got = edges(extract("论坛议程很紧凑，涵盖绿色金融、普惠金融等议题。"))
    assert not {e for e in got if e[0] != "议题" and e[1] == "INCLUDES"}


def test_progress_after_a_list_head_is_no_part_of_it():
    got = edges(extract("桥墩浇筑、钢梁吊装等工程进展顺利。"))
    assert not {e for e in got if e[0] == "工程进展"}
    # a department named with 部门 acts
    got = edges(extract("临江市商务部门开展老字号进社区活动。"))
    assert ("临江市商务部门", "IMPLEMENTS", "老字号进社区活动") in got


@pytest.mark.parametrize("text, head, items", [
    # a list closed by a count and a head, with no cue word: the count must match
    ("青川县将推动茶叶、竹木、药材3个特色产业集聚发展。", "特色产业", {"茶叶", "竹木", "药材"}),
    ("要抓好助学、助医、助老三件实事。", "实事", {"助学", "助医", "助老"}),
    # 和 inside an item when the 、 alone give the count
    ("推动冷链运输、低空物流和无人配送、智能仓储3个新兴产业集聚。", "新兴产业",
     {"冷链运输", "低空物流和无人配送", "智能仓储"}),
])
def test_a_counted_list_without_a_cue_word(text, head, items):
    got = edges(extract(text))
    assert {(head, "INCLUDES", x) for x in items} <= got


@pytest.mark.parametrize("text", [
    "推动茶叶、竹木、药材、花卉3个特色产业集聚发展。",  # four items, a count of three
    "茶叶、竹木的产量提高了3个百分点。",                  # no count of the list
])
def test_no_counted_list_when_the_count_does_not_match(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_counted_thing_named_before_includes_owns_the_list():
    got = edges(extract("青川市今年设立12个示范项目，涵盖社区助餐服务、农村电商培训、"
                        "老旧小区改造等便民需求。"))
    assert {("12个示范项目", "INCLUDES", x)
            for x in ("社区助餐服务", "农村电商培训", "老旧小区改造")} <= got
    assert not {e for e in got if e[0] in ("便民需求", "便民")}


def test_a_clause_without_a_count_does_not_own_the_list():
    got = edges(extract("青川市设立示范项目，涵盖社区助餐服务、农村电商培训等便民需求。"))
    assert not {e for e in got if e[1] == "INCLUDES" and "示范项目" in e[0]}


def test_one_task_item_does_not_void_a_list():
    got = edges(extract("这份倡议提出开放包容、互利共赢和构建绿色家园等一系列主张。"))
    assert {("一系列主张", "INCLUDES", x) for x in ("开放包容", "互利共赢", "绿色家园")} <= got


def test_a_list_of_tasks_is_no_list_of_parts():
    got = edges(extract("论坛就培育乡村产业、打磨特色品牌、加强人才培养等议题交流。"))
    assert not {e for e in got if e[1] == "INCLUDES"}


def test_a_list_starts_after_the_clause_subjects_list():
    got = edges(extract("各书店、影院还上线了适合学生的读书打卡、观影折扣、会员积分等特色服务。"))
    items = {e[2] for e in got if e[1] == "INCLUDES"}
    assert {"读书打卡", "会员积分"} <= items
    assert not items & {"书店", "影院"}


def test_how_a_list_head_fares_is_no_part_of_it():
    got = edges(extract("茶叶、竹木、药材等特色产业产值稳中有升，带动农民增收。"))
    assert {("特色产业", "INCLUDES", x) for x in ("茶叶", "竹木", "药材")} <= got
    assert not {e for e in got if "稳中有升" in e[0] or "稳中有升" in e[2]}


def test_a_quality_before_de_belongs_to_the_list_head():
    kg = extract("景区推出夜游、研学、露营等多样化的体验项目。")
    got = edges(kg)
    assert ("多样化体验项目", "INCLUDES", "夜游") in got
    assert not {e for e in got if e[0] == "多样化"}
    head = next(n for n in kg.nodes() if n.name == "多样化体验项目")
    assert {"多样化的体验项目", "体验项目"} <= set(head.aliases)


def test_an_item_may_be_a_chain_of_action_nouns():
    got = edges(extract("青川发布8项改革经验，包括园区规划建设管理、企业登记服务等。"))
    assert ("8项改革经验", "INCLUDES", "园区规划建设管理") in got


def test_an_item_with_a_verb_and_its_object_is_no_part():
    got = edges(extract("青川发布8项培训要求，包括熟练掌握数控机床、企业登记服务等。"))
    assert not {e for e in got if "数控机床" in e[2]}


def test_a_list_that_qualifies_one_thing_after_de_is_no_list_of_parts():
    got = edges(extract("这本日记记下了村里的变迁史，更包含着作者对乡亲勤劳、朴实、"
                        "热心的敬意。"))
    assert not {e for e in got if e[1] == "INCLUDES"}
    got = edges(extract("当地的传统技艺包括竹编、木雕、剪纸和刺绣。"))
    assert ("当地的传统技艺", "INCLUDES", "剪纸") in got


@pytest.mark.parametrize("text", [
    "仓储、装卸两项指数回升2个百分点以上。",         # a unit after the count, not a head
    "从住房、小区、社区、街区四个角度开展体检。",     # a vague head
])
def test_no_counted_list_under_a_unit_or_a_vague_head(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


@pytest.mark.parametrize("text", [
    "表彰大会授予柯文、惠明、邝山等10名教师先进称号。",    # a count of people
    "会见了海州国总统阿布、临江国议长卡马等多位政要。",    # people with their titles
])
def test_lists_of_people_are_no_parts_of_a_thing(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_list_heads_own_action_is_no_part_of_it():
    got = edges(extract("要利用温泉、竹林、古村等生态资源发展乡村旅游。"))
    assert ("生态资源", "INCLUDES", "竹林") in got
    got = edges(extract("推动滑雪板、雪地靴等冬季装备研发。"))
    assert ("冬季装备", "INCLUDES", "滑雪板") in got
    # a head that is a kind of thing after the action word stays whole
    got = edges(extract("推广节水、节电等绿色发展理念。"))
    assert ("绿色发展理念", "INCLUDES", "节水") in got


def test_an_item_named_by_a_programme_head_keeps_its_verbs():
    got = edges(extract("青川发布8项工程，包括滨江大道扩容改造提升工程、东湖湿地修复工程等。"))
    assert ("8项工程", "INCLUDES", "滨江大道扩容改造提升工程") in got


@pytest.mark.parametrize("text, head, items", [
    # a predicate after the list's head (how it is or fares) is no part of the head
    ("蓝莓干、核桃酥等土特产品供应充足。", "土特产品", ("蓝莓干", "核桃酥")),
    ("蓝莓干、核桃酥等土特产品广泛应用。", "土特产品", ("蓝莓干", "核桃酥")),
    # a measure after the head (销售额) is left out
    ("蓝莓干、核桃酥等健康零食销售额增长超过一半。", "健康零食", ("蓝莓干", "核桃酥")),
    # a quality before the head stays with it (务实: modifier_words), the predicate after goes
    ("推动农机、农资、种苗等务实协作走深走实。", "务实协作", ("农机", "农资", "种苗")),
])
def test_list_head_ends_where_its_predicate_starts(text, head, items):
    got = {e for e in edges(extract(text)) if e[1] == "INCLUDES"}
    assert {(head, "INCLUDES", x) for x in items} <= got
    assert not {e for e in got if e[0] != head}


@pytest.mark.parametrize("text", [
    # a head that is only a measure of people (游客人数) or a predicate
    "红湖、白湖等水域游客人数增长较快。",
    # vague heads: reasons, factors, changes, themes
    "因暴雨、大雾等原因，航班延误。",
    "暴雨、大雾等因素加剧了运输压力。",
    "系统结合水温、水位等变化，调节闸门。",
    "以剪纸、皮影等为主题，举办展览。",
    # a predicate right after 等: the list has no head
    "智慧路灯、巡检机器人等已开展试运行。",
    "通过举办灯会和开放夜市等激活夜间经济。",
    # people are no parts of a thing
    "甲方代表、乙方官员等来宾品尝了茶点。",
])
def test_no_includes_without_a_head_that_names_a_thing(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_listed_head_that_is_a_relative_clauses_subject_owns_the_list():
    # A、B等H带来的Y: H is what the list belongs to, not Y
    got = {e for e in edges(extract("蓝莓干、核桃酥等特色农产品带来的收入逐年增加。"))
           if e[1] == "INCLUDES"}
    assert got == {("特色农产品", "INCLUDES", x) for x in ("蓝莓干", "核桃酥")}


@pytest.mark.parametrize("text", [
    # people are the subject of the relative clause: no parts of the ticket
    "面向老人、学生等乘客乘坐渡轮的优惠卡开始办理。",
])
def test_no_includes_from_a_relative_clause_to_the_noun_it_describes(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_list_starts_after_a_verbs_complement():
    # 从A、B修缮到C、D等H: only C and D are H's
    text = "从古桥、老街修缮到剪纸、皮影等民俗技艺，村里都有人研究。"
    got = {e for e in edges(extract(text)) if e[1] == "INCLUDES"}
    assert got == {("民俗技艺", "INCLUDES", x) for x in ("剪纸", "皮影")}


def test_a_vague_head_of_a_relative_clause_leaves_the_list_to_the_noun_after():
    got = edges(extract("甲乙双方将围绕农机、种苗等方面开展新的协作。"))
    assert {("协作", "INCLUDES", x) for x in ("农机", "种苗")} <= got
    # (a frame opened by 在 says where the clause acts: test_includes_frame_lists.py)
    got = edges(extract("甲乙双方将在农机、种苗等方面开展新的协作。"))
    assert not any(s == "协作" and r == "INCLUDES" for s, r, _t in got)


@pytest.mark.parametrize("text, head, items", [
    # a predicate after a counted or represented head is no part of it
    ("产量、价格、库存三大指标整体平稳。", "指标", ("产量", "价格", "库存")),
    ("以智能网联、数字孪生为代表的新技术广泛应用。", "新技术", ("智能网联", "数字孪生")),
    # without a predicate the head stays whole
    ("以智能网联、数字孪生为代表的新技术。", "新技术", ("智能网联", "数字孪生")),
])
def test_counted_and_represented_heads_end_before_their_predicate(text, head, items):
    got = {e for e in edges(extract(text)) if e[1] == "INCLUDES"}
    assert {e[0] for e in got} == {head}
    assert {(head, "INCLUDES", x) for x in items} <= got


@pytest.mark.parametrize("text, head, items", [
    # a kind noun the dictionary tags as a verb stays the end of the head
    ("社区安装烟雾报警器、燃气报警器等社区养老设备。", "社区养老设备",
     ("烟雾报警器", "燃气报警器")),
    # an activity after the head is still left out
    ("推进茶叶、竹笋、菌菇等特色农产品加工。", "特色农产品", ("茶叶", "竹笋", "菌菇")),
])
def test_a_kind_noun_tagged_as_a_verb_ends_the_head(text, head, items):
    got = {e for e in edges(extract(text)) if e[1] == "INCLUDES"}
    assert {(head, "INCLUDES", x) for x in items} <= got


@pytest.mark.parametrize("text", [
    # the relative clause's subject is people, not a kind of the listed things
    "用快板、漫画等孩子们喜爱的形式讲解安全知识。",
    # a vague head stays vague with a word after it
    "受暴雨、大雾等因素影响，航班延误。",
])
def test_no_includes_from_people_or_a_vague_head_before_a_relative_clause(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


@pytest.mark.parametrize("text", [
    # the relative clause's subject names no kind of the items, and the noun after it is none
    "他听取茶叶、竹笋等产区加强质量管理情况的汇报。",
    "茶园、竹林等地块应施用一定数量的有机肥料。",
])
def test_no_includes_to_the_noun_a_relative_clause_describes(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_measured_head_of_a_relative_clause_owns_the_list():
    got = {e for e in edges(extract("茶叶、竹笋等特色农业销售收入保持较快的季度增长。"))
           if e[1] == "INCLUDES"}
    assert got == {("特色农业", "INCLUDES", x) for x in ("茶叶", "竹笋")}


@pytest.mark.parametrize("text, expected", [
    # a head ending in a noun the dictionary tags as a verb (举措) still closes a list
    ("岗位实训、上门问诊等便民举措深受欢迎。",
     {("便民举措", "INCLUDES", "岗位实训"), ("便民举措", "INCLUDES", "上门问诊")}),
    ("临江县推出岗位实训、上门问诊等便民举措。",
     {("便民举措", "INCLUDES", "岗位实训"), ("便民举措", "INCLUDES", "上门问诊"),
      ("临江县", "IMPLEMENTS", "便民举措")}),
])
def test_noun_word_head_closes_a_list(text, expected):
    assert expected <= edges(extract(text))


def test_noun_word_alone_makes_no_list():
    assert not {e for e in edges(extract("这些便民举措深受欢迎。")) if e[1] == "INCLUDES"}


@pytest.mark.parametrize("text", [
    "整合高校、研究机构等科研资源。",           # the bodies own the resources
    "统筹高校、研究机构、企业等检测设备。",
])
def test_bodies_before_a_thing_are_no_members_of_it(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}



def test_a_quoted_label_after_a_list_sums_it_up():
    got = edges(extract("推进数字化、网络化、智能化“三化”改造。"))
    assert {("三化", "INCLUDES", x) for x in ("数字化", "网络化", "智能化")} <= got


@pytest.mark.parametrize("text", [
    "按照示范车间、智能工厂、“未来工厂”的路径培育企业。",  # the quote is the last item
    "他去了北京、上海、广州“三地”。",                     # places are no parts
    "推进数字化、智能化“两化”改造。",                     # two items are no list to label
])
def test_no_label_for_a_quoted_item_or_a_short_list(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES" and e[0] in
                ("未来工厂", "三地", "两化")}

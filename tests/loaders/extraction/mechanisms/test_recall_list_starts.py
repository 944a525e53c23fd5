"""Where a list and its first item start (recall round 8), on sentences of our own: a count
after 等 gives the number of items, so 与/及 join words inside one; a place before the first
item qualifies the whole list; a range between two places stays inside an item; a count after
the head is no part of it; a dictionary word ending in 市 is no city."""

from tests.loaders.extraction_helpers import edges, extract


def test_count_after_etc_keeps_conjunctions_inside_items():
    got = edges(extract("该省皮革与制鞋、精密仪器、家居建材及陶瓷等3个集群产值创新高。"))
    assert {("3个集群", "INCLUDES", w) for w in ("皮革与制鞋", "精密仪器", "家居建材及陶瓷")} <= got
    assert ("3个集群", "INCLUDES", "服装") not in got
    # a count that the 、 do not give: the conjunction still starts nothing new
    got = edges(extract("该省皮革与制鞋、精密仪器等3个集群产值创新高。"))
    assert ("3个集群", "INCLUDES", "皮革与制鞋") not in got


def test_place_before_the_first_item_qualifies_the_list():
    kg = extract("江苏丝绸刺绣、船舶海工、光伏储能三大集群今年稳中有进。")
    got = edges(kg)
    assert {("集群", "INCLUDES", w) for w in ("丝绸刺绣", "船舶海工", "光伏储能")} <= got
    assert "江苏丝绸刺绣" in next(n for n in kg.nodes() if n.name == "丝绸刺绣").aliases
    # each item with a place of its own keeps it
    got = edges(extract("苏州丝绸、杭州茶叶等特产深受游客喜爱。"))
    assert {("特产", "INCLUDES", "苏州丝绸"), ("特产", "INCLUDES", "杭州茶叶")} <= got


def test_range_between_two_places_stays_in_the_item():
    got = edges(extract("沪宁铁路上海至苏州段、沪杭铁路等线路运行平稳。"))
    assert ("线路", "INCLUDES", "沪宁铁路上海至苏州段") in got
    assert not any(e[2] == "苏州段" for e in got)


def test_count_after_the_head_is_no_part_of_it():
    kg = extract("该市储备冷链仓储、康养社区等招商项目120个，总投资过千亿。")
    got = edges(kg)
    assert {("招商项目", "INCLUDES", "冷链仓储"), ("招商项目", "INCLUDES", "康养社区")} <= got
    head = next(n for n in kg.nodes() if n.name == "招商项目")
    assert {"招商项目120个"} <= set(head.aliases)
    # a figure inside the head is still no head (产值增长14%)
    got = edges(extract("钢铁、建材等行业产值增长14%。"))
    assert not any(e[1] == "INCLUDES" for e in got)


def test_word_ending_in_shi_is_no_city():
    got = edges(extract("该省积极培育园林城市、生态乡镇等示范品牌。"))
    assert ("示范品牌", "INCLUDES", "园林城市") in got
    # a city is still no part of a list of things
    got = edges(extract("海州市、临江市等城市推出夜间文旅活动。"))
    assert not any(e[1] == "INCLUDES" and e[2].endswith("市") for e in got)


def test_quoted_names_side_by_side_are_items():
    got = edges(extract("该市推出“夜游古城”“老街早市”等特色活动。"))
    assert {("特色活动", "INCLUDES", "夜游古城"), ("特色活动", "INCLUDES", "老街早市")} <= got
    # one quoted name inside an item stays in it
    got = edges(extract("该市推出“夜游古城”灯光秀、老街早市等特色活动。"))
    assert ("特色活动", "INCLUDES", "夜游古城") not in got


def test_quality_word_tagged_as_a_numeral_opens_a_head_of_a_kind():
    got = edges(extract("该县推出灯光秀、魔术秀等多层次业态。"))
    assert {("多层次业态", "INCLUDES", "灯光秀"), ("多层次业态", "INCLUDES", "魔术秀")} <= got
    # not under a head that names no kind of thing (a list of landscapes)
    got = edges(extract("这里有雪山、草甸等多重地貌。"))
    assert not any(e[1] == "INCLUDES" for e in got)


def test_tasks_are_the_parts_of_a_head_that_names_tasks():
    got = edges(extract("街巷改造项目内容涵盖更换管网、加装电梯、新建停车位等。"))
    parts = ("更换管网", "加装电梯", "新建停车位")
    assert {("街巷改造项目内容", "INCLUDES", w) for w in parts} <= got
    # under a head of another kind, a list of tasks is still no list of parts
    got = edges(extract("该项目包括加固河堤、疏浚河道、新建泵站等。"))
    assert not any(e[1] == "INCLUDES" for e in got)


def test_bodies_are_no_parts_of_a_list_of_things():
    got = edges(extract("可满足沿海检测机构、物流企业开展冷链追溯等数字化场景。"))
    assert not any(e[1] == "INCLUDES" for e in got)
    # under a head that names bodies, they are its members
    got = edges(extract("平台服务高校、检测机构等科研单位。"))
    assert ("科研单位", "INCLUDES", "检测机构") in got


def test_route_between_several_places_is_one_item():
    got = edges(extract("成都至重庆至武汉城际铁路、宁波至舟山铁路等交通项目今年陆续开工。"))
    assert {("交通项目", "INCLUDES", "成都至重庆至武汉城际铁路"),
            ("交通项目", "INCLUDES", "宁波至舟山铁路")} <= got
    assert ("交通项目", "INCLUDES", "武汉城际铁路") not in got


def test_word_the_dictionary_alone_tags_as_a_body_is_a_thing_in_a_list_of_things():
    got = edges(extract("展会设有茶叶、中医药、丝绸等特色展区。"))
    assert ("特色展区", "INCLUDES", "中医药") in got
    # a list of bodies stays none
    got = edges(extract("联合国、世贸组织、红十字会等国际组织参会。"))
    assert not any(e[1] == "INCLUDES" for e in got)

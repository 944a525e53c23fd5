"""List mechanisms of the recall round 5, each on sentences of our own: a verb that takes a
list as its object is no part of the first item; a verb before a head noun after 等 qualifies
it; long project names under a project head; items with their own 的-modifiers; bare items of
a counted list; a vague head closing a relative clause."""

from tests.loaders.extraction_helpers import edges, extract


def test_object_verb_before_a_list_is_no_part_of_its_first_item():
    got = edges(extract("该县统筹配置林地、水源等自然资源。"))
    assert ("自然资源", "INCLUDES", "林地") in got
    assert not any(e[2].endswith("配置林地") for e in got)
    got = edges(extract("该市今年新建口袋公园、街心花园等休闲场所。"))
    assert ("休闲场所", "INCLUDES", "口袋公园") in got
    assert ("休闲场所", "INCLUDES", "新建口袋公园") not in got


def test_object_verb_ending_an_item_stays_in_it():
    got = edges(extract("园区聚焦风电装备、光伏组件、储能配置等新能源产业。"))
    assert ("新能源产业", "INCLUDES", "储能配置") in got
    assert ("新能源产业", "INCLUDES", "储能") not in got


def test_verb_before_the_head_noun_after_etc_qualifies_it():
    got = edges(extract("研究所今年完成晨光一号、晨光二号等3次试飞任务。"))
    assert {("3次试飞任务", "INCLUDES", "晨光一号"), ("3次试飞任务", "INCLUDES", "晨光二号")} <= got
    # a predicate after the head stays out of it
    got = edges(extract("青禾、绿源等企业生产有机肥料。"))
    assert not any(e[1] == "INCLUDES" for e in got)


def test_long_project_name_in_a_list_of_projects():
    got = edges(extract("南宁将加快滨湖绿道、邕江沿岸景观照明综合整治工程等15个续建项目。"))
    assert ("15个续建项目", "INCLUDES", "邕江沿岸景观照明综合整治工程") in got
    # under a head that names an activity (园区建设), a long item is still too long
    got = edges(extract("滨湖绿道、邕江沿岸景观照明综合整治工程等园区建设持续推进。"))
    assert not any(e[1] == "INCLUDES" for e in got)


def test_items_that_each_have_a_de_modifier():
    got = edges(extract("新近落成的科技馆、别具一格的湿地公园等文化地标，吸引了大批市民。"))
    assert ("文化地标", "INCLUDES", "科技馆") in got
    assert any(e[0] == "文化地标" and e[2].endswith("湿地公园") for e in got)
    # one 的 inside the last item alone: the list qualifies the thing after 的
    got = edges(extract("信中表达了对教师、医生、护士的敬意等感情。"))
    assert not any(e[1] == "INCLUDES" and e[2] in ("教师", "医生") for e in got)


def test_counted_list_keeps_its_bare_two_character_items():
    got = edges(extract("全力办好就业、发展、文化、护林四件实事。"))
    assert {("实事", "INCLUDES", w) for w in ("就业", "发展", "文化", "护林")} <= got
    # when the count does not match the list, a bare verb stays out
    got = edges(extract("全力办好就业、发展、文化、护林三件实事。"))
    assert ("实事", "INCLUDES", "发展") not in got


def test_relative_clause_with_a_vague_head_gives_the_list_to_what_follows():
    got = edges(extract("协会编制了涵盖家电、纺织、建材等领域的绿色产品目录。"))
    assert {("绿色产品目录", "INCLUDES", w) for w in ("家电", "纺织", "建材")} <= got
    # firms in some trades are not made of the trades
    got = edges(extract("该园区引进了包括光伏、储能等行业的龙头企业。"))
    assert not any(e[1] == "INCLUDES" for e in got)

"""Plans: the units lines after a numbered task carry out the programmes the task's text sets
up, not a title worded as an order; partners carry out only the title's programme. All texts
are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

PLAN = ("青禾区2026年产业服务工作方案\n\n"
        "二、重点任务\n"
        "（一）优化产业服务环境。全面实施“禾企通”服务行动，年内建成青禾数字产业园。\n"
        "牵头单位：区商务局\n"
        "配合单位：区财政局\n"
        "（二）加快物流设施建设。新建冷库5座，推广甲品、乙品等替代产品。\n"
        "牵头单位：区交通运输局；责任单位：区住房和城乡建设局\n"
        "（三）打响“禾香”农产品品牌。开展“禾香进城”推介活动。\n"
        "责任单位：区农业农村局（牵头），区市场监督管理局\n"
        "三、保障措施\n"
        "加强组织领导。\n")


def _impl(got: set[tuple], unit: str) -> set[str]:
    return {t for s, r, t in got if s == unit and r == "IMPLEMENTS"}


def test_the_leading_unit_carries_out_the_programmes_the_text_names():
    got = edges(extract(PLAN))
    assert {"禾企通服务行动", "青禾数字产业园"} <= _impl(got, "区商务局")
    # the title worded as an order is the block's work, not a programme
    assert not any(t.startswith("优化产业服务") for _s, _r, t in got)


def test_partners_carry_out_no_programme_of_the_text():
    got = edges(extract(PLAN))
    assert not _impl(got, "区财政局") & {"禾企通服务行动", "青禾数字产业园"}


def test_a_block_that_names_no_programme_keeps_its_title_and_no_list_head():
    got = edges(extract(PLAN))
    assert ("区交通运输局", "IMPLEMENTS", "加快物流设施建设") in got
    assert ("区住房和城乡建设局", "IMPLEMENTS", "加快物流设施建设") in got
    assert not any(t == "替代产品" for _s, _r, t in got)


def test_a_quoted_title_stays_and_only_the_marked_lead_gets_the_text_programmes():
    got = edges(extract(PLAN))
    lead, other = _impl(got, "区农业农村局"), _impl(got, "区市场监督管理局")
    assert any("禾香" in t and "品牌" in t for t in lead)
    assert any("禾香" in t and "品牌" in t for t in other)
    assert "禾香进城推介活动" in lead
    assert "禾香进城推介活动" not in other


def test_the_responsible_units_after_a_lead_carry_out_the_text_programmes_too():
    text = ("青禾区2026年产业服务工作方案\n\n"
            "二、重点任务\n"
            "（一）优化产业服务环境。全面实施“禾企通”服务行动，年内建成青禾数字产业园。\n"
            "牵头单位：区商务局；责任单位：区财政局、区数据局\n"
            "三、保障措施\n"
            "加强组织领导。\n")
    got = edges(extract(text))
    for unit in ("区商务局", "区财政局", "区数据局"):
        assert {"禾企通服务行动", "青禾数字产业园"} <= _impl(got, unit)


def test_a_product_the_task_text_puts_out_is_the_units_programme():
    text = ("青禾区2026年产业服务工作方案\n\n"
            "二、重点任务\n"
            "（一）深化产融合作。联合金融机构，推出“禾企贷”专属金融产品，服务中小企业。\n"
            "牵头单位：区财政局；责任单位：区商务局\n"
            "三、保障措施\n"
            "加强组织领导。\n")
    got = edges(extract(text))
    assert any(t.startswith("禾企贷") for t in _impl(got, "区财政局"))


def test_a_title_that_fights_a_battle_names_the_battle():
    text = ("青禾县2026年重点工作任务\n\n"
            "（一）持续打好蓝天保卫攻坚战。县城空气质量优良天数比例保持在95%以上。"
            "（责任单位：县生态环境局、县住建局）\n")
    got = edges(extract(text))
    assert "蓝天保卫攻坚战" in _impl(got, "县生态环境局")

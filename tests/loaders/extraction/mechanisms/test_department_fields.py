"""Government departments named by their field and level without a place (县气象局, 市教育体育局,
区档案局, 市信访局) are organisations like 县农业农村局; a field word alone is none."""

from tests.loaders.extraction_helpers import extract, node_types


def test_more_department_fields_name_bodies():
    got = node_types(extract("牵头单位：县教育体育局；责任单位：县气象局、县农业农村局。"))
    assert got.get("县教育体育局") == "Organization"
    assert got.get("县气象局") == "Organization"
    got = node_types(extract("市信访局会同市档案局开展专项检查。"))
    assert got.get("市信访局") == "Organization"
    assert got.get("市档案局") == "Organization"


def test_a_field_word_alone_is_no_body():
    got = node_types(extract("气象灾害防御能力持续提升，档案数字化稳步推进。"))
    assert not any(t == "Organization" for t in got.values())

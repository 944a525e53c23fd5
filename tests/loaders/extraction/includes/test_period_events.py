"""Events held during an event named before (论坛期间同时举办A大赛和B对接会;
includes/period_events.py). All texts are made up."""

from ...extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_event_held_during_the_named_event() -> None:
    got = _includes("栖梧区农业农村局筹备举办2025栖梧茶产业大会，"
                    "大会期间同时举办制茶技艺创新大赛。")
    assert ("2025栖梧茶产业大会", "INCLUDES", "制茶技艺创新大赛") in got


def test_meeting_period_takes_the_earlier_meeting() -> None:
    got = _includes("2025岚州博览会开幕。会期还将举行数字贸易论坛。")
    assert ("2025岚州博览会", "INCLUDES", "数字贸易论坛") in got


def test_a_signing_during_an_event_is_no_part() -> None:
    got = _includes("岚州博览会开幕。博览会期间，恒拓集团与岚州市政府签约。")
    assert not any(e[0].endswith("博览会") for e in got)

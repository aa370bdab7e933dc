"""The day/month order of numeric dates comes from CLDR's short date pattern (babel)."""

import pytest

from congo_digital.fields.dateparse import find_dates
from congo_digital.fields.datewords import day_month_order


@pytest.mark.parametrize(("language", "order"), [
    ("en", "MDY"), ("en-US", "MDY"), (None, "MDY"),  # CLDR's bare "en" is US English
    ("en-GB", "DMY"), ("en-KE", "DMY"), ("en-NG", "DMY"), ("en_gb", "DMY"),
    ("fr", "DMY"), ("de", "DMY"), ("es", "DMY"), ("pt", "DMY"),
    ("zh-Hans", "MDY"), ("ja", "MDY"),  # year first, then month, then day
    ("xx-YY", "DMY"), ("sh", "DMY"), ("", "MDY"),
])
def test_day_month_order(language, order):
    assert day_month_order(language) == order


def test_numeric_dates_follow_the_region():
    assert [d.value for d in find_dates("Published 03/04/2025", language="en")] == ["2025-03-04"]
    assert [d.value for d in find_dates("Published 03/04/2025", language="en-GB")] == ["2025-04-03"]
    assert [d.value for d in find_dates("Publié le 03/04/2025", language="fr")] == ["2025-04-03"]

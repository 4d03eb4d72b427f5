"""The wizard's step pages, in the order of the steps."""

from __future__ import annotations

from .base import StepPage


def page_classes() -> list[type[StepPage]]:
    """Return the page class of every step, in wizard order (Review last, once it exists)."""
    from .data_sharing import DataSharingPage
    from .governance import GovernancePage
    from .partners import PartnersPage
    from .purpose import PurposePage
    from .roles import RolesPage
    from .strategy import StrategyPage
    from .trust import TrustPage
    from .vision import VisionPage

    pages: list[type[StepPage]] = [
        PartnersPage,
        PurposePage,
        VisionPage,
        StrategyPage,
        TrustPage,
        GovernancePage,
        RolesPage,
        DataSharingPage,
    ]
    try:
        from .review import ReviewPage
    except ImportError:  # the Review page is built by another engineer; until then the wizard ends here
        pass
    else:
        pages.append(ReviewPage)
    return pages

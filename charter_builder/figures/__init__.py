"""Figures for the Word charter, drawn with Pillow (no Qt) and embedded as PNG; legible in grayscale."""

from .collaboration_form import collaboration_form_chart
from .health_check import HealthRow, health_check_chart

__all__ = ["HealthRow", "collaboration_form_chart", "health_check_chart"]

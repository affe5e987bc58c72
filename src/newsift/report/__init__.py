"""The analyst's report: one offline HTML file with map, timeline, events and evidence."""

from newsift.report.html import write_report

__all__ = ["write_report"]

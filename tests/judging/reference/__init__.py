"""The aggregation as it was written first: one Decimal operation at a time, per entry.

Kept only as the reference the array implementation (judging.aggregation) is checked
against, figure by figure, on random rounds (tests/judging/test_aggregation_reference.py).
"""

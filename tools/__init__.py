"""Maintenance tools run by hand or by make targets (scorecard, seed examples); not part of generate."""

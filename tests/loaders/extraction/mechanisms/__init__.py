"""Extraction mechanisms, each on made-up texts where it must fire and where it must not."""

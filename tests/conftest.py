"""Shared pytest configuration; fixtures for the real Neo4j server live in neo4j_fixtures.py."""

pytest_plugins = ["tests.neo4j_fixtures"]

"""Vendored front-end packages: a cached file is trusted for its hash, never its name.

Each test works on a copy of the cache in a scratch folder; the network is
replaced by a function that counts its calls, or by a port where nothing listens.
"""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from docsite.hooks import vendored_assets as vendored

NAME = "pyodide"


@pytest.fixture
def cache(tmp_path, monkeypatch, build):
    """A scratch cache holding the real, verified tarball (the session build fetched it)."""
    spec = vendored.packages()[NAME]
    genuine = vendored._cache_name(spec).read_bytes()
    monkeypatch.setattr(vendored, "CACHE", tmp_path)
    vendored.write_atomically(vendored._cache_name(spec), genuine)
    return spec, genuine


def test_a_tampered_cached_file_is_fetched_again_not_served(cache, monkeypatch):
    spec, genuine = cache
    cached = vendored._cache_name(spec)
    tampered = bytearray(genuine)
    tampered[len(tampered) // 2] ^= 0xFF
    cached.write_bytes(bytes(tampered))
    downloads = []
    monkeypatch.setattr(vendored, "_download", lambda *a: downloads.append(a) or genuine)
    assert vendored.verified_tarball(NAME, spec) == genuine
    assert len(downloads) == 1, "the tampered file was trusted"
    assert cached.read_bytes() == genuine


def test_a_download_that_does_not_match_is_refused(cache, monkeypatch):
    spec, _ = cache
    vendored._cache_name(spec).unlink()
    monkeypatch.setattr(vendored, "_download", lambda *a: b"not the package")
    with pytest.raises(PluginError, match=r"docsite/data/vendor.json: pyodide .* integrity"):
        vendored.verified_tarball(NAME, spec)
    assert not vendored._cache_name(spec).exists(), "a bad download was cached"


def test_a_network_failure_names_package_url_and_retry(cache, monkeypatch):
    spec, _ = cache
    vendored._cache_name(spec).unlink()
    monkeypatch.setenv("npm_config_registry", "http://127.0.0.1:9")
    with pytest.raises(PluginError) as failure:
        vendored.verified_tarball(NAME, spec)
    message = str(failure.value)
    assert f"could not download pyodide {spec['version']} from http://127.0.0.1:9/pyodide/" in message
    assert "run the build again" in message
    assert "\n" not in message

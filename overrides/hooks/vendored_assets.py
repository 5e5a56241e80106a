"""Serve Pyodide and Mermaid from this site instead of a CDN.

Readers who cannot reach jsDelivr or unpkg (much of mainland China) must get
every asset from the site itself. ``overrides/vendor.json`` pins each npm
package by version and sha512 integrity. The first build downloads the tarball
from the npm registry into ``.cache/vendor/`` and checks its integrity; every
build copies the listed files to ``site/assets/vendor/<name>/``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import tarfile
import urllib.request
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "overrides" / "vendor.json"
CACHE = ROOT / ".cache" / "vendor"


def packages() -> dict[str, dict]:
    return {k: v for k, v in json.loads(LOCK.read_text("utf-8")).items() if not k.startswith("_")}


def _verified_tarball(name: str, spec: dict) -> bytes:
    cached = CACHE / f"{name}-{spec['version']}.tgz"
    if cached.is_file():
        data = cached.read_bytes()
    else:
        with urllib.request.urlopen(spec["tarball"], timeout=120) as response:  # noqa: S310
            data = response.read()
    algorithm, expected = spec["integrity"].split("-", 1)
    actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if actual != expected:
        raise PluginError(
            f"overrides/vendor.json: {name} {spec['version']} does not match its integrity hash"
        )
    if not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(data)
    return data


def unpacked(name: str) -> Path:
    """The package's listed files, unpacked once into .cache/vendor/<name>-<version>/."""
    spec = packages()[name]
    target = CACHE / f"{name}-{spec['version']}"
    if all((target / f).is_file() for f in spec["files"]):
        return target
    with tarfile.open(fileobj=io.BytesIO(_verified_tarball(name, spec))) as archive:
        for member in spec["files"]:
            source = archive.extractfile(f"package/{member}")
            if source is None:
                raise PluginError(f"overrides/vendor.json: {name} has no file {member}")
            (target / member).parent.mkdir(parents=True, exist_ok=True)
            (target / member).write_bytes(source.read())
    return target


def on_config(config):
    for name in packages():
        unpacked(name)  # fail early, before any page is built
    config.extra["vendor"] = {name: spec["version"] for name, spec in packages().items()}
    return config


def on_post_build(config):
    for name, spec in packages().items():
        source = unpacked(name)
        for member in spec["files"]:
            destination = Path(config.site_dir, "assets", "vendor", name, Path(member).name)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / member, destination)

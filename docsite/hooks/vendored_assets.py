"""Serve Pyodide from this site instead of a CDN.

Readers who cannot reach jsDelivr or unpkg (much of mainland China) must get
every asset from the site itself. ``docsite/data/vendor.json`` pins each npm
package by version and sha512 integrity. The first build downloads the
tarball from the npm registry, checks its integrity and keeps it in
``.cache/vendor/`` under a name made of that integrity hash; every build
checks the cached tarball's hash again before it unpacks the listed files
into ``site/assets/vendor/<name>/``. Nothing in the cache is trusted for its
name alone, and every file is written atomically, so an interrupted download
or a tampered file is never served.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tarfile
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "docsite" / "data" / "vendor.json"
CACHE = ROOT / ".cache" / "vendor"
LOCK_NAME = "docsite/data/vendor.json"


def _lock_name(lock: Path) -> str:
    return lock.relative_to(ROOT).as_posix()


def packages(lock: Path = LOCK) -> dict[str, dict]:
    """The packages pinned in a lock file (vendor.json by default: the published ones).

    ``docsite/data/diagram-tools.json`` has the same format for tools that only
    ``make diagrams`` uses; they are fetched and verified the same way, never published.
    """
    name = _lock_name(lock)
    specs = {k: v for k, v in json.loads(lock.read_text("utf-8")).items() if not k.startswith("_")}
    for package, spec in specs.items():
        if not spec["integrity"].startswith("sha512-"):
            raise PluginError(f"{name}: {package} must be pinned by a sha512 integrity hash")
        names = [Path(member).name for member in spec["files"]]
        if len(set(names)) != len(names):
            raise PluginError(f"{name}: {package} lists two files with the same name")
    return specs


def _digest(spec: dict, data: bytes) -> tuple[str, str]:
    algorithm, expected = spec["integrity"].split("-", 1)
    return base64.b64encode(hashlib.new(algorithm, data).digest()).decode(), expected


def _cache_name(spec: dict) -> Path:
    algorithm, expected = spec["integrity"].split("-", 1)
    digest = base64.b64decode(expected).hex()
    return CACHE / f"{algorithm}-{digest}.tgz"


def write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _download(name: str, spec: dict, lock: Path = LOCK) -> bytes:
    registry = os.environ.get("npm_config_registry", "").rstrip("/")
    url = spec["tarball"]
    if registry:  # a contributor's mirror, as npm itself honours it
        url = registry + url[len("https://registry.npmjs.org") :]
    try:
        with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310
            return response.read()
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise PluginError(
            f"{_lock_name(lock)}: could not download {name} {spec['version']} from {url} "
            f"({error}). Check the network (or set npm_config_registry to a mirror) "
            "and run the build again."
        ) from None


def verified_tarball(name: str, spec: dict, lock: Path = LOCK) -> bytes:
    """The package's tarball, from the cache if its hash still matches, else downloaded."""
    cached = _cache_name(spec)
    if cached.is_file():
        data = cached.read_bytes()
        actual, expected = _digest(spec, data)
        if actual == expected:
            return data
        cached.unlink()  # tampered or truncated: fetch it again
    data = _download(name, spec, lock)
    actual, expected = _digest(spec, data)
    if actual != expected:
        raise PluginError(
            f"{_lock_name(lock)}: {name} {spec['version']} downloaded from {spec['tarball']} does "
            "not match its integrity hash; nothing was installed"
        )
    write_atomically(cached, data)
    return data


def package_files(name: str, lock: Path = LOCK) -> dict[str, bytes]:
    """The package's listed files, read from its verified tarball."""
    spec = packages(lock)[name]
    files = {}
    with tarfile.open(fileobj=io.BytesIO(verified_tarball(name, spec, lock))) as archive:
        for member in spec["files"]:
            try:
                source = archive.extractfile(f"package/{member}")
            except KeyError:
                source = None
            if source is None:
                raise PluginError(f"{_lock_name(lock)}: {name} has no file {member}")
            files[member] = source.read()
    return files


_unpacked: dict[str, dict[str, bytes]] = {}


def on_config(config):
    for name in packages():
        _unpacked[name] = package_files(name)  # fail early, before any page is built
    config.extra["vendor"] = {name: spec["version"] for name, spec in packages().items()}
    return config


def on_post_build(config):
    for name, files in _unpacked.items():
        for member, data in files.items():
            destination = Path(config.site_dir, "assets", "vendor", name, Path(member).name)
            write_atomically(destination, data)

"""The repository behind the "edit this page" links, from one place.

``repo_url`` is the ``REPO_URL`` environment variable if it is set, otherwise
the ``origin`` remote of the git checkout the site is built from, when that
is a GitHub, GitLab or Bitbucket address (``git@github.com:owner/repo.git``
and ``https://github.com/owner/repo`` both work). A checkout without such a
remote (a local clone of a clone, say) builds a site without edit links,
rather than with links to a repository that does not exist.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOSTED = re.compile(
    r"^(?:https://|git@|ssh://git@)(?P<host>github\.com|gitlab\.com|bitbucket\.org)[/:]"
    r"(?P<path>[\w.-]+/[\w.-]+?)(?:\.git)?/?$"
)


def repository_url() -> str | None:
    if os.environ.get("REPO_URL"):
        return os.environ["REPO_URL"].rstrip("/")
    try:
        remote = subprocess.run(
            ["git", "remote", "get-url", "origin"],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    match = HOSTED.match(remote)
    return f"https://{match['host']}/{match['path']}" if match else None


def on_config(config):
    url = repository_url()
    config.repo_url = url
    config.repo_name = url.rsplit("/", 1)[-1] if url else None
    if not url:
        config.edit_uri = None  # a relative edit link would point nowhere
    return config

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def atomic_write(target: Path) -> Iterator[TextIO]:
    """Write to a temporary file next to `target`; replace `target` only on success."""
    fd, temporary_name = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    temporary = Path(temporary_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            yield file  # the body of the `with` block runs here
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


with tempfile.TemporaryDirectory() as folder:
    settings = Path(folder, "settings.toml")
    with atomic_write(settings) as file:
        file.write('theme = "dark"\n')
    print(settings.read_text(encoding="utf-8").strip())
    #> theme = "dark"

    try:
        with atomic_write(settings) as file:
            file.write('theme = "li')
            raise ConnectionError("input stream dropped")
    except ConnectionError:
        pass
    # The half-written file was thrown away; the old settings are intact.
    print(settings.read_text(encoding="utf-8").strip())
    #> theme = "dark"
    print(sorted(path.name for path in Path(folder).iterdir()))
    #> ['settings.toml']

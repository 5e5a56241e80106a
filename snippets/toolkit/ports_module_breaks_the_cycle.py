import importlib
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType


@contextmanager
def package_on_disk(name: str, modules: dict[str, str]) -> Iterator[ModuleType]:
    """Write a throwaway package (one source per module) to a temporary folder."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, name).mkdir()
        for module, source in modules.items():
            code = textwrap.dedent(source)
            Path(folder, name, f"{module}.py").write_text(code, encoding="utf-8")
        sys.path.insert(0, folder)
        try:
            yield importlib.import_module(name)
        finally:
            sys.path.remove(folder)
            for entry in [e for e in sys.path_importer_cache if e.startswith(folder)]:
                del sys.path_importer_cache[entry]
            for loaded in [m for m in sys.modules if m.partition(".")[0] == name]:
                del sys.modules[loaded]


# Every arrow points inwards, towards ports.py, which imports nothing of ours.
SHOP = {
    "__init__": "",
    "ports": '''
        from abc import ABC, abstractmethod

        class Scraper(ABC):
            @abstractmethod
            def scrape(self, url: str) -> dict[str, str]: ...
    ''',
    "service": '''
        from shop.ports import Scraper

        def collect_titles(urls: list[str], scraper: Scraper) -> list[str]:
            return [scraper.scrape(url)["title"] for url in urls]
    ''',
    "adapters": '''
        from shop.ports import Scraper

        class InMemoryScraper(Scraper):
            def __init__(self, titles: dict[str, str]) -> None:
                self.titles = titles

            def scrape(self, url: str) -> dict[str, str]:
                return {"url": url, "title": self.titles[url]}
    ''',
    "main": '''
        from shop.adapters import InMemoryScraper
        from shop.service import collect_titles

        def run() -> list[str]:
            scraper = InMemoryScraper({"/p/1": "Lamp", "/p/2": "Desk"})
            return collect_titles(["/p/1", "/p/2"], scraper)
    ''',
}

with package_on_disk("shop", SHOP) as shop:
    main = importlib.import_module("shop.main")
    print(main.run())
    #> ['Lamp', 'Desk']
    print(sorted(m for m in sys.modules if m.startswith("shop.")))
    #> ['shop.adapters', 'shop.main', 'shop.ports', 'shop.service']

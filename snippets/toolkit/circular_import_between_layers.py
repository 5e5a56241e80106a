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


# The interface lives in service.py, next to the code that uses it; service.py
# also picks its default adapter, and the adapter needs the interface back.
SHOP = {
    "__init__": "trace = []\n",
    "service": '''
        from abc import ABC, abstractmethod
        from shop import trace

        trace.append("service: started")
        from shop.adapters import HttpScraper

        class Scraper(ABC):
            @abstractmethod
            def scrape(self, url: str) -> dict[str, str]: ...

        def collect_titles(urls, scraper=None):
            scraper = scraper or HttpScraper()
            return [scraper.scrape(url)["title"] for url in urls]
    ''',
    "adapters": '''
        from shop import trace

        trace.append("adapters: started")
        from shop.service import Scraper

        class HttpScraper(Scraper):
            def scrape(self, url: str) -> dict[str, str]:
                raise NotImplementedError("network access")
    ''',
}

with package_on_disk("shop", SHOP) as shop:
    try:
        importlib.import_module("shop.service")
    except ImportError as error:
        # adapters asked for Scraper while service was still at its import line.
        print(type(error).__name__, error.name)
        #> ImportError shop.service
        print(shop.trace)
        #> ['service: started', 'adapters: started']

from typing import Protocol, runtime_checkable


@runtime_checkable
class Scraper(Protocol):
    def scrape(self, url: str) -> dict[str, str]: ...


class InMemoryScraper:
    def scrape(self, url: str) -> dict[str, str]:
        return {"url": url, "title": "Lamp"}


class WrongSignature:
    def scrape(self) -> int:
        return 0


class Fetcher:
    def fetch(self, url: str) -> str:
        return ""


candidates = [InMemoryScraper(), WrongSignature(), Fetcher()]
# isinstance() only checks that a `scrape` attribute exists.
print([isinstance(candidate, Scraper) for candidate in candidates])
#> [True, True, False]

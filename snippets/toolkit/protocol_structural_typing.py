from typing import Protocol


class Scraper(Protocol):
    def scrape(self, url: str) -> dict[str, str]: ...


class InMemoryScraper:  # no base class: matching the method is enough
    def __init__(self, pages: dict[str, dict[str, str]]) -> None:
        self.pages = pages

    def scrape(self, url: str) -> dict[str, str]:
        return self.pages[url]


def collect_titles(scraper: Scraper, urls: list[str]) -> list[str]:
    return [scraper.scrape(url)["title"] for url in urls]


scraper = InMemoryScraper({"/p/1": {"title": "Lamp"}, "/p/2": {"title": "Desk"}})
print(collect_titles(scraper, ["/p/1", "/p/2"]))
#> ['Lamp', 'Desk']
print(Scraper in type(scraper).__mro__)
#> False
# A plain Protocol exists for the type checker; isinstance() refuses it.
# raises: TypeError
isinstance(scraper, Scraper)

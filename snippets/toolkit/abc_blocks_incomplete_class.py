from abc import ABC, abstractmethod


class Scraper(ABC):
    @abstractmethod
    def scrape(self, url: str) -> dict[str, str]:
        """Fetch `url` and return the fields found on the page."""


class MockScraper(Scraper):
    def scrape(self, url: str) -> dict[str, str]:
        return {"url": url, "title": "Sample product"}


class DraftScraper(Scraper):  # forgot to implement scrape()
    def parse(self, html: str) -> dict[str, str]:
        return {}


print(MockScraper().scrape("https://shop.example/p/1"))
#> {'url': 'https://shop.example/p/1', 'title': 'Sample product'}
print(Scraper.__abstractmethods__, DraftScraper.__abstractmethods__)
#> frozenset({'scrape'}) frozenset({'scrape'})
# Defining DraftScraper raised nothing: the check runs when you instantiate.
# raises: TypeError
DraftScraper()

from abc import ABC, abstractmethod


class Scraper(ABC):
    @abstractmethod
    def scrape(self, url: str) -> dict[str, str]: ...


class NoUrlScraper(Scraper):
    def scrape(self) -> dict[str, str]:  # wrong signature: takes no url
        return {}


class NotEvenAMethod(Scraper):
    scrape = "oops"


# The ABC only checks that the name `scrape` is defined, not what it is.
print(NotEvenAMethod.__abstractmethods__, type(NotEvenAMethod()).__name__)
#> frozenset() NotEvenAMethod
scraper = NoUrlScraper()
print(type(scraper).__name__, "instantiated")
#> NoUrlScraper instantiated
# raises: TypeError
scraper.scrape("https://shop.example/p/1")

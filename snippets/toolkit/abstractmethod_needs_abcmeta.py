from abc import ABC, abstractmethod


class PlainScraper:
    @abstractmethod
    def scrape(self) -> str: ...


class AbcScraper(ABC):
    @abstractmethod
    def scrape(self) -> str: ...


# The decorator only marks the function.
print(PlainScraper.scrape.__isabstractmethod__)
#> True
# ABCMeta builds the set when the class is created; a plain class gets none.
print(hasattr(PlainScraper, "__abstractmethods__"))
#> False
print(sorted(AbcScraper.__abstractmethods__))
#> ['scrape']
# Without ABCMeta nothing is enforced: the instance is created.
print(type(PlainScraper()).__name__)
#> PlainScraper

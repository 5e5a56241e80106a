import re
import urllib.request
from collections.abc import Callable
from typing import Protocol


# --- the port: what the application needs, in its own terms -----------------
class Scraper(Protocol):
    def scrape(self, url: str) -> dict[str, str]: ...


# --- the application: depends on the port only ---------------------------------
def collect_titles(scraper: Scraper, urls: list[str]) -> dict[str, str]:
    return {url: scraper.scrape(url)["title"] for url in urls}


# --- adapters: one per outside world -------------------------------------------
class InMemoryScraper:
    def __init__(self, pages: dict[str, str]) -> None:
        self.pages = pages

    def scrape(self, url: str) -> dict[str, str]:
        return {"url": url, "title": self.pages[url]}


def fetch_over_http(url: str, timeout: float = 10.0) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


class HttpScraper:
    def __init__(self, fetch: Callable[[str], str] = fetch_over_http) -> None:
        self._fetch = fetch

    def scrape(self, url: str) -> dict[str, str]:
        match = re.search(r"<title>(.*?)</title>", self._fetch(url), re.S)
        return {"url": url, "title": match.group(1).strip() if match else ""}


def make_fake_fetch(pages: dict[str, str]) -> tuple[Callable[[str], str], list[str]]:
    requested: list[str] = []

    def fetch(url: str) -> str:
        requested.append(url)
        return pages[url]

    return fetch, requested


urls = ["https://shop.example/p/1", "https://shop.example/p/2"]
memory = InMemoryScraper({urls[0]: "Lamp", urls[1]: "Desk"})
print(collect_titles(memory, urls))
#> {'https://shop.example/p/1': 'Lamp', 'https://shop.example/p/2': 'Desk'}

fake_fetch, requested = make_fake_fetch(
    {
        urls[0]: "<html><head><title> Lamp </title></head></html>",
        urls[1]: "<html><head><title>Desk</title></head></html>",
    }
)
# The HTTP adapter's parsing runs for real; only the network is swapped out.
print(collect_titles(HttpScraper(fetch=fake_fetch), urls))
#> {'https://shop.example/p/1': 'Lamp', 'https://shop.example/p/2': 'Desk'}
print(requested == urls)
#> True

import weakref


class Cache:
    def __init__(self) -> None:
        self.data = {"user:1": "Ada"}

    def get(self, key: str) -> str | None:
        return self.data.get(key)


def make_lookup(getter):
    def lookup(key: str) -> str:
        return getter(key) or "missing"

    return lookup


cache = Cache()
weakref.finalize(cache, print, "cache freed")
lookup = make_lookup(cache.get)
del cache
print(lookup("user:1"))
#> Ada
print(type(lookup.__closure__[0].cell_contents).__name__)
#> method
del lookup
#> cache freed
print("after del lookup")
#> after del lookup

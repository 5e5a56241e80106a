import functools

calls: list[str] = []


@functools.lru_cache(maxsize=128)
def load(key: str) -> str:
    calls.append(key)
    if len(calls) == 1:
        # A second caller asks for the same key while the first call is still
        # running, as another thread could.
        load(key)
    return f"value of {key}"


print(load("user:7"))
#> value of user:7
# The function ran twice for one key: no lock is held while it runs.
print(calls)
#> ['user:7', 'user:7']
print(load.cache_info())
#> CacheInfo(hits=0, misses=2, maxsize=128, currsize=1)

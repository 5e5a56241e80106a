import functools

fetched: list[int] = []


@functools.lru_cache(maxsize=2)
def load_user(user_id: int) -> str:
    fetched.append(user_id)
    return f"user-{user_id}"


for user_id in [1, 2, 1, 3, 2]:
    load_user(user_id)
# 3 evicted 2, the least recently used entry, so 2 was fetched again.
print(fetched)
#> [1, 2, 3, 2]
print(load_user.cache_info())
#> CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
load_user.cache_clear()
print(load_user.cache_info())
#> CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)


@functools.cache  # lru_cache(maxsize=None): unbounded, never evicts
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
#> 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)

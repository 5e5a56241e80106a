import functools
import gc
import weakref


class Report:
    def __init__(self, name: str) -> None:
        self.name = name

    @functools.lru_cache(maxsize=128)  # noqa: B019 - the leak this example shows
    def render(self) -> str:
        return f"<h1>{self.name}</h1>"


report = Report("sales")
alive = weakref.ref(report)
print(report.render())
#> <h1>sales</h1>
del report
gc.collect()
print("still alive:", alive() is not None, Report.render.cache_info().currsize)
#> still alive: True 1
Report.render.cache_clear()
print("after cache_clear:", alive() is not None)
#> after cache_clear: False


class CachedReport:
    def __init__(self, name: str) -> None:
        self.name = name

    @functools.cached_property
    def html(self) -> str:
        print(f"rendering {self.name}")
        return f"<h1>{self.name}</h1>"


fresh = CachedReport("costs")
alive = weakref.ref(fresh)
print(fresh.html, fresh.html, "html" in vars(fresh))
#> rendering costs
#> <h1>costs</h1> <h1>costs</h1> True
del fresh
gc.collect()
print("still alive:", alive() is not None)
#> still alive: False

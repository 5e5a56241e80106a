from collections.abc import Callable

EXPORTERS: dict[str, type] = {}


def exporter(name: str) -> Callable[[type], type]:
    def register(cls: type) -> type:
        if name in EXPORTERS:
            raise ValueError(f"{name!r} is already {EXPORTERS[name].__name__}")
        EXPORTERS[name] = cls
        return cls  # the class itself, unchanged

    return register


@exporter("csv")
class CsvExporter:
    def export(self, rows: list[tuple[str, int]]) -> str:
        return "\n".join(f"{name},{count}" for name, count in rows)


@exporter("md")
class MarkdownExporter:
    def export(self, rows: list[tuple[str, int]]) -> str:
        return "\n".join(f"| {name} | {count} |" for name, count in rows)


print(sorted(EXPORTERS))
#> ['csv', 'md']
print(EXPORTERS["md"]().export([("ada", 3), ("grace", 5)]))
'''
| ada | 3 |
| grace | 5 |
'''
print(MarkdownExporter.__name__, type(MarkdownExporter))
#> MarkdownExporter <class 'type'>
try:

    @exporter("csv")
    class FastCsvExporter:
        pass

except ValueError as error:
    print(error)
    #> 'csv' is already CsvExporter

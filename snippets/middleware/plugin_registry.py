import json
from collections.abc import Callable

Exporter = Callable[[list[dict]], str]


def make_registry(kind: str):
    plugins: dict[str, Exporter] = {}

    def register(name: str) -> Callable[[Exporter], Exporter]:
        def add(plugin: Exporter) -> Exporter:
            if name in plugins:
                raise ValueError(f"{kind} {name!r} is registered twice")
            plugins[name] = plugin
            return plugin

        return add

    def get(name: str) -> Exporter:
        try:
            return plugins[name]
        except KeyError:
            choices = ", ".join(sorted(plugins))
            raise LookupError(f"no {kind} {name!r}; choose one of: {choices}") from None

    return register, get


exporter, get_exporter = make_registry("exporter")


@exporter("json")
def to_json(rows: list[dict]) -> str:
    return json.dumps(rows)


@exporter("csv")
def to_csv(rows: list[dict]) -> str:
    header = ",".join(rows[0])
    return "\n".join([header, *(",".join(map(str, r.values())) for r in rows)])


rows = [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Grace"}]
for configured in ["csv", "json", "xml"]:  # e.g. read from a settings file
    try:
        print(get_exporter(configured)(rows))
        '''
        id,name
        1,Ada
        2,Grace
        '''
        #> [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Grace"}]
    except LookupError as error:
        print(error)
        #> no exporter 'xml'; choose one of: csv, json

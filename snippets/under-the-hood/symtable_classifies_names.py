import symtable

SOURCE = """
rate = 10

def make_limiter(limit):
    calls = 0

    def allow():
        nonlocal calls
        calls += 1
        budget = limit * rate
        return calls <= budget and callable(allow)

    return allow
"""


def kind(symbol: symtable.Symbol) -> str:
    if symbol.is_free():
        return "free"
    if symbol.is_local() and symbol.is_nonlocal():
        return "free"
    if symbol.is_local():
        return "cell" if symbol.get_name() in cells else "local"
    if symbol.is_declared_global():
        return "global (declared)"
    if symbol.is_global():
        return "global or builtin"
    return "?"


module = symtable.symtable(SOURCE, "<limiter>", "exec")
factory = module.get_children()[0]
inner = factory.get_children()[0]
cells: set[str] = set()
for table in (factory, inner):
    for child in table.get_children():
        cells.update(child.get_frees())
    names = {s.get_name(): kind(s) for s in table.get_symbols()}
    print(table.get_name(), dict(sorted(names.items())))
print(inner.get_frees())

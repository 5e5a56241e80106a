import symtable

SOURCE = '''
rate = 10

def make_limiter(limit):
    calls = 0

    def allow():
        nonlocal calls
        calls += 1
        budget = limit * rate
        return calls <= budget and callable(allow)

    return allow
'''


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
factory = next(t for t in module.get_children() if t.get_name() == "make_limiter")
inner = next(t for t in factory.get_children() if t.get_name() == "allow")
cells: set[str] = set()
for table in (factory, inner):
    for child in table.get_children():
        if isinstance(child, symtable.Function):
            cells.update(child.get_frees())
    names = {s.get_name(): kind(s) for s in table.get_symbols()}
    print(table.get_name(), dict(sorted(names.items())))
    #> make_limiter {'allow': 'cell', 'calls': 'cell', 'limit': 'cell'}
    #> allow {'allow': 'free', 'budget': 'local', 'callable': 'global or builtin', 'calls': 'free', 'limit': 'free', 'rate': 'global or builtin'}
print(inner.get_frees())
#> ('calls', 'limit', 'allow')

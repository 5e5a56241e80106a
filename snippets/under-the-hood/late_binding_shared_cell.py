import dis


def make_handlers():
    handlers = []
    for code in (200, 404, 500):
        handlers.append(lambda: f"status {code}")  # noqa: B023 - the bug shown here
    return handlers


handlers = make_handlers()
print([handler() for handler in handlers])
#> ['status 500', 'status 500', 'status 500']
first, second, _ = (handler.__closure__[0] for handler in handlers)
print(first is second, first.cell_contents)
#> True 500
print([i.opname for i in dis.get_instructions(handlers[0]) if "DEREF" in i.opname])
#> ['LOAD_DEREF']

import dis


def make_handlers():
    return [lambda code=code: f"status {code}" for code in (200, 404, 500)]


handlers = make_handlers()
print([handler() for handler in handlers])
#> ['status 200', 'status 404', 'status 500']
print(handlers[0].__closure__, handlers[0].__defaults__)
#> None (200,)
print([i.opname for i in dis.get_instructions(handlers[0]) if "LOAD" in i.opname])
#> ['LOAD_CONST', 'LOAD_FAST']

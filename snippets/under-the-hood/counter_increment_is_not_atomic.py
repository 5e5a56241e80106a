import dis


def make_counter():
    count = 0

    def increment() -> int:
        nonlocal count
        count += 1
        return count

    return increment


increment = make_counter()
body = [
    ins
    for ins in dis.get_instructions(increment)
    if ins.opname not in {"RESUME", "COPY_FREE_VARS"}
]
steps = [f"{ins.opname} {ins.argrepr}".strip() for ins in body[:4]]
print(steps)
#> ['LOAD_DEREF count', 'LOAD_CONST 1', 'BINARY_OP +=', 'STORE_DEREF count']

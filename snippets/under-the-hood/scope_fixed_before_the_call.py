import dis

count = 0


def never_called():
    if False:
        count = 1  # noqa: F841 - never runs, yet makes count local
    return count


def reads_global():
    return count


def load_ops(func) -> list[str]:
    return [
        f"{ins.opname} {ins.argval}"
        for ins in dis.get_instructions(func)
        if ins.argval == "count"
    ]


print(load_ops(never_called))
#> ['LOAD_FAST count']
print(load_ops(reads_global))
#> ['LOAD_GLOBAL count']
print(reads_global())
#> 0

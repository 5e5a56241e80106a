def make_log():
    entries = []

    def add(entry: str) -> list[str]:
        entries.append(entry)  # mutates the captured list: no nonlocal needed
        return entries

    def clear() -> list[str]:
        nonlocal entries
        entries = []  # rebinds the name: needs nonlocal
        return entries

    return add, clear


add, clear = make_log()
add("start")
print(add("stop"))
#> ['start', 'stop']
print(clear())
#> []
print(add("again"))
#> ['again']

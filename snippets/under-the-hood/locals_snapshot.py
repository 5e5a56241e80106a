def snapshots() -> tuple[bool, bool]:
    first = locals()
    later = 2  # noqa: F841 - bound after the first locals() call
    second = locals()
    return first is second, "later" in first


print(snapshots())
#> (True, True)

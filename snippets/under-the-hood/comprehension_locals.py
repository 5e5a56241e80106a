def visible_names() -> list[list[str]]:
    factor = 10  # noqa: F841 - only locals() sees it
    return [sorted(locals()) for n in range(1)]


print(visible_names())
#> [['.0', 'n']]

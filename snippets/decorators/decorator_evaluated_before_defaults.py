order: list[str] = []


def note(label: str) -> str:
    order.append(label)
    return label


def tag(label: str):
    order.append(f"@{label} evaluated")

    def decorate(func):
        order.append(f"@{label} applied")
        return func

    return decorate


@tag("A")
def with_at(x: str = note("default A")) -> str:
    return x


print(order)
#> ['@A evaluated', 'default A', '@A applied']
order.clear()


def explicit(x: str = note("default B")) -> str:
    return x


explicit = tag("B")(explicit)
print(order)
#> ['default B', '@B evaluated', '@B applied']

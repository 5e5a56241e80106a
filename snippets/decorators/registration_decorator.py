from collections.abc import Callable

COMMANDS: dict[str, Callable[..., str]] = {}


def command(name: str):
    def register(func: Callable[..., str]) -> Callable[..., str]:
        COMMANDS[name] = func
        return func  # no wrapper: the function itself is returned unchanged

    return register


@command("greet")
def greet(who: str) -> str:
    return f"hello, {who}"


@command("add")
def add(a: str, b: str) -> str:
    return str(int(a) + int(b))


def run(line: str) -> str:
    name, *args = line.split()
    return COMMANDS[name](*args)


# Filled while the module ran its `def` statements, before any command was used.
print(sorted(COMMANDS))
#> ['add', 'greet']
print(run("greet ada"), run("add 2 3"))
#> hello, ada 5
print(COMMANDS["greet"] is greet, greet("grace"))
#> True hello, grace

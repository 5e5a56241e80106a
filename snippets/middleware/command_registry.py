from collections.abc import Callable

Command = Callable[..., str]


def make_cli():
    commands: dict[str, Command] = {}

    def command(name: str) -> Callable[[Command], Command]:
        def register(func: Command) -> Command:
            if name in commands:
                raise ValueError(f"command {name!r} is defined twice")
            commands[name] = func
            return func

        return register

    @command("help")
    def show_help() -> str:
        """List the commands."""
        return "\n".join(
            f"{name:<6} {(func.__doc__ or '').strip()}"
            for name, func in sorted(commands.items())
        )

    def run(argv: list[str]) -> str:
        name, *args = argv or ["help"]
        if name not in commands:
            return f"unknown command {name!r}; try 'help'"
        return commands[name](*args)

    return command, run


command, run = make_cli()


@command("greet")
def greet(name: str = "world") -> str:
    """Say hello to NAME."""
    return f"Hello, {name}!"


@command("add")
def add(*numbers: str) -> str:
    """Add the NUMBERS."""
    return str(sum(int(n) for n in numbers))


print(run(["greet", "Ada"]))
#> Hello, Ada!
print(run(["add", "1", "2", "39"]))
#> 42
print(run(["deploy"]))
#> unknown command 'deploy'; try 'help'
print(run([]))
'''
add    Add the NUMBERS.
greet  Say hello to NAME.
help   List the commands.
'''

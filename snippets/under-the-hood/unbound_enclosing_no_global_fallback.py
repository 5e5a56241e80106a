prefix = "global"


def make_greeter(greeting: str | None = None):
    def greet(name: str) -> str:
        return f"{prefix}: {name}"

    if greeting is not None:
        prefix = greeting
    return greet


print(make_greeter("hello")("Ada"))
#> hello: Ada
greet = make_greeter()
print(greet.__code__.co_freevars, greet.__closure__[0])
#> ('prefix',) <cell at 0x...: empty>
# raises: NameError
greet("Grace")

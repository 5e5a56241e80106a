prefix = "global"


def make_greeter(greeting: str | None = None):
    def greet(name: str) -> str:
        return f"{prefix}: {name}"

    if greeting is not None:
        prefix = greeting
    return greet


print(make_greeter("hello")("Ada"))
greet = make_greeter()
print(greet.__code__.co_freevars, greet.__closure__[0])
# raises: NameError
greet("Grace")

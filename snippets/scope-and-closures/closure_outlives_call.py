def make_greeter(greeting: str):
    def greet(name: str) -> str:
        return f"{greeting}, {name}!"

    return greet


hello = make_greeter("Hello")
print(hello("Ada"))
#> Hello, Ada!

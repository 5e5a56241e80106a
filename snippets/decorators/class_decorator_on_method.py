import functools
import types


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


class BoundCountCalls(CountCalls):
    def __get__(self, instance, owner=None):
        # Behave like a function: looked up on an instance, bind it as `self`.
        return self if instance is None else types.MethodType(self, instance)


class Greeter:
    def __init__(self, greeting: str) -> None:
        self.greeting = greeting

    @BoundCountCalls
    def works(self, name: str) -> str:
        return f"{self.greeting}, {name}"

    @CountCalls
    def broken(self, name: str) -> str:
        return f"{self.greeting}, {name}"


print(Greeter("hi").works("ada"), Greeter.works.calls)
#> hi, ada 1
# raises: TypeError
Greeter("hi").broken("ada")

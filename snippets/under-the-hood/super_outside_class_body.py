class Base:
    def describe(self) -> str:
        return "base"


def describe(self) -> str:
    return f"patched {super().describe()}"


class Child(Base):
    pass


Child.describe = describe
print(describe.__code__.co_freevars)
#> ()
try:
    Child().describe()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: super(): __class__ cell not found


def describe_explicit(self) -> str:
    return f"patched {super(Child, self).describe()}"


Child.describe = describe_explicit
print(Child().describe())
#> patched base

class Base:
    def describe(self) -> str:
        return "base"


class Child(Base):
    def describe(self) -> str:
        return f"child of {super().describe()}"

    def plain(self) -> str:
        return "plain"


print(Child().describe())
#> child of base
print(Child.describe.__code__.co_freevars, Child.plain.__code__.co_freevars)
#> ('__class__',) ()
print(Child.describe.__closure__[0].cell_contents is Child)
#> True

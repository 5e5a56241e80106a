class Base:
    def describe(self) -> str:
        return "base"


class Child(Base):
    def describe(self) -> str:
        return f"child of {super().describe()}"

    def plain(self) -> str:
        return "plain"


print(Child().describe())
print(Child.describe.__code__.co_freevars, Child.plain.__code__.co_freevars)
print(Child.describe.__closure__[0].cell_contents is Child)

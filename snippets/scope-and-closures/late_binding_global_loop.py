doublers = []
for i in range(3):

    def double():
        return i * 2  # noqa: B023 - the bug itself

    doublers.append(double)

print([f() for f in doublers])
#> [4, 4, 4]
# At module level `i` is a global, not a free variable: there is no closure.
print(doublers[0].__closure__, doublers[0].__code__.co_names)
#> None ('i',)

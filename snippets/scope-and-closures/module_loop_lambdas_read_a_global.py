funcs = []
for i in range(3):
    funcs.append(lambda: i)  # noqa: B023 - the bug itself

print([f() for f in funcs])
#> [2, 2, 2]
# No closure: `i` is a module global, read when each lambda is called.
print(funcs[0].__closure__, funcs[0].__code__.co_names)
#> None ('i',)
i = 99
print([f() for f in funcs])
#> [99, 99, 99]

# In a comprehension, `n` is the comprehension's own variable: a real closure.
comprehended = [lambda: n for n in range(3)]  # noqa: B023 - shared cell
print(comprehended[0].__code__.co_freevars, [f() for f in comprehended])
#> ('n',) [2, 2, 2]

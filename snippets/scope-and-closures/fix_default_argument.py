functions = [lambda i=i: i for i in range(3)]
print([f() for f in functions])
#> [0, 1, 2]
# The value is frozen when the lambda is created, but it is still a parameter:
# a caller can pass something else by mistake.
print(functions[0](42))
#> 42

level = "global"


def outer():
    level = "enclosing"

    def inner():
        level = "local"
        return level

    def sees_enclosing():
        return level

    return inner(), sees_enclosing()


def sees_global():
    return level


print(outer())
#> ('local', 'enclosing')
print(sees_global())
#> global
# `len` is found in the last place Python looks: the builtins.
print(len("LEGB"), len.__module__)
#> 4 builtins

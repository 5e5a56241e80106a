def make_pair():
    value = "first"

    def get():
        return value

    def set_(new):
        nonlocal value
        value = new

    value = "rebound before returning"  # get() will see this, not "first"
    return get, set_


get, set_ = make_pair()
print(get())
#> rebound before returning
set_("changed through set_")
print(get())
#> changed through set_
# Both functions hold the very same cell object.
print(get.__closure__[0] is set_.__closure__[0])
#> True

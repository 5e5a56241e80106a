language = "global"


def show_language() -> str:
    return language


def caller() -> str:
    language = "caller's local"  # noqa: F841 - never seen by show_language
    return show_language()


# A function resolves names where it was *written*, not where it is called.
print(caller())
#> global

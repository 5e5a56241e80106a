import functools
from collections.abc import Callable

events: list[str] = []


def with_fixture(setup: Callable[[], dict], teardown: Callable[[dict], None]):
    def decorate(test):
        @functools.wraps(test)
        def wrapper(*args, **kwargs):
            env = setup()  # a fresh environment for every test
            try:
                return test(env, *args, **kwargs)
            finally:
                teardown(env)  # even when the test fails

        return wrapper

    return decorate


def make_db() -> dict:
    events.append("setup")
    return {"users": ["ada"]}


def drop_db(db: dict) -> None:
    events.append("teardown")
    db.clear()


@with_fixture(make_db, drop_db)
def test_add_user(db: dict) -> None:
    db["users"].append("grace")
    assert db["users"] == ["ada", "grace"]


@with_fixture(make_db, drop_db)
def test_starts_clean(db: dict) -> None:
    assert db["users"] == ["ada"]  # nothing left over from the test before


@with_fixture(make_db, drop_db)
def test_broken(db: dict) -> None:
    assert db["users"] == [], "deliberately failing"


results = {}
for test in [test_add_user, test_starts_clean, test_broken]:
    try:
        test()
        results[test.__name__] = "passed"  # wraps keeps the names apart
    except AssertionError:
        results[test.__name__] = "failed"
print(results)
#> {'test_add_user': 'passed', 'test_starts_clean': 'passed', 'test_broken': 'failed'}
print(events.count("setup"), "setups,", events.count("teardown"), "teardowns")
#> 3 setups, 3 teardowns

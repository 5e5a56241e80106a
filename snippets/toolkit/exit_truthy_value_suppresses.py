class Suppress:
    def __init__(self, verdict: object) -> None:
        self.verdict = verdict

    def __enter__(self) -> "Suppress":
        return self

    def __exit__(self, exc_type, exc, tb) -> object:
        return self.verdict  # only its truth value is used


def outcome(verdict: object) -> str:
    try:
        with Suppress(verdict):
            raise ValueError("boom")
    except ValueError:
        return "propagated"
    return "suppressed"


# Truthy values that are not `True` suppress too; falsy ones let it through.
print([outcome(verdict) for verdict in (True, 1, "yes", ["error"])])
#> ['suppressed', 'suppressed', 'suppressed', 'suppressed']
print([outcome(verdict) for verdict in (False, 0, "", [], None)])
#> ['propagated', 'propagated', 'propagated', 'propagated', 'propagated']

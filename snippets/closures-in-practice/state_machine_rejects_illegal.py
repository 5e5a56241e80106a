from collections.abc import Callable, Iterable, Mapping

ORDER_FLOW = {
    "idle": {"running"},
    "running": {"paused", "stopped"},
    "paused": {"running", "stopped"},
    "stopped": set(),
}


def make_state_machine(
    initial: str, transitions: Mapping[str, Iterable[str]]
) -> tuple[Callable[[], str], Callable[[str], str]]:
    # Copy the table: later edits to the caller's dict cannot change the rules.
    allowed = {state: frozenset(targets) for state, targets in transitions.items()}
    if initial not in allowed:
        raise ValueError(f"unknown initial state {initial!r}")
    state = initial

    def current() -> str:
        return state

    def transition(target: str) -> str:
        nonlocal state
        if target not in allowed[state]:
            raise ValueError(
                f"illegal transition {state!r} -> {target!r}; "
                f"allowed from {state!r}: {sorted(allowed[state])}"
            )
        state = target
        return state

    return current, transition


current, transition = make_state_machine("idle", ORDER_FLOW)
print(transition("running"), transition("paused"), transition("running"))
#> running paused running
print(current())
#> running
# raises: ValueError
transition("idle")

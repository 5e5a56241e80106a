from collections.abc import Callable


def state_machine(initial: str) -> tuple[Callable[[], str], Callable[[str], str]]:
    state = initial

    def current() -> str:
        return state

    def transition(new_state: str) -> str:
        nonlocal state
        state = new_state
        return state

    return current, transition


get_state, set_state = state_machine("IDLE")
set_state("PAUSED")  # paused before it ever ran
set_state("RUNING")  # a typo
print(get_state())
#> RUNING

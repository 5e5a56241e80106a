from collections import defaultdict
from collections.abc import Callable
from typing import Any

Handler = Callable[[Any], None]


def make_emitter() -> tuple[
    Callable[[str, Handler], Callable[[], None]], Callable[[str, Any], int]
]:
    # One entry per subscription, keyed by a token of its own, so that
    # unsubscribing twice, or subscribing the same handler twice, stays exact.
    handlers: defaultdict[str, dict[object, Handler]] = defaultdict(dict)

    def subscribe(event: str, handler: Handler) -> Callable[[], None]:
        token = object()
        handlers[event][token] = handler

        def unsubscribe() -> None:
            handlers[event].pop(token, None)  # a second call does nothing

        return unsubscribe

    def emit(event: str, payload: Any) -> int:
        # Loop over a copy: a handler may unsubscribe while we are looping.
        listeners = list(handlers.get(event, {}).values())
        for handler in listeners:
            handler(payload)
        return len(listeners)

    return subscribe, emit


subscribe, emit = make_emitter()
log: list[str] = []


def greet_once(user: str) -> None:
    log.append(f"first login: {user}")
    stop_greeting()


stop_greeting = subscribe("login", greet_once)
stop_audit = subscribe("login", lambda user: log.append(f"audit: {user}"))

print(emit("login", "ada"), emit("login", "grace"))
#> 2 1
stop_audit()
stop_audit()
print(emit("login", "linus"), emit("logout", "ada"))
#> 0 0
print(log)
#> ['first login: ada', 'audit: ada', 'audit: grace']

import weakref
from collections.abc import Callable

Listener = Callable[[dict], None]


def make_event_bus():
    listeners: dict[str, list[Listener]] = {}

    def subscribe(event: str, listener: Listener) -> None:
        listeners.setdefault(event, []).append(listener)

    def publish(event: str, payload: dict) -> int:
        current = tuple(listeners.get(event, ()))
        for listener in current:
            listener(payload)
        return len(current)

    return subscribe, publish


class Dashboard:
    def __init__(self, name: str) -> None:
        self.name = name

    def on_signup(self, payload: dict) -> None:
        print(f"{self.name}: {payload['name']} signed up")


subscribe, publish = make_event_bus()
dashboard = Dashboard("tab 1")
watch = weakref.finalize(dashboard, print, "tab 1 freed")
subscribe("user_signed_up", dashboard.on_signup)
del dashboard  # the user closed the tab
print(publish("user_signed_up", {"name": "Ada"}))
#> tab 1: Ada signed up
#> 1
print("dashboard still alive:", watch.alive)
#> dashboard still alive: True
watch.detach()  # the example ends here: no message at interpreter exit

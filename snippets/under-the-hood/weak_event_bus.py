import weakref
from collections.abc import Callable

Listener = Callable[[dict], None]


def make_weak_event_bus():
    listeners: dict[str, list[weakref.ref]] = {}

    def subscribe(event: str, listener: Listener) -> None:
        if hasattr(listener, "__self__"):
            ref = weakref.WeakMethod(listener)
        else:
            ref = weakref.ref(listener)
        listeners.setdefault(event, []).append(ref)

    def publish(event: str, payload: dict) -> int:
        alive = [
            listener
            for ref in listeners.get(event, ())
            if (listener := ref()) is not None
        ]
        listeners[event] = [
            ref for ref in listeners.get(event, ()) if ref() is not None
        ]
        for listener in alive:
            listener(payload)
        return len(alive)

    return subscribe, publish


class Dashboard:
    def __init__(self, name: str) -> None:
        self.name = name

    def on_signup(self, payload: dict) -> None:
        print(f"{self.name}: {payload['name']} signed up")


def audit(payload: dict) -> None:
    print(f"audit: {payload['name']}")


subscribe, publish = make_weak_event_bus()
dashboard = Dashboard("tab 1")
weakref.finalize(dashboard, print, "tab 1 freed")
subscribe("user_signed_up", dashboard.on_signup)
subscribe("user_signed_up", audit)
print(publish("user_signed_up", {"name": "Ada"}))
#> tab 1: Ada signed up
#> audit: Ada
#> 2
del dashboard
#> tab 1 freed
print(publish("user_signed_up", {"name": "Grace"}))
#> audit: Grace
#> 1

from collections.abc import Callable

Listener = Callable[[dict], None]


def make_event_bus():
    listeners: dict[str, list[Listener]] = {}

    def subscribe(event: str, listener: Listener) -> Callable[[], None]:
        listeners.setdefault(event, []).append(listener)

        def unsubscribe() -> None:
            if listener in listeners[event]:  # calling it twice is harmless
                listeners[event].remove(listener)

        return unsubscribe

    def publish(event: str, payload: dict) -> int:
        current = tuple(listeners.get(event, ()))
        for listener in current:
            listener(payload)
        return len(current)

    return subscribe, publish


subscribe, publish = make_event_bus()
subscribe("user_signed_up", lambda p: print(f"email: welcome, {p['name']}"))
stop_audit = subscribe("user_signed_up", lambda p: print(f"audit: {p['name']} joined"))

print(publish("user_signed_up", {"name": "Ada"}))
#> email: welcome, Ada
#> audit: Ada joined
#> 2
stop_audit()
stop_audit()
print(publish("user_signed_up", {"name": "Grace"}))
#> email: welcome, Grace
#> 1
print(publish("order_paid", {"id": 7}))
#> 0

from collections.abc import Callable

Listener = Callable[[str], None]


def make_event_bus(snapshot: bool):
    listeners: list[Listener] = []

    def subscribe(listener: Listener) -> Callable[[], None]:
        listeners.append(listener)
        return lambda: listeners.remove(listener)

    def publish(message: str) -> None:
        for listener in tuple(listeners) if snapshot else listeners:
            listener(message)

    return subscribe, publish


def two_publishes(snapshot: bool) -> list[str]:
    subscribe, publish = make_event_bus(snapshot)
    heard: list[str] = []

    def once(message: str) -> None:
        heard.append(f"once:{message}")
        unsubscribe_once()  # a one-shot listener removes itself

    unsubscribe_once = subscribe(once)
    subscribe(lambda message: heard.append(f"always:{message}"))
    publish("1st")
    publish("2nd")
    return heard


print(two_publishes(snapshot=False))
#> ['once:1st', 'always:2nd']
print(two_publishes(snapshot=True))
#> ['once:1st', 'always:1st', 'always:2nd']

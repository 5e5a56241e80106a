from collections.abc import Callable

Listener = Callable[[dict], None]


def make_event_bus(report: Callable[[Listener, Exception], None]):
    listeners: list[Listener] = []

    def subscribe(listener: Listener) -> Listener:
        listeners.append(listener)
        return listener

    def publish(payload: dict) -> int:
        failures = 0
        for listener in tuple(listeners):
            try:
                listener(payload)
            except Exception as error:  # one listener's bug is not the others' problem
                failures += 1
                report(listener, error)
        return failures

    return subscribe, publish


def log_failure(listener: Listener, error: Exception) -> None:
    print(f"listener {listener.__name__} failed: {type(error).__name__}")


subscribe, publish = make_event_bus(report=log_failure)


@subscribe
def send_receipt(order: dict) -> None:
    print(f"receipt sent for order {order['id']}")


@subscribe
def update_loyalty_points(order: dict) -> None:
    print(f"{order['total'] // order['items']} points")


@subscribe
def ship(order: dict) -> None:
    print(f"shipping order {order['id']}")


print(publish({"id": 7, "total": 30, "items": 3}))
#> receipt sent for order 7
#> 10 points
#> shipping order 7
#> 0
print(publish({"id": 8, "total": 0, "items": 0}))
#> receipt sent for order 8
#> listener update_loyalty_points failed: ZeroDivisionError
#> shipping order 8
#> 1

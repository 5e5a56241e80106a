from collections.abc import Callable

Listener = Callable[[dict], None]
listeners: list[Listener] = []


def publish(payload: dict) -> None:
    for listener in listeners:
        listener(payload)


def send_receipt(order: dict) -> None:
    print(f"receipt sent for order {order['id']}")


def update_loyalty_points(order: dict) -> None:
    points = order["total"] // order["items"]  # an order with 0 items...
    print(f"{points} points")


def ship(order: dict) -> None:
    print(f"shipping order {order['id']}")


listeners += [send_receipt, update_loyalty_points, ship]
publish({"id": 7, "total": 30, "items": 3})
#> receipt sent for order 7
#> 10 points
#> shipping order 7
# raises: ZeroDivisionError
publish({"id": 8, "total": 0, "items": 0})
#> receipt sent for order 8

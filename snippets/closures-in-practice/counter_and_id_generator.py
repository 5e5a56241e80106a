from collections.abc import Callable


def make_counter(start: int = 0) -> Callable[[], int]:
    count = start

    def increment() -> int:
        nonlocal count
        count += 1
        return count

    return increment


def make_id_generator(prefix: str, width: int = 4) -> Callable[[], str]:
    next_number = make_counter()  # one closure built on another

    def new_id() -> str:
        return f"{prefix}-{next_number():0{width}d}"

    return new_id


orders, invoices = make_counter(), make_counter(start=100)
print(orders(), orders(), invoices(), orders())
#> 1 2 101 3

user_id, order_id = make_id_generator("user"), make_id_generator("order", width=6)
print(user_id(), user_id(), order_id(), user_id())
#> user-0001 user-0002 order-000001 user-0003

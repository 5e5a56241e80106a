from collections.abc import Callable
from typing import Any


def message_queue() -> tuple[Callable[[Any], None], Callable[[], Any]]:
    queue: list[Any] = []

    def publish(message: Any) -> None:
        queue.append(message)

    def consume() -> Any:
        if queue:
            return queue.pop(0)
        # falls through: returns None when the queue is empty

    return publish, consume


send, receive = message_queue()
send(None)  # e.g. "no payload", a perfectly valid message
print(receive(), receive())  # the first is the message, the second means "empty"
#> None None

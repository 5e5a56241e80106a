from collections import deque
from collections.abc import Callable
from typing import Any


def make_message_queue() -> tuple[
    Callable[[Any], None], Callable[[], Any], Callable[[], int]
]:
    messages: deque[Any] = deque()

    def send(message: Any) -> None:
        messages.append(message)

    def receive() -> Any:
        return messages.popleft()  # O(1); IndexError when empty, never a silent None

    def pending() -> int:
        return len(messages)

    return send, receive, pending


send, receive, pending = make_message_queue()
for message in ("hello", None, "world"):
    send(message)
print(pending())
#> 3
print([receive() for _ in range(pending())])
#> ['hello', None, 'world']
# raises: IndexError
receive()

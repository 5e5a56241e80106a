import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def holding(lock: threading.Lock) -> Iterator[None]:
    lock.acquire()
    yield  # an exception in the block is raised right here...
    lock.release()  # ...so this line never runs


@contextmanager
def holding_safely(lock: threading.Lock) -> Iterator[None]:
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


for manager in (holding, holding_safely):
    lock = threading.Lock()
    try:
        with manager(lock):
            raise ValueError("bad input")
    except ValueError:
        pass
    print(f"{manager.__name__}: lock still held after the error: {lock.locked()}")
    #> holding: lock still held after the error: True
    #> holding_safely: lock still held after the error: False

import asyncio

current_request_id = "-"  # one variable for the whole process
log: list[str] = []


def log_line(message: str) -> None:
    log.append(f"[{current_request_id}] {message}")


async def handle(request_id: str, arrived: asyncio.Event, go_on: asyncio.Event) -> None:
    global current_request_id
    current_request_id = request_id  # what a request-id middleware would do
    log_line("start")
    arrived.set()
    await go_on.wait()  # the database query: other requests run meanwhile
    log_line("done")


async def main() -> None:
    first_arrived, second_arrived = asyncio.Event(), asyncio.Event()
    first = asyncio.create_task(handle("req-1", first_arrived, second_arrived))
    await first_arrived.wait()
    no_wait = asyncio.Event()
    no_wait.set()
    second = asyncio.create_task(handle("req-2", second_arrived, no_wait))
    await asyncio.gather(first, second)


asyncio.run(main())
print("\n".join(log))
'''
[req-1] start
[req-2] start
[req-2] done
[req-2] done
'''

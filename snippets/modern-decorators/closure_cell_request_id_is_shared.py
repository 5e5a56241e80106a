import asyncio
from collections.abc import Awaitable, Callable

Handler = Callable[[str], Awaitable[str]]


def request_id_middleware(handler: Handler) -> tuple[Handler, Callable[[], str]]:
    """Built once at start-up; the cell below is shared by every request."""
    current = "-"

    async def middleware(request_id: str) -> str:
        nonlocal current
        current = request_id
        return await handler(request_id)

    return middleware, lambda: current


gate = asyncio.Event()


async def endpoint(request_id: str) -> str:
    if request_id == "req-1":
        await gate.wait()  # slow request: req-2 arrives meanwhile
    else:
        gate.set()
    await asyncio.sleep(0)
    return f"{request_id} logged as {current_request_id()}"


app, current_request_id = request_id_middleware(endpoint)


async def main() -> list[str]:
    return await asyncio.gather(app("req-1"), app("req-2"))


print(asyncio.run(main()))
#> ['req-1 logged as req-2', 'req-2 logged as req-2']

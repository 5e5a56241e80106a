import asyncio
import itertools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar

Handler = Callable[[str], Awaitable[str]]
request_id: ContextVar[str] = ContextVar("request_id", default="-")


def log_line(message: str) -> str:
    return f"[{request_id.get()}] {message}"  # no request object passed down


def request_id_middleware(handler: Handler) -> Handler:
    ids = itertools.count(1)

    async def middleware(path: str) -> str:
        token = request_id.set(f"req-{next(ids)}")
        try:
            return await handler(path)
        finally:
            request_id.reset(token)  # back to what it was before this request

    return middleware


gate = asyncio.Event()


async def endpoint(path: str) -> str:
    before = log_line(f"GET {path}")
    if path == "/slow":
        await gate.wait()  # /fast runs to completion meanwhile
    else:
        gate.set()
    await asyncio.sleep(0)
    return f"{before} ... {log_line('done')}"


app = request_id_middleware(endpoint)


async def main() -> list[str]:
    return await asyncio.gather(app("/slow"), app("/fast"))


print("\n".join(asyncio.run(main())))
'''
[req-1] GET /slow ... [req-1] done
[req-2] GET /fast ... [req-2] done
'''
print(log_line("outside any request"))
#> [-] outside any request

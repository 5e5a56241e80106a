import asyncio
from collections.abc import Awaitable, Callable
from contextvars import ContextVar

Handler = Callable[[dict[str, str]], Awaitable[str]]
current_user: ContextVar[str | None] = ContextVar("current_user", default=None)
USERS = {"t-ada": "ada", "t-bob": "bob"}


def authenticate(handler: Handler) -> Handler:
    async def middleware(request: dict[str, str]) -> str:
        token = current_user.set(USERS.get(request.get("token", "")))
        try:
            return await handler(request)
        finally:
            current_user.reset(token)

    return middleware


def audit(action: str) -> str:
    """Deep in the service layer: who is doing this?"""
    return f"{current_user.get() or 'anonymous'} {action}"


async def delete_invoice(request: dict[str, str]) -> str:
    await asyncio.sleep(0)
    return audit(f"deleted invoice {request['id']}")


app = authenticate(delete_invoice)


async def main() -> list[str]:
    return await asyncio.gather(
        app({"token": "t-ada", "id": "1"}),
        app({"token": "t-bob", "id": "2"}),
        app({"id": "3"}),
    )


print(asyncio.run(main()), current_user.get())
#> ['ada deleted invoice 1', 'bob deleted invoice 2', 'anonymous deleted invoice 3'] None

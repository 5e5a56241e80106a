import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
    body = f"hello {scope.get('user', 'anonymous')}".encode()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})


def auth(app: ASGIApp, tokens: dict[str, str]) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        token = dict(scope["headers"]).get(b"authorization", b"").decode()
        if token not in tokens:
            await send({"type": "http.response.start", "status": 401, "headers": []})
            await send({"type": "http.response.body", "body": b"who are you?"})
            return  # the inner app never runs
        scope["user"] = tokens[token]
        await app(scope, receive, send)

    return middleware


def server_header(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message["headers"], (b"server", b"tiny")]
            await send(message)

        await app(scope, receive, send_with_header)

    return middleware


app = server_header(auth(endpoint, tokens={"t-1": "ada"}))


async def request(app: ASGIApp, headers: list[tuple[bytes, bytes]]) -> str:
    """Call the app in-process, as an ASGI server would, and read the response."""
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/", "headers": headers}
    await app(scope, receive, send)
    start, body = sent
    return f"{start['status']} {dict(start['headers'])} {body['body']!r}"


print(asyncio.run(request(app, [(b"authorization", b"t-1")])))
#> 200 {b'server': b'tiny'} b'hello ada'
print(asyncio.run(request(app, [])))
#> 401 {b'server': b'tiny'} b'who are you?'

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    user: str | None = None


@dataclass(frozen=True)
class Response:
    status: int
    body: str


Handler = Callable[[Request], Response]
TOKENS = {"s3cret": "alice"}
endpoint_calls: list[str | None] = []


def require_token(next_handler: Handler) -> Handler:
    @functools.wraps(next_handler)
    def handler(request: Request) -> Response:
        user = TOKENS.get(request.headers.get("Authorization", ""))
        if user is None:
            return Response(401, "unauthorized")  # next_handler is never called
        return next_handler(replace(request, user=user))

    return handler


@require_token
def profile(request: Request) -> Response:
    endpoint_calls.append(request.user)
    return Response(200, f"profile of {request.user}")


print(profile(Request("/me")))
#> Response(status=401, body='unauthorized')
print(profile(Request("/me", {"Authorization": "guess"})))
#> Response(status=401, body='unauthorized')
print(profile(Request("/me", {"Authorization": "s3cret"})))
#> Response(status=200, body='profile of alice')
print(endpoint_calls)
#> ['alice']

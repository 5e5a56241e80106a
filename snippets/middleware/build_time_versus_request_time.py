import functools
import re
from collections.abc import Callable

Handler = Callable[[str], str]
trace: list[str] = []


def stack(*middlewares: Callable[[Handler], Handler]) -> Callable[[Handler], Handler]:
    def build(handler: Handler) -> Handler:
        for middleware in reversed(middlewares):
            handler = middleware(handler)
        return handler

    return build


def redact_emails(next_handler: Handler) -> Handler:
    trace.append("redact_emails: set-up (once, when the stack is built)")
    email = re.compile(r"[\w.]+@[\w.]+")  # costly set-up belongs here

    @functools.wraps(next_handler)
    def handler(request: str) -> str:
        trace.append("redact_emails: handler (every request)")
        return email.sub("<email>", next_handler(request))

    return handler


def endpoint(request: str) -> str:
    return f"{request}: contact ada@example.com"


app = stack(redact_emails)(endpoint)
trace.append("--- serving")
trace.append(app("GET /one"))
trace.append(app("GET /two"))
print("\n".join(trace))
'''
redact_emails: set-up (once, when the stack is built)
--- serving
redact_emails: handler (every request)
GET /one: contact <email>
redact_emails: handler (every request)
GET /two: contact <email>
'''

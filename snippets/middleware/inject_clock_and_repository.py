import functools
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

Request = dict[str, str]
Handler = Callable[[Request], tuple[int, str]]


@dataclass(frozen=True)
class Session:
    user: str
    last_seen: float


class SessionRepository(Protocol):
    def get(self, session_id: str) -> Session | None: ...
    def save(self, session_id: str, session: Session) -> None: ...


def require_session(
    sessions: SessionRepository,
    clock: Callable[[], float] = time.monotonic,
    idle_timeout: float = 900.0,
) -> Callable[[Handler], Handler]:
    def middleware(next_handler: Handler) -> Handler:
        @functools.wraps(next_handler)
        def handler(request: Request) -> tuple[int, str]:
            session_id = request.get("session_id", "")
            session, now = sessions.get(session_id), clock()
            if session is None or now - session.last_seen > idle_timeout:
                return 401, "please log in"
            sessions.save(session_id, replace(session, last_seen=now))
            return next_handler({**request, "user": session.user})

        return handler

    return middleware


# Test doubles: a dict instead of a database, a clock that moves when told to.
class InMemorySessions:
    def __init__(self, sessions: dict[str, Session]) -> None:
        self.sessions = sessions

    def get(self, session_id: str) -> Session | None:
        return self.sessions.get(session_id)

    def save(self, session_id: str, session: Session) -> None:
        self.sessions[session_id] = session


def make_fake_clock(now: float = 0.0):
    def clock() -> float:
        return now

    def advance(seconds: float) -> None:
        nonlocal now
        now += seconds

    return clock, advance


def dashboard(request: Request) -> tuple[int, str]:
    return 200, f"dashboard of {request['user']}"


clock, advance = make_fake_clock()
sessions = InMemorySessions({"abc": Session("ada", last_seen=clock())})
app = require_session(sessions, clock, idle_timeout=900)(dashboard)

print(app({"session_id": "abc"}))
#> (200, 'dashboard of ada')
advance(899)  # active again within 15 minutes: the session slides forward
print(app({"session_id": "abc"}), sessions.get("abc"))
#> (200, 'dashboard of ada') Session(user='ada', last_seen=899.0)
advance(901)  # idle for more than 15 minutes
print(app({"session_id": "abc"}))
#> (401, 'please log in')
print(app({"session_id": "forged"}))
#> (401, 'please log in')

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    name: str
    roles: frozenset[str]


def require_role(role: str):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(user: User, *args, **kwargs):
            if role not in user.roles:
                raise PermissionError(f"{user.name} needs role {role!r}")
            return func(user, *args, **kwargs)

        return wrapper

    return decorate


@require_role("admin")
def delete_user(user: User, user_id: int, *, hard: bool = False) -> str:
    return f"{user.name} deleted user {user_id} ({'hard' if hard else 'soft'})"


admin = User("ada", frozenset({"admin", "staff"}))
guest = User("bob", frozenset({"staff"}))
print(delete_user(admin, 42, hard=True))
#> ada deleted user 42 (hard)
print(delete_user(admin, user_id=43))
#> ada deleted user 43 (soft)
# raises: PermissionError
delete_user(guest, 42)

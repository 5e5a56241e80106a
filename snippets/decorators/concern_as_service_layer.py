from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: int


class TransferService:
    """Authorization and audit need the request's user and both accounts:
    an explicit layer receives them, and tests can call the core directly."""

    def __init__(self, audit: list[str]) -> None:
        self.audit = audit

    def transfer(
        self, user: str, source: Account, target: Account, amount: int
    ) -> None:
        if user != source.owner:
            self.audit.append(f"denied: {user} -> {source.owner}")
            raise PermissionError(f"{user} cannot move {source.owner}'s money")
        move(source, target, amount)
        self.audit.append(f"{user} moved {amount} to {target.owner}")


def move(source: Account, target: Account, amount: int) -> None:
    if amount > source.balance:
        raise ValueError("insufficient funds")
    source.balance -= amount
    target.balance += amount


audit: list[str] = []
service = TransferService(audit)
ada, bob = Account("ada", 100), Account("bob", 0)


def attempt(user: str, amount: int) -> str:
    try:
        service.transfer(user, ada, bob, amount)
    except PermissionError as error:
        return str(error)
    return "done"


print(attempt("ada", 30))
#> done
print(attempt("bob", 30))
#> bob cannot move ada's money
print(ada.balance, bob.balance, audit)
#> 70 30 ['ada moved 30 to bob', 'denied: bob -> ada']
# The core rule is testable without the service: no user, no audit.
move(bob, ada, 10)
print(ada.balance, bob.balance)
#> 80 20

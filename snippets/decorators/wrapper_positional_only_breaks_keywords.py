import functools


def audit(func):
    @functools.wraps(func)
    def wrapper(*args):  # no **kwargs: keyword arguments have nowhere to go
        return func(*args)

    return wrapper


@audit
def transfer(amount: int, currency: str = "EUR") -> str:
    return f"sent {amount} {currency}"


print(transfer(10))
#> sent 10 EUR
print(transfer(10, "USD"))
#> sent 10 USD
# raises: TypeError
transfer(10, currency="USD")

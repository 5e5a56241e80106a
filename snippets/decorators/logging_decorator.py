import functools
import logging


class PrintHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        print(self.format(record))


def logged(logger: logging.Logger):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            call = f"{func.__name__}({', '.join(shown)})"
            logger.debug("calling %s", call)
            try:
                result = func(*args, **kwargs)
            except Exception as error:
                logger.error("%s raised %r", call, error)
                raise  # logging is not handling: the caller still gets the error
            logger.info("%s -> %r", call, result)
            return result

        return wrapper

    return decorate


handler = PrintHandler()
handler.setFormatter(logging.Formatter("%(levelname)-5s %(name)s: %(message)s"))
log = logging.getLogger("shop.payments")
log.addHandler(handler)
log.setLevel(logging.INFO)  # the application, not the decorator, picks the level
log.propagate = False


@logged(log)
def charge(amount: int, currency: str = "EUR") -> str:
    if amount <= 0:
        raise ValueError("amount must be positive")
    return f"charged {amount} {currency}"


charge(42, currency="USD")
#> INFO  shop.payments: charge(42, currency='USD') -> 'charged 42 USD'
try:
    charge(-1)
    #> ERROR shop.payments: charge(-1) raised ValueError('amount must be positive')
except ValueError:
    print("caller handles the ValueError")
    #> caller handles the ValueError
log.setLevel(logging.DEBUG)
charge(5)
#> DEBUG shop.payments: calling charge(5)
#> INFO  shop.payments: charge(5) -> 'charged 5 EUR'

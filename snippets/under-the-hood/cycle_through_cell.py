import gc
import weakref

gc.disable()  # collect only when this example says so


class Payload:
    pass


def make_countdown(payload: Payload):
    def countdown(n: int) -> int:
        return 0 if n == 0 else countdown(n - 1)

    countdown.payload = payload
    return countdown


payload = Payload()
weakref.finalize(payload, print, "payload freed")
countdown = make_countdown(payload)
del payload
cell = countdown.__closure__[0]
print(countdown.__code__.co_freevars, cell.cell_contents is countdown)
#> ('countdown',) True
del countdown, cell
print("after del: still alive")
#> after del: still alive
print(gc.collect() > 0)
#> payload freed
#> True
print("after gc.collect()")
#> after gc.collect()
gc.enable()

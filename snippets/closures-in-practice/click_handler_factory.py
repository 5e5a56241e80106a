from collections.abc import Callable

Handler = Callable[[], str]


def on_click(message: str) -> Handler:
    def handler() -> str:
        return message

    return handler


class Button:
    def __init__(self, label: str, handler: Handler) -> None:
        self.label = label
        self.handler = handler

    def click(self) -> str:
        return self.handler()


# Each handler made by the factory keeps its own message in a cell.
buttons = [Button("start", on_click("Start!")), Button("pause", on_click("Paused"))]
print([button.click() for button in buttons])
#> ['Start!', 'Paused']
print(buttons[0].handler.__code__.co_freevars)
#> ('message',)

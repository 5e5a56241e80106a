import weakref


class Widget:
    def __init__(self, name: str) -> None:
        self.name = name

    def refresh(self) -> str:
        return f"{self.name} refreshed"


widgets: weakref.WeakSet[Widget] = weakref.WeakSet()
header, footer = Widget("header"), Widget("footer")
widgets.add(header)
widgets.add(footer)
print(sorted(w.refresh() for w in widgets))
#> ['footer refreshed', 'header refreshed']
del footer
print(sorted(w.refresh() for w in widgets))
#> ['header refreshed']
widgets.add(Widget("toast"))
print(len(widgets))
#> 1

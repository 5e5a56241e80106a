import weakref


class Report:
    def __init__(self, name: str) -> None:
        self.name = name


def make_renderer(report: Report):
    def render() -> str:
        return f"<h1>{report.name}</h1>"

    return render


report = Report("Q3")
weakref.finalize(report, print, "Q3 report freed")
render = make_renderer(report)
del report
print(render(), render.__closure__[0].cell_contents.name)
#> <h1>Q3</h1> Q3
del render
#> Q3 report freed
print("after del render")
#> after del render

import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

with tempfile.TemporaryDirectory() as folder:
    names = ["2024-01.csv", "2024-02.csv", "2024-03.csv"]
    for number, name in enumerate(names, start=1):
        Path(folder, name).write_text(f"month {number}\n", encoding="utf-8")

    opened: list[TextIO] = []
    cleanup_order: list[str] = []
    with ExitStack() as stack:  # however many files, one `with`
        for name in names:
            file = stack.enter_context(open(Path(folder, name), encoding="utf-8"))
            opened.append(file)
            stack.callback(cleanup_order.append, name)
        print([file.readline().strip() for file in opened])
        #> ['month 1', 'month 2', 'month 3']
    print([file.closed for file in opened])
    #> [True, True, True]
    print(cleanup_order)  # last in, first out
    #> ['2024-03.csv', '2024-02.csv', '2024-01.csv']

    opened = []
    try:
        with ExitStack() as stack:
            for name in [*names[:2], "missing.csv"]:
                file = stack.enter_context(open(Path(folder, name), encoding="utf-8"))
                opened.append(file)
    except FileNotFoundError:
        # The third open failed; the two files already open were closed anyway.
        print(len(opened), [file.closed for file in opened])
        #> 2 [True, True]

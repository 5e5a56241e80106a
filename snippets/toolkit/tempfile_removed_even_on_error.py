import tempfile
from pathlib import Path

with tempfile.NamedTemporaryFile("w+", suffix=".csv", encoding="utf-8") as file:
    file.write("id,total\n1,9.50\n")
    file.seek(0)
    print(file.read().splitlines())
    #> ['id,total', '1,9.50']
    path = Path(file.name)
    print("exists inside the block:", path.exists())
    #> exists inside the block: True
print("exists after the block:", path.exists())
#> exists after the block: False

try:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "part-1.csv").write_text("id,total\n", encoding="utf-8")
        raise RuntimeError("export failed half-way")
except RuntimeError:
    print("folder removed despite the error:", not folder.exists())
    #> folder removed despite the error: True

SOURCES = {
    "nonlocal at module level": "nonlocal x\n",
    "nonlocal without a binding": "def outer():\n    def inner():\n        nonlocal missing\n",
    "global after use": "def f():\n    print(x)\n    global x\n",
    "parameter declared global": "def f(x):\n    global x\n",
}

for label, source in SOURCES.items():
    try:
        compile(source, "<example>", "exec")
    except SyntaxError as error:
        print(f"{label}: line {error.lineno}: {error.msg}")
    else:
        print(f"{label}: compiles")

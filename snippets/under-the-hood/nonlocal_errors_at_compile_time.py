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
        #> nonlocal at module level: line 1: nonlocal declaration not allowed at module level
        #> nonlocal without a binding: line 3: no binding for nonlocal 'missing' found
        #> global after use: line 3: name 'x' is used prior to global declaration
        #> parameter declared global: line 2: name 'x' is parameter and global
    else:
        print(f"{label}: compiles")

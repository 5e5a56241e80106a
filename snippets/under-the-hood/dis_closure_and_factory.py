import dis


def make_multiplier(factor):
    def multiply(x):
        return x * factor

    return multiply


def opnames(func) -> list[str]:
    wanted = ("LOAD", "STORE", "MAKE", "COPY", "BUILD", "SET")
    return [
        ins.opname
        for ins in dis.get_instructions(func)
        if ins.opname.startswith(wanted)
    ]


triple = make_multiplier(3)
print("factory:", opnames(make_multiplier))
#> factory: ['MAKE_CELL', 'LOAD_CLOSURE', 'BUILD_TUPLE', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_FAST', 'LOAD_FAST']
print("closure:", opnames(triple))
#> closure: ['COPY_FREE_VARS', 'LOAD_FAST', 'LOAD_DEREF']
print(triple(14))
#> 42
